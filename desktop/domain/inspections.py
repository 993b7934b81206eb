"""Inspections of establishments (DOMAIN §5): kinds, proposed handling, and the rules a record must meet."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.domain.checklists import AnswerType, ChecklistTemplate, Verdict
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inspection_formalities import (
    FORMAL_FROM_VERSION,
    FORMAL_TEXT_FIELDS,
    MAX_NUMBER,
    Conclusion,
    formal_problems,
)
from desktop.domain.problems import Problem
from desktop.domain.sanctions import OffenderKind, SanctionReference, SanctionTable
from desktop.domain.time import OFFICE_ZONE, office_date

MAX_TEXT = 4000
MAX_SHORT = 300
DEFAULT_REINSPECTION_DAYS = 30
# A visit's calendar day and clock time are read on the office's clock (the zone lives in desktop.domain.time).
LOCAL_ZONE = OFFICE_ZONE
DATE_FORMAT = "%d/%m/%Y"


class InspectionKind(StrEnum):
    PLANNED = "planned"
    SURPRISE = "surprise"
    REINSPECTION = "reinspection"


KIND_LABELS = {
    InspectionKind.PLANNED: QT_TRANSLATE_NOOP("Codes", "Theo kế hoạch"),
    InspectionKind.SURPRISE: QT_TRANSLATE_NOOP("Codes", "Đột xuất"),
    InspectionKind.REINSPECTION: QT_TRANSLATE_NOOP("Codes", "Tái kiểm tra"),
}


class Handling(StrEnum):
    """What the team proposes; the commune chairman or the police decide (DOMAIN §5)."""

    WARNING = "warning"
    FINE_PROPOSAL = "fine_proposal"
    SUSPENSION_PROPOSAL = "suspension_proposal"
    POLICE_REFERRAL = "police_referral"


HANDLING_LABELS = {
    Handling.WARNING: QT_TRANSLATE_NOOP("Codes", "Nhắc nhở, đề nghị cảnh cáo"),
    Handling.FINE_PROPOSAL: QT_TRANSLATE_NOOP("Codes", "Đề nghị phạt tiền"),
    Handling.SUSPENSION_PROPOSAL: QT_TRANSLATE_NOOP("Codes", "Đề nghị đình chỉ hoạt động"),
    Handling.POLICE_REFERRAL: QT_TRANSLATE_NOOP("Codes", "Chuyển cơ quan công an"),
}


# The counts on site and the checklist items they contradict when the item is answered "đạt",
# per template version (the item codes of each version's data file).
COUNT_ITEMS: dict[int, dict[str, tuple[str, ...]]] = {
    1: {"staff_without_contract": ("C03",), "staff_under_18": ("C04", "C09")},
    2: {"staff_without_contract": ("C03",), "staff_under_18": ("C04",)},
}
# A number item and the check items its count contradicts when answered "đạt" (guests not notified, yet
# the notification item passed), per template version.
NUMBER_ITEMS: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"L02": ("L01",)},
}


@dataclass(frozen=True)
class ItemResult:
    item_code: str
    verdict: str | None = None  # for check items: a Verdict value
    number: int | None = None  # for number items
    note: str = ""


@dataclass(frozen=True)
class ViolationDraft:
    description: str
    handling: str
    sanction_ref: str | None = None  # id in the sanction-reference table
    legal_basis: str = ""  # typed basis when no entry of the table applies (then no fine can be proposed)
    proposed_amount: int | None = None  # VND, only with a fine proposal
    item_code: str | None = None  # the checklist item found not met, if any
    offender_kind: str | None = None  # an OffenderKind value; None only on records made before it was asked
    offender_role: str = ""  # an individual's role on site ("khách", "người quản lý ca"), never a worker's name
    offender_name: str = ""  # an individual's name, only where the law requires it


@dataclass(frozen=True)
class InspectionDraft:
    """One visit of the team; people on site are counted, never named (DOMAIN §5)."""

    establishment_id: str
    started_at: datetime | None
    kind: str
    team_members: str  # officials only
    representative: str = ""  # the business's representative who signs the record
    template_version: int | None = None  # None: the checklist in force on the day
    staff_present: int = 0
    staff_without_contract: int = 0
    staff_under_18: int = 0
    guests_present: int = 0
    findings: str = ""
    decision_reference: str = ""
    results: tuple[ItemResult, ...] = ()
    violations: tuple[ViolationDraft, ...] = ()
    # The formalities of the administrative record (FORMAL_FROM_VERSION); "" / None when not given.
    record_number: str = ""
    place: str = ""  # "" prints the establishment's address
    ended_at: datetime | None = None
    team_id: str | None = None
    team_leader: str = ""
    recorder: str = ""
    representative_role: str = ""
    witness: str = ""
    copies: int = 2
    refusal_note: str = ""  # who refused to sign and the reason they gave
    conclusion: str | None = None  # a Conclusion value
    # The inspection plan entry this visit carries out; None lets the service find it (same business, a plan
    # whose period holds the day, not yet carried out), so the officer never has to pick it by hand.
    plan_entry_id: str | None = None

    @property
    def formal(self) -> bool:
        """Its checklist version requires the formalities of an administrative record."""
        return (self.template_version or 0) >= FORMAL_FROM_VERSION

    @property
    def prints_formally(self) -> bool:
        """Printed as the administrative record: on a formal checklist, or given a record number (a record made
        since the formalities exist). Records made before them have no number and keep their old layout."""
        return self.formal or bool(self.record_number.strip())


COUNT_FIELDS = ("staff_present", "staff_without_contract", "staff_under_18", "guests_present")


def local_day(moment: datetime) -> date:
    # The calendar day of a visit is read on the office's clock, whatever the PC says.
    return office_date(moment)


def vnd(amount: int) -> str:
    """1500000 -> '1.500.000' for message parameters."""
    return f"{amount:,}".replace(",", ".")


def inspection_problems(draft: InspectionDraft, *, business_type: str, existed_from: date | None,
                        template: ChecklistTemplate | None, sanctions: SanctionTable,
                        now: datetime) -> list[Problem]:
    """Every rule the draft breaks against its establishment, template and the sanction table."""
    asked = draft.template_version
    # The version found decides which formalities and consistency rules apply.
    draft = replace(draft, template_version=template.version if template is not None else None)
    problems = _header_problems(draft, existed_from=existed_from, now=now)
    if template is None:
        problems.append(Problem("inspection.unknown_template", "template_version", {"version": asked or ""}))
    else:
        problems += _result_problems(draft, template, business_type)
    problems += consistency_problems(draft)
    day = local_day(draft.started_at) if draft.started_at else None
    for n, violation in enumerate(draft.violations):
        problems += violation_problems(violation, field=f"violations[{n}]", day=day, sanctions=sanctions,
                                       template=template, business_type=business_type)
    return problems


def _header_problems(draft: InspectionDraft, *, existed_from: date | None, now: datetime) -> list[Problem]:
    problems: list[Problem] = []
    if draft.started_at is None:
        problems.append(Problem("required", "started_at"))
    elif draft.started_at > now:
        problems.append(Problem("date.future", "started_at"))
    elif existed_from is not None and local_day(draft.started_at) < existed_from:
        problems.append(Problem("inspection.before_establishment", "started_at",
                                {"day": existed_from.strftime(DATE_FORMAT)}))
    if draft.kind not in InspectionKind.__members__.values():
        problems.append(Problem("inspection.unknown_kind", "kind"))
    if not draft.team_members.strip():
        problems.append(Problem("required", "team_members"))
    for name in COUNT_FIELDS:
        if getattr(draft, name) < 0:
            problems.append(Problem("number.negative", name))
    for name in ("staff_without_contract", "staff_under_18"):
        if getattr(draft, name) > max(draft.staff_present, 0):
            problems.append(Problem("inspection.count_exceeds_staff", name,
                                    {"count": getattr(draft, name), "present": draft.staff_present}))
    for name, limit in (("team_members", MAX_SHORT), ("representative", MAX_SHORT),
                        ("decision_reference", MAX_SHORT), ("findings", MAX_TEXT),
                        *((n, MAX_NUMBER if n == "record_number" else MAX_SHORT) for n in FORMAL_TEXT_FIELDS)):
        if len(getattr(draft, name)) > limit:
            problems.append(Problem("text.too_long", name, {"max": limit}))
    return problems + formal_problems(draft)


def consistency_problems(draft: InspectionDraft) -> list[Problem]:
    """What the record says against itself: counts against item results, the conclusion against violations.

    Checked before saving and again before printing, so a contradictory record never reaches a signature.
    """
    problems: list[Problem] = []
    verdicts = {r.item_code: r.verdict for r in draft.results}
    version = draft.template_version or 0
    for count_field, codes in COUNT_ITEMS.get(version, {}).items():
        count = getattr(draft, count_field)
        for code in codes:
            if count > 0 and verdicts.get(code) == Verdict.PASS.value:
                problems.append(Problem("inspection.count_contradicts_item", count_field,
                                        {"count": count, "item": code}))
    numbers = {r.item_code: (n, r.number) for n, r in enumerate(draft.results)}
    for number_item, codes in NUMBER_ITEMS.get(version, {}).items():
        position, count = numbers.get(number_item, (None, None))
        for code in codes:
            if position is not None and count and verdicts.get(code) == Verdict.PASS.value:
                problems.append(Problem("inspection.count_contradicts_item", f"results[{position}]",
                                        {"count": count, "item": code}))
    if draft.conclusion == Conclusion.NO_VIOLATION.value and draft.violations:
        problems.append(Problem("inspection.no_violation_but_recorded", "conclusion",
                                {"count": len(draft.violations)}))
    elif draft.conclusion == Conclusion.VIOLATIONS.value and not draft.violations:
        problems.append(Problem("inspection.violation_but_none_recorded", "conclusion"))
    return problems


def _item_problem(code: str, field: str, template: ChecklistTemplate, business_type: str) -> Problem | None:
    item = template.item(code)
    if item is None:
        return Problem("inspection.item_not_in_template", field, {"item": code, "version": template.version})
    if not item.applies_to(business_type):
        return Problem("inspection.item_not_applicable", field, {"item": code})
    return None


def _result_problems(draft: InspectionDraft, template: ChecklistTemplate, business_type: str) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for n, result in enumerate(draft.results):
        field = f"results[{n}]"
        wrong = _item_problem(result.item_code, field, template, business_type)
        if wrong is not None:
            problems.append(wrong)
            continue
        if result.item_code in seen:
            problems.append(Problem("inspection.duplicate_result", field, {"item": result.item_code}))
        seen.add(result.item_code)
        item = template.item(result.item_code)
        assert item is not None
        if item.answer is AnswerType.CHECK and result.verdict not in Verdict.__members__.values():
            problems.append(Problem("inspection.verdict_required", field, {"item": result.item_code}))
        if item.answer is not AnswerType.CHECK and result.verdict is not None:
            problems.append(Problem("inspection.answer_mismatch", field, {"item": result.item_code}))
        if item.answer is AnswerType.NUMBER:
            if result.number is None:
                problems.append(Problem("inspection.number_required", field, {"item": result.item_code}))
            elif result.number < 0:
                problems.append(Problem("number.negative", field))
        elif result.number is not None:
            problems.append(Problem("inspection.answer_mismatch", field, {"item": result.item_code}))
        if len(result.note) > MAX_SHORT:
            problems.append(Problem("text.too_long", field, {"max": MAX_SHORT}))
    return problems


def violation_problems(violation: ViolationDraft, *, field: str, day: date | None, sanctions: SanctionTable,
                       template: ChecklistTemplate | None, business_type: str) -> list[Problem]:
    problems: list[Problem] = []
    if not violation.description.strip():
        problems.append(Problem("required", f"{field}.description"))
    if len(violation.description) > MAX_TEXT or len(violation.legal_basis) > MAX_SHORT:
        problems.append(Problem("text.too_long", f"{field}.description", {"max": MAX_TEXT}))
    if violation.handling not in Handling.__members__.values():
        problems.append(Problem("violation.unknown_handling", f"{field}.handling"))
    if violation.item_code and template is not None:
        wrong = _item_problem(violation.item_code, f"{field}.item_code", template, business_type)
        if wrong is not None:
            problems.append(wrong)
    reference = None
    if violation.sanction_ref:
        reference = sanctions.get(violation.sanction_ref)
        if reference is None:
            problems.append(Problem("violation.unknown_reference", f"{field}.sanction_ref",
                                    {"reference": violation.sanction_ref}))
        elif day is not None and not reference.in_force(day):
            problems.append(Problem("violation.reference_not_in_force", f"{field}.sanction_ref",
                                    {"reference": reference.citation, "day": day.strftime(DATE_FORMAT)}))
    elif not violation.legal_basis.strip():
        problems.append(Problem("violation.no_legal_basis", f"{field}.sanction_ref"))
    kind = _offender_problems(violation, field=field, reference=reference, problems=problems)
    amount_field = f"{field}.proposed_amount"
    if violation.handling == Handling.FINE_PROPOSAL:
        low, high = fine_range(reference, kind)
        if violation.proposed_amount is None:
            problems.append(Problem("violation.amount_required", amount_field))
        if reference is None or low is None or high is None:
            if not violation.sanction_ref or reference is not None:  # an unknown id is reported above
                problems.append(Problem("violation.fine_needs_reference", f"{field}.sanction_ref"))
        elif violation.proposed_amount is not None and not low <= violation.proposed_amount <= high:
            params = {"amount": vnd(violation.proposed_amount), "min": vnd(low), "max": vnd(high),
                      "reference": reference.citation}
            within_individual = reference.allows(violation.proposed_amount)
            code = ("violation.organisation_in_individual_range" if kind is OffenderKind.ENTERPRISE
                    and within_individual else "violation.amount_out_of_range")
            problems.append(Problem(code, amount_field, params))
    elif violation.proposed_amount is not None:
        problems.append(Problem("violation.amount_without_fine", amount_field))
    return problems


def offender_kind(value: str | None) -> OffenderKind | None:
    try:
        return OffenderKind(value) if value else None
    except ValueError:
        return None


def fine_range(reference: SanctionReference | None, kind: OffenderKind | None) -> tuple[int | None, int | None]:
    """The range of the reference for this offender (an organisation's own range); never a computed amount."""
    if reference is None:
        return None, None
    if kind is None:  # a record made before the offender was recorded: the range saved then
        return reference.min_vnd, reference.max_vnd
    return reference.range_for(kind)


def _offender_problems(violation: ViolationDraft, *, field: str, reference: SanctionReference | None,
                       problems: list[Problem]) -> OffenderKind | None:
    kind = offender_kind(violation.offender_kind)
    if violation.offender_kind is None:
        problems.append(Problem("violation.offender_required", f"{field}.offender_kind"))
    elif kind is None:
        problems.append(Problem("violation.unknown_offender", f"{field}.offender_kind"))
    if len(violation.offender_role) > MAX_SHORT or len(violation.offender_name) > MAX_SHORT:
        problems.append(Problem("text.too_long", f"{field}.offender_role", {"max": MAX_SHORT}))
    if kind is not None and kind.is_operator and (violation.offender_role.strip() or violation.offender_name.strip()):
        # The business is the offender: it is named by the establishment, nobody else is.
        problems.append(Problem("violation.operator_named", f"{field}.offender_name"))
    if kind is OffenderKind.PERSON and not violation.offender_role.strip():
        problems.append(Problem("violation.person_role_required", f"{field}.offender_role"))
    if kind is not None and reference is not None and not reference.applies_to(kind):
        problems.append(Problem("violation.reference_not_for_offender", f"{field}.sanction_ref",
                                {"reference": reference.citation}))
    return kind


def reinspection_due_on(draft: InspectionDraft, *, delay_days: int) -> date | None:
    """A visit that found violations is followed up `delay_days` later; a clean visit needs no follow-up."""
    if not draft.violations or draft.started_at is None:
        return None
    return local_day(draft.started_at) + timedelta(days=delay_days)


def suggested_violations(draft: InspectionDraft, template: ChecklistTemplate, *, day: date,
                         sanctions: SanctionTable) -> tuple[ViolationDraft, ...]:
    """For each item answered "không đạt" that names offences and has no violation yet: the violation pre-filled.

    The first suggested offence in force on the day is taken, for the business operator when it applies to one
    (as a household business: the officer changes it for an enterprise); the amount stays empty, the officer
    proposes it inside the range shown — the app never computes a fine.
    """
    covered = {v.item_code for v in draft.violations if v.item_code}
    found = []
    for result in draft.results:
        item = template.item(result.item_code)
        if item is None or result.verdict != Verdict.FAIL.value or not item.suggests or item.code in covered:
            continue
        references = [r for r in (sanctions.get(i) for i in item.suggests) if r is not None and r.in_force(day)]
        reference = references[0] if references else None
        kind = _suggested_kind(reference)
        low, high = fine_range(reference, kind)
        found.append(ViolationDraft(
            description=f"Không đạt: {item.text}", item_code=item.code, offender_kind=kind.value,
            sanction_ref=reference.id if reference else None,
            legal_basis="" if reference else item.legal_basis,
            handling=(Handling.FINE_PROPOSAL if low is not None and high is not None else Handling.WARNING).value))
    return tuple(found)


def _suggested_kind(reference: SanctionReference | None) -> OffenderKind:
    if reference is None:
        return OffenderKind.HOUSEHOLD
    return next((k for k in (OffenderKind.HOUSEHOLD, OffenderKind.ENTERPRISE, OffenderKind.PERSON)
                 if reference.applies_to(k)), OffenderKind.HOUSEHOLD)
