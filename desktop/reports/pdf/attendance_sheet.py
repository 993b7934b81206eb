"""The attendance list of a communication session: printed blank to sign, or filled after it.

A session with sex workers (or at the businesses where they and their clients are met) gets a count
sheet instead: tick marks by sex and age band, no name, birth year or signature of anyone attending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.reports.pdf.document import (
    BLANK,
    TEXT_WIDTH,
    Letterhead,
    esc,
    field,
    format_date,
    format_number,
    grid_style,
    official_header,
    para,
    rich,
    signature_blocks,
    styles,
    write_pdf,
)

TITLE = "DANH SÁCH THAM DỰ BUỔI TRUYỀN THÔNG"
COUNT_TITLE = "PHIẾU ĐẾM SỐ NGƯỜI THAM DỰ BUỔI TRUYỀN THÔNG"
DEFAULT_ROWS = 30  # a blank list printed before anyone knows how many will come

_COLUMNS = (  # (title markup, share of the text width)
    ("STT", 0.07),
    ("Họ và tên", 0.27),
    ("Năm sinh", 0.10),
    ('Giới tính<br/><font name="Serif" size="8.5">(Nam/Nữ/Khác)</font>', 0.16),
    ("Đơn vị / địa chỉ", 0.22),
    ("Ký tên", 0.18),
)
_ROW_HEIGHT = 9 * mm  # enough to sign by hand on a photocopy


@dataclass(frozen=True)
class AttendanceCounts:
    """What the session record says once the session is over."""

    total: int
    male: int
    female: int
    other: int
    target_members: int
    leaflets: int
    condoms: int
    lubricant: int


@dataclass(frozen=True)
class AttendanceSheet:
    letterhead: Letterhead
    held_on: date | None
    place: str
    form_label: str
    target_group_label: str
    topics_labels: tuple[str, ...]
    organiser: str
    partners: str
    counts: AttendanceCounts | None  # None: a blank sheet printed before the session
    count_only: bool = False  # tick marks by sex and age band, nobody's name, birth year or signature
    age_bands: tuple[str, ...] = ()  # row labels of the count sheet: "Dưới 16", "16–17", ...
    expected: int = 0  # people expected (the session's head count): one line each; 0 = not known


def _details(sheet: AttendanceSheet) -> list[Flowable]:
    s = styles()
    held_on = format_date(sheet.held_on) if sheet.held_on else ""
    return [
        field("Ngày", held_on, s.body),
        field("Địa điểm", sheet.place, s.body),
        field("Hình thức", sheet.form_label, s.body),
        field("Nhóm đối tượng", sheet.target_group_label, s.body),
        field("Chủ đề", "; ".join(t.strip() for t in sheet.topics_labels if t.strip()), s.body),
        field("Đơn vị tổ chức", sheet.organiser, s.body),
        field("Đơn vị phối hợp", sheet.partners, s.body),
    ]


def _attendance_table(rows: int) -> Table:
    s = styles()
    head = [rich(label, s.table_head) for label, _ in _COLUMNS]
    body = [[para(str(n), s.table_cell_center)] + [""] * (len(_COLUMNS) - 1) for n in range(1, rows + 1)]
    table = Table(
        [head, *body],
        colWidths=[share * TEXT_WIDTH for _, share in _COLUMNS],
        rowHeights=[None] + [_ROW_HEIGHT] * rows,
        repeatRows=1,  # each page of a long list keeps its column titles
    )
    table.setStyle(grid_style())
    return table


def _number(value: int | None) -> str:
    return BLANK if value is None else esc(format_number(value))


def _totals(counts: AttendanceCounts | None) -> list[Flowable]:
    s = styles()

    def n(name: str) -> str:
        return _number(None if counts is None else getattr(counts, name))

    return [
        rich(
            f"<b>Tổng số:</b> {n('total')} người; Nam: {n('male')}; Nữ: {n('female')}; Khác: {n('other')}.",
            s.body,
        ),
        rich(f"Trong đó, thuộc nhóm đối tượng: {n('target_members')} người.", s.body),
        rich(
            f"<b>Đã phát:</b> tờ rơi: {n('leaflets')}; "
            f"bao cao su: {n('condoms')}; chất bôi trơn: {n('lubricant')}.",
            s.body,
        ),
    ]


def _count_table(bands: tuple[str, ...]) -> Table:
    """One row per age band, a wide cell per sex to tick in (||||), and a total column."""
    s = styles()
    head = [para(t, s.table_head) for t in ("Nhóm tuổi", "Nam", "Nữ", "Khác", "Cộng")]
    body = [[para(band, s.table_cell)] + [""] * 4 for band in bands]
    total = [rich("<b>Cộng</b>", s.table_cell)] + [""] * 4
    widths = [0.18 * TEXT_WIDTH] + [0.23 * TEXT_WIDTH] * 3
    widths.append(TEXT_WIDTH - sum(widths))
    table = Table([head, *body, total], colWidths=widths, rowHeights=[None] + [11 * mm] * len(bands) + [9 * mm])
    table.setStyle(grid_style())
    return table


def _count_sheet_story(sheet: AttendanceSheet) -> list[Flowable]:
    s = styles()
    return [
        *official_header(sheet.letterhead, day=sheet.held_on),
        para(COUNT_TITLE, s.title),
        para("(Chỉ đánh dấu đếm theo giới tính và nhóm tuổi. Không ghi họ tên, năm sinh, không lấy chữ ký "
             "của người tham dự.)", s.subtitle),
        *_details(sheet),
        Spacer(1, 3 * mm),
        _count_table(sheet.age_bands or ("Dưới 16", "16–17", "18–24", "25–34", "35–49", "50 trở lên")),
        KeepTogether([
            Spacer(1, 4 * mm),
            *_totals(sheet.counts),
            Spacer(1, 6 * mm),
            signature_blocks(("NGƯỜI ĐẾM", "ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC")),
        ]),
    ]


def rows_for(sheet: AttendanceSheet) -> int:
    """As many lines as people expected: the session's head count once known, else DEFAULT_ROWS."""
    known = max(sheet.expected, sheet.counts.total if sheet.counts is not None else 0)
    return known or DEFAULT_ROWS


def write_attendance_sheet(path: Path, sheet: AttendanceSheet, *, rows: int | None = None) -> None:
    """Write the list with `rows` numbered lines to sign (default: rows_for(sheet)), or the count sheet.

    Totals are filled only when counts are given.
    """
    if sheet.count_only:
        write_pdf(path, _count_sheet_story(sheet), title=COUNT_TITLE)
        return
    rows = rows_for(sheet) if rows is None else rows
    if rows < 1:
        raise ValueError("an attendance sheet needs at least one row")
    s = styles()
    closing = [
        Spacer(1, 4 * mm),
        *_totals(sheet.counts),
        Spacer(1, 6 * mm),
        signature_blocks(("NGƯỜI LẬP DANH SÁCH", "ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC")),
    ]
    story: list[Flowable] = [
        *official_header(sheet.letterhead, day=sheet.held_on),
        para(TITLE, s.title),
        Spacer(1, 4 * mm),
        *_details(sheet),
        Spacer(1, 3 * mm),
        _attendance_table(rows),
        # Totals and signatures stay together so a signature never lands alone on a new page.
        KeepTogether(closing),
    ]
    write_pdf(path, story, title=TITLE)
