"""Bringing in a commune's Excel list of businesses: messy sheets read, problems per row, one transaction, audited."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.problems import DomainError
from desktop.services.establishments.establishments import EstablishmentQuery
from tests.conftest import Opened
from tests.workbooks import headerless_book


def messy_book(path: Path) -> Path:
    """The kind of sheet a commune keeps: a hidden sheet first, a merged title, odd headers, dates as text."""
    book = Workbook()
    hidden = book.active
    hidden.title = "Cu"
    hidden.append(["Tên cơ sở", "Địa chỉ"])
    hidden.append(["Không được đọc", "Ẩn"])
    hidden.sheet_state = "hidden"
    sheet = book.create_sheet("DS 2025")
    sheet["A1"] = "DANH SÁCH CƠ SỞ KINH DOANH DỊCH VỤ NHẠY CẢM NĂM 2025"
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(["STT", "Tên cơ sở kinh doanh", "Loại hình", "Địa chỉ", "Chủ cơ sở", "Ngày hoạt động", "Mã SĐKKD"])
    sheet.append([1, "Karaoke Hoa Sen", "karaoke", "Thôn Lũng Hạ", "Hà Văn Tuấn", "05/03/2019", 2500123456])
    sheet.append([2, "Nhà nghỉ Bình An", "Nhà nghỉ", "Thôn Đồng Xuân", "Lê Thị Hoa", datetime(2020, 7, 1), None])
    sheet.append([3, "Quán lạ", "Tiệm vàng", "Thôn 3", "", None, None])  # a type the register does not know
    sheet.append([4, "Massage Thư Giãn", "Xoa bóp, xông hơi", "", "", "31/02/2021", None])  # no address, bad date
    sheet.append([5, "Bar Đêm", "Quán bar", "Thôn 5", "", "01/01/2030", None])  # a date in the future
    sheet.append([6, "karaoke hoa sen", "Karaoke", "thôn lũng hạ", "", None, None])  # same as row 4, other case
    sheet.append([7, "Karaoke Sao Mai", "Karaoke", "Số 214, thôn Lũng Hạ", "", None, None])  # already registered
    for _ in range(30):
        sheet.append([None, None, "", None])  # trailing blank rows
    book.save(path)
    return path


def test_the_template_has_vietnamese_headers_and_pick_lists(opened: Opened, tmp_path: Path) -> None:
    from desktop.services.establishments.establishment_import import write_template

    template = write_template(tmp_path / "mau.xlsx")
    book = load_workbook(template)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]][:4] == ["Tên cơ sở", "Loại hình", "Địa chỉ", "Người đại diện"]
    lists = book.worksheets[1]
    assert lists.sheet_state == "hidden" and lists["A1"].value == "Khách sạn, nhà nghỉ (cơ sở lưu trú)"
    formulas = sorted(v.formula1 for v in sheet.data_validations.dataValidation)
    assert formulas == ["='Danh mục'!$A$1:$A$10", "='Danh mục'!$B$1:$B$3"]
    # The template itself imports back: its header row is found and every column mapped.
    preview = opened.services.establishment_import.preview(opened.admin, template)
    assert preview.rows == () and len(preview.mapping) == 13


def test_a_messy_sheet_previews_every_row_with_its_problems_and_duplicates(opened: Opened, tmp_path: Path) -> None:
    s, admin = opened.services, opened.admin
    s.establishments.save(admin, EstablishmentDraft(name="Karaoke Sao Mai", business_type="karaoke",
                                                    address="Số 214, thôn Lũng Hạ"))
    preview = s.establishment_import.preview(admin, messy_book(tmp_path / "so-cu.xlsx"))
    assert preview.sheet == "DS 2025" and len(preview.sha256) == 64
    assert [r.line for r in preview.rows] == [4, 5, 6, 7, 8, 9, 10]  # title, blank and trailing rows skipped
    by_line = {r.line: r for r in preview.rows}
    first = by_line[4].draft
    assert (first.business_type, first.opened_on, first.registration_number) == ("karaoke", datetime(2019, 3, 5).date(),
                                                                                 "2500123456")
    assert by_line[5].draft.business_type == "accommodation" and by_line[5].good
    assert [p.code for p in by_line[6].problems] == ["establishment.unknown_type"]
    assert {(p.code, p.field) for p in by_line[7].problems} == {("date.invalid", "opened_on"), ("required", "address")}
    assert [(p.code, p.field) for p in by_line[8].problems] == [("date.future", "opened_on")]
    assert by_line[9].duplicate and by_line[10].duplicate  # within the file, and already in the register
    assert (preview.good, preview.with_problems, preview.duplicates) == (2, 3, 2)
    assert s.establishments.count(admin, EstablishmentQuery()) == 1  # nothing written by a preview


def test_good_rows_go_in_one_transaction_audited_with_file_and_hash(opened: Opened, tmp_path: Path) -> None:
    s, admin = opened.services, opened.admin
    preview = s.establishment_import.preview(admin, messy_book(tmp_path / "so-cu.xlsx"))
    with pytest.raises(DomainError) as refused:
        s.establishment_import.apply(admin, preview, all_or_nothing=True)
    assert refused.value.code == "import.not_all_good"
    assert s.establishments.count(admin, EstablishmentQuery()) == 0
    added = s.establishment_import.apply(admin, preview).value
    assert added == 3 and s.establishments.count(admin, EstablishmentQuery()) == 3
    entries = [e for e in s.maintenance.recent_audit(admin, limit=10) if e.action == "establishment.import"]
    assert len(entries) == 3 and all(json.loads(e.detail)["sha256"] == preview.sha256 for e in entries)
    assert {json.loads(e.detail)["file"] for e in entries} == {"so-cu.xlsx"}
    again = s.establishment_import.preview(admin, tmp_path / "so-cu.xlsx")
    assert again.good == 0 and again.duplicates == 4  # importing the same book twice adds nothing


def test_a_mapping_chosen_once_is_remembered(opened: Opened, tmp_path: Path) -> None:
    s, admin = opened.services, opened.admin
    book = Workbook()
    sheet = book.active
    sheet.append(["Cơ sở", "Ngành nghề", "Nơi đặt", "Tên cơ sở"])  # "Nơi đặt" means nothing to the guesser
    sheet.append(["x", "Karaoke", "Thôn 9", "Karaoke Mới"])
    path = tmp_path / "rieng.xlsx"
    book.save(path)
    preview = s.establishment_import.preview(admin, path)
    assert preview.unmapped_required == ("address",)
    with pytest.raises(DomainError) as refused:
        s.establishment_import.apply(admin, preview)
    assert refused.value.code == "import.unmapped" and "Địa chỉ" in refused.value.params["fields"]
    mapped = s.establishment_import.preview(admin, path, mapping={3: "name", 1: "business_type", 2: "address"})
    assert mapped.good == 1
    s.establishment_import.apply(admin, mapped)
    assert s.establishment_import.preview(admin, path).mapping == {1: "business_type", 2: "address", 3: "name"}


@pytest.mark.parametrize("content, code", [
    (b"not a workbook at all", "import.not_a_workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "import.encrypted"),
])
def test_bad_workbooks_are_refused_clearly(opened: Opened, tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(DomainError) as refused:
        opened.services.establishment_import.preview(opened.admin, path)
    assert refused.value.code == code


def test_a_sheet_without_a_header_is_refused(opened: Opened, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as refused:
        opened.services.establishment_import.preview(opened.admin, headerless_book(tmp_path / "khong-tieu-de.xlsx"))
    assert refused.value.code == "import.no_header"
    assert refused.value.params["columns"] == "“Tên cơ sở”, “Loại hình”"


def test_a_formula_never_calculated_is_a_row_problem_not_a_blank(opened: Opened, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Tên cơ sở", "Loại hình", "Địa chỉ"])
    sheet.append(['="Karaoke "&"Hoa Sen"', "Karaoke", "Thôn 1"])  # openpyxl saves no calculated value
    sheet.append(["Nhà nghỉ An", "Nhà nghỉ", "Thôn 2"])
    path = tmp_path / "cong-thuc.xlsx"
    book.save(path)
    preview = opened.services.establishment_import.preview(opened.admin, path)
    assert [(p.code, p.field) for p in preview.rows[0].problems] == [("import.formula_without_value", "name")]
    assert preview.rows[1].good and preview.good == 1
