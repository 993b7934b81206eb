"""Outreach / communication sessions (DOMAIN §3): code lists and the rules a session must meet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem

MAX_TEXT = 2000


class OutreachForm(StrEnum):
    DIRECT = "direct"
    MEETING = "meeting"
    LEAFLETS = "leaflets"
    POSTERS = "posters"
    LOUDSPEAKER = "loudspeaker"
    MEDIA = "media"
    SOCIAL_MEDIA = "social_media"
    PEER_GROUP = "peer_group"
    EVENT = "event"


FORM_LABELS = {
    OutreachForm.DIRECT: QT_TRANSLATE_NOOP("Codes", "Trực tiếp, tư vấn nhóm"),
    OutreachForm.MEETING: QT_TRANSLATE_NOOP("Codes", "Hội nghị, tập huấn"),
    OutreachForm.LEAFLETS: QT_TRANSLATE_NOOP("Codes", "Phát tờ rơi"),
    OutreachForm.POSTERS: QT_TRANSLATE_NOOP("Codes", "Pano, áp phích"),
    OutreachForm.LOUDSPEAKER: QT_TRANSLATE_NOOP("Codes", "Loa truyền thanh xã"),
    OutreachForm.MEDIA: QT_TRANSLATE_NOOP("Codes", "Báo, đài, truyền hình"),
    OutreachForm.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("Codes", "Mạng xã hội"),
    OutreachForm.PEER_GROUP: QT_TRANSLATE_NOOP("Codes", "Nhóm đồng đẳng"),
    OutreachForm.EVENT: QT_TRANSLATE_NOOP("Codes", "Sự kiện, hội thi"),
}

# Forms where people are present and counted; mass-media forms may have no head count.
IN_PERSON_FORMS = frozenset({OutreachForm.DIRECT, OutreachForm.MEETING, OutreachForm.PEER_GROUP, OutreachForm.EVENT})


class TargetGroup(StrEnum):
    BUSINESS_WORKERS = "business_workers"
    INDUSTRIAL_WORKERS = "industrial_workers"
    STUDENTS = "students"
    OFFICIALS = "officials"
    MASS_ORG_MEMBERS = "mass_org_members"
    GENERAL_PUBLIC = "general_public"
    SEX_WORKERS = "sex_workers"


# Sessions whose attendance sheet counts people instead of listing them (no name, birth year or signature):
# sex workers, and the workers of businesses prone to prostitution, among whom sex workers and their
# clients are met. A signed list of them is itself a list of people the law punishes (DOMAIN §7).
COUNT_ONLY_GROUPS = frozenset({TargetGroup.SEX_WORKERS, TargetGroup.BUSINESS_WORKERS})


def counts_only(target_group: str) -> bool:
    return target_group in COUNT_ONLY_GROUPS


TARGET_GROUP_LABELS = {
    TargetGroup.BUSINESS_WORKERS: QT_TRANSLATE_NOOP("Codes", "Người lao động tại cơ sở kinh doanh dịch vụ nhạy cảm"),
    TargetGroup.INDUSTRIAL_WORKERS: QT_TRANSLATE_NOOP("Codes", "Công nhân khu công nghiệp"),
    TargetGroup.STUDENTS: QT_TRANSLATE_NOOP("Codes", "Học sinh, sinh viên"),
    TargetGroup.OFFICIALS: QT_TRANSLATE_NOOP("Codes", "Cán bộ, công chức"),
    TargetGroup.MASS_ORG_MEMBERS: QT_TRANSLATE_NOOP("Codes", "Hội viên, đoàn viên các đoàn thể"),
    TargetGroup.GENERAL_PUBLIC: QT_TRANSLATE_NOOP("Codes", "Người dân"),
    TargetGroup.SEX_WORKERS: QT_TRANSLATE_NOOP("Codes", "Người bán dâm"),
}


class Topic(StrEnum):
    PROSTITUTION_PREVENTION = "prostitution_prevention"
    VOCATIONAL_TRAINING = "vocational_training"
    EMPLOYMENT = "employment"
    LOANS = "loans"
    POVERTY_REDUCTION = "poverty_reduction"
    DRUGS = "drugs"
    HIV_AIDS = "hiv_aids"
    TRAFFICKING = "trafficking"
    GENDER_EQUALITY = "gender_equality"
    LAW = "law"


TOPIC_LABELS = {
    Topic.PROSTITUTION_PREVENTION: QT_TRANSLATE_NOOP("Codes", "Phòng, chống mại dâm"),
    Topic.VOCATIONAL_TRAINING: QT_TRANSLATE_NOOP("Codes", "Đào tạo nghề nông thôn"),
    Topic.EMPLOYMENT: QT_TRANSLATE_NOOP("Codes", "Việc làm"),
    Topic.LOANS: QT_TRANSLATE_NOOP("Codes", "Vay vốn"),
    Topic.POVERTY_REDUCTION: QT_TRANSLATE_NOOP("Codes", "Giảm nghèo"),
    Topic.DRUGS: QT_TRANSLATE_NOOP("Codes", "Phòng, chống ma túy"),
    Topic.HIV_AIDS: QT_TRANSLATE_NOOP("Codes", "Phòng, chống HIV/AIDS"),
    Topic.TRAFFICKING: QT_TRANSLATE_NOOP("Codes", "Phòng, chống mua bán người"),
    Topic.GENDER_EQUALITY: QT_TRANSLATE_NOOP("Codes", "Bình đẳng giới, phòng chống bạo lực giới"),
    Topic.LAW: QT_TRANSLATE_NOOP("Codes", "Phổ biến pháp luật"),
}


@dataclass(frozen=True)
class OutreachDraft:
    """What the officer typed; the service validates it and turns it into a record."""

    held_on: date | None
    place: str
    form: str
    target_group: str
    topics: tuple[str, ...] = ()
    participants_total: int = 0
    participants_male: int = 0
    participants_female: int = 0
    participants_other: int = 0
    target_members: int = 0
    leaflets: int = 0
    condoms: int = 0
    lubricant: int = 0
    organiser: str = ""
    partners: str = ""
    notes: str = ""  # local only: never leaves this PC


_COUNT_FIELDS = (
    "participants_total", "participants_male", "participants_female", "participants_other",
    "target_members", "leaflets", "condoms", "lubricant",
)


def outreach_problems(draft: OutreachDraft, *, today: date) -> list[Problem]:
    """Every rule the draft breaks; empty when it may be saved."""
    problems: list[Problem] = []
    if draft.held_on is None:
        problems.append(Problem("required", "held_on"))
    elif draft.held_on > today:
        problems.append(Problem("date.future", "held_on"))
    if not draft.place.strip():
        problems.append(Problem("required", "place"))
    if draft.form not in OutreachForm.__members__.values():
        problems.append(Problem("outreach.unknown_form", "form"))
    if draft.target_group not in TargetGroup.__members__.values():
        problems.append(Problem("outreach.unknown_target_group", "target_group"))
    if any(t not in Topic.__members__.values() for t in draft.topics):
        problems.append(Problem("outreach.unknown_topic", "topics"))
    for name in _COUNT_FIELDS:
        if getattr(draft, name) < 0:
            problems.append(Problem("number.negative", name))
    for name in ("place", "organiser", "partners", "notes"):
        if len(getattr(draft, name)) > MAX_TEXT:
            problems.append(Problem("text.too_long", name, {"max": MAX_TEXT}))
    by_sex = draft.participants_male + draft.participants_female + draft.participants_other
    if by_sex != draft.participants_total:
        problems.append(Problem("outreach.sex_sum", "participants_total", {"sum": by_sex, "total": draft.participants_total}))
    if draft.target_members > draft.participants_total:
        problems.append(
            Problem("outreach.target_exceeds_total", "target_members",
                    {"target": draft.target_members, "total": draft.participants_total})
        )
    if draft.form in IN_PERSON_FORMS and draft.participants_total == 0:
        problems.append(Problem("outreach.no_participants", "participants_total"))
    return problems
