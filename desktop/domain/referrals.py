"""Referrals to partner organisations (DOMAIN §4): lifecycle, outcomes, partner kinds, printable codes."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.clients import MAX_TEXT, ServiceCategory, date_problems
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem

CODE_PREFIX = "GT-"  # "giới thiệu"
CODE_LENGTH = 8  # 40 random bits: unguessable from a slip's neighbours, short enough to read aloud
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Crockford's decoding: letters people confuse with digits read as those digits.
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


class ReferralStatus(StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    REFUSED = "refused"
    LOST = "lost_to_follow_up"


STATUS_LABELS = {
    ReferralStatus.SENT: QT_TRANSLATE_NOOP("Codes", "Đã chuyển gửi"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("Codes", "Nơi nhận đã tiếp nhận"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("Codes", "Hoàn thành"),
    ReferralStatus.REFUSED: QT_TRANSLATE_NOOP("Codes", "Bị từ chối"),
    ReferralStatus.LOST: QT_TRANSLATE_NOOP("Codes", "Mất dấu, không theo dõi được"),
}

# The lifecycle sent -> accepted -> completed / refused / lost; anything else is a jump.
# Completing needs the partner to have taken the person in first, so sent -> completed is refused.
TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.SENT: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.REFUSED, ReferralStatus.LOST}),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.COMPLETED, ReferralStatus.REFUSED, ReferralStatus.LOST}),
    ReferralStatus.COMPLETED: frozenset(),
    ReferralStatus.REFUSED: frozenset(),
    ReferralStatus.LOST: frozenset(),
}
OPEN_STATUSES = frozenset({ReferralStatus.SENT, ReferralStatus.ACCEPTED})


def can_move(current: ReferralStatus, new: ReferralStatus) -> bool:
    return new in TRANSITIONS[current]


class ReferralOutcome(StrEnum):
    ENROLLED_COURSE = "enrolled_course"
    LOAN_DISBURSED = "loan_disbursed"
    JOB_OBTAINED = "job_obtained"
    HIV_TEST_DONE = "hiv_test_done"
    STI_TREATED = "sti_treated"
    ON_ART = "on_art"
    ON_PREP = "on_prep"
    ON_METHADONE = "on_methadone"
    LEGAL_AID_GIVEN = "legal_aid_given"
    COUNSELLING_GIVEN = "counselling_given"
    SHELTER_GIVEN = "shelter_given"
    GBV_RESOLVED = "gbv_resolved"
    LEFT_SEX_WORK = "left_sex_work"
    MOVED_AWAY = "moved_away"
    OTHER = "other"


OUTCOME_LABELS = {
    ReferralOutcome.ENROLLED_COURSE: QT_TRANSLATE_NOOP("Codes", "Đã vào học nghề, khóa học"),
    ReferralOutcome.LOAN_DISBURSED: QT_TRANSLATE_NOOP("Codes", "Đã được giải ngân vốn vay"),
    ReferralOutcome.JOB_OBTAINED: QT_TRANSLATE_NOOP("Codes", "Đã có việc làm"),
    ReferralOutcome.HIV_TEST_DONE: QT_TRANSLATE_NOOP("Codes", "Đã xét nghiệm HIV"),
    ReferralOutcome.STI_TREATED: QT_TRANSLATE_NOOP("Codes", "Đã khám, điều trị bệnh lây truyền qua đường tình dục"),
    ReferralOutcome.ON_ART: QT_TRANSLATE_NOOP("Codes", "Đang điều trị ARV"),
    ReferralOutcome.ON_PREP: QT_TRANSLATE_NOOP("Codes", "Đang dùng PrEP"),
    ReferralOutcome.ON_METHADONE: QT_TRANSLATE_NOOP("Codes", "Đang điều trị methadone"),
    ReferralOutcome.LEGAL_AID_GIVEN: QT_TRANSLATE_NOOP("Codes", "Đã được trợ giúp pháp lý"),
    ReferralOutcome.COUNSELLING_GIVEN: QT_TRANSLATE_NOOP("Codes", "Đã được tư vấn"),
    ReferralOutcome.SHELTER_GIVEN: QT_TRANSLATE_NOOP("Codes", "Đã được tạm lánh"),
    ReferralOutcome.GBV_RESOLVED: QT_TRANSLATE_NOOP("Codes", "Vụ việc bạo lực đã được giải quyết"),
    ReferralOutcome.LEFT_SEX_WORK: QT_TRANSLATE_NOOP("Codes", "Đã từ bỏ hoạt động mại dâm"),
    ReferralOutcome.MOVED_AWAY: QT_TRANSLATE_NOOP("Codes", "Đã chuyển đi nơi khác"),
    ReferralOutcome.OTHER: QT_TRANSLATE_NOOP("Codes", "Kết quả khác"),
}


class PartnerKind(StrEnum):
    EMPLOYMENT_CENTRE = "employment_centre"
    VOCATIONAL_SCHOOL = "vocational_school"
    SOCIAL_POLICY_BANK = "social_policy_bank"
    HEALTH_STATION = "health_station"
    CDC = "cdc"
    LEGAL_AID = "legal_aid"
    WOMENS_UNION = "womens_union"
    SOCIAL_WORK_CENTRE = "social_work_centre"
    SHELTER = "shelter"
    NGO = "ngo"
    OTHER = "other"


PARTNER_KIND_LABELS = {
    PartnerKind.EMPLOYMENT_CENTRE: QT_TRANSLATE_NOOP("Codes", "Trung tâm dịch vụ việc làm"),
    PartnerKind.VOCATIONAL_SCHOOL: QT_TRANSLATE_NOOP("Codes", "Cơ sở giáo dục nghề nghiệp"),
    PartnerKind.SOCIAL_POLICY_BANK: QT_TRANSLATE_NOOP("Codes", "Ngân hàng Chính sách xã hội"),
    PartnerKind.HEALTH_STATION: QT_TRANSLATE_NOOP("Codes", "Trạm y tế"),
    PartnerKind.CDC: QT_TRANSLATE_NOOP("Codes", "Trung tâm Kiểm soát bệnh tật"),
    PartnerKind.LEGAL_AID: QT_TRANSLATE_NOOP("Codes", "Trung tâm trợ giúp pháp lý"),
    PartnerKind.WOMENS_UNION: QT_TRANSLATE_NOOP("Codes", "Hội Liên hiệp Phụ nữ"),
    PartnerKind.SOCIAL_WORK_CENTRE: QT_TRANSLATE_NOOP("Codes", "Trung tâm công tác xã hội"),
    PartnerKind.SHELTER: QT_TRANSLATE_NOOP("Codes", "Nơi tạm lánh"),
    PartnerKind.NGO: QT_TRANSLATE_NOOP("Codes", "Tổ chức phi chính phủ"),
    PartnerKind.OTHER: QT_TRANSLATE_NOOP("Codes", "Khác"),
}


def new_referral_code() -> str:
    """'GT-' and 8 Crockford base-32 characters from the OS's secure random source."""
    return CODE_PREFIX + "".join(secrets.choice(CROCKFORD) for _ in range(CODE_LENGTH))


