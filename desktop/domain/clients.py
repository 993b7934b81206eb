"""Clients of the support register (DOMAIN §4, §7): code lists, drafts and the rules they must meet."""

from __future__ import annotations

import functools

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from desktop.domain.age_bands import age_in, is_minor
from desktop.domain.codes import Sex
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem, ValidationFailed

MAX_TEXT = 4000
MAX_NICKNAME = 60
EARLIEST_BIRTH_YEAR = 1930
DEFAULT_RETENTION_MONTHS = 60
RETENTION_MONTHS_RANGE = (6, 240)
# Warnings the worker must acknowledge before a save goes through; never silently passed.
WARNING_CODES = frozenset({"client.minor"})


class WorkplaceType(StrEnum):
    KARAOKE = "karaoke"
    MASSAGE_SAUNA = "massage_sauna"
    ACCOMMODATION = "accommodation"
    BAR_DANCE_HALL = "bar_dance_hall"
    CAFE = "cafe"
    BARBER_HAIRWASH = "barber_hairwash"
    FREELANCE_STREET = "freelance_street"
    ONLINE = "online"
    OTHER = "other"


WORKPLACE_LABELS = {
    WorkplaceType.KARAOKE: QT_TRANSLATE_NOOP("Codes", "Karaoke"),
    WorkplaceType.MASSAGE_SAUNA: QT_TRANSLATE_NOOP("Codes", "Xoa bóp, xông hơi"),
    WorkplaceType.ACCOMMODATION: QT_TRANSLATE_NOOP("Codes", "Nhà nghỉ, khách sạn, cơ sở lưu trú"),
    WorkplaceType.BAR_DANCE_HALL: QT_TRANSLATE_NOOP("Codes", "Quán bar, vũ trường"),
    WorkplaceType.CAFE: QT_TRANSLATE_NOOP("Codes", "Quán cà phê, giải khát"),
    WorkplaceType.BARBER_HAIRWASH: QT_TRANSLATE_NOOP("Codes", "Cắt tóc, gội đầu"),
    WorkplaceType.FREELANCE_STREET: QT_TRANSLATE_NOOP("Codes", "Tự do, đường phố"),
    WorkplaceType.ONLINE: QT_TRANSLATE_NOOP("Codes", "Qua mạng"),
    WorkplaceType.OTHER: QT_TRANSLATE_NOOP("Codes", "Khác"),
}


class ContactChannel(StrEnum):
    OUTREACH = "outreach"
    PEER = "peer"
    SELF = "self"
    HEALTH = "health"
    MASS_ORG = "mass_org"
    POLICE = "police"
    HOTLINE_ONLINE = "hotline_online"
    OTHER = "other"


CHANNEL_LABELS = {
    ContactChannel.OUTREACH: QT_TRANSLATE_NOOP("Codes", "Cán bộ tiếp cận tại cộng đồng"),
    ContactChannel.PEER: QT_TRANSLATE_NOOP("Codes", "Nhóm đồng đẳng giới thiệu"),
    ContactChannel.SELF: QT_TRANSLATE_NOOP("Codes", "Tự tìm đến"),
    ContactChannel.HEALTH: QT_TRANSLATE_NOOP("Codes", "Cơ sở y tế giới thiệu"),
    ContactChannel.MASS_ORG: QT_TRANSLATE_NOOP("Codes", "Hội, đoàn thể giới thiệu"),
    ContactChannel.POLICE: QT_TRANSLATE_NOOP("Codes", "Qua kiểm tra, xử lý vi phạm"),
    ContactChannel.HOTLINE_ONLINE: QT_TRANSLATE_NOOP("Codes", "Đường dây nóng, mạng xã hội"),
    ContactChannel.OTHER: QT_TRANSLATE_NOOP("Codes", "Khác"),
}


class ServiceCategory(StrEnum):
    """The support categories national and provincial reports count (DOMAIN §2, §4)."""

    EDUCATION_VOCATIONAL = "education_vocational"
    COUNSELLING_LEGAL = "counselling_legal"
    LOANS_JOBS = "loans_jobs"
    HEALTH_HIV = "health_hiv"
    HARM_REDUCTION = "harm_reduction"
    GBV_SHELTER = "gbv_shelter"
    PSYCHOLOGICAL = "psychological"
    REINTEGRATION = "reintegration"


SERVICE_LABELS = {
    ServiceCategory.EDUCATION_VOCATIONAL: QT_TRANSLATE_NOOP("Codes", "Giáo dục, học nghề"),
    ServiceCategory.COUNSELLING_LEGAL: QT_TRANSLATE_NOOP("Codes", "Tư vấn, trợ giúp pháp lý"),
    ServiceCategory.LOANS_JOBS: QT_TRANSLATE_NOOP("Codes", "Vay vốn, việc làm"),
    ServiceCategory.HEALTH_HIV: QT_TRANSLATE_NOOP("Codes", "Chăm sóc sức khỏe, dịch vụ HIV"),
    ServiceCategory.HARM_REDUCTION: QT_TRANSLATE_NOOP("Codes", "Can thiệp giảm tác hại"),
    ServiceCategory.GBV_SHELTER: QT_TRANSLATE_NOOP("Codes", "Hỗ trợ nạn nhân bạo lực trên cơ sở giới, nơi tạm lánh"),
    ServiceCategory.PSYCHOLOGICAL: QT_TRANSLATE_NOOP("Codes", "Tư vấn tâm lý"),
    ServiceCategory.REINTEGRATION: QT_TRANSLATE_NOOP("Codes", "Hòa nhập cộng đồng"),
}


