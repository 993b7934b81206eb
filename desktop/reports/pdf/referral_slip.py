"""The referral slip a client carries to a partner, with a feedback part the partner fills on paper."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from desktop.reports.pdf.document import (
    TEXT_WIDTH,
    Letterhead,
    esc,
    field,
    format_date,
    official_header,
    para,
    rich,
    styles,
    write_pdf,
)

TITLE = "PHIẾU GIỚI THIỆU"
# Neutral words on purpose: the client carries this slip, and whoever sees it should learn only
# that someone was introduced to a service, not why.
_FEEDBACK_CHOICES = (
    "Đã tiếp nhận và cung cấp dịch vụ",
    "Đã tiếp nhận, đang tiếp tục hỗ trợ",
    "Không tiếp nhận (ghi rõ lý do ở phần ý kiến)",
    "Người được giới thiệu không đến",
)
_QR_SIZE = 26 * mm
_BOX = 3.6 * mm


def qr_code(value: str, size: float = _QR_SIZE) -> Drawing:
    """A QR code drawn with reportlab's own widget (no extra package), scaled to `size` points."""
    widget = QrCodeWidget(value, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def _box() -> Drawing:
    drawing = Drawing(_BOX, _BOX)
    square = Rect(0, 0, _BOX, _BOX)
    # Set one by one: the reportlab stub types Rect's **kw wrongly (a TypedDict without Unpack).
    square.strokeColor, square.strokeWidth, square.fillColor = colors.black, 0.8, None
    drawing.add(square)
    return drawing


def tick_list(labels: Sequence[str], *, columns: int = 1) -> Table:
    """Empty squares to tick by hand, each followed by its label."""
    s = styles()
    cells: list[list[Flowable | str]] = [[_box(), para(label, s.body)] for label in labels]
    rows = [list(chain.from_iterable(cells[i : i + columns])) for i in range(0, len(cells), columns)]
    for row in rows:
        row += ["", ""] * (columns - len(row) // 2)
    share = TEXT_WIDTH / columns
    table = Table(rows, colWidths=[7 * mm, share - 7 * mm] * columns)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


@dataclass(frozen=True)
class ReferralSlip:
    """What the slip shows: the referral, never the client's nickname, notes or code."""

    letterhead: Letterhead
    code: str
    referred_on: date
    follow_up_on: date
    service_label: str
    partner_name: str
    partner_address: str = ""
    partner_phone: str = ""


def _code_block(code: str, heading: str, *, qr_size: float = _QR_SIZE, note: str = "") -> Table:
    s = styles()
    text: list[Flowable] = [rich(f"<b>{esc(heading)}</b>", s.body),
                            rich(f'<font size="20"><b>{esc(code)}</b></font>', s.body)]
    if note:
        text += [Spacer(1, 2 * mm), para(note, s.small)]
    table = Table([[text, qr_code(code, qr_size)]], colWidths=[TEXT_WIDTH - qr_size - 6 * mm, qr_size + 6 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _signature(title: str, note: str) -> Table:
    """A compact signature block on the right half, so slip and feedback share one page."""
    s = styles()
    block = [para(title, s.signature_title), para(note, s.signature_note)]
    table = Table([["", block], ["", ""]], colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2],
                  rowHeights=[None, 13 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _dotted_line() -> Paragraph:
    s = styles()
    dots = int(TEXT_WIDTH / stringWidth(".", s.body.fontName, s.body.fontSize)) - 2
    return Paragraph("." * dots, s.body)


def _cut_line() -> list[Flowable]:
    s = styles()
    return [Spacer(1, 2 * mm), HRFlowable(width="100%", thickness=0.6, dash=(3, 3), color=colors.black),
            para("(Cắt theo đường chấm. Phần dưới do nơi nhận điền và gửi lại.)", s.small)]


def write_referral_slip(path: Path, slip: ReferralSlip) -> None:
    """One A4 page: the slip on top, the partner's feedback below a cut line, both carrying the code."""
    s = styles()
    head = slip.letterhead
    issuer = head.sentence_name
    title = ParagraphStyle("slip_title", parent=s.title, spaceBefore=6)
    phone = f"ĐT: {slip.partner_phone}" if slip.partner_phone else ""
    contact = "; ".join(x for x in (slip.partner_address, phone) if x)
    story: list[Flowable] = [
        *official_header(head, day=slip.referred_on),
        para(TITLE, title),
        para(f"Kính gửi: {slip.partner_name}", s.subtitle),
        _code_block(slip.code, "Mã phiếu giới thiệu", qr_size=22 * mm, note="Nơi nhận ghi mã này khi phản hồi."),
        Spacer(1, 2 * mm),
        field("Địa chỉ nơi nhận", contact, s.body),
        field("Dịch vụ đề nghị", slip.service_label, s.body),
        rich(f"<b>Ngày giới thiệu:</b> {esc(format_date(slip.referred_on))}"
             f"&nbsp;&nbsp;&nbsp;&nbsp;<b>Ngày hẹn theo dõi kết quả:</b> {esc(format_date(slip.follow_up_on))}",
             s.body),
        para(f"{issuer} trân trọng giới thiệu người mang phiếu này đến quý cơ quan, đơn vị để được xem xét hỗ trợ "
             "theo dịch vụ nêu trên. Người mang phiếu đã đồng ý được giới thiệu. "
             "Đề nghị giữ kín thông tin của người được giới thiệu.", s.body_justified),
        _signature("CÁN BỘ GIỚI THIỆU", "(Ký, ghi rõ họ tên)"),
        *_cut_line(),
        KeepTogether([
            para("PHẢN HỒI CỦA NƠI NHẬN", ParagraphStyle("feedback_title", parent=s.title, spaceBefore=2)),
            _code_block(slip.code, "Mã phiếu giới thiệu", qr_size=18 * mm),
            Spacer(1, 2 * mm),
            field("Ngày tiếp nhận", "", s.body),
            tick_list(_FEEDBACK_CHOICES, columns=2),
            field("Kết quả cụ thể", "", s.body),
            field("Ý kiến của nơi nhận", "", s.body),
            _dotted_line(),
            para(f"Xin gửi lại phần này cho {issuer} (ghi rõ mã phiếu) trước hoặc vào ngày "
                 f"{format_date(slip.follow_up_on)}.", s.small),
            _signature("ĐẠI DIỆN NƠI NHẬN", "(Ký, ghi rõ họ tên, đóng dấu nếu có)"),
        ]),
    ]
    write_pdf(path, story, title=TITLE)
