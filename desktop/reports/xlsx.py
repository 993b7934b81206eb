"""The report as an Excel workbook laid out like an official form; a pure function of the Report.

Numbers are real numbers with Excel formats, never text: '#,##0' for counts and '0.0%' for shares.
Excel and LibreOffice draw the ',' and '.' of a format with the reader's locale, so on a vi-VN
system 1234567 shows as 1.234.567 and 0.253 as 25,3% — the Vietnamese way — while the cell stays
a number a province can add up. Writing the dots literally would turn the figures into text.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, MergedCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.db.files import atomic_path
from desktop.reports.layout import (
    NO_DATA_MARK,
    LineKind,
    basis_line,
    lines,
    no_set_line,
    notes,
    period_line,
    scope_line,
    status_text,
)
from desktop.reports.model import NO_DATA_TEXT, Figure, Report, shown
from desktop.reports.issue import Issue
from desktop.reports.pdf.document import NATIONAL_MOTTO, NATIONAL_TITLE, date_line, nfc
from desktop.reports.xlsx_cells import _BOX, _CENTER, _RIGHT, _WRAP, _fit, _font, _print_setup, _put
from desktop.reports.xlsx_coverage import COVERAGE_SHEET, coverage_sheet

COUNT_FORMAT = "#,##0"
SHARE_FORMAT = "0.0%"
_NAME_WIDTH = 52
_TARGET_WIDTH = 13
_UNIT_COLUMN_WIDTH = 12
_LANDSCAPE_CHARS = 190  # column-width units that still print legibly across one landscape A4
MAIN_SHEET = "Báo cáo"
UNITS_SHEET = "Theo xã"
NARRATIVE_SHEET = "Thuyết minh"


def _figure(cell: Cell | MergedCell, figure: Figure, *, share: bool, bold: bool = False, compact: bool = False) -> None:
    value = NO_DATA_MARK if compact and figure.value is None and not figure.hidden else shown(figure, share=share)
    text = isinstance(value, str)
    number_format = None if text else SHARE_FORMAT if share else COUNT_FORMAT
    _put(cell, value, font=_font(bold=bold, italic=text and figure.value is None, size=11 if text else 12),
         align=_RIGHT if not text or figure.hidden else _CENTER, fmt=number_format)


def _header(ws: Worksheet, report: Report, issue: Issue, *, width: int) -> int:
    """Decree 30 header: issuing body (and its parent) on the left with the "Số:" line under it, national
    title and motto on the right with the place and date level with the number; returns the next free row."""
    head = issue.letterhead
    left = 3
    right = width - left
    row = 1
    for line in head.parent_lines:
        _put(ws.cell(row, 1), line, align=_CENTER, span=left)
        row += 1
    for n, line in enumerate(head.issuing_lines):
        # The last line is underlined: the decree's short rule under the issuing body.
        _put(ws.cell(row, 1), line, font=_font(bold=True, underline="single" if n == len(head.issuing_lines) - 1
                                                 else None), align=_CENTER, span=left)
        row += 1
    _put(ws.cell(1, left + 1), NATIONAL_TITLE, font=_font(bold=True), align=_CENTER, span=right)
    motto = _font(bold=True, size=13, underline="single")  # the decree's rule under the motto
    _put(ws.cell(2, left + 1), NATIONAL_MOTTO, font=motto, align=_CENTER, span=right)
    number_row = max(row, 3) + 1
    if issue.number is not None:
        _put(ws.cell(number_row, 1), issue.number.line, align=_CENTER, span=left)
    _put(ws.cell(number_row, left + 1), date_line(head.place, report.generated_on), font=_font(italic=True),
         align=_CENTER, span=right)
    title_row = number_row + 2
    _put(ws.cell(title_row, 1), report.title, font=_font(bold=True, size=14), align=_CENTER, span=width)
    ws.row_dimensions[title_row].height = 36
    row = title_row + 1
    for text in (period_line(report), scope_line(report), basis_line(report), no_set_line(report)):
        if text:
            _put(ws.cell(row, 1), text, font=_font(italic=True), align=_CENTER, span=width)
            _fit(ws.cell(row, 1), text, width=_NAME_WIDTH + 60)
            row += 1
    return row + 1


def _table_head(ws: Worksheet, report: Report, *, row: int) -> None:
    titles = ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kết quả"]
    for column in report.target_columns:
        titles += [column.title, "Đánh giá"]
    for col, title in enumerate(titles, start=1):
        _put(ws.cell(row, col), title, font=_font(bold=True, size=11), align=_CENTER)
        ws.cell(row=row, column=col).border = _BOX
    ws.row_dimensions[row].height = 32


def _main_sheet(ws: Worksheet, report: Report, issue: Issue) -> None:
    width = 4 + 2 * len(report.target_columns)
    for col, size in enumerate([7, _NAME_WIDTH, 10, 14] + [_TARGET_WIDTH] * 2 * len(report.target_columns), start=1):
        ws.column_dimensions[get_column_letter(col)].width = size
    row = _header(ws, report, issue, width=width)
    head_row = row
    _table_head(ws, report, row=row)
    for line in lines(report):
        row += 1
        if line.kind is LineKind.SECTION:
            _put(ws.cell(row, 1), line.text, font=_font(bold=True), align=_WRAP, span=width)
            _fit(ws.cell(row, 1), line.text, width=_NAME_WIDTH + 60)
        else:
            indicator = line.kind is LineKind.INDICATOR
            _put(ws.cell(row, 1), line.code if indicator else None, font=_font(bold=True), align=_CENTER)
            text_font = _font(bold=indicator, italic=line.kind is LineKind.GROUP, size=12 if indicator else 11)
            _put(ws.cell(row, 2), line.text, font=text_font,
                 align=_WRAP if indicator else Alignment(indent=1, wrap_text=True, vertical="center"))
            _fit(ws.cell(row, 1), line.text, width=_NAME_WIDTH - 2, size=12 if indicator else 11)
            if line.figure is not None:
                _put(ws.cell(row, 3), line.unit, align=_CENTER, font=_font(size=11))
                _figure(ws.cell(row, 4), line.figure, share=line.share, bold=indicator)
            for n, check in enumerate(line.targets):
                _put(ws.cell(row, 5 + 2 * n), check.text if check else "", align=_CENTER, font=_font(size=11))
                verdict = status_text(check, line.figure)
                _put(ws.cell(row, 6 + 2 * n), verdict, align=_CENTER, font=_font(size=11))
                _fit(ws.cell(row, 1), verdict, width=_TARGET_WIDTH, size=11)
        for col in range(1, width + 1):
            ws.cell(row=row, column=col).border = _BOX
    row = _closing(ws, report, issue, row=row + 2, width=width)
    _print_setup(ws, landscape=False, title_rows=f"{head_row}:{head_row}")


def _closing(ws: Worksheet, report: Report, issue: Issue, *, row: int, width: int) -> int:
    written = notes(report)
    if written:
        _put(ws.cell(row, 1), "Ghi chú:", font=_font(bold=True, italic=True, size=11), span=width)
    for text in written:
        row += 1
        _put(ws.cell(row, 1), text, font=_font(italic=True, size=11), align=_WRAP, span=width)
        _fit(ws.cell(row, 1), text, width=_NAME_WIDTH + 50, size=11)
    row += 2
    # Decree 30: "Nơi nhận" at the left, the signing authority and the signer's name at the right.
    right = 3
    start = row
    for n, line in enumerate(issue.signatory.lines):
        _put(ws.cell(start + n, right), line, font=_font(bold=True, size=13), align=_CENTER, span=width - right + 1)
    name_row = start + len(issue.signatory.lines) + 4  # room to sign and stamp
    _put(ws.cell(name_row, right), issue.signatory.name, font=_font(bold=True, size=14), align=_CENTER,
         span=width - right + 1)
    if issue.recipients is not None:
        _put(ws.cell(start, 1), "Nơi nhận:", font=_font(bold=True, italic=True, size=12), span=2)
        for n, line in enumerate(issue.recipients.lines, start=1):
            _put(ws.cell(start + n, 1), line, font=_font(size=11), span=2)
        name_row = max(name_row, start + len(issue.recipients.lines))
    return name_row


def _narrative_sheet(ws: Worksheet, report: Report, issue: Issue) -> None:
    """The report's written sections (tình hình, kết quả, tồn tại, đề xuất), one after another."""
    ws.column_dimensions["A"].width = 100
    number = f" — {issue.number.line}" if issue.number is not None and issue.number.number is not None else ""
    _put(ws.cell(1, 1), f"{report.title}{number}", font=_font(bold=True, size=13), align=_CENTER)
    _put(ws.cell(2, 1), period_line(report), font=_font(italic=True), align=_CENTER)
    row = 4
    for numeral, (heading, text) in zip(("I", "II", "III", "IV"), issue.narrative.sections(), strict=True):
        _put(ws.cell(row, 1), f"{numeral}. {heading.upper()}", font=_font(bold=True))
        row += 1
        for paragraph in [p.strip() for p in text.split("\n") if p.strip()] or ["Không có."]:
            _put(ws.cell(row, 1), paragraph, align=Alignment(wrap_text=True, vertical="top"))
            _fit(ws.cell(row, 1), paragraph, width=100)
            row += 1
        row += 1
    _print_setup(ws, landscape=False, title_rows="1:1")


