"""Inspections: record one visit in one transaction, follow-ups due, and T8 coverage by business type."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import Establishment, Inspection, InspectionResult, InspectionTeam, Setting, Violation
from desktop.domain import periods
from desktop.domain.checklists import ChecklistCatalogue, ChecklistTemplate, default_catalogue
from desktop.domain.establishments import Coverage, coverage_by_type, existed_from
from desktop.domain.inspection_formalities import FORMAL_TEXT_FIELDS
from desktop.domain.inspections import (
    InspectionDraft,
    ItemResult,
    ViolationDraft,
    inspection_problems,
    local_day,
    reinspection_due_on,
    suggested_violations,
)
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.roles import Permission
from desktop.domain.sanctions import OffenderKind, SanctionReference, SanctionTable, default_table
from desktop.domain.text import nfc
from desktop.domain.time import OFFICE_ZONE
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.inspections.plan_links import carried_out_entry
from desktop.services.inspections.reinspections import (
    REINSPECTION_DAYS_KEY,
    REINSPECTION_DAYS_RANGE,
    DueReinspection,
    due_reinspections,
    reinspection_days,
)
from desktop.services.inspections.violations import (
    CitedViolation,
    Decided,
    carry_decisions,
    cited_violations,
    decided_violations,
    new_violation,
)
from desktop.services.records import bury, delete_record, edit_record, new_record, saved
from desktop.services.establishments.establishments import draft_of, in_scope, inspected_within, live_establishment
from desktop.services.register import Register, require_commune

@dataclass(frozen=True)
class InspectionRecord:
    id: str
    version: int
    updated_at: datetime
    establishment_name: str
    business_type: str
    reinspection_due_on: date | None
    draft: InspectionDraft  # template_version always filled
    violations: tuple[CitedViolation, ...]


@dataclass(frozen=True)
class InspectionRow:
    id: str
    started_at: datetime
    kind: str
    team_members: str
    violations: int
    reinspection_due_on: date | None


class InspectionService:
    def __init__(self, register: Register, *, catalogue: ChecklistCatalogue | None = None,
                 sanctions: SanctionTable | None = None) -> None:
        self._register = register
        self._catalogue = catalogue
        self._sanctions = sanctions

    # Data files are read on first use, never when services are built.
    @property
    def catalogue(self) -> ChecklistCatalogue:
        if self._catalogue is None:
            self._catalogue = default_catalogue()
        return self._catalogue

    @property
    def sanctions(self) -> SanctionTable:
        if self._sanctions is None:
            self._sanctions = default_table()
        return self._sanctions

    def template(self, actor: Actor, *, version: int | None = None, day: date | None = None) -> ChecklistTemplate:
        """A given version, or the one in force on `day` (today by default)."""
        require(actor, Permission.VIEW_RECORDS)
        found = self._template(version, day or self._register.clock.today())
        if found is None:
            raise DomainError("inspection.unknown_template", version=version or "")
        return found

    def references_in_force(self, actor: Actor, day: date,
                            kind: OffenderKind | None = None) -> tuple[SanctionReference, ...]:
        """What the violation form offers for this kind of offender, with the range to show next to each article."""
        require(actor, Permission.VIEW_RECORDS)
        return self.sanctions.in_force(day, kind)

    def suggestions(self, actor: Actor, draft: InspectionDraft) -> tuple[ViolationDraft, ...]:
        """Violations pre-filled from the failed items that point to offences (checklist v2's `suggests`)."""
        require(actor, Permission.VIEW_RECORDS)
        day = local_day(draft.started_at) if draft.started_at else self._register.clock.today()
        template = self._template(draft.template_version, day)
        return suggested_violations(draft, template, day=day, sanctions=self.sanctions) if template else ()

    def _template(self, version: int | None, day: date) -> ChecklistTemplate | None:
        return self.catalogue.version(version) if version is not None else self.catalogue.current(day)

    def record(self, actor: Actor, draft: InspectionDraft) -> Outcome[InspectionRecord]:
        """The visit, every item result and every violation in one transaction, or nothing."""
        return self._save(actor, draft, inspection_id=None, expected_version=None)

    def amend(self, actor: Actor, inspection_id: str, draft: InspectionDraft, *,
              expected_version: int | None = None) -> Outcome[InspectionRecord]:
        """Replace what was recorded (e.g. the decision reference arrived); old results become tombstones."""
        return self._save(actor, draft, inspection_id=inspection_id, expected_version=expected_version)

    def _save(self, actor: Actor, draft: InspectionDraft, *, inspection_id: str | None,
              expected_version: int | None) -> Outcome[InspectionRecord]:
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft = _normalised(draft)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            s = uow.session
            row = None
            if inspection_id is not None:
                row = edit_record(_live(s, inspection_id), actor=actor, now=now, expected_version=expected_version,
                                  stale="inspection.stale")
                draft = replace(draft, establishment_id=row.establishment_id)
            establishment = live_establishment(s, draft.establishment_id)
            day = local_day(draft.started_at) if draft.started_at else self._register.clock.today()
            template = self._template(draft.template_version, day)
            fail_if(inspection_problems(draft, business_type=establishment.business_type,
                                        existed_from=existed_from(draft_of(establishment)), template=template,
                                        sanctions=self.sanctions, now=now) + _team_problems(s, draft.team_id))
            assert template is not None and draft.started_at is not None
            draft = replace(draft, template_version=template.version,
                            plan_entry_id=carried_out_entry(s, draft, day=day, own_id=row.id if row else None))
            due = reinspection_due_on(draft, delay_days=reinspection_days(s))
            decided: Decided = {}
            if row is None:
                row = new_record(s, Inspection, actor=actor, office=self._register.office, now=now)
                action = "inspection.create"
            else:
                decided = decided_violations(s, row.id)
                self._bury_children(s, row.id, actor, now)
                action = "inspection.update"
            _fill(row, draft, due=due)
            saved(s, row, actor=actor, now=now, action=action, entity="inspection",
                  detail={"establishment": establishment.id, "results": len(draft.results),
                          "violations": len(draft.violations)})
            for n, result in enumerate(draft.results):
                new_record(s, InspectionResult, actor=actor, office=self._register.office, now=now,
                           inspection_id=row.id, position=n, item_code=result.item_code, verdict=result.verdict,
                           number=result.number, note=result.note)
            added = [new_violation(s, violation, sanctions=self.sanctions, inspection_id=row.id, position=n,
                                   actor=actor, office=self._register.office, now=now)
                     for n, violation in enumerate(draft.violations)]
            s.flush()
            carry_decisions(decided, added, actor=actor, now=now)
            uow.commit()
            return Outcome(_record(s, row), Changes.INSPECTIONS | Changes.ESTABLISHMENTS)

    @staticmethod
    def _bury_children(session: Session, inspection_id: str, actor: Actor, now: datetime) -> None:
        children: list[InspectionResult | Violation] = [
            *session.execute(select(InspectionResult).where(InspectionResult.inspection_id == inspection_id,
                                                            InspectionResult.deleted_at.is_(None))).scalars(),
            *session.execute(select(Violation).where(Violation.inspection_id == inspection_id,
                                                     Violation.deleted_at.is_(None))).scalars(),
        ]
        bury(children, actor=actor, now=now)

    def delete(self, actor: Actor, inspection_id: str) -> Outcome[None]:
        """Tombstones for the inspection and its results and violations, so the deletion reaches the hub."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = _live(uow.session, inspection_id)
            decided = decided_violations(uow.session, row.id)
            if decided:
                raise DomainError("violation.has_decision", number=min(decided) + 1)
            self._bury_children(uow.session, row.id, actor, now)
            delete_record(uow.session, row, actor=actor, now=now, action="inspection.delete", entity="inspection")
            uow.commit()
        return Outcome(None, Changes.INSPECTIONS | Changes.ESTABLISHMENTS)

    def get(self, actor: Actor, inspection_id: str) -> InspectionRecord:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            return _record(uow.session, _live(uow.session, inspection_id))

    def history(self, actor: Actor, establishment_id: str) -> list[InspectionRow]:
        """An establishment's inspections, newest first."""
        require(actor, Permission.VIEW_RECORDS)
        found = (select(func.count(Violation.id)).where(Violation.inspection_id == Inspection.id,
                                                         Violation.deleted_at.is_(None)).scalar_subquery())
        i = Inspection
        stmt = (select(i.id, i.started_at, i.kind, i.team_members, found, i.reinspection_due_on)
                .where(i.establishment_id == establishment_id, i.deleted_at.is_(None))
                .order_by(i.started_at.desc(), i.id.desc()))
        with self._register.uow() as uow:
            return [InspectionRow(*r) for r in uow.session.execute(stmt)]

    def due_reinspections(self, actor: Actor) -> list[DueReinspection]:
        """Follow-ups still pending: the latest visit found violations and no visit came after it."""
        require(actor, Permission.VIEW_RECORDS)
        today = self._register.clock.today()
        with self._register.uow() as uow:
            return due_reinspections(uow.session, today=today)

    def programme_coverage(self, actor: Actor, period: periods.Period) -> list[Coverage]:
        """By business type, then the total: establishments existing in the programme period and how many
        were inspected at least once in it (the programme's rule: every one of them).

        T8, the yearly share and its targets, is the indicator engine's (ReportService.indicator).
        """
        require(actor, Permission.VIEW_COUNTS)
        e = Establishment
        scope = select(e.business_type, func.count()).where(in_scope(period)).group_by(e.business_type)
        done = scope.where(inspected_within(period))
        with self._register.uow() as uow:
            counts: dict[str, int] = {t: n for t, n in uow.session.execute(scope)}
            inspected: dict[str, int] = {t: n for t, n in uow.session.execute(done)}
        return coverage_by_type(counts, inspected, target=Fraction(1))

    def reinspection_days(self, actor: Actor) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            return reinspection_days(uow.session)

    def set_reinspection_days(self, actor: Actor, days: int) -> Outcome[int]:
        """How long after a visit with violations the follow-up falls due; applies to visits recorded later."""
        require(actor, Permission.MANAGE_SETTINGS)
        low, high = REINSPECTION_DAYS_RANGE
        if not low <= days <= high:
            raise DomainError("inspection.reinspection_days_invalid", min=low, max=high)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            uow.session.merge(Setting(key=REINSPECTION_DAYS_KEY, value=str(days)))
            audit.record(uow.session, actor, "settings.update", at=now, entity="setting",
                         entity_id=REINSPECTION_DAYS_KEY, detail={"value": days})
            uow.commit()
        return Outcome(days, Changes.SETTINGS)


def _normalised(draft: InspectionDraft) -> InspectionDraft:
    texts: dict[str, Any] = {name: nfc(getattr(draft, name)) for name in FORMAL_TEXT_FIELDS}  # keyword arguments
    return replace(
        draft, team_members=nfc(draft.team_members), representative=nfc(draft.representative),
        decision_reference=nfc(draft.decision_reference), findings=draft.findings.strip(),
        results=tuple(replace(r, note=nfc(r.note)) for r in draft.results),
        violations=tuple(replace(v, description=nfc(v.description), legal_basis=nfc(v.legal_basis),
                                 sanction_ref=v.sanction_ref or None, item_code=v.item_code or None,
                                 offender_role=nfc(v.offender_role), offender_name=nfc(v.offender_name))
                         for v in draft.violations),
        team_id=draft.team_id or None, plan_entry_id=draft.plan_entry_id or None,
        **texts,
    )


def _fill(row: Inspection, draft: InspectionDraft, *, due: date | None) -> None:
    assert draft.started_at is not None and draft.template_version is not None
    row.establishment_id = draft.establishment_id
    row.started_at = draft.started_at
    row.inspected_on = draft.started_at.astimezone(OFFICE_ZONE).date()
    for name in ("kind", "team_members", "representative", "template_version", "staff_present",
                 "staff_without_contract", "staff_under_18", "guests_present", "findings", "decision_reference",
                 "ended_at", "team_id", "copies", "conclusion", "plan_entry_id", *FORMAL_TEXT_FIELDS):
        setattr(row, name, getattr(draft, name))
    row.reinspection_due_on = due


def _live(session: Session, inspection_id: str) -> Inspection:
    row = session.get(Inspection, inspection_id)
    if row is None or row.deleted_at is not None:
        raise DomainError("inspection.not_found")
    return row


def _record(session: Session, row: Inspection) -> InspectionRecord:
    results = session.execute(select(InspectionResult).where(
        InspectionResult.inspection_id == row.id, InspectionResult.deleted_at.is_(None))
        .order_by(InspectionResult.position)).scalars()
    cited = cited_violations(session, row.id)
    establishment = session.get(Establishment, row.establishment_id)
    assert establishment is not None
    draft = InspectionDraft(
        establishment_id=row.establishment_id, started_at=row.started_at, kind=row.kind,
        team_members=row.team_members, representative=row.representative, template_version=row.template_version,
        staff_present=row.staff_present, staff_without_contract=row.staff_without_contract,
        staff_under_18=row.staff_under_18, guests_present=row.guests_present, findings=row.findings,
        decision_reference=row.decision_reference,
        results=tuple(ItemResult(r.item_code, r.verdict, r.number, r.note) for r in results),
        violations=tuple(c.draft for c in cited),
        ended_at=row.ended_at, team_id=row.team_id, copies=row.copies, conclusion=row.conclusion,
        plan_entry_id=row.plan_entry_id,
        **{name: getattr(row, name) for name in FORMAL_TEXT_FIELDS},
    )
    return InspectionRecord(row.id, row.version, row.updated_at, establishment.name, establishment.business_type,
                            row.reinspection_due_on, draft, cited)


def _team_problems(session: Session, team_id: str | None) -> list[Problem]:
    if team_id is None:
        return []
    team = session.get(InspectionTeam, team_id)
    return [] if team is not None and team.deleted_at is None else [Problem("inspection.unknown_team", "team_id")]