class ContactTopic(StrEnum):
    SAFER_SEX = "safer_sex"
    HIV_STI_TESTING = "hiv_sti_testing"
    TREATMENT = "treatment"
    LEGAL_RIGHTS = "legal_rights"
    VIOLENCE = "violence"
    LIVELIHOOD = "livelihood"
    DRUGS = "drugs"
    MENTAL_HEALTH = "mental_health"
    FAMILY = "family"


TOPIC_LABELS = {
    ContactTopic.SAFER_SEX: QT_TRANSLATE_NOOP("Codes", "Dự phòng: tình dục an toàn, bao cao su, PrEP"),
    ContactTopic.HIV_STI_TESTING: QT_TRANSLATE_NOOP("Codes", "Xét nghiệm HIV, bệnh lây truyền qua đường tình dục"),
    ContactTopic.TREATMENT: QT_TRANSLATE_NOOP("Codes", "Điều trị ARV, methadone"),
    ContactTopic.LEGAL_RIGHTS: QT_TRANSLATE_NOOP("Codes", "Quyền và pháp luật"),
    ContactTopic.VIOLENCE: QT_TRANSLATE_NOOP("Codes", "Phòng, chống bạo lực trên cơ sở giới"),
    ContactTopic.LIVELIHOOD: QT_TRANSLATE_NOOP("Codes", "Học nghề, việc làm, sinh kế"),
    ContactTopic.DRUGS: QT_TRANSLATE_NOOP("Codes", "Ma túy"),
    ContactTopic.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Codes", "Sức khỏe tâm thần"),
    ContactTopic.FAMILY: QT_TRANSLATE_NOOP("Codes", "Gia đình, con cái"),
}


class ConsentScope(StrEnum):
    SUPPORT = "support"
    REFERRAL = "referral"
    SHARING = "sharing"


CONSENT_LABELS = {
    ConsentScope.SUPPORT: QT_TRANSLATE_NOOP("Codes", "Nhận hỗ trợ và được ghi vào sổ theo dõi (chỉ bằng mã số)"),
    ConsentScope.REFERRAL: QT_TRANSLATE_NOOP("Codes", "Được giới thiệu, chuyển gửi đến cơ quan, tổ chức khác"),
    ConsentScope.SHARING: QT_TRANSLATE_NOOP("Codes", "Chia sẻ thông tin cần thiết với nơi nhận chuyển gửi"),
}


class ClientStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


STATUS_LABELS = {
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("Codes", "Đang hỗ trợ"),
    ClientStatus.PAUSED: QT_TRANSLATE_NOOP("Codes", "Tạm ngừng liên lạc"),
    ClientStatus.CLOSED: QT_TRANSLATE_NOOP("Codes", "Kết thúc hỗ trợ"),
}


class CountUnit(StrEnum):
    """Every count says which it is (DOMAIN §2): lượt người (visits) or người (unique persons)."""

    VISITS = "visits"
    PERSONS = "persons"


COUNT_UNIT_LABELS = {
    CountUnit.VISITS: QT_TRANSLATE_NOOP("Codes", "lượt người"),
    CountUnit.PERSONS: QT_TRANSLATE_NOOP("Codes", "người"),
}

K = TypeVar("K", bound=Hashable)


def tally(person_ids: Iterable[str], unit: CountUnit) -> int:
    """One entry per visit: lượt counts them all, người counts each person once."""
    ids = list(person_ids)
    return len(ids) if unit is CountUnit.VISITS else len(set(ids))


def tally_by(visits: Iterable[tuple[str, K]], unit: CountUnit) -> dict[K, int]:
    """Counts per key (category, band...); in người a person counts once per key, not once overall."""
    if unit is CountUnit.VISITS:
        counts: dict[K, int] = {}
        for _, key in visits:
            counts[key] = counts.get(key, 0) + 1
        return counts
    persons: dict[K, set[str]] = {}
    for person, key in visits:
        persons.setdefault(key, set()).add(person)
    return {key: len(ids) for key, ids in persons.items()}


