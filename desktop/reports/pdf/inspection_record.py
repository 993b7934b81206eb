"""The biên bản kiểm tra as an administrative record: who, where, when, what was found, who proposes what, who signs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.reports.pdf.checklist import EstablishmentDetails, establishment_fields, table_styles
from desktop.reports.pdf.document import (
    BLANK,
    TEXT_WIDTH,
    DocumentNumber,
    Letterhead,
    field,
    format_number,
    official_header,
    para,
    rich,
    styles,
    write_pdf,
)
from desktop.reports.pdf.inspection_record_v1 import PROPOSAL_NOTE, ResultLine, ViolationLine, _results, _table, section

TITLE = "BIÊN BẢN KIỂM TRA"
KIND = "BB"  # biên bản, Decree 30/2020 Appendix III
_TYPED_NUMBER = re.compile(r"^\s*(\d+)\s*/\s*([^\s/-]+)\s*-\s*(\S.*?)\s*$")  # "41/BB-ĐKT"


@dataclass(frozen=True)
class TypedNumber(DocumentNumber):
    """A record number as the team wrote it when it does not read "41/BB-ĐKT" (printed as typed)."""

    text: str = ""

    @property
    def line(self) -> str:
        return f"Số: {self.text}"


def record_number(text: str, symbol: str) -> DocumentNumber:
    """The header's "Số:" line from the typed number: "41/BB-ĐKT" as such, "41" with the office's symbol,
    nothing typed: the gap the clerk fills by hand."""
    typed = text.strip()
    found = _TYPED_NUMBER.match(typed)
    if found:
        return DocumentNumber(int(found.group(1)), found.group(2), found.group(3))
    if typed.isdigit():
        return DocumentNumber(int(typed), KIND, symbol)
    return TypedNumber(None, KIND, symbol, typed) if typed else DocumentNumber(None, KIND, symbol)
_VIOLATION_COLUMNS = (("STT", 0.06), ("Hành vi vi phạm", 0.25), ("Đối tượng vi phạm", 0.18), ("Căn cứ", 0.19),
                      ("Đề xuất xử lý", 0.16), ("Số tiền đề nghị (đồng)", 0.16))
_SIGNATURE_SPACE = 20 * mm  # room to sign; two rows of four signers must fit under the closing text


@dataclass(frozen=True)
class OffenderViolationLine:
    line: ViolationLine
    offender: str  # "Hộ kinh doanh: Karaoke Đồng Xuân", "Cá nhân: khách"


@dataclass(frozen=True)
class DecisionLine:
    violation_number: int
    text: str  # "Quyết định số 12/QĐ-XPHC ngày 10/10/2026 của Chủ tịch UBND xã: phạt tiền 20.000.000 đồng; đã nộp"


@dataclass(frozen=True)
class RecordSheet:
    letterhead: Letterhead
    record_number: str
    started_at: datetime  # in the officer's time zone
    ended_at: datetime | None
    place: str
    kind_label: str
    team_name: str  # "Đội kiểm tra liên ngành 178 xã Xuân Lũng"; "" when no team was chosen
    team_decision: str  # "Quyết định số … ngày … của …"; ""
    team_leader: str
    recorder: str
    team_members: str
    establishment: EstablishmentDetails
    representative: str
    representative_role: str
    witness: str
    template_version: int
    counts: str
    results: tuple[ResultLine, ...]
    violations: tuple[OffenderViolationLine, ...]
    conclusion_label: str
    findings: str
    reinspection_due: str
    decisions: tuple[DecisionLine, ...]
    decision_reference: str
    copies: int
    refusal_note: str
    unanswered: int = 0  # items of the checklist left without a result: counted, not listed
    plan_reference: str = ""  # "Kế hoạch số 15/KH-UBND ngày 20/11/2026" when the visit carried out a plan entry


def _findings(sheet: RecordSheet) -> list[Flowable]:
    """Only the items the team answered; a formal record does not carry a page of empty rows."""
    s = styles()
    if not sheet.results:
        return [para("Đoàn không ghi kết quả theo từng mục của phiếu kiểm tra.", s.body_justified)]
    out = _results(sheet)  # type: ignore[arg-type]  # reads only .results
    if sheet.unanswered:
        out.append(para(f"Các mục còn lại của phiếu ({format_number(sheet.unanswered)} mục) không ghi kết quả.",
                        table_styles().note))
    return out


def _opening(sheet: RecordSheet) -> str:
    at = sheet.started_at
    team = sheet.team_name or "Đoàn kiểm tra"
    if sheet.team_decision:
        team += f" (thành lập theo {sheet.team_decision})"
    place = sheet.place or sheet.establishment.address
    if sheet.plan_reference:
        team = f"thực hiện {sheet.plan_reference}, {team}"
    return (f"Hồi {at:%H} giờ {at:%M} phút, ngày {at:%d/%m/%Y}, tại {place}, {team} tiến hành kiểm tra "
            f"({sheet.kind_label.lower()}) cơ sở kinh doanh dưới đây.")


def _team(sheet: RecordSheet) -> list[Flowable]:
    s = styles()
    return [
        field("Trưởng đoàn", sheet.team_leader, s.body),
        field("Người ghi biên bản", sheet.recorder, s.body),
        field("Thành viên đoàn có mặt", sheet.team_members, s.body),
    ]


def _violations(sheet: RecordSheet) -> list[Flowable]:
    s = table_styles()
    if not sheet.violations:
        return [para("Không phát hiện vi phạm.", styles().body)]
    rows: list[list[object]] = []
    for n, v in enumerate(sheet.violations, start=1):
        amount = ""
        if v.line.proposed_amount is not None:
            amount = format_number(v.line.proposed_amount)
            if v.line.amount_min is not None and v.line.amount_max is not None:
                amount += (f"<br/><i>(khung {format_number(v.line.amount_min)} – "
                           f"{format_number(v.line.amount_max)})</i>")
        rows.append([para(str(n), s.center), para(v.line.description, s.cell), para(v.offender, s.cell),
                     para(v.line.citation, s.cell), para(v.line.handling_label, s.cell), rich(amount, s.center)])
    return [_table(_VIOLATION_COLUMNS, rows), para(PROPOSAL_NOTE, s.note)]


def _conclusion(sheet: RecordSheet) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [
        field("Đoàn kiểm tra kết luận", sheet.conclusion_label, s.body),
        para(sheet.findings or "Không có nhận xét khác.", s.body_justified),
    ]
    if sheet.reinspection_due:
        out.append(field("Hẹn tái kiểm tra trước ngày", sheet.reinspection_due, s.body))
    if sheet.decisions:
        out.append(rich("<b>Quyết định xử phạt của người có thẩm quyền:</b>", s.body))
        out += [para(f"- Vi phạm {d.violation_number}: {d.text}", s.body_justified) for d in sheet.decisions]
    elif sheet.decision_reference:
        out.append(field("Quyết định xử lý (số, ngày)", sheet.decision_reference, s.body))
    return out


def _closing(sheet: RecordSheet) -> str:
    end = sheet.ended_at
    if end is None:
        when = f"hồi {BLANK} giờ {BLANK} phút, ngày {BLANK}"
    elif end.date() == sheet.started_at.date():
        when = f"hồi {end:%H} giờ {end:%M} phút cùng ngày"
    else:
        when = f"hồi {end:%H} giờ {end:%M} phút, ngày {end:%d/%m/%Y}"
    return (f"Việc kiểm tra kết thúc {when}. Biên bản được lập thành {format_number(sheet.copies)} bản "
            f"có giá trị như nhau, đã được đọc lại cho những người có mặt cùng nghe, công nhận là đúng và "
            f"cùng ký tên dưới đây; cơ sở được kiểm tra giữ 01 bản.")


def _refusal(sheet: RecordSheet) -> Flowable:
    s = styles()
    if sheet.refusal_note.strip():
        return field("Người không ký biên bản và lý do", sheet.refusal_note, s.body)
    return field("Người không ký biên bản (nếu có) và lý do", "", s.body)


def _signature_cell(title: str, name: str) -> list[Flowable]:
    s = styles()
    return [para(title, s.signature_title), para("(Ký, ghi rõ họ tên)", s.signature_note),
            Spacer(1, _SIGNATURE_SPACE), para(name, s.signature_title)]


def signatures(sheet: RecordSheet) -> Table:
    """Four signers: the business's representative and the team leader, then the witness and the recorder."""
    half = TEXT_WIDTH / 2
    table = Table([
        [_signature_cell("ĐẠI DIỆN CƠ SỞ", sheet.representative),
         _signature_cell("TRƯỞNG ĐOÀN KIỂM TRA", sheet.team_leader)],
        # The witness line may carry an address ("Lê Văn Tâm, trưởng thôn"): only the name goes under the signature.
        [_signature_cell("NGƯỜI CHỨNG KIẾN", sheet.witness.split(",")[0].strip()),
         _signature_cell("NGƯỜI GHI BIÊN BẢN", sheet.recorder)],
    ], colWidths=[half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, 1), 10)]))
    return table


