"""Decisions of the competent authority on violations: recorded as written on the decision, never computed."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Inspection, SanctionDecision, Violation
from desktop.domain.inspection_plans import DecisionDraft, decision_problems
from desktop.domain.problems import DomainError, fail_if
from desktop.domain.roles import Permission
from desktop.domain.text import nfc
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.inspections.violations import saved_citation
from desktop.services.records import delete_record, edit_record, new_record, saved
from desktop.services.register import Register, require_commune

_FIELDS = ("number", "decided_on", "authority", "amount_fined", "additional_penalties", "suspends_business", "paid",
           "paid_on")


@dataclass(frozen=True)
class DecisionRecord:
    id: str
    version: int
    draft: DecisionDraft
    violation_description: str
    violation_citation: str


class SanctionDecisionService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def record(self, actor: Actor, draft: DecisionDraft, *, decision_id: str | None = None,
               expected_version: int | None = None) -> Outcome[DecisionRecord]:
        """A new decision on a violation, or a change to one (e.g. the fine was paid)."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft = replace(draft, number=nfc(draft.number).strip(), authority=nfc(draft.authority).strip(),
                        additional_penalties=nfc(draft.additional_penalties).strip())
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            s = uow.session
            row = None
            if decision_id is not None:
                row = edit_record(_live(s, decision_id), actor=actor, now=now, expected_version=expected_version,
                                  stale="inspection.stale")
                draft = replace(draft, violation_id=row.violation_id)
            violation, inspection = _violation(s, draft.violation_id)
            fail_if(decision_problems(draft, inspected_on=inspection.inspected_on, today=self._register.clock.today()))
            if row is None:
                row = new_record(s, SanctionDecision, actor=actor, office=self._register.office, now=now,
                                 violation_id=violation.id, establishment_id=inspection.establishment_id)
                action = "decision.create"
            else:
                action = "decision.update"
            for name in _FIELDS:
                setattr(row, name, getattr(draft, name))
            saved(s, row, actor=actor, now=now, action=action, entity="sanction_decision",
                  detail={"violation": violation.id})
            uow.commit()
            return Outcome(_record(row, violation), Changes.INSPECTIONS)

    def delete(self, actor: Actor, decision_id: str) -> Outcome[None]:
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            delete_record(uow.session, _live(uow.session, decision_id), actor=actor, now=now, action="decision.delete",
                          entity="sanction_decision")
            uow.commit()
        return Outcome(None, Changes.INSPECTIONS)

    def for_inspection(self, actor: Actor, inspection_id: str) -> list[DecisionRecord]:
        """The decisions on an inspection's live violations, in the violations' order."""
        require(actor, Permission.VIEW_RECORDS)
        stmt = (select(SanctionDecision, Violation).join(Violation, Violation.id == SanctionDecision.violation_id)
                .where(Violation.inspection_id == inspection_id, Violation.deleted_at.is_(None),
                       SanctionDecision.deleted_at.is_(None))
                .order_by(Violation.position, SanctionDecision.decided_on))
        with self._register.uow() as uow:
            return [_record(d, v) for d, v in uow.session.execute(stmt)]

    def get(self, actor: Actor, decision_id: str) -> DecisionRecord:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            row = _live(uow.session, decision_id)
            violation = uow.session.get(Violation, row.violation_id)
            assert violation is not None
            return _record(row, violation)


def _violation(session: Session, violation_id: str) -> tuple[Violation, Inspection]:
    violation = session.get(Violation, violation_id)
    if violation is None or violation.deleted_at is not None:
        raise DomainError("violation.not_found")
    inspection = session.get(Inspection, violation.inspection_id)
    if inspection is None or inspection.deleted_at is not None:
        raise DomainError("inspection.not_found")
    return violation, inspection


def _live(session: Session, decision_id: str) -> SanctionDecision:
    row = session.get(SanctionDecision, decision_id)
    if row is None or row.deleted_at is not None:
        raise DomainError("decision.not_found")
    return row


def _record(row: SanctionDecision, violation: Violation) -> DecisionRecord:
    draft = DecisionDraft(violation_id=row.violation_id, **{name: getattr(row, name) for name in _FIELDS})
    return DecisionRecord(row.id, row.version, draft, violation.description, saved_citation(violation))
