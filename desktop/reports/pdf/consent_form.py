"""The consent form in plain Vietnamese: what is recorded, the scopes to tick, rights and withdrawal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

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
from desktop.reports.pdf.referral_slip import tick_list

TITLE = "PHIẾU ĐỒNG Ý"
LEGAL_BASIS = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP"


@dataclass(frozen=True)
class ConsentForm:
    letterhead: Letterhead
    client_code: str  # "" prints a dotted gap: the form can be printed before the code exists
    day: date | None
    scope_labels: Sequence[str]
    retention_months: int
    recorded: Sequence[str] = ()  # one sentence per category of data kept (domain.client_data.consent_lines)


def _recorded(form: ConsentForm, issuer: str) -> list[Flowable]:
    """Section 1: every category of data the register keeps, from the same list the access record uses."""
    s = styles()
    item = ParagraphStyle("consent_item", parent=s.body_justified, fontSize=12, leading=15, leftIndent=5 * mm,
                          firstLineIndent=-3 * mm, spaceAfter=1)
    story: list[Flowable] = [rich(f"<b>1. Chúng tôi ghi lại những gì?</b> Cán bộ chỉ ghi vào máy tính của "
                                  f"{esc(issuer)}:", s.body_justified)]
    for line in form.recorded:
        title, _, words = line.partition(": ")
        story.append(rich(f"- <b>{esc(title)}:</b> {esc(words)}", item))
    story.append(para("Chúng tôi không ghi họ tên, số điện thoại, số căn cước, ảnh hay địa chỉ nhà của bạn.",
                      s.body_justified))
    return story


def _sections(form: ConsentForm, issuer: str) -> list[tuple[str, str]]:
    # Short sentences and everyday words: the person signing may read little and must understand.
    return [
        ("2. Để làm gì, ai được xem?",
         "Để theo dõi và hỗ trợ bạn tốt hơn. Chỉ cán bộ được giao việc mới mở được; dữ liệu trên máy được mã "
         "hóa. Thông tin gửi lên cơ quan cấp trên không có ghi chép của cán bộ. Báo cáo chỉ dùng số liệu tổng "
         "hợp; số nhỏ dưới 5 người được ẩn."),
        ("3. Bạn có những quyền gì?",
         "Bạn có quyền xem thông tin về mình, yêu cầu sửa, yêu cầu xóa, yêu cầu hạn chế hoặc phản đối việc "
         "sử dụng, và rút lại đồng ý bất cứ lúc nào bằng cách nói với cán bộ. Rút lại đồng ý không làm bạn "
         "mất các hỗ trợ khác. Yêu cầu của bạn được trả lời trong vòng 2 ngày làm việc."),
        ("4. Giữ trong bao lâu?",
         f"Thông tin được giữ không quá {form.retention_months} tháng kể từ lần gặp cuối cùng, sau đó bị xóa "
         "hẳn. Bạn có thể yêu cầu xóa sớm hơn."),
    ]


def person_and_officer_signatures(person: str, person_note: str, *,
                                  officer: str = "CÁN BỘ TIẾP NHẬN") -> Table:
    """The person signs or leaves a fingerprint, without writing a name; the officer names themself."""
    s = styles()
    cells = [[para(person, s.signature_title), para(person_note, s.signature_note)],
             [para(officer, s.signature_title), para("(Ký, ghi rõ họ tên)", s.signature_note)]]
    table = Table([cells, ["", ""]], colWidths=[TEXT_WIDTH / 2] * 2, rowHeights=[None, 24 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _withdrawal(form: ConsentForm) -> list[Flowable]:
    s = styles()
    return [
        para("RÚT LẠI ĐỒNG Ý", ParagraphStyle("withdraw_title", parent=s.title, fontSize=12, spaceBefore=6)),
        para("(Điền khi người được hỗ trợ rút lại đồng ý. Đánh dấu những việc không còn đồng ý.)", s.subtitle),
        field("Mã số", form.client_code, s.body),
        field("Ngày rút lại", "", s.body),
        tick_list(form.scope_labels),
        Spacer(1, 2 * mm),
        person_and_officer_signatures("NGƯỜI RÚT LẠI ĐỒNG Ý", "(Ký hoặc điểm chỉ)"),
    ]


def write_consent_form(path: Path, form: ConsentForm) -> None:
    s = styles()
    head = form.letterhead
    issuer = head.sentence_name
    story: list[Flowable] = [
        *official_header(head, day=form.day),
        para(TITLE, s.title),
        para("về việc nhận hỗ trợ và sử dụng thông tin cá nhân", s.subtitle),
        field("Mã số", form.client_code, s.body),
        field("Ngày", format_date(form.day) if form.day else "", s.body),
        Spacer(1, 2 * mm),
        *_recorded(form, issuer),
    ]
    for heading, text in _sections(form, issuer):
        story.append(rich(f"<b>{esc(heading)}</b> {esc(text)}", s.body_justified))
    story += [
        Spacer(1, 2 * mm),
        rich("<b>5. Bạn đồng ý với những việc sau</b> (đánh dấu vào ô bạn đồng ý; không đánh dấu là không đồng ý):",
             s.body_justified),
        tick_list(form.scope_labels),
        Spacer(1, 1 * mm),
        para(f"Căn cứ {LEGAL_BASIS}. Phiếu này được cất giữ riêng, có khóa.", s.small),
        Spacer(1, 3 * mm),
        person_and_officer_signatures("NGƯỜI ĐỒNG Ý", "(Ký hoặc điểm chỉ, không cần ghi họ tên)"),
        KeepTogether(_withdrawal(form)),
    ]
    write_pdf(path, story, title=TITLE)