def normalise_referral_code(text: str) -> str:
    """What a person typed from a paper slip, as stored: 'gt 7k0o-1l2m...' -> 'GT-7K001...'."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    if raw.startswith(CODE_PREFIX[:2]):
        raw = raw[2:]
    return CODE_PREFIX + raw.translate(_CONFUSABLE)


_CATEGORIES = frozenset(c.value for c in ServiceCategory)
_OUTCOMES = frozenset(o.value for o in ReferralOutcome)


@dataclass(frozen=True)
class ReferralDraft:
    referred_on: date | None
    category: str
    partner_id: str
    follow_up_on: date | None
    consent_override_reason: str = ""  # local only; only when referral consent is missing


@dataclass(frozen=True)
class StatusChange:
    status: str
    on: date | None
    outcome: str = ""
    outcome_on: date | None = None
    feedback: str = ""  # the partner's feedback; local only


def referral_problems(draft: ReferralDraft, *, today: date) -> list[Problem]:
    problems = date_problems(draft.referred_on, "referred_on", today=today)
    if draft.category not in _CATEGORIES:
        problems.append(Problem("client.unknown_code", "category"))
    if not draft.partner_id:
        problems.append(Problem("required", "partner_id"))
    problems += follow_up_problems(draft.follow_up_on, referred_on=draft.referred_on)
    if len(draft.consent_override_reason) > MAX_TEXT:
        problems.append(Problem("text.too_long", "consent_override_reason", {"max": MAX_TEXT}))
    return problems


def follow_up_problems(follow_up_on: date | None, *, referred_on: date | None) -> list[Problem]:
    """The follow-up may be in the future (that is its point) but never before the referral."""
    if follow_up_on is None:
        return [Problem("required", "follow_up_on")]
    if referred_on is not None and follow_up_on < referred_on:
        return [Problem("referral.follow_up_before_referral", "follow_up_on",
                        {"referred_on": referred_on.strftime("%d/%m/%Y")})]
    return []


def status_problems(change: StatusChange, *, current: ReferralStatus, referred_on: date,
                    last_status_on: date, today: date) -> list[Problem]:
    """The move must follow the lifecycle, and its dates must fall between the referral and today."""
    problems: list[Problem] = []
    try:
        new = ReferralStatus(change.status)
    except ValueError:
        return [Problem("client.unknown_code", "status")]
    if not can_move(current, new):
        problems.append(Problem("referral.status_jump", "status", {"current": current.value, "new": new.value}))
    problems += date_problems(change.on, "status_on", today=today)
    if change.on is not None and change.on < last_status_on:
        problems.append(Problem("referral.date_before_previous", "status_on",
                                {"previous": last_status_on.strftime("%d/%m/%Y")}))
    if change.outcome and change.outcome not in _OUTCOMES:
        problems.append(Problem("client.unknown_code", "outcome"))
    if new is ReferralStatus.COMPLETED and not change.outcome:
        problems.append(Problem("referral.outcome_required", "outcome"))
    if change.outcome_on is not None:
        problems += date_problems(change.outcome_on, "outcome_on", today=today)
        if change.outcome_on < referred_on:
            problems.append(Problem("referral.date_before_previous", "outcome_on",
                                    {"previous": referred_on.strftime("%d/%m/%Y")}))
    if len(change.feedback) > MAX_TEXT:
        problems.append(Problem("text.too_long", "feedback", {"max": MAX_TEXT}))
    return problems
