"""The blank inspection checklist for one business type, optionally headed with an establishment's details."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.domain.inspection_formalities import FORMAL_FROM_VERSION
from desktop.reports.pdf.document import (
    TEXT_WIDTH,
    Letterhead,
    esc,
    field,
    grid_style,
    official_header,
    para,
    rich,
    signature_blocks,
    styles,
    write_pdf,
)
from desktop.reports.pdf.fonts import SERIF, face

TITLE = "PHIẾU KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ"
UNVERIFIED_MARK = "(*)"
UNVERIFIED_NOTE = (f"{UNVERIFIED_MARK} Căn cứ theo thực tiễn kiểm tra hoặc chưa đối chiếu điều, khoản: "
                   "đoàn kiểm tra đối chiếu văn bản đang có hiệu lực trước khi kết luận.")
KIND_CHOICES = ("Theo kế hoạch", "Đột xuất", "Tái kiểm tra")
OPERATOR_CHOICES = ("Hộ kinh doanh", "Doanh nghiệp, tổ chức")
HANDLING_CHOICES = ("Nhắc nhở, đề nghị cảnh cáo", "Đề nghị phạt tiền", "Đề nghị đình chỉ hoạt động",
                    "Chuyển cơ quan công an")
_BOX = 4 * mm
# (title, share of the text width): wide content column, three tick boxes, a note column.
_COLUMNS = (("STT", 0.065), ("Nội dung kiểm tra và căn cứ", 0.55), ("Đạt", 0.075), ("Không đạt", 0.085),
            ("Không áp dụng", 0.105), ("Ghi chú", 0.12))


@dataclass(frozen=True)
class TableStyles:
    cell: ParagraphStyle
    center: ParagraphStyle
    head: ParagraphStyle
    heading: ParagraphStyle
    note: ParagraphStyle
    form: ParagraphStyle  # the lines filled in by hand above and below the table


@functools.cache
def table_styles() -> TableStyles:
    """10 pt cells: a checklist of 16 items with their legal basis then fits two pages, still legible on a copy."""
    s = styles()
    return TableStyles(
        cell=ParagraphStyle("inspection_cell", parent=s.table_cell, fontSize=10, leading=12),
        center=ParagraphStyle("inspection_center", parent=s.table_cell_center, fontSize=10, leading=12),
        head=ParagraphStyle("inspection_head", parent=s.table_head, fontSize=9.5, leading=11.5),
        heading=ParagraphStyle("inspection_heading", parent=s.body, fontName=face(SERIF, bold=True), spaceBefore=6),
        note=ParagraphStyle("inspection_note", parent=s.small, fontSize=9.5, leading=12, spaceBefore=2),
        form=ParagraphStyle("inspection_form", parent=s.body, fontSize=11, leading=15, spaceAfter=1),
    )


@dataclass(frozen=True)
class ChecklistLine:
    code: str
    text: str
    legal_basis: str
    basis_verified: bool
    answer: str  # check | number | note
    unit: str = ""


@dataclass(frozen=True)
class EstablishmentDetails:
    name: str
    business_type_label: str
    address: str
    representative: str
    registration: str  # "số 25A8001234, ngày 12/03/2021" or ""
    licence: str
    security_certificate: str


@dataclass(frozen=True)
class ChecklistSheet:
    letterhead: Letterhead
    title: str
    template_version: int
    business_type_label: str
    lines: tuple[ChecklistLine, ...]
    establishment: EstablishmentDetails | None = None  # None: every detail left to fill by hand


def dotted_lines(count: int, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Empty lines of dots to write on by hand."""
    s = style or styles().body
    dots = int(TEXT_WIDTH / stringWidth(".", s.fontName, s.fontSize)) - 2
    return [para("." * dots, s) for _ in range(count)]


