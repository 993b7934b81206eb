"""The formal biên bản's data: the recorded inspection with its team, offenders and the authority's decisions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from desktop.domain.checklists import ChecklistTemplate
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspection_plans import DecisionDraft
from desktop.domain.inspection_formalities import CONCLUSION_LABELS, Conclusion
from desktop.domain.inspections import (
    DATE_FORMAT,
    HANDLING_LABELS,
    KIND_LABELS,
    Handling,
    InspectionKind,
    ViolationDraft,
    consistency_problems,
    vnd,
)
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.domain.sanctions import OFFENDER_KIND_LABELS, OffenderKind
from desktop.domain.time import OFFICE_ZONE
from desktop.reports.pdf.checklist import EstablishmentDetails
from desktop.reports.pdf.inspection_record import DecisionLine, OffenderViolationLine, RecordSheet
from desktop.reports.pdf.inspection_record_v1 import ResultLine, ViolationLine
from desktop.services.context import Actor
from desktop.services.inspections.inspection_plans import InspectionPlanService
from desktop.services.inspections.inspections import InspectionRecord
from desktop.services.outreach.printing import letterhead
from desktop.services.register import Register
from desktop.services.inspections.plan_links import PlanCitation
from desktop.services.inspections.sanction_decisions import SanctionDecisionService

# inspection_printing.label: a code's label from its table, in the language asked for.
Labeller = Callable[[Mapping[Any, str], str, type[StrEnum], str], str]
UNANSWERED = "Chưa ghi"  # what the result column says for an item without an answer (inspection_printing)


def offender_text(violation: ViolationDraft, establishment_name: str, *, label: Labeller, language: str = "vi") -> str:
    """The offender as the record names it: the business for an operator, an individual by role (name only if given)."""
    kind = violation.offender_kind
    if not kind:
        return ""
    kind_label = label(OFFENDER_KIND_LABELS, kind, OffenderKind, language)
    if kind == OffenderKind.PERSON.value:
        who = ", ".join(p for p in (violation.offender_role, violation.offender_name) if p.strip())
        return f"{kind_label}: {who}" if who else kind_label
    return f"{kind_label}: {establishment_name}"


def decision_text(draft: DecisionDraft) -> str:
    parts = [f"Quyết định số {draft.number}"]
    if draft.decided_on is not None:
        parts.append(f"ngày {draft.decided_on.strftime(DATE_FORMAT)}")
    parts.append(f"của {draft.authority}")
    text = " ".join(parts)
    penalties = []
    if draft.amount_fined:
        penalties.append(f"phạt tiền {vnd(draft.amount_fined)} đồng")
    if draft.additional_penalties:
        penalties.append(draft.additional_penalties)
    if penalties:
        text += ": " + "; ".join(penalties)
    if draft.amount_fined:
        text += "; " + ("đã nộp phạt" + (f" ngày {draft.paid_on.strftime(DATE_FORMAT)}" if draft.paid_on else "")
                        if draft.paid else "chưa nộp phạt")
    return text + "."


def check_printable(record: InspectionRecord, language: str = "vi") -> None:
    """A formal record that contradicts itself is not printed for signature (DomainError naming the problems)."""
    problems = consistency_problems(record.draft)
    if problems:
        raise DomainError("inspection.not_printable",
                          problems=" ".join(render(p.code, p.params, language) for p in problems))


def record_sheet(register: Register, actor: Actor, record: InspectionRecord, template: ChecklistTemplate,
                 establishment: EstablishmentDraft, *, details: EstablishmentDetails, results: tuple[ResultLine, ...],
                 label: Labeller, plans: InspectionPlanService, decisions: SanctionDecisionService,
                 language: str = "vi") -> RecordSheet:
    draft = record.draft
    assert draft.started_at is not None
    team_name = team_decision = ""
    if draft.team_id:
        team = plans.team(actor, draft.team_id).draft
        team_name, team_decision = team.name, team.decision_reference
    plan = plans.entry_plan(actor, draft.plan_entry_id)
    decided = decisions.for_inspection(actor, record.id)
    numbers = {v.id: n for n, v in enumerate(record.violations, start=1)}
    counts = (f"Số người lao động có mặt: {vnd(draft.staff_present)}; chưa có hợp đồng lao động: "
              f"{vnd(draft.staff_without_contract)}; dưới 18 tuổi: {vnd(draft.staff_under_18)}; "
              f"số khách có mặt: {vnd(draft.guests_present)}.")
    violations = tuple(OffenderViolationLine(
        ViolationLine(v.draft.description, v.citation, label(HANDLING_LABELS, v.draft.handling, Handling, language),
                      v.draft.proposed_amount, v.amount_min, v.amount_max),
        offender_text(v.draft, establishment.name, label=label, language=language)) for v in record.violations)
    return RecordSheet(
        letterhead=letterhead(register), record_number=draft.record_number,
        started_at=draft.started_at.astimezone(OFFICE_ZONE),
        ended_at=draft.ended_at.astimezone(OFFICE_ZONE) if draft.ended_at else None, place=draft.place,
        kind_label=label(KIND_LABELS, draft.kind, InspectionKind, language), team_name=team_name,
        team_decision=team_decision, team_leader=draft.team_leader, recorder=draft.recorder,
        team_members=draft.team_members, establishment=details, representative=draft.representative,
        representative_role=draft.representative_role, witness=draft.witness, template_version=template.version,
        counts=counts, results=tuple(line for line in results if line.result != UNANSWERED), violations=violations,
        conclusion_label=label(CONCLUSION_LABELS, draft.conclusion or "", Conclusion, language),
        findings=draft.findings,
        reinspection_due=record.reinspection_due_on.strftime(DATE_FORMAT) if record.reinspection_due_on else "",
        decisions=tuple(DecisionLine(numbers.get(d.draft.violation_id, 0), decision_text(d.draft)) for d in decided),
        decision_reference=draft.decision_reference, copies=draft.copies, refusal_note=draft.refusal_note,
        unanswered=sum(1 for line in results if line.result == UNANSWERED),
        plan_reference=plan_reference(plan),
    )


def plan_reference(plan: PlanCitation | None) -> str:
    if plan is None:
        return ""
    day = f" ngày {plan.approved_on.strftime(DATE_FORMAT)}" if plan.approved_on else ""
    return f"Kế hoạch số {plan.number}{day}"
