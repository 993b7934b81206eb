"""The workbook's cell helpers shared by every sheet: Decree 30 font, boxes, wrapping, merged cells, page set-up."""

from __future__ import annotations

from typing import Literal

from openpyxl.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desktop.reports.pdf.document import nfc

FONT = "Times New Roman"  # the font of Decree 30 documents; LibreOffice substitutes a metric twin
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="center")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center")


def _font(*, bold: bool = False, italic: bool = False, size: float = 12,
          underline: Literal["single"] | None = None) -> Font:
    return Font(name=FONT, bold=bold, italic=italic, size=size, underline=underline)


def _put(cell: Cell | MergedCell, value: str | float | None, *, font: Font | None = None,
         align: Alignment | None = None, span: int = 1, fmt: str | None = None) -> None:
    """Write one cell (merged over `span` columns), NFC-normalising text."""
    assert isinstance(cell, Cell) and isinstance(cell.parent, Worksheet), "write a merged range at its first cell"
    cell.value = nfc(value) if isinstance(value, str) else value
    cell.font = font or _font()
    if align is not None:
        cell.alignment = align
    if fmt is not None:
        cell.number_format = fmt
    if span > 1:
        cell.parent.merge_cells(start_row=cell.row, start_column=cell.column, end_row=cell.row,
                                end_column=cell.column + span - 1)


def _fit(cell: Cell | MergedCell, text: str, *, width: float, size: float = 12) -> None:
    """Grow the cell's row so wrapped text shows whole: LibreOffice does not re-measure rows openpyxl wrote."""
    per_line = max(1.0, width * 1.1 * 12 / size)  # characters of Times that fit a column of this width
    needed = max(1, -(-len(text) // int(per_line))) * size * 1.3 + 3
    sheet, row = cell.parent, cell.row  # a merged cell too: its row grows all the same
    assert isinstance(sheet, Worksheet) and row is not None
    dimension = sheet.row_dimensions[row]
    dimension.height = max(dimension.height or 0, needed)


def _print_setup(ws: Worksheet, *, landscape: bool, title_rows: str, pages_wide: int = 1) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = pages_wide
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.print_options.horizontalCentered = True
    # Decree 30 margins (inches): 30 mm left for binding, 20 mm top and bottom, 15 mm right.
    ws.page_margins.left, ws.page_margins.right = 1.18, 0.59
    ws.page_margins.top, ws.page_margins.bottom = 0.79, 0.79
    ws.print_title_rows = title_rows
    # Decree 30: page numbers top centre, none on the first page, nothing else in headers and footers.
    ws.HeaderFooter.differentFirst = True
    header = ws.oddHeader
    assert header is not None  # openpyxl gives every sheet one
    header.center.text = "&P"
    header.center.size = 13
