"""The formal biên bản (checklist v2 and later), read back with pdftotext; a contradictory record is not printed."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.db.models import Inspection
from desktop.domain.checklists import checklists_dir, load_catalogue
from desktop.domain.inspection_plans import DecisionDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ItemResult, ViolationDraft
from desktop.domain.problems import DomainError
from desktop.services.inspections.inspections import InspectionService
from tests.services.inspections.test_inspection_plans import TEAM
from tests.services.inspections.test_inspections_offenders import HARBOURING, KARAOKE, TABLE
from tests.services.inspections.test_inspections_pdf import assert_contains, text_of

pytestmark = pytest.mark.tools


def formal_catalogue(folder: Path):  # type: ignore[no-untyped-def]
    """v1 plus a v2 in force from 2026 with the same items, whatever the shipped v2 holds: the layout is tested."""
    v1 = json.loads((checklists_dir() / "checklist_v1.json").read_text("utf-8"))
    for name, data in (("checklist_v1.json", v1), ("checklist_v2.json", v1 | {"version": 2,
                                                                                "valid_from": "2026-01-01"})):
        (folder / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return load_catalogue(folder)


@pytest.fixture
def service(opened, tmp_path: Path) -> InspectionService:  # type: ignore[no-untyped-def]
    folder = tmp_path / "checklists"
    folder.mkdir()
    return InspectionService(opened.services.register, catalogue=formal_catalogue(folder), sanctions=TABLE)


def business_visit(opened, service: InspectionService) -> str:  # type: ignore[no-untyped-def]
    karaoke = opened.services.establishments.save(opened.admin, KARAOKE).value.id
    team = opened.services.inspection_plans.save_team(opened.admin, TEAM).value
    start = datetime(2026, 10, 2, 21, 15, tzinfo=LOCAL_ZONE)
    record = service.record(opened.admin, InspectionDraft(
        establishment_id=karaoke, started_at=start, kind="surprise",
        team_members="Trần Quang Vinh (Phó Chủ tịch UBND xã), Đỗ Văn Hải (Công an xã), Nguyễn Thị Lan (VH-XH)",
        representative="Trần Văn Hùng", representative_role="Giám đốc công ty", staff_present=6,
        staff_without_contract=2, guests_present=9,
        results=(ItemResult("C03", "fail", note="2 người chưa có hợp đồng"), ItemResult("K03", "pass")),
        violations=(ViolationDraft("Để khách mua dâm tại phòng hát số 5", "fine_proposal", sanction_ref=HARBOURING.id,
                                   proposed_amount=50_000_000, offender_kind="enterprise"),
                    ViolationDraft("Khách mua dâm tại phòng 5", "police_referral", sanction_ref="nd282-mua-dam",
                                   offender_kind="person", offender_role="Khách")),
        findings="Cơ sở để xảy ra hoạt động mua bán dâm; đề nghị Chủ tịch UBND xã xử phạt.",
        record_number="12/BB-ĐKT", place="Phòng hát số 5, Karaoke Đồng Xuân", ended_at=start + timedelta(minutes=95),
        team_id=team.id, team_leader="Trần Quang Vinh", recorder="Nguyễn Thị Lan",
        witness="Lê Văn Tâm, trưởng thôn Đồng Xuân", copies=3, conclusion="violations",
        refusal_note="")).value
    opened.services.decisions.record(opened.admin, DecisionDraft(
        violation_id=record.violations[0].id, number="18/QĐ-XPHC", decided_on=date(2026, 10, 9),
        authority="Chủ tịch UBND xã Xuân Lũng", amount_fined=50_000_000,
        additional_penalties="Tước giấy phép kinh doanh 02 tháng", suspends_business=True, paid=True,
        paid_on=date(2026, 10, 20)))
    return record.id


def test_a_formal_record_with_a_business_violation(opened, service, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "bien-ban.pdf"
    opened.services.printing.with_inspections(service).print_inspection_record(
        opened.admin, business_visit(opened, service), pdf)
    text = text_of(pdf)
    flat = " ".join(text.split())
    assert_contains(
        text, "Số: 12/BB-ĐKT", "BIÊN BẢN KIỂM TRA", "Trưởng đoàn: Trần Quang Vinh",
        "Người ghi biên bản: Nguyễn Thị Lan", "Lê Văn Tâm, trưởng thôn Đồng Xuân",
        "ĐẠI DIỆN CƠ SỞ", "TRƯỞNG ĐOÀN KIỂM TRA", "NGƯỜI CHỨNG KIẾN", "NGƯỜI GHI BIÊN BẢN",
        "Người không ký biên bản (nếu có) và lý do", "Đoàn kiểm tra kết luận: Có vi phạm",
        "Các mục còn lại của phiếu (14 mục) không ghi kết quả.",
    )
    assert_contains(
        flat, "Hồi 21 giờ 15 phút, ngày 02/10/2026, tại Phòng hát số 5, Karaoke Đồng Xuân, Đội kiểm tra liên ngành "
        "178 xã Xuân Lũng (thành lập theo Quyết định số 25/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND xã Xuân Lũng)",
        "Trần Văn Hùng – Giám đốc công ty", "kết thúc hồi 22 giờ 50 phút cùng ngày", "lập thành 3 bản",
        "Vi phạm 1: Quyết định số 18/QĐ-XPHC ngày 09/10/2026 của Chủ tịch UBND xã Xuân Lũng: phạt tiền 50.000.000 "
        "đồng; Tước giấy phép kinh doanh 02 tháng; đã nộp phạt ngày 20/10/2026.",
    )
    # Cells wrap inside the violations table, so its contents are read piece by piece.
    assert_contains(flat, "Doanh nghiệp,", "Cá nhân có mặt", "Điểm a Khoản 2", "40.000.000 –", "Chuyển cơ")
    assert "Nguyễn Văn" not in flat  # no individual named anywhere: the business is the offender


def test_the_offender_as_the_record_names_it() -> None:
    from desktop.services.inspections.inspection_printing import label
    from desktop.services.inspections.inspection_record_sheet import offender_text

    business = ViolationDraft("x", "warning", offender_kind="enterprise")
    person = ViolationDraft("x", "warning", offender_kind="person", offender_role="Khách", offender_name="Lê Văn B")
    assert offender_text(business, "Karaoke Đồng Xuân", label=label) == (
        "Doanh nghiệp, tổ chức (chủ cơ sở): Karaoke Đồng Xuân")
    assert offender_text(person, "Karaoke Đồng Xuân", label=label) == "Cá nhân có mặt tại cơ sở: Khách, Lê Văn B"
    assert offender_text(ViolationDraft("x", "warning"), "K", label=label) == ""  # an old record: not known


def test_a_record_that_contradicts_itself_is_not_printed(opened, service, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inspection = business_visit(opened, service)
    with opened.services.register.uow() as uow:  # e.g. arrived so from another PC
        uow.session.execute(update(Inspection).where(Inspection.id == inspection).values(conclusion="no_violation"))
        uow.commit()
    pdf = tmp_path / "bien-ban.pdf"
    with pytest.raises(DomainError) as refused:
        opened.services.printing.with_inspections(service).print_inspection_record(opened.admin, inspection, pdf)
    assert refused.value.code == "inspection.not_printable" and not pdf.exists()
    assert "không phát hiện vi phạm" in str(refused.value.params["problems"])


def test_the_blank_v2_checklist_asks_the_operator_s_legal_form(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]

    v2, v1 = tmp_path / "v2.pdf", tmp_path / "v1.pdf"
    opened.services.printing.print_checklist(opened.admin, v2, business_type="karaoke", template_version=2)
    opened.services.printing.print_checklist(opened.admin, v1, business_type="karaoke", template_version=1)
    assert_contains(text_of(v2), "Chủ cơ sở là:", "Hộ kinh doanh", "Doanh nghiệp, tổ chức")
    assert "Chủ cơ sở là:" not in text_of(v1)  # v1 prints as it always did


def test_the_record_number_goes_on_the_letterhead_s_number_line() -> None:
    from desktop.reports.pdf.inspection_record import record_number

    assert record_number("41/BB-ĐKT", "UBND").line == "Số: 41/BB-ĐKT"
    assert record_number("7", "UBND").line == "Số: 07/BB-UBND"  # Decree 30: a leading zero below 10
    assert record_number("BB số 12 tổ 178", "UBND").line == "Số: BB số 12 tổ 178"  # kept as the team wrote it
    assert record_number("", "UBND").line.startswith("Số: ") and record_number("", "UBND").number is None


def test_a_record_that_carries_out_a_plan_entry_cites_the_plan(opened, service, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop.domain.inspection_plans import PlanDraft, PlanEntryDraft

    inspection = business_visit(opened, service)
    plans = opened.services.inspection_plans
    record = service.get(opened.admin, inspection)
    team = plans.teams(opened.admin)[0]
    plans.save_plan(opened.admin, PlanDraft(
        number="15/KH-UBND", title="Kế hoạch kiểm tra năm 2026", period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31), team_id=team.id, approved_on=date(2026, 1, 20),
        entries=(PlanEntryDraft(record.draft.establishment_id, date(2026, 10, 1)),)))
    amended = service.amend(opened.admin, inspection, record.draft, expected_version=record.version).value
    assert amended.draft.plan_entry_id is not None  # found by the service on the amend
    pdf = tmp_path / "bien-ban.pdf"
    opened.services.printing.with_inspections(service).print_inspection_record(opened.admin, inspection, pdf)
    assert "thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2026, Đội kiểm tra" in " ".join(text_of(pdf).split())