class Unacknowledged(ValidationFailed):
    """Warnings (such as a minor) the worker has not yet confirmed; nothing was saved."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        super().__init__(problems)
        self.code = "client.unacknowledged"


@dataclass(frozen=True)
class ClientDraft:
    """What the worker typed for a client; the UIC facts travel separately and are never stored."""

    birth_year: int | None
    sex: str
    workplace_type: str
    first_contact_on: date | None
    first_contact_channel: str
    commune: str = ""  # tagged unit code; "" = this office's commune
    nickname: str = ""  # local only: never leaves this PC
    notes: str = ""  # local only


@dataclass(frozen=True)
class ContactDraft:
    """One contact or service given: counted in lượt."""

    contacted_on: date | None
    category: str
    topics: tuple[str, ...] = ()
    condoms: int = 0
    lubricant: int = 0
    leaflets: int = 0
    notes: str = ""  # local only


@functools.cache
def _codes(enum: type[StrEnum]) -> frozenset[str]:
    # Cached: the hub runs these rules on every incoming record (sync/rules.py).
    return frozenset(m.value for m in enum)


def date_problems(day: date | None, name: str, *, today: date, required: bool = True) -> list[Problem]:
    if day is None:
        return [Problem("required", name)] if required else []
    return [Problem("date.future", name)] if day > today else []


def birth_year_problems(birth_year: int | None, *, today: date) -> list[Problem]:
    if birth_year is None:
        return [Problem("required", "birth_year")]
    if not EARLIEST_BIRTH_YEAR <= birth_year <= today.year:
        return [Problem("client.birth_year_impossible", "birth_year",
                        {"min": EARLIEST_BIRTH_YEAR, "max": today.year, "value": birth_year})]
    return []


def client_problems(draft: ClientDraft, *, today: date) -> list[Problem]:
    """Errors that block a save; warnings come from client_warnings."""
    problems = birth_year_problems(draft.birth_year, today=today)
    if draft.sex not in _codes(Sex):
        problems.append(Problem("client.unknown_code", "sex"))
    if draft.workplace_type not in _codes(WorkplaceType):
        problems.append(Problem("client.unknown_code", "workplace_type"))
    if draft.first_contact_channel not in _codes(ContactChannel):
        problems.append(Problem("client.unknown_code", "first_contact_channel"))
    problems += date_problems(draft.first_contact_on, "first_contact_on", today=today)
    if (draft.first_contact_on and draft.birth_year and not problems
            and draft.first_contact_on.year < draft.birth_year):
        problems.append(Problem("client.contact_before_birth", "first_contact_on"))
    if len(draft.nickname) > MAX_NICKNAME:
        problems.append(Problem("text.too_long", "nickname", {"max": MAX_NICKNAME}))
    if len(draft.notes) > MAX_TEXT:
        problems.append(Problem("text.too_long", "notes", {"max": MAX_TEXT}))
    return problems


def client_warnings(draft: ClientDraft, *, today: date) -> list[Problem]:
    """A minor's case is special in law: the worker must see it and confirm, every time."""
    if draft.birth_year is None or birth_year_problems(draft.birth_year, today=today):
        return []
    age = age_in(today.year, draft.birth_year)
    return [Problem("client.minor", "birth_year", {"age": age})] if is_minor(age) else []


def unacknowledged(warnings: list[Problem], acknowledged: Iterable[str]) -> list[Problem]:
    done = set(acknowledged)
    return [w for w in warnings if w.code not in done]


def contact_problems(draft: ContactDraft, *, today: date, first_contact_on: date) -> list[Problem]:
    problems = date_problems(draft.contacted_on, "contacted_on", today=today)
    if draft.contacted_on and draft.contacted_on < first_contact_on:
        problems.append(Problem("contact.before_first_contact", "contacted_on",
                                {"first": first_contact_on.strftime("%d/%m/%Y")}))
    if draft.category not in _codes(ServiceCategory):
        problems.append(Problem("client.unknown_code", "category"))
    if any(t not in _codes(ContactTopic) for t in draft.topics):
        problems.append(Problem("client.unknown_code", "topics"))
    for name in ("condoms", "lubricant", "leaflets"):
        if getattr(draft, name) < 0:
            problems.append(Problem("number.negative", name))
    if len(draft.notes) > MAX_TEXT:
        problems.append(Problem("text.too_long", "notes", {"max": MAX_TEXT}))
    return problems


def consent_problems(scopes: Iterable[str], *, on: date | None, today: date) -> list[Problem]:
    given = list(scopes)
    problems = date_problems(on, "given_on", today=today)
    if not given:
        problems.append(Problem("required", "scopes"))
    if any(s not in _codes(ConsentScope) for s in given):
        problems.append(Problem("client.unknown_code", "scopes"))
    return problems


def withdrawal_problems(*, given_on: date, on: date | None, today: date) -> list[Problem]:
    problems = date_problems(on, "withdrawn_on", today=today)
    if on is not None and on < given_on:
        problems.append(Problem("consent.withdrawn_before_given", "withdrawn_on",
                                {"given": given_on.strftime("%d/%m/%Y")}))
    return problems


def retention_problems(months: int) -> list[Problem]:
    low, high = RETENTION_MONTHS_RANGE
    if not low <= months <= high:
        return [Problem("client.retention_invalid", "retention_months", {"min": low, "max": high})]
    return []


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (clamped to the month's end): the retention cut-off."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")
