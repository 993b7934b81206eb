"""Inspection teams (rosters formed by a decision), plans for a period, and the authority's decisions (DOMAIN §5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inspections import DATE_FORMAT, MAX_SHORT, MAX_TEXT, InspectionKind
from desktop.domain.problems import Problem

MAX_NUMBER = 64


class TeamKind(StrEnum):
    INTER_AGENCY_178 = "inter_agency_178"  # "Đội kiểm tra liên ngành 178", after Decree 178/2004/NĐ-CP
    COMMUNE = "commune"  # the commune's own team


TEAM_KIND_LABELS = {
    TeamKind.INTER_AGENCY_178: QT_TRANSLATE_NOOP("Codes", "Đội kiểm tra liên ngành 178"),
    TeamKind.COMMUNE: QT_TRANSLATE_NOOP("Codes", "Tổ kiểm tra của xã"),
}


class TeamRole(StrEnum):
    LEADER = "leader"
    DEPUTY = "deputy"
    MEMBER = "member"
    SECRETARY = "secretary"  # keeps the record (thư ký)


TEAM_ROLE_LABELS = {
    TeamRole.LEADER: QT_TRANSLATE_NOOP("Codes", "Đội trưởng"),
    TeamRole.DEPUTY: QT_TRANSLATE_NOOP("Codes", "Đội phó"),
    TeamRole.MEMBER: QT_TRANSLATE_NOOP("Codes", "Thành viên"),
    TeamRole.SECRETARY: QT_TRANSLATE_NOOP("Codes", "Thư ký"),
}

# A plan schedules announced visits and, for the team's own use, surprise ones; re-inspections follow findings.
PLAN_KINDS = (InspectionKind.PLANNED, InspectionKind.SURPRISE)


class EntryProgress(StrEnum):
    DONE = "done"  # the establishment was inspected inside the plan's period
    PENDING = "pending"  # not yet, and its day has not passed
    NOT_DONE = "not_done"  # its day passed (or the period ended) without a visit


PROGRESS_LABELS = {
    EntryProgress.DONE: QT_TRANSLATE_NOOP("Codes", "Đã kiểm tra"),
    EntryProgress.PENDING: QT_TRANSLATE_NOOP("Codes", "Chưa đến ngày"),
    EntryProgress.NOT_DONE: QT_TRANSLATE_NOOP("Codes", "Quá hạn, chưa kiểm tra"),
}


@dataclass(frozen=True)
class MemberDraft:
    full_name: str  # an official; never a worker of an inspected business
    agency: str = ""
    team_role: str = TeamRole.MEMBER.value


@dataclass(frozen=True)
class TeamDraft:
    name: str
    kind: str
    decision_number: str
    decision_date: date | None
    decision_issuer: str
    valid_from: date | None
    valid_to: date | None = None
    members: tuple[MemberDraft, ...] = ()

    @property
    def decision_reference(self) -> str:
        """'Quyết định số 25/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND xã Xuân Lũng'."""
        parts = [f"Quyết định số {self.decision_number}"]
        if self.decision_date is not None:
            parts.append(f"ngày {self.decision_date.strftime(DATE_FORMAT)}")
        if self.decision_issuer:
            parts.append(f"của {self.decision_issuer}")
        return " ".join(parts)

    def leader(self) -> MemberDraft | None:
        return next((m for m in self.members if m.team_role == TeamRole.LEADER.value), None)


@dataclass(frozen=True)
class PlanEntryDraft:
    establishment_id: str
    planned_on: date | None
    kind: str = InspectionKind.PLANNED.value


@dataclass(frozen=True)
class PlanDraft:
    number: str
    title: str
    period_start: date | None
    period_end: date | None
    team_id: str
    approved_on: date | None = None
    entries: tuple[PlanEntryDraft, ...] = ()


@dataclass(frozen=True)
class DecisionDraft:
    """The competent authority's decision as written on it: the app copies the amount, never computes it."""

    violation_id: str
    number: str
    decided_on: date | None
    authority: str
    amount_fined: int | None = None
    additional_penalties: str = ""
    suspends_business: bool = False
    paid: bool = False
    paid_on: date | None = None


def _texts(problems: list[Problem], values: dict[str, tuple[str, int]], required: tuple[str, ...]) -> None:
    for name, (value, limit) in values.items():
        if name in required and not value.strip():
            problems.append(Problem("required", name))
        elif len(value) > limit:
            problems.append(Problem("text.too_long", name, {"max": limit}))


