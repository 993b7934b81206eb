"""The national report as a PDF with the official document header (Decree 30); a pure function of the report."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
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
from desktop.reports.pdf.signoff import closing

_APPENDIX_COLUMNS = 5  # indicators per appendix table, so each stays readable in portrait


@functools.cache
def _cells() -> dict[str, ParagraphStyle]:
    base = styles().table_cell
    return {
        "text": ParagraphStyle("nat_text", parent=base, fontSize=9.5, leading=11.5),
        "bold": ParagraphStyle("nat_bold", parent=base, fontName=face(SERIF, bold=True), fontSize=9.5, leading=11.5),
        "center": ParagraphStyle("nat_center", parent=base, fontSize=9, leading=11, alignment=TA_CENTER),
        "number": ParagraphStyle("nat_number", parent=base, fontSize=9.5, leading=11.5, alignment=TA_RIGHT),
        "number_bold": ParagraphStyle("nat_number_bold", parent=base, fontName=face(SERIF, bold=True), fontSize=9.5,
                                      leading=11.5, alignment=TA_RIGHT),
        "head": ParagraphStyle("nat_head", parent=styles().table_head, fontSize=9.5, leading=11.5),
        "heading": ParagraphStyle("nat_heading", parent=styles().body, fontName=face(SERIF, bold=True), spaceBefore=8),
        "note": ParagraphStyle("nat_note", parent=styles().small, fontName=face(SERIF, italic=True), fontSize=9.5,
                               leading=12),
    }


def period_line(report: NationalReport) -> str:
    p = report.period
    return f"Kỳ báo cáo: {p.label_vi()} (từ ngày {format_date(p.start)} đến ngày {format_date(p.end)})"


def _totals(report: NationalReport) -> Table:
    c = _cells()
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
    c = _cells()
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
    c = _cells()
    story: list[Flowable] = [PageBreak(), para("PHỤ LỤC: KẾT QUẢ THEO TỈNH, THÀNH PHỐ", styles().title),
                             para(period_line(report), styles().subtitle)]
    name_width = 40 * mm
    indicators = list(report.indicators)
    for start in range(0, len(indicators), _APPENDIX_COLUMNS):
        chunk = indicators[start:start + _APPENDIX_COLUMNS]
        width = (TEXT_WIDTH - 9 * mm - name_width) / len(chunk)
        head = [para("TT", c["head"]), para("Tỉnh, thành phố", c["head"])]
        head += [para(f"{i.code} ({i.unit})", c["head"]) for i in chunk]
        body = []
        for n, province in enumerate(report.provinces):
            cells: list[object] = [para(str(n + 1), c["center"]), para(province.name, c["text"])]
            cells += [para(part_text(i.parts[n], share=i.share), c["number"]) for i in chunk]
            body.append(cells)
        total = [para("", c["center"]), para("Toàn quốc", c["bold"])]
        total += [para(total_text(i.total, share=i.share), c["number_bold"]) for i in chunk]
        table = Table([head, *body, total], colWidths=[9 * mm, name_width] + [width] * len(chunk), repeatRows=1)
        table.setStyle(grid_style(("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
        story += [table, Spacer(1, 5 * mm)]
    story.append(para("; ".join(f"{i.code}: {i.name}" for i in indicators), c["note"]))
    return story


def write_national_pdf(report: NationalReport, path: Path, *, issue: Issue) -> None:
    """Write the national report atomically: totals, who sent, notes, signature, then the per-province appendix."""
    s = styles()
    c = _cells()
    story: list[Flowable] = [*official_header(issue.letterhead, day=report.generated_on, number=issue.number),
                             para(report.title, s.title), para(period_line(report), s.subtitle),
                             para(scope_line(report), s.subtitle)]
    if report.indicators:
        story += [para("I. KẾT QUẢ TOÀN QUỐC", c["heading"]), Spacer(1, 2 * mm), _totals(report)]
    else:
        story.append(para("Chưa có tỉnh, thành phố nào gửi số liệu kỳ này.", s.body))
    story += [para("II. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC TỈNH, THÀNH PHỐ", c["heading"]), Spacer(1, 2 * mm),
              _provinces(report), Spacer(1, 3 * mm)]
    written = [para("Ghi chú:", c["note"]), *(para(text, c["note"]) for text in notes(report))]
    story += [*written[:-2], closing(written[-2:], signatory=issue.signatory, recipients=issue.recipients)]
    if report.indicators:
        story += _appendix(report)
    write_document(path, story, title=report.title)
