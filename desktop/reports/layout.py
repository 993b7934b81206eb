"""The rows and notes of a report as both writers lay them out, so Excel and PDF always agree."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.reports.model import (
    NO_DATA_TEXT,
    SECONDARY,
    SMALL,
    STATUS_LABELS,
    Figure,
    IndicatorResult,
    Report,
    Status,
    TargetCheck,
)
from desktop.reports.pdf.document import format_date, format_number


class LineKind(StrEnum):
    SECTION = "section"
    INDICATOR = "indicator"
    GROUP = "group"  # "Chia theo giới tính:"
    ITEM = "item"  # "- Nữ"


@dataclass(frozen=True)
class Line:
    kind: LineKind
    code: str
    text: str
    unit: str = ""
    figure: Figure | None = None
    share: bool = False
    targets: tuple[TargetCheck | None, ...] = ()  # one per report target column


def lines(report: Report) -> list[Line]:
    found: list[Line] = []
    for section in report.sections:
        found.append(Line(LineKind.SECTION, section.code, section.title))
        for ind in section.indicators:
            found.append(Line(LineKind.INDICATOR, ind.code, ind.name, ind.unit, ind.figure, ind.is_share,
                              _targets(report, ind)))
            for breakdown in ind.breakdowns:
                found.append(Line(LineKind.GROUP, ind.code, f"Chia theo {breakdown.title.lower()}:"))
                found += [Line(LineKind.ITEM, row.code, f"- {row.label}", ind.unit, row.figure, ind.is_share)
                          for row in breakdown.rows]
    return found


def _targets(report: Report, ind: IndicatorResult) -> tuple[TargetCheck | None, ...]:
    by_set = {t.set_code: t for t in ind.targets}
    return tuple(by_set.get(c.code) for c in report.target_columns)


def status_text(check: TargetCheck | None, figure: Figure | None) -> str:
    if check is None:
        return ""
    if figure is not None and figure.value is None and check.status is not Status.NOT_JUDGED:
        return STATUS_LABELS[Status.NO_DATA]
    return STATUS_LABELS[check.status]


NO_DATA_MARK = "–"  # in per-commune grids, too narrow for the words; a legend explains it


def number_text(figure: Figure, *, share: bool, compact: bool = False) -> str:
    """Vietnamese writing of a figure for the PDF: 1.234, 25,3%, or the hidden / no-data text."""
    if figure.hidden:
        return figure.hidden
    if figure.value is None:
        return NO_DATA_MARK if compact else NO_DATA_TEXT
    if share:
        return f"{figure.value:.1f}".replace(".", ",") + "%"
    if float(figure.value).is_integer():
        return format_number(int(figure.value))
    return f"{figure.value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def period_line(report: Report) -> str:
    p = report.period
    return f"Kỳ báo cáo: {p.label_vi()} (từ ngày {format_date(p.start)} đến ngày {format_date(p.end)})"


def scope_line(report: Report) -> str:
    if not report.is_hub:
        return ""
    return f"Số liệu tổng hợp từ {format_number(len(report.units))} xã, phường"


def notes(report: Report) -> list[str]:
    found = [f"{i.code}: {i.note}" for i in report.indicators if i.note]
    if any(i.figure.value is None or any(r.figure.value is None for b in i.breakdowns for r in b.rows)
           for i in report.indicators):
        found.append(f"“{NO_DATA_TEXT}”: thiếu mẫu số (chưa nhập số liệu nền của kỳ) hoặc mẫu số bằng 0.")
    if report.suppress_small:
        found.append(f"“{SMALL}”: số từ 1 đến 4 được ẩn để bảo vệ thông tin cá nhân; "
                     f"“{SECONDARY}”: ẩn thêm để không suy ra được số đã ẩn.")
    found.append(f"Chỉ tiêu theo {report.programme}; tệp định nghĩa: {report.definitions}.")
    return found
