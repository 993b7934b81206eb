"""The hub report's coverage section: who reported, who did not, and the completeness table."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.reports.layout import COMPLETENESS_HEAD, basis_line, completeness_rows, missing_line, no_set_line
from desktop.reports.model import Report
from desktop.reports.pdf.document import TEXT_WIDTH, format_number, grid_style, para, styles

COVERAGE_TITLE = "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG"


def basis_story(report: Report) -> list[Flowable]:
    """Under the title: on what the shares stand, or why there is nothing to show."""
    found = [text for text in (basis_line(report), no_set_line(report)) if text]
    return [para(text, styles().body_justified) for text in found]


def coverage_story(report: Report) -> list[Flowable]:
    """After the indicators: the missing communes by name and the month-by-month completeness table."""
    if report.coverage is None:
        return []
    s = styles()
    # The heading never stays alone at the foot of a page.
    heading = ParagraphStyle("coverage_heading", parent=s.subtitle, keepWithNext=1)
    story: list[Flowable] = [Spacer(1, 4 * mm), para(COVERAGE_TITLE, heading)]
    missing = missing_line(report)
    story.append(para(missing or "Tất cả xã, phường đã gửi số liệu kỳ này.", s.body_justified))
    rows = completeness_rows(report)
    if rows:
        head = [para(h, s.table_head) for h in COMPLETENESS_HEAD]
        body = [[para(label, s.table_cell)] + [para(format_number(v), s.table_cell_center) for v in values]
                for label, *values in rows]
        first = 34 * mm
        table = Table([head, *body], colWidths=[first] + [(TEXT_WIDTH - first) / 5] * 5, repeatRows=1)
        table.setStyle(grid_style())
        note = para("Theo xác nhận khóa sổ từng tháng các xã, phường gửi kèm gói dữ liệu.", s.small)
        story += [Spacer(1, 2 * mm), KeepTogether([table, note])]
    return story
