"""The printed establishment register: one row per business, the filter used, the date it was printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.reports.pdf.document import (
    TEXT_WIDTH,
    Letterhead,
    format_number,
    grid_style,
    official_header,
    para,
    signature_blocks,
    styles,
    write_pdf,
)

TITLE = "DANH SÁCH CƠ SỞ KINH DOANH DỊCH VỤ"
_COLUMNS = (("STT", 0.065), ("Tên cơ sở", 0.22), ("Loại hình", 0.15), ("Địa chỉ", 0.18),
            ("Người đại diện", 0.14), ("Tình trạng", 0.125), ("Kiểm tra gần nhất", 0.12))


@dataclass(frozen=True)
class ListedEstablishment:
    name: str
    business_type_label: str
    address: str
    representative: str
    status_label: str
    last_inspected: str  # formatted date, or "" when never inspected
    open_violations: int


@dataclass(frozen=True)
class EstablishmentList:
    letterhead: Letterhead
    printed_on: date
    filter_description: str  # "Loại hình: Karaoke; chưa kiểm tra năm 2026", or "" for all
    rows: tuple[ListedEstablishment, ...]


def _small(name: str, base: ParagraphStyle, **changes: Any) -> ParagraphStyle:
    # A long list must stay legible at 10 pt in narrow columns; the shared table style is 11 pt.
    return ParagraphStyle(name, parent=base, fontSize=9.5, leading=11.5, **changes)


def _table(rows: tuple[ListedEstablishment, ...]) -> Table:
    s = styles()
    cell, center, head = (_small("list_cell", s.table_cell), _small("list_center", s.table_cell_center),
                          _small("list_head", s.table_head))
    body = [[
        para(str(n), center), para(r.name + (" (*)" if r.open_violations else ""), cell),
        para(r.business_type_label, cell), para(r.address, cell), para(r.representative, cell),
        para(r.status_label, cell), para(r.last_inspected or "Chưa kiểm tra", center),
    ] for n, r in enumerate(rows, start=1)]
    table = Table([[para(t, head) for t, _ in _COLUMNS], *body],
                  colWidths=[share * TEXT_WIDTH for _, share in _COLUMNS], repeatRows=1)
    table.setStyle(grid_style(("VALIGN", (0, 1), (-1, -1), "TOP")))
    return table


def write_establishment_list(path: Path, listing: EstablishmentList) -> None:
    s = styles()
    story: list[Flowable] = [
        *official_header(listing.letterhead, day=listing.printed_on),
        para(TITLE, s.title),
        para(listing.filter_description or "Tất cả cơ sở trong sổ", s.subtitle),
        _table(listing.rows),
        Spacer(1, 2 * mm),
        para(f"Tổng số: {format_number(len(listing.rows))} cơ sở.", s.body),
    ]
    if any(r.open_violations for r in listing.rows):
        story.append(para("(*) Lần kiểm tra gần nhất phát hiện vi phạm.", s.small))
    story.append(KeepTogether([Spacer(1, 4 * mm), signature_blocks(("NGƯỜI LẬP DANH SÁCH", "XÁC NHẬN CỦA LÃNH ĐẠO"))]))
    write_pdf(path, story, title=TITLE)
