"""The client area's PDFs read back with pdftotext: referral slip, consent form, right-of-access record."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.models import AuditEntry
from desktop.domain.clients import ClientDraft, ContactDraft
from desktop.domain.referrals import ReferralDraft, StatusChange
from desktop.reports.pdf.referral_slip import qr_code
from tests.conftest import Opened

NICKNAME = "Chị Mơ-Trắng"
NOTES = "ghi chú riêng không được in ra phiếu"


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils (pdftotext)")
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def printed(opened: Opened) -> list[tuple[str, str, str]]:
    with opened.services.register.uow() as uow:
        return [tuple(r) for r in uow.session.execute(  # type: ignore[misc]
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.detail)
            .where(AuditEntry.action.in_(["print", "export"])).order_by(AuditEntry.seq))]


@pytest.fixture
def referred(opened: Opened) -> tuple[str, str]:
    s = opened.services
    draft = ClientDraft(birth_year=1991, sex="female", workplace_type="karaoke", first_contact_on=date(2026, 6, 1),
                        first_contact_channel="outreach", nickname=NICKNAME, notes=NOTES)
    facts = {"mother_given_name": "Mơ", "father_given_name": "Tâm"}
    client = s.clients.register(opened.admin, draft, facts).value.client
    assert client is not None
    s.clients.give_consent(opened.admin, client.id, ["support", "referral"], given_on=date(2026, 6, 1))
    s.clients.log_contact(opened.admin, client.id, ContactDraft(date(2026, 6, 1), "health_hiv", topics=("safer_sex",),
                                                                condoms=12))
    cdc = next(p.id for p in s.partners.list(opened.admin) if p.kind == "cdc")
    referral = s.referrals.refer(opened.admin, client.id, ReferralDraft(date(2026, 11, 20), "health_hiv", cdc,
                                                                        date(2026, 12, 4))).value
    return client.id, referral.id


@pytest.mark.tools
def test_referral_slip_carries_code_partner_dates_and_no_private_text(opened: Opened, referred: tuple[str, str],
                                                                      tmp_path: Path) -> None:
    _, referral_id = referred
    view = opened.services.referrals.get(opened.admin, referral_id)
    path = tmp_path / "phieu.pdf"
    opened.services.referrals.print_slip(opened.admin, referral_id, path)
    text = pdftotext(path)
    assert text.count(view.code) == 2  # on the slip and on the feedback part
    for expected in ("PHIẾU GIỚI THIỆU", "Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh Phú Thọ",
                     "Chăm sóc sức khỏe, dịch vụ HIV", "20/11/2026", "04/12/2026", "PHẢN HỒI CỦA NƠI NHẬN",
                     "UBND xã Xuân Lũng", "Đã tiếp nhận và cung cấp dịch vụ"):
        assert expected in text, expected
    for private in (NICKNAME, NOTES, "MOTAF91", "karaoke", "mại dâm"):
        assert private.lower() not in text.lower(), private
    assert pages(path) == 1
    assert printed(opened) == [("print", "referral", '{"document": "referral_slip"}')]


def test_the_qr_code_holds_the_referral_code() -> None:
    drawing = qr_code("GT-7K2M9QXD")
    assert drawing.contents[0].value == "GT-7K2M9QXD"


@pytest.mark.tools
def test_consent_form_in_plain_vietnamese_with_scopes_and_withdrawal(opened: Opened, referred: tuple[str, str],
                                                                     tmp_path: Path) -> None:
    client_id, _ = referred
    path = tmp_path / "dong-y.pdf"
    opened.services.client_rights.print_consent_form(opened.admin, path, client_id=client_id)
    text = pdftotext(path)
    for expected in ("PHIẾU ĐỒNG Ý", "Mã số: MOTAF91", "Nhận hỗ trợ và được ghi vào sổ theo dõi",
                     "Được giới thiệu, chuyển gửi đến cơ quan, tổ chức khác",
                     "Chia sẻ thông tin cần thiết với nơi nhận chuyển gửi", "rút lại đồng ý",
                     "91/2025/QH15", "356/2025/NĐ-CP", "60 tháng", "RÚT LẠI ĐỒNG Ý", "2 ngày làm việc"):
        assert expected in text, expected
    assert NICKNAME not in text
    blank = tmp_path / "trang.pdf"
    opened.services.client_rights.print_consent_form(opened.admin, blank)
    assert "MOTAF91" not in pdftotext(blank)
    assert [p[0] for p in printed(opened)] == ["print", "print"]


@pytest.mark.tools
def test_right_of_access_record_holds_everything_about_the_person(opened: Opened, referred: tuple[str, str],
                                                                  tmp_path: Path) -> None:
    client_id, referral_id = referred
    s = opened.services
    s.referrals.change_status(opened.admin, referral_id, StatusChange("accepted", date(2026, 11, 22)))
    s.clients.save_plan(opened.admin, client_id, needs="muốn học nghề may", plan="giới thiệu trường nghề")
    path = tmp_path / "ho-so.pdf"
    s.client_rights.export_access(opened.admin, client_id, path)
    text = pdftotext(path)
    code = s.referrals.get(opened.admin, referral_id).code
    for expected in ("THÔNG TIN CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ", "MOTAF91", "1991", "Nữ", "Karaoke", NICKNAME, NOTES,
                     "muốn học nghề may", "giới thiệu trường nghề", code, "Nơi nhận đã tiếp nhận", "Dự phòng:",
                     "BCS 12", "Xã Xuân Lũng", "yêu cầu xóa"):
        assert expected in text, expected
    assert printed(opened) == [("export", "client", '{"document": "client_record"}')]


@pytest.mark.tools
def test_consent_form_and_access_record_name_the_same_categories(opened: Opened, referred: tuple[str, str],
                                                                 tmp_path: Path) -> None:
    from desktop.domain.client_data import RECORDED_DATA
    from desktop.domain.clients import SERVICE_LABELS

    client_id, _ = referred
    form, record = tmp_path / "dong-y.pdf", tmp_path / "ho-so.pdf"
    opened.services.client_rights.print_consent_form(opened.admin, form)
    opened.services.client_rights.export_access(opened.admin, client_id, record)
    form_text, record_text = (" ".join(pdftotext(p).split()) for p in (form, record))
    for item in RECORDED_DATA:
        assert item.title in form_text, item.title
        assert item.title in record_text, item.title
    for label in SERVICE_LABELS.values():  # health, harm reduction and GBV support named one by one
        assert label in form_text, label
    assert "Hòa Nhập" not in form_text + record_text
