"""The printed checklist, inspection record and establishment list, read back with poppler's tools."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.models import AuditEntry
from desktop.domain.checklists import checklists_dir, default_catalogue, load_catalogue
from desktop.domain.establishments import BusinessType, EstablishmentDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ItemResult, ViolationDraft
from desktop.domain.problems import DomainError
from desktop.domain.roles import Role
from desktop.services.context import Actor
from desktop.services.establishments.establishments import EstablishmentQuery
from desktop.services.inspections.inspections import InspectionService

pytestmark = pytest.mark.tools

VIEWER = Actor(account_id="viewer-1", username="xem", role=Role.VIEWER)
KARAOKE = EstablishmentDraft(name="Karaoke Đồng Xuân", business_type="karaoke", address="Số 12, thôn Đồng Xuân",
                             representative="Trần Văn Hùng", registration_number="25A8012345",
                             registration_date=date(2019, 12, 20), opened_on=date(2020, 1, 5))
HOTEL = EstablishmentDraft(name="Nhà nghỉ Hoa Sen", business_type="accommodation", address="Tổ 3, thôn Lũng Hạ",
                           security_certificate_number="113/ĐĐK", security_certificate_date=date(2021, 3, 1))
VISIT = InspectionDraft(
    establishment_id="", started_at=datetime(2026, 10, 2, 21, 0, tzinfo=LOCAL_ZONE), kind="surprise",
    team_members="Đỗ Văn Hải (Công an xã), Hà Thu Trang (Hội Phụ nữ)", representative="Trần Văn Hùng",
    staff_present=6, staff_without_contract=2, guests_present=11, findings="Cơ sở có một phòng hát dưới 20 m².",
    results=(ItemResult("K03", "fail", note="Phòng 3: 15 m²"), ItemResult("K04", "pass"), ItemResult("K06", number=7)),
    violations=(ViolationDraft("Khách mua dâm tại phòng 5", "fine_proposal", sanction_ref="nd282-mua-dam", offender_kind="person", offender_role="Khách",
                               proposed_amount=1_500_000),),
)
A4 = (595.276, 841.89)  # as pdfinfo prints 210 × 297 mm


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFC", out)


def pages_and_size(path: Path) -> tuple[int, tuple[float, float]]:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    assert size is not None
    return pages, (float(size.group(1)), float(size.group(2)))


def assert_contains(text: str, *expected: str) -> None:
    flowing = " ".join(text.split())  # 13 pt body text (Decree 30) wraps where 12 pt did not
    missing = [e for e in expected if e not in text and " ".join(e.split()) not in flowing]
    assert missing == [], "\n".join(missing) + "\n--- not in ---\n" + text


def prints_in_audit(opened) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with opened.services.register.uow() as uow:
        rows = uow.session.execute(select(AuditEntry.entity, AuditEntry.detail).where(AuditEntry.action == "print"))
        return [(entity, json.loads(detail)["document"]) for entity, detail in rows]


def test_blank_karaoke_checklist(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "phieu.pdf"
    opened.services.printing.print_checklist(VIEWER, pdf, business_type="karaoke")  # a viewer may print
    text = text_of(pdf)
    assert_contains(
        text, "ỦY BAN NHÂN DÂN", "XÃ XUÂN LŨNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "PHIẾU KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ", "Loại hình: Karaoke — mẫu phiếu phiên bản 1",
        "Mỗi phòng hát có diện tích sử dụng từ 20 m² trở lên", "Căn cứ: Nghị định 54/2019/NĐ-CP, Điều 4",
        "Không hoạt động trong khoảng từ 00 giờ đến 08 giờ", "96/2016/NĐ-CP",
        "Đạt", "Ghi chú", "Số: ……… phòng", "Căn cứ: Luật Cư trú 2020", "(*) Căn cứ theo thực tiễn",
        "Theo kế hoạch", "Đột xuất", "Tái kiểm tra", "Đề nghị phạt tiền", "ĐẠI DIỆN CƠ SỞ", "TRƯỞNG ĐOÀN",
    )
    # The narrow result columns wrap their headings wherever the font's widths say; read in drawing order
    # (-raw) each heading is whole and the columns come in this order.
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "STT Nội dung kiểm tra và căn cứ Đạt Không đạt Không áp dụng Ghi chú" in " ".join(raw.split())
    assert "80 m²" not in text and "an ninh, trật tự còn hiệu lực" not in text  # other types' items
    assert pages_and_size(pdf) == (2, A4)
    assert prints_in_audit(opened) == [("checklist", "checklist_v1")]


@pytest.mark.parametrize("business_type", list(BusinessType))
def test_every_blank_checklist_fits_two_a4_pages(opened, tmp_path: Path, business_type: BusinessType) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "phieu.pdf"
    opened.services.printing.print_checklist(opened.admin, pdf, business_type=business_type.value)
    pages, size = pages_and_size(pdf)
    assert size == A4 and pages <= 2
    text = " ".join(text_of(pdf).split())
    template = default_catalogue().current(opened.services.register.clock.now().date())  # the one printed today
    assert template is not None
    for item in template.items_for(business_type):
        assert item.text[:30] in text, item.code
    assert "TRƯỞNG ĐOÀN" in text  # the signatures made it onto the sheet


def test_checklist_prefilled_for_an_establishment(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hotel = opened.services.establishments.save(opened.admin, HOTEL).value.id
    pdf = tmp_path / "phieu.pdf"
    opened.services.printing.print_checklist(opened.admin, pdf, establishment_id=hotel)
    assert_contains(text_of(pdf), "Tên cơ sở: Nhà nghỉ Hoa Sen", "Địa chỉ: Tổ 3, thôn Lũng Hạ",
                    "Loại hình: Khách sạn, nhà nghỉ (cơ sở lưu trú)", "ANTT: số 113/ĐĐK, ngày 01/03/2021",
                    "Có giấy chứng nhận đủ điều kiện về an ninh, trật tự", "Số: ……… phòng")
    assert prints_in_audit(opened) == [("establishment", "checklist_v1")]


def test_checklist_for_an_unknown_type_is_refused(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as refused:
        opened.services.printing.print_checklist(opened.admin, tmp_path / "x.pdf", business_type="casino")
    assert refused.value.code == "establishment.unknown_type" and not (tmp_path / "x.pdf").exists()


def test_inspection_record(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    karaoke = opened.services.establishments.save(opened.admin, KARAOKE).value.id
    record = opened.services.inspections.record(opened.admin, VISIT.__class__(**{**VISIT.__dict__,
                                                                                 "establishment_id": karaoke})).value
    pdf = tmp_path / "bien-ban.pdf"
    opened.services.printing.print_inspection_record(opened.admin, record.id, pdf)
    text = text_of(pdf)
    assert_contains(
        text, "Xuân Lũng, ngày 02 tháng 10 năm 2026", "BIÊN BẢN KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ",
        "(Theo mẫu phiếu kiểm tra phiên bản 1)", "Hồi 21 giờ 00 phút, ngày 02/10/2026",
        "Hình thức kiểm tra: Đột xuất", "Thành phần đoàn kiểm tra: Đỗ Văn Hải (Công an xã), Hà Thu Trang (Hội Phụ nữ)",
        "Tên cơ sở: Karaoke Đồng Xuân", "số 25A8012345, ngày 20/12/2019",
        "Số người lao động có mặt: 6; chưa có hợp đồng lao động: 2", "Không đạt", "Phòng 3: 15 m²", "7 phòng",
        "Chưa ghi", "Khách mua dâm tại phòng", "Khoản 1 Điều 32 Nghị", "282/2025/NĐ-CP", "Đề nghị phạt tiền",
        "1.500.000", "(khung 1.000.000", "Hẹn tái kiểm tra trước ngày: 01/11/2026", "IV. Nhận xét, kết luận",
        "Cơ sở có một phòng hát dưới 20 m².", "ĐẠI DIỆN CƠ SỞ", "TRƯỞNG ĐOÀN KIỂM TRA",
    )
    pages, size = pages_and_size(pdf)
    assert size == A4 and pages <= 3
    assert prints_in_audit(opened) == [("inspection", "inspection_record")]


def test_an_old_record_prints_with_the_template_version_it_used(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    v1 = json.loads((checklists_dir() / "checklist_v1.json").read_text("utf-8"))
    v2 = copy.deepcopy(v1) | {"version": 2, "valid_from": "2026-11-01"}
    next(i for i in v2["items"] if i["code"] == "K03")["text"] = "Mỗi phòng hát rộng từ 25 m² trở lên"
    for name, data in (("checklist_v1.json", v1), ("checklist_v2.json", v2)):
        (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    service = InspectionService(opened.services.register, catalogue=load_catalogue(tmp_path))
    karaoke = opened.services.establishments.save(opened.admin, KARAOKE).value.id
    record = service.record(opened.admin, VISIT.__class__(**{**VISIT.__dict__, "establishment_id": karaoke})).value
    old, blank = tmp_path / "old.pdf", tmp_path / "blank.pdf"
    opened.services.printing.with_inspections(service).print_inspection_record(opened.admin, record.id, old)
    opened.services.printing.with_inspections(service).print_checklist(opened.admin, blank, business_type="karaoke")
    assert_contains(text_of(old), "phiên bản 1", "từ 20 m² trở lên")
    assert "25 m²" not in text_of(old)
    assert_contains(text_of(blank), "phiên bản 2", "rộng từ 25 m² trở lên")


def test_establishment_list(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service = opened.services.establishments
    karaoke = service.save(opened.admin, KARAOKE).value.id
    service.save(opened.admin, HOTEL)
    opened.services.inspections.record(opened.admin, VISIT.__class__(**{**VISIT.__dict__, "establishment_id": karaoke}))
    pdf = tmp_path / "danh-sach.pdf"
    opened.services.printing.print_establishment_list(VIEWER, pdf, EstablishmentQuery())
    assert_contains(text_of(pdf), "DANH SÁCH CƠ SỞ KINH DOANH DỊCH VỤ", "Tất cả cơ sở trong sổ", "Karaoke Đồng",
                    "Nhà nghỉ Hoa Sen", "02/10/2026", "Chưa", "Tổng số: 2 cơ sở.",
                    "(*) Lần kiểm tra gần nhất phát hiện vi phạm.", "Xuân Lũng, ngày 28 tháng 11 năm 2026")
    filtered = tmp_path / "chua-kiem-tra.pdf"
    opened.services.printing.print_establishment_list(VIEWER, filtered,
                             EstablishmentQuery(business_type="accommodation", not_inspected_this_year=True))
    text = text_of(filtered)
    assert_contains(text, "Loại hình: Khách sạn, nhà nghỉ (cơ sở lưu trú); chưa được kiểm tra trong năm 2026",
                    "Tổng số: 1 cơ sở.")
    assert "Karaoke" not in text
    assert pages_and_size(pdf)[1] == A4


def test_pages_render_to_png(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "phieu.pdf"
    opened.services.printing.print_checklist(opened.admin, pdf, business_type="dance_hall")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 2 and all(p.stat().st_size > 5000 for p in pngs)
