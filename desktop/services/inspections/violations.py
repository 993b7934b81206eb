"""An inspection's violations: the rows cited from the sanction table, read back as saved, and their decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import SanctionDecision, Violation
from desktop.domain.inspections import ViolationDraft, fine_range, offender_kind
from desktop.domain.problems import DomainError
from desktop.domain.sanctions import SanctionTable, citation
from desktop.services.context import Actor
from desktop.services.records import edit_record, new_record
from desktop.services.register import OfficeInfo

Decided = dict[int, tuple[Violation, list[SanctionDecision]]]  # by position: the violation and its live decisions


@dataclass(frozen=True)
class CitedViolation:
    """A violation with the reference as saved on the day (the table may change later)."""

    draft: ViolationDraft
    citation: str
    amount_min: int | None
    amount_max: int | None
    id: str = ""


def new_violation(session: Session, violation: ViolationDraft, *, sanctions: SanctionTable, inspection_id: str,
                  position: int, actor: Actor, office: OfficeInfo, now: datetime) -> Violation:
    """The row, with the article and the fine range copied from the table in force (they stay as cited)."""
    ref = sanctions.get(violation.sanction_ref) if violation.sanction_ref else None
    low, high = fine_range(ref, offender_kind(violation.offender_kind))
    return new_record(
        session, Violation, actor=actor, office=office, now=now,
        inspection_id=inspection_id, position=position,
        item_code=violation.item_code or None,
        sanction_ref=ref.id if ref else None, decree=ref.decree if ref else "", article=ref.article if ref else "",
        clause=ref.clause if ref else "", point=ref.point if ref else "", legal_basis=violation.legal_basis,
        description=violation.description,
        handling=violation.handling, proposed_amount=violation.proposed_amount,
        amount_min=low, amount_max=high, offender_kind=violation.offender_kind,
        offender_role=violation.offender_role, offender_name=violation.offender_name,
    )


def saved_citation(v: Violation) -> str:
    """The citation as it read on the day the violation was recorded."""
    return citation(v.decree, v.article, v.clause, v.point) if v.decree else v.legal_basis


def cited_violations(session: Session, inspection_id: str) -> tuple[CitedViolation, ...]:
    """An inspection's live violations in the order recorded, as drafts with their saved citation."""
    violations = session.execute(select(Violation).where(
        Violation.inspection_id == inspection_id, Violation.deleted_at.is_(None))
        .order_by(Violation.position)).scalars().all()
    return tuple(CitedViolation(
        ViolationDraft(description=v.description, handling=v.handling, sanction_ref=v.sanction_ref,
                       legal_basis=v.legal_basis, proposed_amount=v.proposed_amount,
                       item_code=v.item_code, offender_kind=v.offender_kind, offender_role=v.offender_role,
                       offender_name=v.offender_name),
        saved_citation(v), v.amount_min, v.amount_max, v.id,
    ) for v in violations)


def decided_violations(session: Session, inspection_id: str) -> Decided:
    """The live violations that carry a live decision, by position."""
    found: Decided = {}
    rows = session.execute(
        select(Violation, SanctionDecision).join(SanctionDecision, SanctionDecision.violation_id == Violation.id)
        .where(Violation.inspection_id == inspection_id, Violation.deleted_at.is_(None),
               SanctionDecision.deleted_at.is_(None))).all()
    for violation, decision in rows:
        found.setdefault(violation.position, (violation, []))[1].append(decision)
    return found


def carry_decisions(decided: Decided, added: list[Violation], *, actor: Actor, now: datetime) -> None:
    """An amended record keeps its decisions on the same violation; removing or re-qualifying one is refused."""
    for position, (old, decisions) in sorted(decided.items()):
        new = added[position] if position < len(added) else None
        if new is None or (new.sanction_ref, new.offender_kind, new.legal_basis) != (
                old.sanction_ref, old.offender_kind, old.legal_basis):
            raise DomainError("violation.has_decision", number=position + 1)
        for decision in decisions:
            decision.violation_id = new.id
            edit_record(decision, actor=actor, now=now)
