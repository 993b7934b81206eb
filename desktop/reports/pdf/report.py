"""The indicator report as a PDF with the official document header; a pure function of the Report."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from desktop.reports.layout import (
    NO_DATA_MARK,
    Line,
    LineKind,
    lines,
    notes,
    number_text,
    period_line,
    scope_line,
    status_text,
)
from desktop.reports.model import NO_DATA_TEXT, Figure, IndicatorResult, Report
from desktop.reports.issue import Issue
from desktop.reports.pdf.document import (
    TEXT_WIDTH,
    grid_style,
    official_header,
    para,
    styles,
    write_pdf as write_document,
)
from desktop.reports.pdf.fonts import SERIF, face
from desktop.reports.pdf.report_cells import APPENDIX_COLUMNS, appendix_table, cell_styles
from desktop.reports.pdf.report_coverage import basis_story, coverage_story
from desktop.reports.pdf.signoff import closing

# A province's appendix is a few pages; the national one would run to hundreds: Excel holds it.
APPENDIX_MAX_UNITS = 250


def _target(text: str) -> Flowable:
    # Liberation Serif has ≥ and ≤ (tests/reports/test_pdf_fonts.py), so no Symbol-font fallback is needed.
    return para(text, cell_styles()["center"])


def _number(figure: Figure, *, share: bool, bold: bool = False, compact: bool = False) -> Flowable:
    c = cell_styles()
    style = c["no_data"] if figure.value is None and (not compact or figure.hidden) else c["number_bold" if bold else "number"]
    return para(number_text(figure, share=share, compact=compact), style)


def _row(line: Line, columns: int) -> list[object]:
    c = cell_styles()
    if line.kind is LineKind.SECTION:
        return [para(line.text, c["bold"])] + [""] * (columns - 1)
    indicator = line.kind is LineKind.INDICATOR
    text_style = c["bold"] if indicator else c["group"] if line.kind is LineKind.GROUP else c["item"]
    cells: list[object] = [para(line.code if indicator else "", c["center"]), para(line.text, text_style)]
    if line.figure is None:
        return cells + [""] * (columns - 2)
    cells += [para(line.unit, c["center"]), _number(line.figure, share=line.share, bold=indicator)]
    for check in line.targets:
        cells += [_target(check.text if check else ""), para(status_text(check, line.figure), c["center"])]
    return cells + [""] * (columns - len(cells))


def _main_table(report: Report) -> Table:
    c = cell_styles()
    head = ["Mã", "Chỉ tiêu", "ĐVT", "Kết quả"]
    for column in report.target_columns:
        head += [column.title, "Đánh giá"]
    fixed = [10 * mm, 0, 11 * mm, 21 * mm] + [14 * mm, 16 * mm] * len(report.target_columns)
    fixed[1] = TEXT_WIDTH - sum(fixed)
    all_lines = lines(report)
    data = [[para(h, c["head"]) for h in head]] + [_row(line, len(head)) for line in all_lines]
    spans = [("SPAN", (0, n), (-1, n)) for n, line in enumerate(all_lines, start=1) if line.kind is LineKind.SECTION]
    table = Table(data, colWidths=fixed, repeatRows=1)
    # Narrow side padding keeps "Chưa đạt" and "≥ 100%" on one line in their columns.
    table.setStyle(grid_style(*spans, ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                              ("LEFTPADDING", (2, 0), (-1, -1), 2), ("RIGHTPADDING", (2, 0), (-1, -1), 2)))
    return table


def _appendix(report: Report) -> list[Flowable]:
    """Per-commune figures of a hub report, a few indicators per table so each stays legible."""
    c = cell_styles()
    indicators = [i for i in report.indicators if i.by_unit is not None]
    story: list[Flowable] = [PageBreak(), para("PHỤ LỤC: KẾT QUẢ THEO XÃ, PHƯỜNG", styles().title),
                             para(period_line(report), styles().subtitle)]
    for start in range(0, len(indicators), APPENDIX_COLUMNS):
        chunk = indicators[start:start + APPENDIX_COLUMNS]
        rows = [(unit.name, [_number(_by_unit(ind, n), share=ind.is_share, compact=True) for ind in chunk])
                for n, unit in enumerate(report.units)]
        total = ("Tổng cộng", [_number(i.figure, share=i.is_share, bold=True, compact=True) for i in chunk])
        story += [appendix_table(place="Xã, phường", name_width=44 * mm,
                                 heads=[f"{i.code} ({i.unit})" for i in chunk], rows=rows, total=total),
                  Spacer(1, 5 * mm)]
    legend = "; ".join(f"{i.code}: {i.name}" for i in indicators)
    story += [para(legend, c["note"]), para(f"“{NO_DATA_MARK}”: {NO_DATA_TEXT.lower()}.", c["note"])]
    return story


def _by_unit(indicator: IndicatorResult, n: int) -> Figure:
    assert indicator.by_unit is not None
    return indicator.by_unit.rows[n].figure


def _narrative(heading_number: str, heading: str, text: str) -> list[Flowable]:
    """One narrative section: its numbered heading, then its paragraphs as typed (blank lines split them)."""
    s = styles()
    story: list[Flowable] = [para(f"{heading_number}. {heading.upper()}", _section_heading())]
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    story += [para(p, _indented(s.body_justified)) for p in paragraphs] or [para("Không có.", s.body_justified)]
    return story


@functools.cache
def _section_heading() -> ParagraphStyle:
    return ParagraphStyle("rpt_section", parent=styles().body, fontName=face(SERIF, bold=True), spaceBefore=6)


@functools.cache
def _indented(base: ParagraphStyle) -> ParagraphStyle:
    # Decree 30: the first line of a body paragraph is indented 1–1.27 cm.
    return ParagraphStyle(f"{base.name}_indented", parent=base, firstLineIndent=10 * mm)


def write_pdf(report: Report, path: Path, *, per_commune: bool | None = None, issue: Issue | None = None) -> None:
    """Write the report atomically; a hub's per-commune appendix is added for up to APPENDIX_MAX_UNITS communes.

    `issue` brings the letterhead, number, narrative, recipients and signatory (Decree 30 layout); without it
    the report carries its unit's People's Committee and a blank number and signature.
    """
    s = styles()
    issue = issue or Issue.unsigned(report.unit_name)
    story: list[Flowable] = [*official_header(issue.letterhead, day=report.generated_on, number=issue.number),
                             para(report.title, s.title), para(period_line(report), s.subtitle)]
    if report.is_hub:
        story.append(para(scope_line(report), s.subtitle))
    story += basis_story(report)
    sections = issue.narrative.sections() if not issue.narrative.is_empty else ()
    numerals = ("I", "II", "III", "IV")
    if sections:
        story += _narrative(numerals[0], *sections[0]) + _narrative(numerals[1], *sections[1])
    if not report.no_definitions:
        story += [Spacer(1, 2 * mm), _main_table(report)]
    story += [*coverage_story(report), Spacer(1, 3 * mm)]
    written = notes(report)
    notes_story: list[Flowable] = [para("Ghi chú:", cell_styles()["note"])] if written else []
    notes_story += [para(text, cell_styles()["note"]) for text in written]
    tail: list[Flowable] = []
    if sections:
        story += notes_story
        for n in (2, 3):
            tail += _narrative(numerals[n], *sections[n])
    else:
        tail = notes_story
    # The signature block takes the last paragraphs with it onto its page: it never stands alone.
    keep = tail[-2:] if len(tail) > 2 else tail
    story += [*tail[: len(tail) - len(keep)],
              closing(keep, signatory=issue.signatory, recipients=issue.recipients)]
    include = report.is_hub and len(report.units) <= APPENDIX_MAX_UNITS if per_commune is None else per_commune
    if include and report.is_hub and not report.no_definitions:
        story += _appendix(report)
    write_document(path, story, title=report.title)
