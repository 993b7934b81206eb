"""The printed recovery-key sheet, kept in the office safe for when every password is forgotten."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table

from desktop.reports.pdf.document import (
    TEXT_WIDTH,
    Letterhead,
    esc,
    field,
    format_date,
    grid_style,
    nfc,
    official_header,
    para,
    rich,
    styles,
    write_pdf,
)
from desktop.reports.pdf.fonts import SANS, face

TITLE = "PHIẾU MÃ KHÔI PHỤC DỮ LIỆU"

# Deliberately silent about what the register holds: whoever finds this sheet learns only that
# it opens "the data" of this office, not what the data is about.
_GUIDANCE = (
    (
        "Mã này dùng để làm gì?",
        "Khi tất cả mật khẩu đăng nhập đều bị quên, mã khôi phục là cách duy nhất để mở lại dữ liệu "
        "trên máy tính này. Không có mật khẩu và không có mã này thì không ai mở được dữ liệu.",
    ),
    (
        "Cất giữ thế nào?",
        "Cất phiếu trong két sắt hoặc tủ có khóa của cơ quan. Chỉ người được giao giữ phiếu được mở; "
        "mỗi lần bàn giao, người nhận ký vào bảng cuối phiếu.",
    ),
    (
        "Không được làm gì?",
        "Không chụp ảnh, không photo, không chép lại mã ra giấy khác; không gửi mã qua tin nhắn, "
        "Zalo, thư điện tử hay mạng xã hội; không lưu mã trên máy tính hoặc điện thoại.",
    ),
    (
        "Vì sao phải giữ kín?",
        "Bất kỳ ai có mã này đều mở được toàn bộ dữ liệu. Nếu phiếu bị mất hoặc nghi bị lộ, báo ngay "
        "cho lãnh đạo đơn vị để tạo mã khôi phục mới, rồi hủy phiếu này.",
    ),
)

_KEY_FONT_SIZE = 24
_KEY_CHAR_SPACE = 3.0  # extra points between letters so each one can be read off paper alone
_KEY_GROUP_GAP = 9 * mm
_GROUPS_PER_LINE = 3


class _KeyBox(Flowable):
    """The key in large bold letters, in groups of five, inside a heavy box."""

    def __init__(self, key: str) -> None:
        super().__init__()
        # Regrouped from the bare characters, so a key passed without dashes still prints in fives.
        chars = "".join(ch for ch in nfc(key).upper() if ch.isalnum())
        groups = [chars[i : i + 5] for i in range(0, len(chars), 5)]
        self._lines = [groups[i : i + _GROUPS_PER_LINE] for i in range(0, len(groups), _GROUPS_PER_LINE)]
        self._font = face(SANS, bold=True)
        self._line_height = _KEY_FONT_SIZE * 1.6
        self.width = TEXT_WIDTH
        self.height = 14 * mm + len(self._lines) * self._line_height

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        return self.width, self.height

    def _group_width(self, group: str) -> float:
        return stringWidth(group, self._font, _KEY_FONT_SIZE) + _KEY_CHAR_SPACE * len(group)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setFillColor(colors.black)
        canvas.setLineWidth(2)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setFont(face(SANS, bold=True), 10)
        canvas.drawCentredString(self.width / 2, self.height - 7 * mm, nfc("MÃ KHÔI PHỤC"))
        y = self.height - 9 * mm - self._line_height + (self._line_height - _KEY_FONT_SIZE) / 2
        for line in self._lines:
            total = sum(self._group_width(g) for g in line) + _KEY_GROUP_GAP * (len(line) - 1)
            x = (self.width - total) / 2
            for group in line:
                text = canvas.beginText(x, y)
                text.setFont(self._font, _KEY_FONT_SIZE)
                text.setCharSpace(_KEY_CHAR_SPACE)
                text.textOut(group)
                canvas.drawText(text)
                x += self._group_width(group) + _KEY_GROUP_GAP
            y -= self._line_height
        canvas.restoreState()


def _keepers_table() -> Table:
    s = styles()
    head = [para(t, s.table_head) for t in ("Họ và tên người giữ", "Chức vụ", "Ký tên", "Ngày nhận giữ")]
    widths = [0.34 * TEXT_WIDTH, 0.24 * TEXT_WIDTH, 0.22 * TEXT_WIDTH, 0.20 * TEXT_WIDTH]
    rows = [head] + [[""] * 4 for _ in range(3)]
    table = Table(rows, colWidths=widths, rowHeights=[None] + [11 * mm] * 3)
    table.setStyle(grid_style())
    return table


def write_recovery_sheet(
    path: Path,
    *,
    letterhead: Letterhead,
    recovery_key: str,
    created_at: datetime,
    office_role_label: str,
    device_id: str,
) -> None:
    """Write the one-page sheet; the key is the only copy outside the encrypted key file."""
    s = styles()
    local = created_at.astimezone() if created_at.tzinfo else created_at
    story: list[Flowable] = [
        *official_header(letterhead, day=local.date()),
        para(TITLE, s.title),
        para("(Tài liệu giữ kín - cất trong két sắt hoặc tủ có khóa của cơ quan)", s.subtitle),
        field("Đơn vị", letterhead.unit_name, s.body),
        field("Vai trò của máy", office_role_label, s.body),
        field("Mã thiết bị", device_id, s.body),
        field("Ngày tạo mã", f"{format_date(local.date())} lúc {local:%H:%M}", s.body),
        Spacer(1, 3 * mm),
        _KeyBox(recovery_key),
        Spacer(1, 1 * mm),
        para(
            "Mã chỉ gồm chữ số và chữ in hoa, không có các chữ I, L, O, U. "
            "Khi nhập mã, không cần gõ dấu cách hay dấu gạch ngang.",
            s.small,
        ),
        Spacer(1, 3 * mm),
    ]
    for question, answer in _GUIDANCE:
        story.append(rich(f"<b>{esc(question)}</b> {esc(answer)}", s.body_justified))
    story += [Spacer(1, 3 * mm), para("NGƯỜI GIỮ PHIẾU", s.signature_title), Spacer(1, 1 * mm), _keepers_table()]
    write_pdf(path, story, title=TITLE)
