"""Establishments prone to prostitution (DOMAIN §5): business types, statuses, register rules, T8 coverage."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem

MAX_TEXT = 2000
MAX_SHORT = 300


class BusinessType(StrEnum):
    ACCOMMODATION = "accommodation"
    SHORT_STAY_APARTMENT = "short_stay_apartment"
    KARAOKE = "karaoke"
    DANCE_HALL = "dance_hall"
    BAR = "bar"
    MASSAGE_SAUNA = "massage_sauna"
    BARBER_HAIR_WASH = "barber_hair_wash"
    DIM_LIGHT_CAFE = "dim_light_cafe"
    RESTAURANT = "restaurant"
    OTHER = "other"


BUSINESS_TYPE_LABELS = {
    BusinessType.ACCOMMODATION: QT_TRANSLATE_NOOP("Codes", "Khách sạn, nhà nghỉ (cơ sở lưu trú)"),
    BusinessType.SHORT_STAY_APARTMENT: QT_TRANSLATE_NOOP("Codes", "Căn hộ cho thuê ngắn ngày"),
    BusinessType.KARAOKE: QT_TRANSLATE_NOOP("Codes", "Karaoke"),
    BusinessType.DANCE_HALL: QT_TRANSLATE_NOOP("Codes", "Vũ trường"),
    BusinessType.BAR: QT_TRANSLATE_NOOP("Codes", "Quán bar"),
    BusinessType.MASSAGE_SAUNA: QT_TRANSLATE_NOOP("Codes", "Xoa bóp, xông hơi"),
    BusinessType.BARBER_HAIR_WASH: QT_TRANSLATE_NOOP("Codes", "Cắt tóc, gội đầu"),
    BusinessType.DIM_LIGHT_CAFE: QT_TRANSLATE_NOOP("Codes", "Cà phê đèn mờ"),
    BusinessType.RESTAURANT: QT_TRANSLATE_NOOP("Codes", "Nhà hàng, quán ăn"),
    BusinessType.OTHER: QT_TRANSLATE_NOOP("Codes", "Loại hình khác"),
}


class EstablishmentStatus(StrEnum):
    OPERATING = "operating"
    SUSPENDED = "suspended"
    CLOSED = "closed"


STATUS_LABELS = {
    EstablishmentStatus.OPERATING: QT_TRANSLATE_NOOP("Codes", "Đang hoạt động"),
    EstablishmentStatus.SUSPENDED: QT_TRANSLATE_NOOP("Codes", "Tạm ngừng hoạt động"),
    EstablishmentStatus.CLOSED: QT_TRANSLATE_NOOP("Codes", "Đã đóng cửa"),
}


@dataclass(frozen=True)
class EstablishmentDraft:
    """What the officer typed about a business; owners are business people, not clients, so names are allowed."""

    name: str
    business_type: str
    address: str
    representative: str = ""
    registration_number: str = ""
    registration_date: date | None = None
    licence_number: str = ""
    licence_date: date | None = None
    security_certificate_number: str = ""
    security_certificate_date: date | None = None
    status: str = EstablishmentStatus.OPERATING.value
    opened_on: date | None = None
    closed_on: date | None = None
    notes: str = ""  # local only: never leaves this PC


_DATE_FIELDS = ("registration_date", "licence_date", "security_certificate_date", "opened_on", "closed_on")
_SHORT_FIELDS = ("name", "address", "representative", "registration_number", "licence_number",
                 "security_certificate_number")


def establishment_problems(draft: EstablishmentDraft, *, today: date) -> list[Problem]:
    """Every rule the draft breaks; empty when it may be saved."""
    problems: list[Problem] = []
    for name in ("name", "address"):
        if not getattr(draft, name).strip():
            problems.append(Problem("required", name))
    if draft.business_type not in BusinessType.__members__.values():
        problems.append(Problem("establishment.unknown_type", "business_type"))
    if draft.status not in EstablishmentStatus.__members__.values():
        problems.append(Problem("establishment.unknown_status", "status"))
    for name in _DATE_FIELDS:
        value = getattr(draft, name)
        if value is not None and value > today:
            problems.append(Problem("date.future", name))
    for name in _SHORT_FIELDS:
        if len(getattr(draft, name)) > MAX_SHORT:
            problems.append(Problem("text.too_long", name, {"max": MAX_SHORT}))
    if len(draft.notes) > MAX_TEXT:
        problems.append(Problem("text.too_long", "notes", {"max": MAX_TEXT}))
    if draft.status == EstablishmentStatus.CLOSED and draft.closed_on is None:
        problems.append(Problem("establishment.closed_without_date", "closed_on"))
    if draft.closed_on is not None and draft.status != EstablishmentStatus.CLOSED:
        problems.append(Problem("establishment.closed_date_but_open", "closed_on"))
    if draft.opened_on and draft.closed_on and draft.closed_on < draft.opened_on:
        problems.append(Problem("establishment.closed_before_opened", "closed_on"))
    return problems


def existed_from(draft: EstablishmentDraft) -> date | None:
    """The day the business is known to exist from: no inspection can be dated before it.

    The opening date decides; the registration date stands in when it is not known. The
    coverage queries use the same rule (coalesce in SQL).
    """
    return draft.opened_on or draft.registration_date


# --- T8 coverage (DOMAIN §2): share of high-risk businesses inspected --------------------------


@dataclass(frozen=True)
class Coverage:
    """Establishments in scope and how many of them were inspected; `business_type` None is the total."""

    business_type: str | None
    establishments: int
    inspected: int
    target: Fraction

    @property
    def share(self) -> Fraction:
        return Fraction(self.inspected, self.establishments) if self.establishments else Fraction(0)

    @property
    def percent(self) -> float:
        return round(float(self.share) * 100, 1)

    @property
    def met(self) -> bool:
        # With nothing to inspect there is nothing left undone.
        return self.establishments == 0 or self.share >= self.target

    @property
    def not_inspected(self) -> int:
        return self.establishments - self.inspected


def coverage_by_type(in_scope: dict[str, int], inspected: dict[str, int], *, target: Fraction) -> list[Coverage]:
    """One row per business type with establishments in scope (in list order), then the total row."""
    rows = [Coverage(t.value, in_scope[t.value], min(inspected.get(t.value, 0), in_scope[t.value]), target)
            for t in BusinessType if in_scope.get(t.value)]
    return rows + [total_coverage(rows, target=target)]


def total_coverage(rows: Iterable[Coverage], *, target: Fraction) -> Coverage:
    rows = [r for r in rows if r.business_type is not None]
    return Coverage(None, sum(r.establishments for r in rows), sum(r.inspected for r in rows), target)
