"""The session attendance list, printed blank before a session and filled after it."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.problems import DomainError
from desktop.reports.pdf.attendance_sheet import AttendanceCounts, AttendanceSheet, write_attendance_sheet
from desktop.reports.pdf.document import Letterhead, date_line, format_number, place_name_of

LETTERHEAD = Letterhead.for_unit("Xã Xuân Lũng")
FILLED = AttendanceSheet(
    letterhead=LETTERHEAD,
    held_on=date(2026, 2, 5),
    place="Nhà văn hóa thôn Đồng Xuân",
    form_label="Truyền thông nhóm nhỏ",
    target_group_label="Phụ nữ 16-30 tuổi",
    topics_labels=("Kỹ năng sống", "Bình đẳng giới"),
    organiser="UBND xã Xuân Lũng",
    partners="Hội Liên hiệp Phụ nữ xã",
    counts=AttendanceCounts(
        total=1234, male=534, female=690, other=10, target_members=812, leaflets=1500, condoms=2300, lubricant=450
    ),
)
BLANK = AttendanceSheet(
    letterhead=LETTERHEAD,
    held_on=None,
    place="",
    form_label="",
    target_group_label="",
    topics_labels=(),
    organiser="",
    partners="",
    counts=None,
)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))  # type: ignore[union-attr]


def _line(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.strip().startswith(start))


@pytest.mark.tools
def test_filled_sheet_has_header_details_and_vietnamese_counts(tmp_path: Path) -> None:
    pdf = tmp_path / "danh-sach.pdf"
    write_attendance_sheet(pdf, FILLED)
    text = _pdf_text(pdf)
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "XÃ XUÂN LŨNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Xuân Lũng, ngày 05 tháng 02 năm 2026",  # Decree 30: leading zeros for day < 10, month < 3
        "DANH SÁCH THAM DỰ BUỔI TRUYỀN THÔNG",
        "Ngày: 05/02/2026",
        "Địa điểm: Nhà văn hóa thôn Đồng Xuân",
        "Hình thức: Truyền thông nhóm nhỏ",
        "Nhóm đối tượng: Phụ nữ 16-30 tuổi",
        "Chủ đề: Kỹ năng sống; Bình đẳng giới",
        "Đơn vị tổ chức: UBND xã Xuân Lũng",
        "Đơn vị phối hợp: Hội Liên hiệp Phụ nữ xã",
        "Tổng số: 1.234 người; Nam: 534; Nữ: 690; Khác: 10.",
        "thuộc nhóm đối tượng: 812 người.",
        "tờ rơi: 1.500; bao cao su: 2.300; chất bôi trơn: 450.",
        "NGƯỜI LẬP DANH SÁCH",
        "ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC",
        "(Ký, ghi rõ họ tên)",
    ):
        assert expected in text


@pytest.mark.tools
def test_blank_sheet_leaves_every_value_to_be_written_by_hand(tmp_path: Path) -> None:
    pdf = tmp_path / "danh-sach-trong.pdf"
    write_attendance_sheet(pdf, BLANK)
    text = _pdf_text(pdf)
    assert "Xuân Lũng, ngày …… tháng …… năm ……" in text
    for label in ("Ngày:", "Địa điểm:", "Hình thức:", "Nhóm đối tượng:", "Chủ đề:", "Đơn vị tổ chức:"):
        assert re.fullmatch(re.escape(label) + r" \.{20,}", _line(text, label).strip())
    for label in ("Tổng số:", "Trong đó", "Đã phát:"):
        assert not re.search(r"\d", _line(text, label)), _line(text, label)
        assert "…" in _line(text, label)


@pytest.mark.tools
def test_rows_are_numbered_and_every_page_repeats_the_column_titles(tmp_path: Path) -> None:
    pdf = tmp_path / "danh-sach.pdf"
    write_attendance_sheet(pdf, FILLED, rows=80)
    pages = _pages(pdf)
    assert pages >= 3
    text = _pdf_text(pdf)
    page_texts = text.split("\f")[:pages]
    # Decree 30: the page number stands alone at the top of every page but the first.
    tops = [next(line.strip() for line in page.splitlines() if line.strip()) for page in page_texts]
    assert tops[0] != "1" and tops[1:] == [str(n) for n in range(2, pages + 1)]
    bodies = [[line for line in page.splitlines() if line.strip()][1:] for page in page_texts]
    row_numbers = [int(line) for body in bodies for line in body if line.strip().isdigit()]
    assert row_numbers == list(range(1, 81))
    assert all("Họ và tên" in page and "Ký tên" in page for page in page_texts)


@pytest.mark.tools
def test_default_sheet_is_two_a4_pages_and_a_short_one_fits_on_one(tmp_path: Path) -> None:
    long_sheet, short_sheet = tmp_path / "30.pdf", tmp_path / "5.pdf"
    write_attendance_sheet(long_sheet, FILLED, rows=30)
    write_attendance_sheet(short_sheet, BLANK, rows=5)
    assert (_pages(long_sheet), _pages(short_sheet)) == (2, 1)


@pytest.mark.tools
def test_decomposed_and_markup_characters_print_as_typed(tmp_path: Path) -> None:
    sheet = dataclasses.replace(
        FILLED,
        place=unicodedata.normalize("NFD", "Nhà văn hoá thôn Hoà Bình"),
        partners="Đoàn Thanh niên & Hội <Phụ nữ>",
    )
    pdf = tmp_path / "danh-sach.pdf"
    write_attendance_sheet(pdf, sheet)
    text = _pdf_text(pdf)
    assert unicodedata.normalize("NFC", text) == text
    assert "Địa điểm: Nhà văn hoá thôn Hoà Bình" in text
    assert "Đơn vị phối hợp: Đoàn Thanh niên & Hội <Phụ nữ>" in text


def test_a_failed_write_leaves_no_file_behind(tmp_path: Path) -> None:
    missing = tmp_path / "usb-da-rut" / "danh-sach.pdf"
    with pytest.raises(OSError):
        write_attendance_sheet(missing, FILLED)
    assert not missing.parent.exists()
    in_the_way = tmp_path / "danh-sach.pdf"
    in_the_way.mkdir()
    with pytest.raises((OSError, DomainError)):  # IsADirectoryError here, access denied on Windows
        write_attendance_sheet(in_the_way, FILLED)
    assert [p.name for p in tmp_path.iterdir()] == ["danh-sach.pdf"]


def test_a_sheet_needs_at_least_one_row(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_attendance_sheet(tmp_path / "x.pdf", BLANK, rows=0)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.tools
def test_hub_letterhead_prints_the_department_under_its_parent(tmp_path: Path) -> None:
    hub = Letterhead(unit_name="Tỉnh Phú Thọ", issuing_body="SỞ Y TẾ TỈNH PHÚ THỌ", parent_body="UBND TỈNH PHÚ THỌ",
                     symbol="SYT")
    pdf = tmp_path / "danh-sach.pdf"
    write_attendance_sheet(pdf, dataclasses.replace(BLANK, letterhead=hub), rows=3)
    lines = [line.strip() for line in _pdf_text(pdf).splitlines() if line.strip()]
    assert lines[0].startswith("UBND TỈNH PHÚ THỌ")
    assert lines[1].startswith("SỞ Y TẾ TỈNH PHÚ THỌ")
    assert "Phú Thọ, ngày" in "\n".join(lines)


@pytest.mark.parametrize(
    ("unit", "place"),
    [
        ("Xã Xuân Lũng", "Xuân Lũng"),
        ("Phường Việt Trì", "Việt Trì"),
        ("Đặc khu Côn Đảo", "Côn Đảo"),
        ("Thành phố Hà Nội", "Hà Nội"),
        ("Tỉnh Phú Thọ", "Phú Thọ"),
    ],
)
def test_place_name_drops_the_unit_type(unit: str, place: str) -> None:
    assert place_name_of(unit) == place
    assert Letterhead.for_unit(unit).place == place


def test_issuing_body_and_formats() -> None:
    assert LETTERHEAD.issuing_lines == ("ỦY BAN NHÂN DÂN", "XÃ XUÂN LŨNG")
    assert LETTERHEAD.parent_lines == ()  # a People's Committee has no parent line
    assert LETTERHEAD.sentence_name == "UBND xã Xuân Lũng"
    assert Letterhead("Tỉnh Phú Thọ", issuing_body="Sở Y tế tỉnh Phú Thọ").issuing_body_line == (
        "SỞ Y TẾ TỈNH PHÚ THỌ"
    )
    assert [format_number(n) for n in (0, 999, 1234, 1234567)] == ["0", "999", "1.234", "1.234.567"]
    assert date_line("Xuân Lũng", date(2026, 11, 28)) == "Xuân Lũng, ngày 28 tháng 11 năm 2026"
    assert date_line("Xuân Lũng", date(2026, 3, 9)) == "Xuân Lũng, ngày 09 tháng 3 năm 2026"


def _numbered_rows(pdf: Path) -> list[int]:
    pages = _pdf_text(pdf).split("\f")
    bodies = [[line for line in page.splitlines() if line.strip()][1:] for page in pages if page.strip()]
    return [int(line) for body in bodies for line in body if line.strip().isdigit()]


@pytest.mark.tools
def test_a_filled_sheet_has_a_line_for_every_participant(tmp_path: Path) -> None:
    counts = dataclasses.replace(FILLED.counts, total=65, male=30, female=35, other=0, target_members=40)
    pdf = tmp_path / "65.pdf"
    write_attendance_sheet(pdf, dataclasses.replace(FILLED, counts=counts))
    assert len(_numbered_rows(pdf)) >= 65
    blank = tmp_path / "blank.pdf"
    write_attendance_sheet(blank, dataclasses.replace(BLANK, expected=48))  # head count planned beforehand
    assert _numbered_rows(blank) == list(range(1, 49))
    write_attendance_sheet(blank, BLANK)  # nothing known: the default
    assert _numbered_rows(blank) == list(range(1, 31))


@pytest.mark.tools
def test_count_only_sheet_lists_nobody(tmp_path: Path) -> None:
    bands = ("Dưới 16", "16–17", "18–24", "25–34", "35–49", "50 trở lên")
    sheet = dataclasses.replace(FILLED, target_group_label="Người bán dâm", count_only=True, age_bands=bands)
    pdf = tmp_path / "dem.pdf"
    write_attendance_sheet(pdf, sheet)
    text = _pdf_text(pdf)
    assert "PHIẾU ĐẾM SỐ NGƯỜI THAM DỰ BUỔI TRUYỀN THÔNG" in text
    for absent in ("Họ và tên", "Năm sinh", "Ký tên", "DANH SÁCH THAM DỰ"):
        assert absent not in text
    for present in (*bands, "Nam", "Nữ", "Khác", "Cộng", "Tổng số: 1.234 người"):
        assert present in text
    assert _pages(pdf) == 1