def team_problems(draft: TeamDraft, *, today: date) -> list[Problem]:
    problems: list[Problem] = []
    _texts(problems, {"name": (draft.name, MAX_SHORT), "decision_number": (draft.decision_number, MAX_NUMBER),
                      "decision_issuer": (draft.decision_issuer, MAX_SHORT)},
           ("name", "decision_number", "decision_issuer"))
    if draft.kind not in TeamKind.__members__.values():
        problems.append(Problem("team.unknown_kind", "kind"))
    if draft.decision_date is None:
        problems.append(Problem("required", "decision_date"))
    elif draft.decision_date > today:
        problems.append(Problem("date.future", "decision_date"))
    if draft.valid_from is None:
        problems.append(Problem("required", "valid_from"))
    elif draft.valid_to is not None and draft.valid_to < draft.valid_from:
        problems.append(Problem("team.period_reversed", "valid_to"))
    if not draft.members:
        problems.append(Problem("team.no_members", "members"))
    leaders = sum(1 for m in draft.members if m.team_role == TeamRole.LEADER.value)
    if draft.members and leaders != 1:
        problems.append(Problem("team.one_leader", "members", {"count": leaders}))
    for n, member in enumerate(draft.members):
        field = f"members[{n}]"
        if not member.full_name.strip():
            problems.append(Problem("required", f"{field}.full_name"))
        if len(member.full_name) > MAX_SHORT or len(member.agency) > MAX_SHORT:
            problems.append(Problem("text.too_long", field, {"max": MAX_SHORT}))
        if member.team_role not in TeamRole.__members__.values():
            problems.append(Problem("team.unknown_role", f"{field}.team_role"))
    return problems


def plan_problems(draft: PlanDraft, *, team_members: int | None, known_establishments: set[str]) -> list[Problem]:
    """`team_members`: the chosen team's roster size, None when the team does not exist."""
    problems: list[Problem] = []
    _texts(problems, {"number": (draft.number, MAX_NUMBER), "title": (draft.title, MAX_SHORT)}, ("number", "title"))
    if draft.period_start is None:
        problems.append(Problem("required", "period_start"))
    if draft.period_end is None:
        problems.append(Problem("required", "period_end"))
    if draft.period_start and draft.period_end and draft.period_end < draft.period_start:
        problems.append(Problem("plan.period_reversed", "period_end"))
    if team_members is None:
        problems.append(Problem("plan.unknown_team", "team_id"))
    elif team_members == 0:
        problems.append(Problem("plan.team_without_members", "team_id"))
    if not draft.entries:
        problems.append(Problem("plan.no_entries", "entries"))
    seen: set[str] = set()
    for n, entry in enumerate(draft.entries):
        field = f"entries[{n}]"
        if entry.establishment_id not in known_establishments:
            problems.append(Problem("plan.unknown_establishment", field))
        elif entry.establishment_id in seen:
            problems.append(Problem("plan.duplicate_establishment", field))
        seen.add(entry.establishment_id)
        if entry.kind not in PLAN_KINDS:
            problems.append(Problem("plan.unknown_kind", f"{field}.kind"))
        if entry.planned_on is None:
            problems.append(Problem("required", f"{field}.planned_on"))
        elif draft.period_start and draft.period_end and not draft.period_start <= entry.planned_on <= draft.period_end:
            problems.append(Problem("plan.entry_outside_period", f"{field}.planned_on",
                                    {"day": entry.planned_on.strftime(DATE_FORMAT)}))
    return problems


def decision_problems(draft: DecisionDraft, *, inspected_on: date, today: date) -> list[Problem]:
    problems: list[Problem] = []
    _texts(problems, {"number": (draft.number, MAX_NUMBER), "authority": (draft.authority, MAX_SHORT),
                      "additional_penalties": (draft.additional_penalties, MAX_TEXT)}, ("number", "authority"))
    if draft.decided_on is None:
        problems.append(Problem("required", "decided_on"))
    elif draft.decided_on > today:
        problems.append(Problem("date.future", "decided_on"))
    elif draft.decided_on < inspected_on:
        problems.append(Problem("decision.before_inspection", "decided_on",
                                {"day": inspected_on.strftime(DATE_FORMAT)}))
    if draft.amount_fined is not None and draft.amount_fined < 0:
        problems.append(Problem("number.negative", "amount_fined"))
    if draft.paid_on is not None:
        if not draft.paid:
            problems.append(Problem("decision.paid_on_without_paid", "paid_on"))
        elif draft.decided_on is not None and draft.paid_on < draft.decided_on:
            problems.append(Problem("decision.paid_before_decision", "paid_on"))
        elif draft.paid_on > today:
            problems.append(Problem("date.future", "paid_on"))
    if draft.paid and not draft.amount_fined:
        problems.append(Problem("decision.paid_without_fine", "paid"))
    return problems
