"""The document register and the Decree 30 layout of a report: numbers, narrative, signatory, pages."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.db.models import IssuedDocument, Setting
from desktop.domain import periods
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.reports.issue import Narrative
from desktop.reports.xlsx import NARRATIVE_SHEET
from tests import report_data as data
from tests.conftest import Opened

Q3 = periods.quarter(2026, 3)
DAY = date(2026, 10, 5)


def pages_of(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def lines_of(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def count_entries(opened: Opened) -> int:
    with opened.services.register.uow() as uow:
        return uow.session.execute(select(func.count()).select_from(IssuedDocument)).scalar_one()


def test_numbers_run_per_year_and_a_used_number_is_refused(opened: Opened) -> None:
    docs, admin = opened.services.documents, opened.admin
    assert docs.next_number(admin, year=2026) == 1
    first = docs.save(admin, number=1, issued_on=DAY, title="Báo cáo quý 3", period_code=Q3.code).value
    assert first.document_number.line == "Số: 01/BC-UBND"
    docs.save(admin, number=12, issued_on=DAY, title="Báo cáo tháng 10")
    assert docs.next_number(admin, year=2026) == 13
    assert docs.next_number(admin, year=2027) == 1  # numbering restarts each year
    with pytest.raises(DomainError) as refused:
        docs.save(admin, number=12, issued_on=date(2026, 11, 2), title="Báo cáo khác",
                  narrative=Narrative(situation="không được lưu"))
    assert refused.value.code == "documents.number_used"
    message = render(refused.value.code, refused.value.params)
    assert "Số 12/BC-UBND năm 2026 đã cấp cho văn bản “Báo cáo tháng 10”" in message and "13" in message
    assert "Chưa lưu gì" in message
    assert count_entries(opened) == 2  # nothing saved half-way
    for bad in (0, -3):
        with pytest.raises(DomainError) as invalid:
            docs.save(admin, number=bad, issued_on=DAY, title="x")
        assert invalid.value.code == "documents.number_invalid"
    # Correcting an entry keeps its own number; a removed number can be given again.
    kept = docs.save(admin, number=1, issued_on=DAY, title="Báo cáo quý 3/2026", period_code=Q3.code,
                     narrative=Narrative(results="Đã tổ chức 3 buổi."), entry_id=first.id).value
    assert (kept.number, kept.narrative.results) == (1, "Đã tổ chức 3 buổi.")
    assert docs.for_period(admin, Q3.code) == kept
    docs.remove(admin, kept.id)
    assert docs.save(admin, number=1, issued_on=DAY, title="Báo cáo quý 3 (lần 2)").value.number == 1


def test_letterhead_settings_are_validated_whole(opened: Opened) -> None:
    lh, admin = opened.services.letterhead, opened.admin
    current = lh.get(admin)
    assert current.issuing_body == "ỦY BAN NHÂN DÂN\nXÃ XUÂN LŨNG" and current.parent_body == ""
    for bad, code in ((replace(current, symbol="UB ND", signer="Nguyễn Văn An"), "letterhead.bad_symbol"),
                      (replace(current, authority="  ", signer="Nguyễn Văn An"), "letterhead.authority_required"),
                      (replace(current, issuing_body="", signer="Nguyễn Văn An"), "letterhead.issuing_body_required")):
        with pytest.raises(DomainError) as refused:
            lh.save(admin, bad)
        assert refused.value.code == code
    with opened.services.register.uow() as uow:  # a refused save stored no field at all
        assert uow.session.execute(select(Setting).where(Setting.key.like("letterhead.%"))).first() is None
    saved = lh.save(admin, replace(current, signer="  Nguyễn  Văn An ")).value
    assert saved.signer == "Nguyễn Văn An" and lh.get(admin).signer == "Nguyễn Văn An"


@pytest.fixture
def filled(opened: Opened) -> Opened:
    with opened.services.register.engine.begin() as conn:
        data.insert_all(conn)
    opened.services.letterhead.save(opened.admin, replace(opened.services.letterhead.get(opened.admin),
                                                          signer="Nguyễn Văn An"))
    return opened


@pytest.mark.tools
def test_a_numbered_report_reads_back_as_decree_30_lays_it_out(filled: Opened, tmp_path: Path) -> None:
    s, admin = filled.services, filled.admin
    narrative = Narrative(situation="Tình hình an ninh trật tự trên địa bàn ổn định.",
                          results="Tổ chức 3 buổi truyền thông.", shortcomings="Kinh phí còn hạn chế.",
                          proposals="Đề nghị Sở Y tế hỗ trợ tài liệu truyền thông.")
    entry = s.documents.save(admin, number=12, issued_on=DAY, title="Báo cáo quý 3", period_code=Q3.code,
                             narrative=narrative).value
    pdf, xlsx = tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.xlsx"
    s.reports.export_report(admin, s.reports.compute(admin, Q3), pdf=pdf, xlsx=xlsx, document=entry)
    pages = pages_of(pdf)
    first, last = lines_of(pages[0]), lines_of(pages[-1])
    # Header: the People's Committee's full name (no parent line), the number under it, date level with it.
    assert first[0].startswith("ỦY BAN NHÂN DÂN") and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first[0]
    assert first[1].startswith("XÃ XUÂN LŨNG") and "Độc lập - Tự do - Hạnh phúc" in first[1]
    assert first[2].startswith("Số: 12/BC-UBND") and first[2].endswith("Xuân Lũng, ngày 05 tháng 10 năm 2026")
    assert "TỈNH PHÚ THỌ" not in pages[0].split("BÁO CÁO")[0]
    text = "\n".join(pages)
    for heading, words in (("I. TÌNH HÌNH CHUNG", narrative.situation), ("II. KẾT QUẢ THỰC HIỆN", narrative.results),
                           ("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", narrative.shortcomings),
                           ("IV. ĐỀ XUẤT, KIẾN NGHỊ", narrative.proposals)):
        assert heading in text and words in " ".join(text.split())
    # Foot: recipients ending with the archive line, the authority and the signer's name.
    foot = "\n".join(last)
    for expected in ("Nơi nhận:", "- Sở Y tế tỉnh Phú Thọ (để báo cáo);", "- Lưu: VT, VHXH.", "TM. ỦY BAN NHÂN DÂN",
                     "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"):
        assert expected in foot, expected
    # Page numbers: top centre from page 2, none on page 1; no app name anywhere.
    assert len(pages) >= 2 and first[0] != "1"
    for number, page in enumerate(pages[1:], start=2):
        assert lines_of(page)[0] == str(number)
    assert "Hòa Nhập" not in text and "Trang " not in text
    assert "<5" in text  # client counts of 1–4 are hidden: the printout leaves the commune
    # The workbook carries the same number and the narrative on its own sheet.
    workbook = openpyxl.load_workbook(xlsx)
    assert workbook["Báo cáo"]["A4"].value == "Số: 12/BC-UBND"
    cells = [c.value for row in workbook[NARRATIVE_SHEET].iter_rows() for c in row if c.value]
    assert "IV. ĐỀ XUẤT, KIẾN NGHỊ" in cells and narrative.proposals in cells and narrative.situation in cells


@pytest.mark.tools
def test_the_signature_never_stands_alone_on_a_page(filled: Opened, tmp_path: Path) -> None:
    s, admin = filled.services, filled.admin
    report = s.reports.compute(admin, Q3)
    sentence = "Tiếp tục tăng cường công tác tuyên truyền, phối hợp liên ngành trong kiểm tra cơ sở. "
    for paragraphs in range(0, 24, 3):  # moves the end of the text across the page break
        narrative = Narrative(proposals="\n".join(f"{n + 1}. {sentence * 3}" for n in range(paragraphs)))
        entry = s.documents.save(admin, number=100 + paragraphs, issued_on=DAY, title="Báo cáo", narrative=narrative)
        pdf = tmp_path / f"dai-{paragraphs}.pdf"
        s.reports.export_report(admin, report, pdf=pdf, document=entry.value)
        page = next(p for p in pages_of(pdf) if "TM. ỦY BAN NHÂN DÂN" in p)
        signature_and_foot = {"Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"}
        content = [line for line in lines_of(page)[1:]
                   if not line.startswith("- ") and not any(part in line for part in signature_and_foot)]
        assert content, f"{paragraphs} paragraphs: the signature block stands alone on its page"


@pytest.mark.tools
def test_the_hub_signs_as_the_department_under_its_parent(hub: Opened, tmp_path: Path) -> None:
    s, admin = hub.services, hub.admin
    with s.register.engine.begin() as conn:
        data.insert_all(conn)
    pdf = tmp_path / "tinh.pdf"
    s.reports.export_report(admin, s.reports.compute(admin, Q3), pdf=pdf)
    first = lines_of(pages_of(pdf)[0])
    assert first[0].startswith("UBND TỈNH PHÚ THỌ") and first[1].startswith("SỞ Y TẾ TỈNH PHÚ THỌ")
    assert "/BC-SYT" in first[2]
    text = "\n".join(pages_of(pdf))
    assert "KT. GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" in text and "Hòa Nhập" not in text