def _units_sheet(ws: Worksheet, report: Report) -> None:
    """One row per commune, one column per indicator: the hub's breakdown sheet."""
    indicators = [i for i in report.indicators if i.by_unit is not None]
    width = 3 + len(indicators)
    # Titles and notes span the first printed page only, so they are never cut between pages.
    first_page = min(width, 3 + (_LANDSCAPE_CHARS - 41) // _UNIT_COLUMN_WIDTH)
    _put(ws.cell(1, 1), f"{report.title} — CHI TIẾT THEO XÃ, PHƯỜNG", font=_font(bold=True, size=13), align=_CENTER,
         span=first_page)
    _put(ws.cell(2, 1), period_line(report), font=_font(italic=True), align=_CENTER, span=first_page)
    for col, title in enumerate(["STT", "Mã xã", "Xã, phường"], start=1):
        _put(ws.cell(4, col), title, font=_font(bold=True, size=11), align=_CENTER)
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    for n, ind in enumerate(indicators):
        _put(ws.cell(4, 4 + n), f"{ind.code} ({ind.unit})", font=_font(bold=True, size=11), align=_CENTER)
        _put(ws.cell(5, 4 + n), ind.name, font=_font(size=9), align=_CENTER)
        _fit(ws.cell(5, 1), ind.name, width=_UNIT_COLUMN_WIDTH - 1, size=9)
    for number, unit in enumerate(report.units, start=1):
        row = 5 + number
        _put(ws.cell(row, 1), number, align=_CENTER, font=_font(size=11))
        _put(ws.cell(row, 2), unit.plain_code, align=_CENTER, font=_font(size=11))
        _put(ws.cell(row, 3), unit.name, font=_font(size=11))
        for n, ind in enumerate(indicators):
            assert ind.by_unit is not None
            _figure(ws.cell(row, 4 + n), ind.by_unit.rows[number - 1].figure, share=ind.is_share, compact=True)
    total = 6 + len(report.units)
    _put(ws.cell(total, 1), "Tổng cộng", font=_font(bold=True), align=_CENTER, span=3)
    for n, ind in enumerate(indicators):
        _figure(ws.cell(total, 4 + n), ind.figure, share=ind.is_share, bold=True, compact=True)
    for row in range(4, total + 1):
        for col in range(1, width + 1):
            ws.cell(row=row, column=col).border = _BOX
    legend = [f"“{NO_DATA_MARK}”: {NO_DATA_TEXT.lower()}."] + (notes(report)[-2:-1] if report.suppress_small else [])
    for text_row, text in enumerate(legend, start=total + 2):
        _put(ws.cell(text_row, 1), text, font=_font(italic=True, size=11), align=_WRAP, span=first_page)
        _fit(ws.cell(text_row, 1), text, width=41 + _UNIT_COLUMN_WIDTH * (first_page - 3), size=11)
    widths = [6, 9, 26] + [_UNIT_COLUMN_WIDTH] * len(indicators)
    for col, size in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = size
    ws.freeze_panes = "D6"
    # Too many indicators for one landscape page at a readable size: spread across pages,
    # repeating the commune columns on each.
    _print_setup(ws, landscape=True, title_rows="4:5", pages_wide=-(-sum(widths) // _LANDSCAPE_CHARS))
    ws.print_title_cols = "A:C"


def write_xlsx(report: Report, path: Path, *, issue: Issue | None = None) -> None:
    """Write the report (the narrative on its own sheet; for a hub the per-commune sheet) atomically."""
    issue = issue or Issue.unsigned(report.unit_name)
    workbook = Workbook()
    main = workbook.active
    assert main is not None
    main.title = MAIN_SHEET
    _main_sheet(main, report, issue)
    if report.is_hub and not report.no_definitions:
        _units_sheet(workbook.create_sheet(UNITS_SHEET), report)
    if report.coverage is not None:
        coverage_sheet(workbook.create_sheet(COVERAGE_SHEET), report)
    _narrative_sheet(workbook.create_sheet(NARRATIVE_SHEET), report, issue)
    workbook.properties.title = nfc(report.title)
    workbook.properties.creator = ""  # the app's name stays off the document
    with atomic_path(path) as tmp:
        workbook.save(tmp)
