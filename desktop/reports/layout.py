"""The rows and notes of a report as both writers lay them out, so Excel and PDF always agree."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.reports.model import (
    NO_DATA_TEXT,
    NOT_REPORTED,
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
    """Whose data the report holds: "Tổng hợp từ 4/148 xã, phường đã gửi số liệu kỳ này"."""
    if not report.is_hub:
        return ""
    coverage = report.coverage
    reporting = len(coverage.reporting) if coverage else len(report.units)
    return (f"Tổng hợp từ {format_number(reporting)}/{format_number(len(report.units))} xã, phường "
            f"đã gửi số liệu kỳ này")


def basis_line(report: Report) -> str:
    """Says that shares and target verdicts stand on the communes that reported, not on the province."""
    coverage = report.coverage
    if not report.is_hub or coverage is None or not coverage.missing:
        return ""
    if not coverage.reporting:
        return "Chưa có xã, phường nào gửi số liệu kỳ này: không tính được tỷ lệ và không đánh giá chỉ tiêu."
    return (f"Các tỷ lệ và đánh giá chỉ tiêu chỉ tính trên {format_number(len(coverage.reporting))} xã, phường "
            f"đã gửi số liệu; xã, phường chưa báo cáo ghi “{NOT_REPORTED}”, không tính là 0.")


def missing_line(report: Report) -> str:
    """The names of the communes that sent nothing for the period."""
    coverage = report.coverage
    if coverage is None or not coverage.missing:
        return ""
    names = ", ".join(u.name for u in coverage.missing)
    return f"Xã, phường chưa báo cáo ({format_number(len(coverage.missing))}): {names}."


COMPLETENESS_HEAD = ("Tháng", "Số xã, phường phải báo cáo", "Đúng hạn", "Muộn", "Chưa báo cáo",
                     "Trong đó báo cáo không phát sinh")
UNIT_STATUS_TEXT = {"on_time": "Đúng hạn", "late": "Muộn", "missing": "Chưa báo cáo"}


def completeness_rows(report: Report) -> list[tuple[str, int, int, int, int, int]]:
    """The completeness table (declarations of closed months) printed with a hub report."""
    if report.coverage is None:
        return []
    return [(m.label, m.expected, m.on_time, m.late, m.missing, m.nil_reports) for m in report.coverage.months]


NO_SET_TEXT = ("Chưa có bộ chỉ tiêu áp dụng cho {period}: không bộ chỉ tiêu nào đã nạp có thời gian hiệu lực "
               "bao trùm kỳ báo cáo này. Đề nghị quản trị viên nạp bộ chỉ tiêu áp dụng cho kỳ này.")


def no_set_line(report: Report) -> str:
    return NO_SET_TEXT.format(period=report.period.label_vi()) if report.no_definitions else ""


def notes(report: Report) -> list[str]:
    found = [f"{i.code}: {i.note}" for i in report.indicators if i.note]
    found += list(report.notes_extra)
    if any(t.status is Status.OVER_100 for i in report.indicators for t in i.targets):
        found.append(f"“{STATUS_LABELS[Status.OVER_100]}”: tỷ lệ vượt 100% cho thấy một người được đếm nhiều lần "
                     "hoặc mẫu số thấp hơn thực tế; không đánh giá là đạt.")
    if any(i.figure.value is None or any(r.figure.value is None for b in i.breakdowns for r in b.rows)
           for i in report.indicators):
        found.append(f"“{NO_DATA_TEXT}”: thiếu mẫu số (chưa nhập số liệu nền của kỳ) hoặc mẫu số bằng 0.")
    # The small-count note stays second to last: the per-commune sheet repeats it from there.
    if report.suppress_small:
        found.append(f"“{SMALL}”: số từ 1 đến 4 được ẩn để bảo vệ thông tin cá nhân; "
                     f"“{SECONDARY}”: ẩn thêm để không suy ra được số đã ẩn.")
    if report.programme:
        found.append(f"Chỉ tiêu theo {report.programme}.")
    return found