class TickBox(Flowable):
    """An empty square to tick by hand; no font has to carry a box glyph."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return _BOX, _BOX

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.black)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, _BOX, _BOX)


def tick_row(label: str, choices: Sequence[str], style: ParagraphStyle | None = None) -> Table:
    """'Hình thức: Theo kế hoạch [ ]  Đột xuất [ ] ...' with drawn boxes that survive a photocopy."""
    body = style or styles().body
    pad = 3  # left and right cell padding, points

    def width(text: str, *, bold: bool = False) -> float:
        return float(stringWidth(text, face(SERIF, bold=bold), body.fontSize)) + 2 * pad + 1

    cells: list[object] = [rich(f"<b>{esc(label)}:</b>", body) if label else ""]
    widths = [width(label + ":", bold=True) if label else 0.0]
    for choice in choices:
        cells += [para(choice, body), TickBox()]
        widths += [width(choice) + 2 * mm, _BOX + 2 * pad + 4 * mm]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (0, 0), 0),  # the label lines up with the text above it
    ]))
    return table


def establishment_fields(details: EstablishmentDetails | None, *, style: ParagraphStyle,
                         with_type: bool = True) -> list[Flowable]:
    d = details or EstablishmentDetails("", "", "", "", "", "", "")
    return [
        field("Tên cơ sở", d.name, style),
        *([field("Loại hình kinh doanh", d.business_type_label, style)] if with_type else []),
        field("Địa chỉ", d.address, style),
        field("Chủ cơ sở / người đại diện", d.representative, style),
        field("Giấy chứng nhận đăng ký kinh doanh", d.registration, style),
        field("Giấy phép kinh doanh", d.licence, style),
        field("Giấy chứng nhận đủ điều kiện về ANTT", d.security_certificate, style),
    ]


def item_content(text: str, legal_basis: str, *, verified: bool) -> Flowable:
    """The item's wording with its legal basis in italics underneath, marked when not verified."""
    mark = "" if verified else f" {UNVERIFIED_MARK}"
    return rich(f"{esc(text)}<br/><i>Căn cứ: {esc(legal_basis)}{mark}</i>", table_styles().cell)


def _items_table(lines: Sequence[ChecklistLine]) -> Table:
    s = table_styles()
    head: list[object] = [para(title, s.head) for title, _ in _COLUMNS]
    rows: list[list[object]] = [head]
    spans: list[tuple[object, ...]] = []
    for n, line in enumerate(lines, start=1):
        row_index = len(rows)
        content = item_content(line.text, line.legal_basis, verified=line.basis_verified)
        if line.answer == "check":
            rows.append([para(str(n), s.center), content, "", "", "", ""])
            continue
        # Numbers and notes have no tick boxes: the three box columns merge into one space to write in.
        prompt = f"Số: ……… {esc(line.unit)}" if line.answer == "number" else ""
        rows.append([para(str(n), s.center), content, rich(prompt, s.cell), "", "", ""])
        spans.append(("SPAN", (2, row_index), (5, row_index)))
    table = Table(rows, colWidths=[share * TEXT_WIDTH for _, share in _COLUMNS], repeatRows=1)
    table.setStyle(grid_style(("VALIGN", (0, 1), (0, -1), "TOP"), *spans))
    return table


def write_checklist(path: Path, sheet: ChecklistSheet) -> None:
    """The longest list (dance hall, 17 items) still fits two pages with the signatures."""
    s, form = styles(), table_styles().form
    story: list[Flowable] = [
        *official_header(sheet.letterhead, day=None),
        para(sheet.title.upper() or TITLE, s.title),
        para(f"Loại hình: {sheet.business_type_label} — mẫu phiếu phiên bản {sheet.template_version}", s.subtitle),
        *establishment_fields(sheet.establishment, style=form, with_type=False),  # the type is in the subtitle
        # From v2 a violation names its offender, and the operator's legal form decides the fine range.
        *([tick_row("Chủ cơ sở là", OPERATOR_CHOICES, form)] if sheet.template_version >= FORMAL_FROM_VERSION else []),
        field("Thời gian kiểm tra", "", form),
        tick_row("Hình thức", KIND_CHOICES, form),
        field("Thành phần đoàn kiểm tra", "", form),
        rich("<b>Người lao động có mặt:</b> …… (chưa có hợp đồng: ……; dưới 18 tuổi: ……); "
             "<b>số khách:</b> ……", form),
        Spacer(1, 2 * mm),
        _items_table(sheet.lines),
    ]
    if any(not line.basis_verified for line in sheet.lines):
        story.append(para(UNVERIFIED_NOTE, table_styles().note))
    # Two blocks rather than one, so the conclusion can share the table's last page.
    story.append(KeepTogether([Spacer(1, 2 * mm), field("Nhận xét, kết luận của đoàn kiểm tra", "", form),
                               *dotted_lines(2, form)]))
    story.append(KeepTogether([
        tick_row("Đề xuất xử lý", HANDLING_CHOICES[:2], form),
        tick_row("", HANDLING_CHOICES[2:], form),
        Spacer(1, 2 * mm),
        signature_blocks(("ĐẠI DIỆN CƠ SỞ", "THÀNH VIÊN ĐOÀN", "TRƯỞNG ĐOÀN")),
    ]))
    write_pdf(path, story, title=TITLE)
