"""Right of access: everything the register holds about one client, printed for that person."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.reports.pdf.consent_form import person_and_officer_signatures
from desktop.reports.pdf.document import (
    TEXT_WIDTH,
    Letterhead,
    esc,
    field,
    grid_style,
    official_header,
    para,
    rich,
    styles,
    write_pdf,
)

TITLE = "THÔNG TIN CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ"


@dataclass(frozen=True)
class RecordTable:
    """One section as a table: already labelled text, the writer knows no codes."""

    title: str
    columns: Sequence[tuple[str, float]]  # (heading, share of the text width)
    rows: Sequence[Sequence[str]]
    empty_text: str = "Không có."


@dataclass(frozen=True)
class ClientRecordDoc:
    letterhead: Letterhead
    day: date
    code: str
    details: Sequence[tuple[str, str]]  # (label, value) of the client record itself
    tables: Sequence[RecordTable]
    texts: Sequence[tuple[str, str]]  # (heading, free text): notes, needs, plan
    closing: str  # what the person can do next (correct, erase, withdraw)


def _table(section: RecordTable) -> list[Flowable]:
    s = styles()
    heading = para(section.title, s.header_bold)
    if not section.rows:
        return [Spacer(1, 3 * mm), KeepTogether([heading, para(section.empty_text, s.body)])]
    head = [para(title, s.table_head) for title, _ in section.columns]
    body = [[para(cell, s.table_cell) for cell in row] for row in section.rows]
    table = Table([head, *body], colWidths=[share * TEXT_WIDTH for _, share in section.columns], repeatRows=1)
    table.setStyle(grid_style())
    return [Spacer(1, 3 * mm), heading, Spacer(1, 1 * mm), table]


def write_client_record(path: Path, doc: ClientRecordDoc) -> None:
    s = styles()
    story: list[Flowable] = [
        *official_header(doc.letterhead, day=doc.day),
        para(TITLE, s.title),
        para("(Cung cấp theo yêu cầu của người được hỗ trợ. Tài liệu giữ kín, chỉ giao tận tay.)", s.subtitle),
        field("Mã số", doc.code, s.body),
        *(field(label, value or "—", s.body) for label, value in doc.details),
    ]
    for section in doc.tables:
        story += _table(section)
    for heading, text in doc.texts:
        story += [Spacer(1, 2 * mm), rich(f"<b>{esc(heading)}:</b> {esc(text or '—')}", s.body_justified)]
    # The closing words and the signatures stay together so a signature never stands alone on a page.
    story += [
        Spacer(1, 4 * mm),
        KeepTogether([para(doc.closing, s.body_justified), Spacer(1, 3 * mm),
                      person_and_officer_signatures("NGƯỜI NHẬN", "(Ký hoặc điểm chỉ)", officer="CÁN BỘ CUNG CẤP")]),
    ]
    write_pdf(path, story, title=TITLE)