def write_record(path: Path, sheet: RecordSheet) -> None:
    s = styles()
    representative = sheet.representative + (f" – {sheet.representative_role}" if sheet.representative_role else "")
    story: list[Flowable] = [
        *official_header(sheet.letterhead, day=sheet.started_at.date(),
                         number=record_number(sheet.record_number, sheet.letterhead.symbol)),
        para(TITLE, s.title),
        para(f"Cơ sở kinh doanh dịch vụ {sheet.establishment.business_type_label.lower()} "
             f"(mẫu phiếu kiểm tra phiên bản {sheet.template_version})", s.subtitle),
        para(_opening(sheet), s.body_justified),
        *section("I. Thành phần"),
        rich("<b>1. Đoàn kiểm tra</b>", s.body),
        *_team(sheet),
        rich("<b>2. Cơ sở được kiểm tra</b>", s.body),
        *establishment_fields(sheet.establishment, style=s.body),
        field("Đại diện cơ sở làm việc với đoàn (chức vụ)", representative, s.body),
        rich("<b>3. Người chứng kiến</b>", s.body),
        field("Họ tên, địa chỉ", sheet.witness, s.body),
        *section("II. Tình hình chung"),
        para(sheet.counts, s.body_justified),
        *section("III. Kết quả kiểm tra theo phiếu"),
        *_findings(sheet),
        *section("IV. Vi phạm và đề xuất xử lý"),
        *_violations(sheet),
        *section("V. Kết luận"),
        *_conclusion(sheet),
    ]
    story.append(KeepTogether([
        para(_closing(sheet), s.body_justified),
        _refusal(sheet),
        Spacer(1, 3 * mm),
        signatures(sheet),
    ]))
    write_pdf(path, story, title=TITLE)
