"""A computed report as plain frozen data: what the Excel and PDF writers lay out, nothing more."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period

SMALL_COUNT_LIMIT = 5  # hub exports show client counts 1..4 as "<5" (DESIGN §6)
SMALL = "<5"
SECONDARY = "x"  # hidden only so a "<5" cannot be worked out from the total
NO_DATA_TEXT = QT_TRANSLATE_NOOP("Codes", "Không đủ dữ liệu")
# A commune the hub has no data from for the period: never a 0, which would read as "did nothing".
NOT_REPORTED = QT_TRANSLATE_NOOP("Codes", "chưa báo cáo")


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NO_DATA = "no_data"
    NOT_JUDGED = "not_judged"  # the target is for another period kind (T8 is judged per year)
    OVER_100 = "over_100"  # a share above 100 %: the data double counts, never "met"


STATUS_LABELS = {
    Status.MET: QT_TRANSLATE_NOOP("Codes", "Đạt"),
    Status.NOT_MET: QT_TRANSLATE_NOOP("Codes", "Chưa đạt"),
    Status.NO_DATA: QT_TRANSLATE_NOOP("Codes", "Không đủ dữ liệu"),
    Status.NOT_JUDGED: QT_TRANSLATE_NOOP("Codes", "Không đánh giá"),
    Status.OVER_100: QT_TRANSLATE_NOOP("Codes", "Trên 100% – cần kiểm tra số liệu"),
}


@dataclass(frozen=True)
class Figure:
    """One number of a report: a count, or a share in percent (0–100) with what it was made of.

    `value` None means the data cannot give it ("không đủ dữ liệu"), e.g. a missing denominator.
    `hidden` is "" or the text shown instead of the number (SMALL / SECONDARY) in every export.
    """

    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    hidden: str = ""
    unknown: int = 0  # counted records without the summed figure: the value is a floor, not the whole


@dataclass(frozen=True)
class TargetCheck:
    set_code: str
    text: str  # "≥ 70"
    status: Status


@dataclass(frozen=True)
class BreakdownRow:
    code: str
    label: str
    figure: Figure


@dataclass(frozen=True)
class Breakdown:
    dimension: str
    title: str
    rows: tuple[BreakdownRow, ...]


@dataclass(frozen=True)
class IndicatorResult:
    code: str
    name: str
    unit: str
    figure: Figure
    targets: tuple[TargetCheck, ...]
    breakdowns: tuple[Breakdown, ...]
    by_unit: Breakdown | None  # the hub's per-commune figures, one row per commune of the scope
    sensitive: bool
    note: str = ""

    @property
    def is_share(self) -> bool:
        return self.unit == "%"

    @property
    def status(self) -> Status:
        """The first target's verdict; NO_DATA without a figure, NOT_JUDGED without a target."""
        if self.figure.value is None:
            return Status.NO_DATA
        return self.targets[0].status if self.targets else Status.NOT_JUDGED


@dataclass(frozen=True)
class Section:
    code: str
    title: str
    indicators: tuple[IndicatorResult, ...]


@dataclass(frozen=True)
class UnitRef:
    code: str  # tagged origin unit, "08500@2025-07"
    name: str

    @property
    def plain_code(self) -> str:
        return self.code.partition("@")[0]


@dataclass(frozen=True)
class TargetColumn:
    code: str
    title: str
    basis: str


@dataclass(frozen=True)
class CompletenessLine:
    """One month of the hub's completeness table: declarations on time, late, missing, nil reports."""

    label: str  # "Tháng 09/2026"
    expected: int
    on_time: int
    late: int
    missing: int
    nil_reports: int


@dataclass(frozen=True)
class UnitCompleteness:
    """One commune's declaration status for each month of the table ("on_time", "late", "missing")."""

    unit: UnitRef
    statuses: tuple[str, ...]
    nil_reports: tuple[bool, ...]


@dataclass(frozen=True)
class Coverage:
    """Whose data a hub report holds: the communes that sent data for the period and those that did not."""

    reporting: tuple[UnitRef, ...]
    missing: tuple[UnitRef, ...]
    months: tuple[CompletenessLine, ...]
    per_unit: tuple[UnitCompleteness, ...]

    @property
    def expected(self) -> int:
        return len(self.reporting) + len(self.missing)


@dataclass(frozen=True)
class Report:
    title: str
    programme: str  # "Chương trình ... 2021–2025 (QĐ 1629/QĐ-TTg)"
    period: Period
    province_name: str  # the letterhead's line above the issuing unit ("" at a province hub)
    unit_name: str  # the issuing office: "Xã Xuân Lũng", "Tỉnh Phú Thọ"
    is_hub: bool
    units: tuple[UnitRef, ...]  # the communes counted
    target_columns: tuple[TargetColumn, ...]
    sections: tuple[Section, ...]
    suppress_small: bool  # hub: sensitive figures 1..4 already carry hidden=SMALL
    generated_on: date
    definitions: str  # the definition file's name: shown on screen, never printed
    coverage: Coverage | None = None  # hub reports: who reported, and the completeness table
    no_definitions: bool = False  # no programme set covers the period: no indicators, a request instead
    notes_extra: tuple[str, ...] = ()  # computed notes (sessions without a newly-reached figure...)

    @property
    def indicators(self) -> tuple[IndicatorResult, ...]:
        return tuple(i for s in self.sections for i in s.indicators)


def shown(figure: Figure, *, share: bool) -> float | str:
    """What a cell shows: the hidden marker, the no-data text, or the number (a share as a fraction)."""
    if figure.hidden:
        return figure.hidden
    if figure.value is None:
        return NO_DATA_TEXT
    if share:
        return round(figure.value, 1) / 100
    return int(figure.value) if float(figure.value).is_integer() else figure.value
