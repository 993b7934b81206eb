"""The printed recovery-key sheet, read back as a person (or pdftotext) would read it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.problems import DomainError
from desktop.domain.text import fold
from desktop.reports.pdf.document import Letterhead
from desktop.reports.pdf.recovery_sheet import write_recovery_sheet

KEY = "7K3QF-9XB2M-A1C4D-ZZ0W8-HJKMN-PQRST"
LETTERHEAD = Letterhead.for_unit("Xã Xuân Lũng")


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def _write(path: Path, **overrides: object) -> Path:
    args: dict[str, object] = {
        "letterhead": LETTERHEAD,
        "recovery_key": KEY,
        "created_at": datetime(2026, 11, 28, 14, 5),
        "office_role_label": "Văn phòng xã",
        "device_id": "a3f9-7c21-88d0",
    } | overrides
    write_recovery_sheet(path, **args)  # type: ignore[arg-type]
    return path


@pytest.mark.tools
def test_sheet_is_one_a4_page_with_the_official_header(tmp_path: Path) -> None:
    pdf = _write(tmp_path / "khoi-phuc.pdf")
    info = _pdf_info(pdf)
    assert info["Pages"] == "1"
    assert "(A4)" in info["Page size"]
    text = _pdf_text(pdf)
    for line in (
        "ỦY BAN NHÂN DÂN",
        "XÃ XUÂN LŨNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Xuân Lũng, ngày 28 tháng 11 năm 2026",
        "PHIẾU MÃ KHÔI PHỤC DỮ LIỆU",
        "Xã Xuân Lũng",
        "Văn phòng xã",
        "a3f9-7c21-88d0",
        "28/11/2026 lúc 14:05",
    ):
        assert line in text


@pytest.mark.tools
def test_key_is_printed_whole_in_groups_of_five(tmp_path: Path) -> None:
    text = _pdf_text(_write(tmp_path / "khoi-phuc.pdf"))
    groups = KEY.split("-")
    assert re.search(r"\s+".join(groups[:3]), text)
    assert re.search(r"\s+".join(groups[3:]), text)


@pytest.mark.tools
def test_sheet_explains_keeping_it_and_has_room_for_the_keeper(tmp_path: Path) -> None:
    text = fold(_pdf_text(_write(tmp_path / "khoi-phuc.pdf")))
    assert "tat ca mat khau" in text  # what it is for
    assert "ket sat" in text  # where it lives
    assert "khong chup anh" in text
    assert "bat ky ai co ma nay" in text
    for box in ("ho va ten nguoi giu", "ky ten", "ngay nhan giu"):
        assert box in text


@pytest.mark.tools
def test_sheet_does_not_reveal_what_the_data_is_about(tmp_path: Path) -> None:
    pdf = _write(tmp_path / "khoi-phuc.pdf")
    text = fold(_pdf_text(pdf) + " ".join(_pdf_info(pdf).values()))
    for word in ("mai dam", "ban dam", "mua dam", "hiv", "ma tuy", "phong, chong", "tu van"):
        assert word not in text


@pytest.mark.tools
def test_decomposed_input_is_printed_composed(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Xã Hoà Bình")
    letterhead = Letterhead(unit_name=nfd)
    pdf = _write(tmp_path / "khoi-phuc.pdf", letterhead=letterhead, office_role_label=nfd)
    text = _pdf_text(pdf)
    assert unicodedata.normalize("NFC", text) == text
    assert "XÃ HOÀ BÌNH" in text
    assert "Hoà Bình, ngày 28 tháng 11 năm 2026" in text


def test_a_failed_rename_leaves_no_file_behind(tmp_path: Path) -> None:
    in_the_way = tmp_path / "khoi-phuc.pdf"
    in_the_way.mkdir()  # the finished PDF cannot replace a folder, so the last step fails
    with pytest.raises((OSError, DomainError)):  # Windows reports it as access denied
        _write(in_the_way)
    assert [p.name for p in tmp_path.iterdir()] == ["khoi-phuc.pdf"]
    assert in_the_way.is_dir() and not any(in_the_way.iterdir())


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_an_unwritable_folder_gives_a_coded_error_and_no_file(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DomainError) as raised:
            _write(folder / "khoi-phuc.pdf")
        assert raised.value.code == "store.read_only"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_importing_the_writers_does_no_work() -> None:
    code = (
        "import sys\n"
        "import desktop.reports.pdf.recovery_sheet, desktop.reports.pdf.attendance_sheet\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "assert 'Serif' not in pdfmetrics.getRegisteredFontNames(), 'fonts registered at import'\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
