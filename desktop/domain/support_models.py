"""Community support models for sex workers (DOMAIN §4, indicator T10): kinds, activities, people supported, rules.

Only counts of people are kept here, never names: the people a model reaches are not clients of
the register unless a case worker opens a record for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.clients import ServiceCategory
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem

MAX_SHORT = 300
# QĐ 1875/QĐ-LĐTBXH (2018) costs a club of up to 10 core members reaching at least 70 people
# (DOMAIN §4): guidance shown beside the figures, never a refusal.
CLUB_CORE_MEMBERS = 10
CLUB_PEOPLE_REACHED = 70


class ModelKind(StrEnum):
    SERVICE_POINT = "service_point"
    SOCIAL_WORK_POINT = "social_work_point"
    PEER_CLUB = "peer_club"
    SELF_HELP_GROUP = "self_help_group"
    RIGHTS_PROTECTION = "rights_protection"


KIND_LABELS = {
    ModelKind.SERVICE_POINT: QT_TRANSLATE_NOOP("Codes", "Điểm cung cấp dịch vụ hỗ trợ tại cộng đồng"),
    ModelKind.SOCIAL_WORK_POINT: QT_TRANSLATE_NOOP("Codes", "Điểm tư vấn của cơ sở công tác xã hội"),
    ModelKind.PEER_CLUB: QT_TRANSLATE_NOOP("Codes", "Câu lạc bộ, nhóm đồng đẳng"),
    ModelKind.SELF_HELP_GROUP: QT_TRANSLATE_NOOP("Codes", "Nhóm tự lực"),
    ModelKind.RIGHTS_PROTECTION: QT_TRANSLATE_NOOP(
        "Codes", "Mô hình bảo vệ quyền của người lao động tại cơ sở kinh doanh dịch vụ"),
}
# The kinds QĐ 1875 measures by core members and people reached.
CLUB_KINDS = frozenset({ModelKind.PEER_CLUB, ModelKind.SELF_HELP_GROUP})


class ActivityKind(StrEnum):
    GROUP_MEETING = "group_meeting"
    PEER_OUTREACH = "peer_outreach"
    COUNSELLING = "counselling"
    SKILLS_TRAINING = "skills_training"
    HARM_REDUCTION = "harm_reduction"
    GBV_PREVENTION = "gbv_prevention"
    ACCOMPANIMENT = "accompaniment"
    OTHER = "other"


ACTIVITY_LABELS = {
    ActivityKind.GROUP_MEETING: QT_TRANSLATE_NOOP("Codes", "Sinh hoạt nhóm, câu lạc bộ"),
    ActivityKind.PEER_OUTREACH: QT_TRANSLATE_NOOP("Codes", "Tiếp cận đồng đẳng"),
    ActivityKind.COUNSELLING: QT_TRANSLATE_NOOP("Codes", "Tư vấn nhóm, cá nhân"),
    ActivityKind.SKILLS_TRAINING: QT_TRANSLATE_NOOP("Codes", "Tập huấn kỹ năng"),
    ActivityKind.HARM_REDUCTION: QT_TRANSLATE_NOOP("Codes", "Can thiệp giảm tác hại"),
    ActivityKind.GBV_PREVENTION: QT_TRANSLATE_NOOP("Codes", "Phòng, chống bạo lực trên cơ sở giới"),
    ActivityKind.ACCOMPANIMENT: QT_TRANSLATE_NOOP("Codes", "Hỗ trợ tiếp cận dịch vụ"),
    ActivityKind.OTHER: QT_TRANSLATE_NOOP("Codes", "Hoạt động khác"),
}


@dataclass(frozen=True)
class SupportModelDraft:
    name: str
    kind: str
    established_on: date
    host_organisation: str = ""
    core_members: int = 0
    members: int = 0
    closed_on: date | None = None  # the model stopped operating


@dataclass(frozen=True)
class ActivityDraft:
    held_on: date
    kind: str
    participants: int
    new_people: int = 0  # of the participants, how many this model had not reached earlier in the year


@dataclass(frozen=True)
class SupportGivenDraft:
    """People (a count, no names) who received one category of service through the model."""

    given_on: date
    category: str
    people: int


def support_model_problems(draft: SupportModelDraft, *, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if not draft.name.strip():
        problems.append(Problem("required", "name"))
    for name in ("name", "host_organisation"):
        if len(getattr(draft, name)) > MAX_SHORT:
            problems.append(Problem("text.too_long", name, {"max": MAX_SHORT}))
    if draft.kind not in ModelKind.__members__.values():
        problems.append(Problem("support_model.unknown_kind", "kind"))
    for name in ("core_members", "members"):
        if getattr(draft, name) < 0:
            problems.append(Problem("number.negative", name))
    if draft.core_members > draft.members >= 0:
        problems.append(Problem("support_model.core_exceeds_members", "core_members",
                                {"core": draft.core_members, "members": draft.members}))
    for name in ("established_on", "closed_on"):
        value = getattr(draft, name)
        if value is not None and value > today:
            problems.append(Problem("date.future", name))
    if draft.closed_on is not None and draft.closed_on < draft.established_on:
        problems.append(Problem("support_model.closed_before_established", "closed_on",
                                {"established": draft.established_on.strftime("%d/%m/%Y")}))
    return problems


def support_model_guidance(draft: SupportModelDraft, *, reached_this_year: int | None = None) -> list[Problem]:
    """QĐ 1875's yardsticks for a club, as advice: a model outside them is still saved."""
    if draft.kind not in CLUB_KINDS:
        return []
    advice: list[Problem] = []
    if draft.core_members > CLUB_CORE_MEMBERS:
        advice.append(Problem("support_model.guidance_core", "core_members", {"max": CLUB_CORE_MEMBERS}))
    if reached_this_year is not None and reached_this_year < CLUB_PEOPLE_REACHED:
        advice.append(Problem("support_model.guidance_reach", None,
                              {"reached": reached_this_year, "min": CLUB_PEOPLE_REACHED}))
    return advice


def _within_life(day: date, field: str, *, today: date, established_on: date,
                 closed_on: date | None) -> list[Problem]:
    if day > today:
        return [Problem("date.future", field)]
    if day < established_on:
        return [Problem("support_model.before_established", field,
                        {"established": established_on.strftime("%d/%m/%Y")})]
    if closed_on is not None and day > closed_on:
        return [Problem("support_model.after_closed", field, {"closed": closed_on.strftime("%d/%m/%Y")})]
    return []


def activity_problems(draft: ActivityDraft, *, today: date, established_on: date,
                      closed_on: date | None = None) -> list[Problem]:
    problems = _within_life(draft.held_on, "held_on", today=today, established_on=established_on,
                            closed_on=closed_on)
    if draft.kind not in ActivityKind.__members__.values():
        problems.append(Problem("support_model.unknown_activity", "kind"))
    for name in ("participants", "new_people"):
        if getattr(draft, name) < 0:
            problems.append(Problem("number.negative", name))
    if draft.new_people > draft.participants >= 0:
        problems.append(Problem("support_model.new_exceeds_participants", "new_people",
                                {"new": draft.new_people, "participants": draft.participants}))
    return problems


def support_given_problems(draft: SupportGivenDraft, *, today: date, established_on: date,
                           closed_on: date | None = None) -> list[Problem]:
    problems = _within_life(draft.given_on, "given_on", today=today, established_on=established_on,
                            closed_on=closed_on)
    if draft.category not in ServiceCategory.__members__.values():
        problems.append(Problem("support_model.unknown_category", "category"))
    if draft.people < 1:
        problems.append(Problem("support_model.no_people", "people"))
    return problems
