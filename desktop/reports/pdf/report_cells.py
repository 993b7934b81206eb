"""The cells of the indicator reports' tables, one look for the province report and the national one."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.reports.pdf.document import TEXT_WIDTH, grid_style, para, styles
from desktop.reports.pdf.fonts import SERIF, face

APPENDIX_COLUMNS = 5  # indicators per appendix table, so each stays readable in portrait
_NUMBER_WIDTH = 9 * mm  # the "TT" column


@functools.cache
def cell_styles() -> dict[str, ParagraphStyle]:
    base = styles().table_cell
    return {
        "text": ParagraphStyle("rpt_text", parent=base, fontSize=9.5, leading=11.5),
        "bold": ParagraphStyle("rpt_bold", parent=base, fontName=face(SERIF, bold=True), fontSize=9.5, leading=11.5),
        "item": ParagraphStyle("rpt_item", parent=base, fontSize=9, leading=11, leftIndent=6),
        "group": ParagraphStyle("rpt_group", parent=base, fontName=face(SERIF, italic=True), fontSize=9, leading=11),
        "center": ParagraphStyle("rpt_center", parent=base, fontSize=9, leading=11, alignment=TA_CENTER),
        "number": ParagraphStyle("rpt_number", parent=base, fontSize=9.5, leading=11.5, alignment=TA_RIGHT),
        "number_bold": ParagraphStyle("rpt_number_bold", parent=base, fontName=face(SERIF, bold=True), fontSize=9.5,
                                      leading=11.5, alignment=TA_RIGHT),
        "no_data": ParagraphStyle("rpt_no_data", parent=base, fontName=face(SERIF, italic=True), fontSize=8.5,
                                  leading=10, alignment=TA_RIGHT),
        "head": ParagraphStyle("rpt_head", parent=styles().table_head, fontSize=9.5, leading=11.5),
        "note": ParagraphStyle("rpt_note", parent=styles().small, fontName=face(SERIF, italic=True), fontSize=9.5,
                               leading=12),
    }


def appendix_table(*, place: str, name_width: float, heads: Sequence[str],
                   rows: Sequence[tuple[str, Sequence[object]]], total: tuple[str, Sequence[object]]) -> Table:
    """One table of a report's appendix: number, the place's name, a few indicators' cells; the total row last."""
    c = cell_styles()
    width = (TEXT_WIDTH - _NUMBER_WIDTH - name_width) / len(heads)
    head: list[object] = [para("TT", c["head"]), para(place, c["head"]), *(para(h, c["head"]) for h in heads)]
    body: list[list[object]] = [[para(str(n), c["center"]), para(name, c["text"]), *cells]
                                for n, (name, cells) in enumerate(rows, start=1)]
    label, figures = total
    last: list[object] = [para("", c["center"]), para(label, c["bold"]), *figures]
    table = Table([head, *body, last], colWidths=[_NUMBER_WIDTH, name_width] + [width] * len(heads), repeatRows=1)
    table.setStyle(grid_style(("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)))
    return table

