"""The national report as a workbook: totals, provinces × indicators, who sent; a pure function of the report.

Visible figures are numbers with Excel formats; a hidden or missing one is its marker as text
("<5", "x", "chưa báo cáo"), and a total with a hidden part is the text "≥ N": a reader adding up
cells never takes a lower bound for an exact count.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.db.files import atomic_path
from desktop.domain.national import Part, Total
from desktop.reports.issue import Issue
from desktop.reports.national import (
    NationalReport,
    notes,
    part_text,
    scope_line,
    total_text,
)
from desktop.reports.pdf.document import (
    NATIONAL_MOTTO,
    NATIONAL_TITLE,
    date_line,
    format_date,
    nfc,
)
from desktop.reports.pdf.national_report import period_line
from desktop.reports.xlsx import COUNT_FORMAT
from desktop.reports.xlsx_cells import (
    _BOX,
    _CENTER,
    _RIGHT,
    _WRAP,
    _font,
    _print_setup,
    _put,
)

MAIN_SHEET = "Toàn quốc"
PROVINCES_SHEET = "Theo tỉnh"
SENT_SHEET = "Tình hình gửi"


def _value(ws: Worksheet, row: int, col: int, figure: Part | Total | None, *, share: bool, total: bool) -> None:
    if isinstance(figure, Total):
        exact = figure.value is not None and not figure.hidden and not figure.at_least
        text = total_text(figure, share=share)
    else:
        exact = figure is not None and figure.value is not None and not figure.hidden
        text = part_text(figure, share=share)
    cell = ws.cell(row, col)
    if exact:
        assert figure is not None and figure.value is not None
        value = round(figure.value, 1) / 100 if share else figure.value
        _put(cell, value, font=_font(bold=total), align=_RIGHT, fmt="0.0%" if share else COUNT_FORMAT)
    else:
        _put(cell, text, font=_font(bold=total, italic=True, size=11), align=_RIGHT)
    cell.border = _BOX


def _header(ws: Worksheet, report: NationalReport, issue: Issue, *, width: int) -> int:
    head = issue.letterhead
    row = 1
    for line in (*head.parent_lines, *head.issuing_lines):
        _put(ws.cell(row, 1), line, font=_font(bold=line in head.issuing_lines), align=_CENTER, span=2)
        row += 1
    _put(ws.cell(1, 3), NATIONAL_TITLE, font=_font(bold=True), align=_CENTER, span=width - 2)
    _put(ws.cell(2, 3), NATIONAL_MOTTO, font=_font(bold=True, size=13, underline="single"), align=_CENTER,
         span=width - 2)
    number_row = max(row, 3) + 1
    if issue.number is not None:
        _put(ws.cell(number_row, 1), issue.number.line, align=_CENTER, span=2)
    _put(ws.cell(number_row, 3), date_line(head.place, report.generated_on), font=_font(italic=True),
         align=_CENTER, span=width - 2)
    row = number_row + 2
    _put(ws.cell(row, 1), report.title, font=_font(bold=True, size=14), align=_CENTER, span=width)
    for text in (period_line(report), scope_line(report)):
        row += 1
        _put(ws.cell(row, 1), text, font=_font(italic=True), align=_CENTER, span=width)
    return row + 2


def _main(ws: Worksheet, report: NationalReport, issue: Issue) -> None:
    for col, size in enumerate([8, 60, 10, 16], start=1):
        ws.column_dimensions[get_column_letter(col)].width = size
    row = _header(ws, report, issue, width=4)
    head_row = row
    for col, title in enumerate(("Mã", "Chỉ tiêu", "Đơn vị tính", "Toàn quốc"), start=1):
        _put(ws.cell(row, col), title, font=_font(bold=True, size=11), align=_CENTER)
        ws.cell(row, col).border = _BOX
    for ind in report.indicators:
        row += 1
        _put(ws.cell(row, 1), ind.code, font=_font(bold=True), align=_CENTER)
        _put(ws.cell(row, 2), ind.name, align=_WRAP)
        _put(ws.cell(row, 3), ind.unit, align=_CENTER, font=_font(size=11))
        for col in (1, 2, 3):
            ws.cell(row, col).border = _BOX
        _value(ws, row, 4, ind.total, share=ind.share, total=True)
    row += 2
    _put(ws.cell(row, 1), "Ghi chú:", font=_font(bold=True, italic=True, size=11), span=4)
    for text in notes(report):
        row += 1
        _put(ws.cell(row, 1), text, font=_font(italic=True, size=11), align=_WRAP, span=4)
        ws.row_dimensions[row].height = 15 * (1 + len(text) // 95)
    row += 2
    for n, line in enumerate(issue.signatory.lines):
        _put(ws.cell(row + n, 3), line, font=_font(bold=True, size=13), align=_CENTER, span=2)
    if issue.recipients is not None:
        _put(ws.cell(row, 1), "Nơi nhận:", font=_font(bold=True, italic=True), span=2)
        for n, line in enumerate(issue.recipients.lines, start=1):
            _put(ws.cell(row + n, 1), line, font=_font(size=11), span=2)
    _print_setup(ws, landscape=False, title_rows=f"{head_row}:{head_row}")


def _by_province(ws: Worksheet, report: NationalReport) -> None:
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 28
    titles = ["TT", "Tỉnh, thành phố", *(f"{i.code} ({i.unit})" for i in report.indicators)]
    for col, title in enumerate(titles, start=1):
        _put(ws.cell(1, col), title, font=_font(bold=True, size=11), align=_CENTER)
        ws.cell(1, col).border = _BOX
        if col > 2:
            ws.column_dimensions[get_column_letter(col)].width = 14
    for n, province in enumerate(report.provinces):
        row = n + 2
        _put(ws.cell(row, 1), n + 1, align=_CENTER)
        _put(ws.cell(row, 2), province.name)
        for col, ind in enumerate(report.indicators, start=3):
            _value(ws, row, col, ind.parts[n], share=ind.share, total=False)
    row = len(report.provinces) + 2
    _put(ws.cell(row, 2), "Toàn quốc", font=_font(bold=True))
    for col, ind in enumerate(report.indicators, start=3):
        _value(ws, row, col, ind.total, share=ind.share, total=True)
    ws.freeze_panes = "C2"
    _print_setup(ws, landscape=True, title_rows="1:1", pages_wide=max(1, len(report.indicators) // 10))


def _sent(ws: Worksheet, report: NationalReport) -> None:
    titles = ("TT", "Tỉnh, thành phố", "Ngày gửi", "Lần gửi", "Số xã, phường", "Xã, phường có số liệu",
              "Tháng đúng hạn", "Tháng muộn", "Tháng chưa báo cáo")
    for col, (title, size) in enumerate(zip(titles, (6, 28, 12, 9, 12, 14, 12, 10, 12), strict=True), start=1):
        _put(ws.cell(1, col), title, font=_font(bold=True, size=11), align=_CENTER)
        ws.column_dimensions[get_column_letter(col)].width = size
    for n, p in enumerate(report.provinces, start=1):
        values: list[str | float | None] = [n, p.name]
        if p.sent_on is None:
            values.append("chưa gửi")
        else:
            values += [format_date(p.sent_on), p.sequence, p.communes, p.reporting, p.months_on_time,
                       p.months_late, p.months_missing]
        for col, value in enumerate(values, start=1):
            _put(ws.cell(n + 1, col), value, align=_CENTER if col != 2 else None)
    _print_setup(ws, landscape=True, title_rows="1:1")


def write_national_xlsx(report: NationalReport, path: Path, *, issue: Issue) -> None:
    workbook = Workbook()
    main = workbook.active
    assert main is not None
    main.title = MAIN_SHEET
    _main(main, report, issue)
    _by_province(workbook.create_sheet(PROVINCES_SHEET), report)
    _sent(workbook.create_sheet(SENT_SHEET), report)
    workbook.properties.title = nfc(report.title)
    workbook.properties.creator = ""
    with atomic_path(path) as tmp:
        workbook.save(tmp)
