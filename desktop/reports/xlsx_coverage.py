"""The hub workbook's coverage sheet: who reported, the missing list, the completeness table per month and commune."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.reports.layout import (
    COMPLETENESS_HEAD,
    UNIT_STATUS_TEXT,
    basis_line,
    completeness_rows,
    missing_line,
    period_line,
    scope_line,
)
from desktop.reports.model import Report
from desktop.reports.pdf.report_coverage import COVERAGE_TITLE
from desktop.reports.xlsx_cells import _BOX, _CENTER, _WRAP, _fit, _font, _print_setup, _put

COVERAGE_SHEET = "Tình hình báo cáo"
_WIDTHS = (6, 9, 30, 16, 16, 16, 16)


def coverage_sheet(ws: Worksheet, report: Report) -> None:
    coverage = report.coverage
    assert coverage is not None
    width = len(_WIDTHS)
    for col, size in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = size
    _put(ws.cell(1, 1), COVERAGE_TITLE, font=_font(bold=True, size=13), align=_CENTER, span=width)
    row = 2
    for text in (period_line(report), scope_line(report), basis_line(report),
                 missing_line(report) or "Tất cả xã, phường đã gửi số liệu kỳ này."):
        if text:
            _put(ws.cell(row, 1), text, font=_font(italic=True, size=11), align=_WRAP, span=width)
            _fit(ws.cell(row, 1), text, width=sum(_WIDTHS), size=11)
            row += 1
    row += 1
    # The month-by-month table, as printed in the PDF.
    head_row = row
    for col, title in enumerate(COMPLETENESS_HEAD, start=1):
        span = 3 if col == 1 else 1
        target = 1 if col == 1 else col + 2
        _put(ws.cell(row, target), title, font=_font(bold=True, size=11), align=_CENTER, span=span)
    ws.row_dimensions[row].height = 32
    for label, *values in completeness_rows(report):
        row += 1
        _put(ws.cell(row, 1), label, font=_font(size=11), span=3)
        for n, value in enumerate(values):
            _put(ws.cell(row, 4 + n), value, font=_font(size=11), align=_CENTER, fmt="#,##0")
    _box(ws, head_row, row, 3 + len(COMPLETENESS_HEAD) - 1)
    # One row per commune: whether it sent data, then each month's declaration.
    row += 2
    months = [line.label for line in coverage.months]
    unit_head = row
    titles = ["STT", "Mã xã", "Xã, phường", "Số liệu kỳ này", *months]
    for col, title in enumerate(titles, start=1):
        _put(ws.cell(row, col), title, font=_font(bold=True, size=11), align=_CENTER)
    reporting = {u.code for u in coverage.reporting}
    for number, entry in enumerate(coverage.per_unit, start=1):
        row += 1
        sent = "Đã gửi" if entry.unit.code in reporting else "Chưa báo cáo"
        cells: list[str | int] = [number, entry.unit.plain_code, entry.unit.name, sent]
        cells += [UNIT_STATUS_TEXT[s] + (" (không phát sinh)" if nil else "")
                  for s, nil in zip(entry.statuses, entry.nil_reports, strict=True)]
        for col, cell in enumerate(cells, start=1):
            _put(ws.cell(row, col), cell, font=_font(size=11), align=None if col == 3 else _CENTER)
    _box(ws, unit_head, row, len(titles))
    for col in range(len(_WIDTHS) + 1, len(titles) + 1):
        ws.column_dimensions[get_column_letter(col)].width = 16
    _print_setup(ws, landscape=False, title_rows=f"{unit_head}:{unit_head}")


def _box(ws: Worksheet, first: int, last: int, columns: int) -> None:
    for r in range(first, last + 1):
        for c in range(1, columns + 1):
            ws.cell(row=r, column=c).border = _BOX
