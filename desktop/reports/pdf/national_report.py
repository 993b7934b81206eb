"""The national report as a PDF with the official document header (Decree 30); a pure function of the report."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from desktop.reports.issue import Issue
from desktop.reports.national import (
    NationalReport,
    notes,
    part_text,
    scope_line,
    total_text,
)
from desktop.reports.pdf.document import (
    TEXT_WIDTH,
    format_date,
    grid_style,
    official_header,
    para,
    styles,
)
from desktop.reports.pdf.document import write_pdf as write_document
from desktop.reports.pdf.fonts import SERIF, face
from desktop.reports.pdf.report_cells import APPENDIX_COLUMNS, appendix_table, cell_styles
from desktop.reports.pdf.signoff import closing


@functools.cache
def _heading() -> ParagraphStyle:
    return ParagraphStyle("nat_heading", parent=styles().body, fontName=face(SERIF, bold=True), spaceBefore=8)


def period_line(report: NationalReport) -> str:
    p = report.period
    return f"Kỳ báo cáo: {p.label_vi()} (từ ngày {format_date(p.start)} đến ngày {format_date(p.end)})"


def _totals(report: NationalReport) -> Table:
    c = cell_styles()
    head: list[object] = [para(h, c["head"]) for h in ("Mã", "Chỉ tiêu", "ĐVT", "Toàn quốc")]
    widths = [12 * mm, 0, 14 * mm, 28 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    rows: list[list[object]] = [head]
    spans = []
    section = None
    for ind in report.indicators:
        if ind.section != section:
            section = ind.section
            spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            rows.append([para(section, c["bold"]), "", "", ""])
        rows.append([para(ind.code, c["center"]), para(ind.name, c["text"]), para(ind.unit, c["center"]),
                     para(total_text(ind.total, share=ind.share), c["number_bold"])])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(*spans, ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)))
    return table


def _provinces(report: NationalReport) -> Table:
    c = cell_styles()
    head: list[object] = [para(h, c["head"]) for h in ("TT", "Tỉnh, thành phố", "Ngày gửi", "Xã, phường có số liệu",
                                         "Tháng đúng hạn", "Tháng muộn", "Tháng chưa báo cáo")]
    widths = [9 * mm, 0, 22 * mm, 24 * mm, 18 * mm, 16 * mm, 20 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    rows: list[list[object]] = [head]
    for n, p in enumerate(report.provinces, start=1):
        if p.sent_on is None:
            rows.append([para(str(n), c["center"]), para(p.name, c["text"]), para("chưa gửi", c["center"]),
                         "", "", "", ""])
            continue
        rows.append([para(str(n), c["center"]), para(p.name, c["text"]), para(format_date(p.sent_on), c["center"]),
                     para(f"{p.reporting}/{p.communes}", c["center"]), para(str(p.months_on_time), c["number"]),
                     para(str(p.months_late), c["number"]), para(str(p.months_missing), c["number"])])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
    return table


def _appendix(report: NationalReport) -> list[Flowable]:
    """Each province's figures as it sent them, a few indicators per table, with the national total row."""
    c = cell_styles()
    story: list[Flowable] = [PageBreak(), para("PHỤ LỤC: KẾT QUẢ THEO TỈNH, THÀNH PHỐ", styles().title),
                             para(period_line(report), styles().subtitle)]
    indicators = list(report.indicators)
    for start in range(0, len(indicators), APPENDIX_COLUMNS):
        chunk = indicators[start:start + APPENDIX_COLUMNS]
        rows = [(province.name, [para(part_text(i.parts[n], share=i.share), c["number"]) for i in chunk])
                for n, province in enumerate(report.provinces)]
        total = ("Toàn quốc", [para(total_text(i.total, share=i.share), c["number_bold"]) for i in chunk])
        story += [appendix_table(place="Tỉnh, thành phố", name_width=40 * mm,
                                 heads=[f"{i.code} ({i.unit})" for i in chunk], rows=rows, total=total),
                  Spacer(1, 5 * mm)]
    story.append(para("; ".join(f"{i.code}: {i.name}" for i in indicators), c["note"]))
    return story


def write_national_pdf(report: NationalReport, path: Path, *, issue: Issue) -> None:
    """Write the national report atomically: totals, who sent, notes, signature, then the per-province appendix."""
    s = styles()
    c = cell_styles()
    story: list[Flowable] = [*official_header(issue.letterhead, day=report.generated_on, number=issue.number),
                             para(report.title, s.title), para(period_line(report), s.subtitle),
                             para(scope_line(report), s.subtitle)]
    if report.indicators:
        story += [para("I. KẾT QUẢ TOÀN QUỐC", _heading()), Spacer(1, 2 * mm), _totals(report)]
    else:
        story.append(para("Chưa có tỉnh, thành phố nào gửi số liệu kỳ này.", s.body))
    story += [para("II. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC TỈNH, THÀNH PHỐ", _heading()), Spacer(1, 2 * mm),
              _provinces(report), Spacer(1, 3 * mm)]
    written = [para("Ghi chú:", c["note"]), *(para(text, c["note"]) for text in notes(report))]
    story += [*written[:-2], closing(written[-2:], signatory=issue.signatory, recipients=issue.recipients)]
    if report.indicators:
        story += _appendix(report)
    write_document(path, story, title=report.title)
