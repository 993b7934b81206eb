"""The inspection record (biên bản) as checklist v1 printed it: old records keep this layout unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from desktop.reports.pdf.checklist import (
    UNVERIFIED_NOTE,
    EstablishmentDetails,
    establishment_fields,
    item_content,
    table_styles,
)
from desktop.reports.pdf.document import (
    TEXT_WIDTH,
    Letterhead,
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

TITLE = "BIÊN BẢN KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ"
PROPOSAL_NOTE = ("Đoàn kiểm tra chỉ đề xuất hình thức xử lý; việc xử phạt do người có thẩm quyền quyết định. "
                 "Số tiền đề nghị phải nằm trong khung của điều khoản được dẫn.")
_RESULT_COLUMNS = (("STT", 0.065), ("Nội dung kiểm tra và căn cứ", 0.555), ("Kết quả", 0.15), ("Ghi chú", 0.23))
_VIOLATION_COLUMNS = (("STT", 0.065), ("Hành vi vi phạm", 0.295), ("Căn cứ", 0.24), ("Đề xuất xử lý", 0.20),
                      ("Số tiền đề nghị (đồng)", 0.20))


@dataclass(frozen=True)
class ResultLine:
    text: str
    legal_basis: str
    basis_verified: bool
    result: str  # "Đạt", "Không đạt", "12 phòng", a note, or "" when not answered
    note: str


@dataclass(frozen=True)
class ViolationLine:
    description: str
    citation: str
    handling_label: str
    proposed_amount: int | None
    amount_min: int | None
    amount_max: int | None


@dataclass(frozen=True)
class InspectionSheet:
    letterhead: Letterhead
    started_at: datetime  # in the officer's time zone
    kind_label: str
    team_members: str
    representative: str
    establishment: EstablishmentDetails
    template_version: int
    staff_present: int
    staff_without_contract: int
    staff_under_18: int
    guests_present: int
    results: tuple[ResultLine, ...]
    violations: tuple[ViolationLine, ...]
    findings: str
    decision_reference: str
    reinspection_due: str  # formatted date or ""


def _amount(line: ViolationLine) -> str:
    if line.proposed_amount is None:
        return ""
    text = format_number(line.proposed_amount)
    if line.amount_min is not None and line.amount_max is not None:
        text += f"<br/><i>(khung {format_number(line.amount_min)} – {format_number(line.amount_max)})</i>"
    return text


def _table(columns: tuple[tuple[str, float], ...], rows: list[list[object]]) -> Table:
    head = [para(title, table_styles().head) for title, _ in columns]
    table = Table([head, *rows], colWidths=[share * TEXT_WIDTH for _, share in columns], repeatRows=1)
    table.setStyle(grid_style(("VALIGN", (0, 1), (-1, -1), "TOP")))
    return table


def _results(sheet: InspectionSheet) -> list[Flowable]:
    s = table_styles()
    rows: list[list[object]] = [[
        para(str(n), s.center), item_content(line.text, line.legal_basis, verified=line.basis_verified),
        para(line.result, s.center), para(line.note, s.cell),
    ] for n, line in enumerate(sheet.results, start=1)]
    out: list[Flowable] = [_table(_RESULT_COLUMNS, rows)]
    if any(not line.basis_verified for line in sheet.results):
        out.append(para(UNVERIFIED_NOTE, s.note))
    return out


def _violations(sheet: InspectionSheet) -> list[Flowable]:
    s = table_styles()
    if not sheet.violations:
        return [para("Không phát hiện vi phạm.", styles().body)]
    rows: list[list[object]] = [[
        para(str(n), s.center), para(v.description, s.cell), para(v.citation, s.cell),
        para(v.handling_label, s.cell), rich(_amount(v), s.center),
    ] for n, v in enumerate(sheet.violations, start=1)]
    return [_table(_VIOLATION_COLUMNS, rows), para(PROPOSAL_NOTE, s.note)]


def section(title: str) -> list[Flowable]:
    """A section title that never ends a page alone: it moves on when fewer than a few lines remain.

    (keepWithNext would drag a whole long table along and leave half a page empty.)
    """
    return [CondPageBreak(30 * mm), para(title, table_styles().heading)]


def write_inspection_record(path: Path, sheet: InspectionSheet) -> None:
    s = styles()
    at = sheet.started_at
    counts = (f"Số người lao động có mặt: {format_number(sheet.staff_present)}; chưa có hợp đồng lao động: "
              f"{format_number(sheet.staff_without_contract)}; dưới 18 tuổi: {format_number(sheet.staff_under_18)}; "
              f"số khách có mặt: {format_number(sheet.guests_present)}.")
    story: list[Flowable] = [
        *official_header(sheet.letterhead, day=at.date()),
        para(TITLE, s.title),
        para(f"(Theo mẫu phiếu kiểm tra phiên bản {sheet.template_version})", s.subtitle),
        para(f"Hồi {at:%H} giờ {at:%M} phút, ngày {format_date(at.date())}, đoàn kiểm tra liên ngành "
             f"tiến hành kiểm tra cơ sở dưới đây.", s.body_justified),
        field("Hình thức kiểm tra", sheet.kind_label, s.body),
        field("Thành phần đoàn kiểm tra", sheet.team_members, s.body),
        *establishment_fields(sheet.establishment, style=s.body),
        field("Đại diện cơ sở làm việc với đoàn", sheet.representative, s.body),
        *section("I. Tình hình chung"),
        para(counts, s.body_justified),
        *section("II. Kết quả kiểm tra theo phiếu"),
        *_results(sheet),
        *section("III. Vi phạm và đề xuất xử lý"),
        *_violations(sheet),
        *section("IV. Nhận xét, kết luận"),
        para(sheet.findings or "Không có.", s.body_justified),
    ]
    if sheet.reinspection_due:
        story.append(field("Hẹn tái kiểm tra trước ngày", sheet.reinspection_due, s.body))
    story.append(field("Quyết định xử lý (số, ngày)", sheet.decision_reference, s.body))
    closing: list[Flowable] = [
        para("Biên bản đã được đọc lại cho những người có mặt cùng nghe và nhất trí ký tên.", s.body_justified),
        Spacer(1, 3 * mm),
        signature_blocks(("ĐẠI DIỆN CƠ SỞ", "TRƯỞNG ĐOÀN KIỂM TRA")),
    ]
    story.append(KeepTogether(closing))
    write_pdf(path, story, title=TITLE)
