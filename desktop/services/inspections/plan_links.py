"""Which inspection plan entry a visit carries out, so "done" and T8KH count the visits of the plan only.

A visit carries out at most one entry and an entry is carried out by at most one visit. The officer does not
pick it: a visit of a business on a day inside a plan's period carries out that business's entry which is
not yet carried out (same kind first — planned or surprise —, then the planned day nearest the visit). A
re-inspection carries out no entry: it follows up a violation, it is not the plan's visit. An entry given
explicitly (from the command line, or kept when a visit is amended) is checked instead of searched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Inspection, InspectionPlan, InspectionPlanEntry
from desktop.domain.inspections import InspectionDraft, InspectionKind
from desktop.domain.problems import DomainError


@dataclass(frozen=True)
class PlanCitation:
    """What the biên bản says about the plan it carries out: "Thực hiện Kế hoạch số 15/KH-UBND …"."""

    number: str
    title: str
    approved_on: date | None


def carried_out_entry(session: Session, draft: InspectionDraft, *, day: date, own_id: str | None) -> str | None:
    """The entry id this visit carries out, or None; raises when an explicitly given entry cannot be it."""
    if draft.kind == InspectionKind.REINSPECTION.value:
        if draft.plan_entry_id:
            raise DomainError("inspection.plan_entry_reinspection")
        return None
    candidates = _open_entries(session, draft.establishment_id, day, own_id)
    if draft.plan_entry_id:
        if draft.plan_entry_id not in {c[0] for c in candidates}:
            raise DomainError("inspection.plan_entry_mismatch")
        return draft.plan_entry_id
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (c[1] != draft.kind, abs((c[2] - day).days), c[2], c[0]))
    return best[0]


def plan_citation(session: Session, entry_id: str | None) -> PlanCitation | None:
    if not entry_id:
        return None
    row = session.execute(select(InspectionPlan.number, InspectionPlan.title, InspectionPlan.approved_on)
                          .join(InspectionPlanEntry, InspectionPlanEntry.plan_id == InspectionPlan.id)
                          .where(InspectionPlanEntry.id == entry_id)).first()
    return PlanCitation(row[0], row[1], row[2]) if row else None


def _open_entries(session: Session, establishment_id: str, day: date,
                  own_id: str | None) -> list[tuple[str, str, date]]:
    """Live entries of live plans for this business whose period holds the day, not carried out by another visit."""
    entry, plan = InspectionPlanEntry, InspectionPlan
    taken = select(Inspection.plan_entry_id).where(
        Inspection.plan_entry_id.is_not(None), Inspection.deleted_at.is_(None),
        Inspection.id != own_id if own_id else Inspection.id.is_not(None))
    stmt = (select(entry.id, entry.kind, entry.planned_on).join(plan, plan.id == entry.plan_id)
            .where(entry.establishment_id == establishment_id, entry.deleted_at.is_(None),
                   plan.deleted_at.is_(None), plan.period_start <= day, plan.period_end >= day,
                   entry.id.not_in(taken)))
    return [(r[0], r[1], r[2]) for r in session.execute(stmt)]
