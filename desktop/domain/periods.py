"""Reporting periods: month, quarter, half year, year, or any date range (inclusive)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from collections.abc import Callable
from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError, Problem


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    RANGE = "range"


_LABELS = {
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Periods", "Tháng {month}/{year}"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Periods", "Quý {quarter}/{year}"),
    PeriodKind.HALF: QT_TRANSLATE_NOOP("Periods", "6 tháng đầu năm {year}"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("Periods", "Năm {year}"),
    PeriodKind.RANGE: QT_TRANSLATE_NOOP("Periods", "{start} – {end}"),
}
_SECOND_HALF = QT_TRANSLATE_NOOP("Periods", "6 tháng cuối năm {year}")


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date  # inclusive
    kind: PeriodKind = PeriodKind.RANGE

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DomainError("period.invalid", value=f"{self.start}..{self.end}")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def code(self) -> str:
        """A stable key such as 2026-03, 2026-Q1, 2026-H1, 2026, or 2026-01-05..2026-02-01."""
        y = self.start.year
        match self.kind:
            case PeriodKind.MONTH:
                return f"{y}-{self.start.month:02d}"
            case PeriodKind.QUARTER:
                return f"{y}-Q{(self.start.month - 1) // 3 + 1}"
            case PeriodKind.HALF:
                return f"{y}-H{1 if self.start.month <= 6 else 2}"
            case PeriodKind.YEAR:
                return f"{y}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def label(self, translate: Callable[[str, str], str] | None = None) -> str:
        """'Quý 3/2026'; the GUI passes Qt's translate so the label follows the chosen language."""
        template = _LABELS[self.kind] if self.kind is not PeriodKind.HALF or self.start.month <= 6 else _SECOND_HALF
        text = translate("Periods", template) if translate else template
        return text.format(month=f"{self.start.month:02d}", quarter=(self.start.month - 1) // 3 + 1,
                           year=self.start.year, start=f"{self.start:%d/%m/%Y}", end=f"{self.end:%d/%m/%Y}")

    def label_vi(self) -> str:
        return self.label()


def _month_end(year: int, month: int) -> date:
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def month(year: int, m: int) -> Period:
    return Period(date(year, m, 1), _month_end(year, m), PeriodKind.MONTH)


def quarter(year: int, q: int) -> Period:
    first = 3 * (q - 1) + 1
    return Period(date(year, first, 1), _month_end(year, first + 2), PeriodKind.QUARTER)


def half(year: int, h: int) -> Period:
    first = 1 if h == 1 else 7
    return Period(date(year, first, 1), _month_end(year, first + 5), PeriodKind.HALF)


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), PeriodKind.YEAR)


def containing(day: date, kind: PeriodKind) -> Period:
    match kind:
        case PeriodKind.MONTH:
            return month(day.year, day.month)
        case PeriodKind.QUARTER:
            return quarter(day.year, (day.month - 1) // 3 + 1)
        case PeriodKind.HALF:
            return half(day.year, 1 if day.month <= 6 else 2)
        case PeriodKind.YEAR:
            return year(day.year)
    raise DomainError("period.invalid", value=str(kind))


_CODE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})|Q(?P<q>[1-4])|H(?P<h>[12])))?$"
)


def parse(code: str) -> Period:
    """Inverse of Period.code; raises DomainError('period.invalid') for anything else."""
    text = code.strip()
    if ".." in text:
        a, _, b = text.partition("..")
        try:
            return Period(date.fromisoformat(a), date.fromisoformat(b))
        except ValueError:
            raise DomainError("period.invalid", value=code) from None
    found = _CODE.match(text)
    if not found:
        raise DomainError("period.invalid", value=code)
    y = int(found["y"])
    if found["m"]:
        if not 1 <= int(found["m"]) <= 12:
            raise DomainError("period.invalid", value=code)
        return month(y, int(found["m"]))
    if found["q"]:
        return quarter(y, int(found["q"]))
    if found["h"]:
        return half(y, int(found["h"]))
    return year(y)


def closure_problems(period: Period, *, closed_on: date) -> list[Problem]:
    """A period is declared complete only once it has ended (the commune's close and the hub's import check)."""
    if period.end >= closed_on:
        return [Problem("sync.period_not_ended", "period_code", {"period": period.label_vi()})]
    return []
