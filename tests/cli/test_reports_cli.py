"""`hoanhap report`, `export-list`, `report-parameter` and `indicators` drive the same services headless."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from tests import report_data as data
from tests.conftest import PASSWORD, Opened


@pytest.fixture
def data_dir(opened: Opened, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    with opened.services.register.engine.begin() as conn:
        data.insert_all(conn)
    opened.services.reports.load_definitions(opened.admin, data.programme_through_2026(tmp_path))
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    return str(opened.data_dir.root)


def test_report_writes_excel_and_pdf(data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", data_dir, "report-parameter", "--period", "2026-Q3", "students", "100"]) == 0
    xlsx, pdf = tmp_path / "q3.xlsx", tmp_path / "q3.pdf"
    assert main(["--data-dir", data_dir, "report", "--period", "2026-Q3", "--xlsx", str(xlsx), "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "students" in out and "100" in out
    assert any(" — Quý 3/2026 — " in line and line.endswith(" xã, phường") for line in out.splitlines())
    t5 = next(line for line in out.splitlines() if line.startswith("T5 "))
    assert "25,0%" in t5 and "≥ 25%: Đạt" in t5
    assert pdf.stat().st_size > 0
    rows = [r for r in openpyxl.load_workbook(xlsx)["Báo cáo"].iter_rows(values_only=True) if r[0] == "TT2"]
    assert rows[0][3] == 38


def test_export_list_and_definitions(data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "buoi.xlsx"
    assert main(["--data-dir", data_dir, "export-list", "sessions", str(target), "--period", "2026-Q3"]) == 0
    assert capsys.readouterr().out.strip() == f"{target}: 4"  # s1, s2, s3 and s7: every live row of Q3
    assert main(["--data-dir", data_dir, "indicators", "show"]) == 0
    shown = capsys.readouterr().out
    assert "01/01/2026 – 31/12/2026  plan-2026.toml" in shown and "thay bằng bộ đã nạp" in shown
    assert "01/01/2021 – 31/12/2026  programme-2021-2026.toml" in shown
    assert "chỉ tiêu (có sẵn" in shown or "chỉ tiêu (quản trị viên nạp" in shown
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main(["--data-dir", data_dir, "indicators", "show"]) == 0
    shown = capsys.readouterr().out
    assert "replaced by a loaded set where the dates overlap" in shown and " indicators (" in shown
    monkeypatch.delenv("HOANHAP_LANG")
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\n[programme\n", "utf-8")
    assert main(["--data-dir", data_dir, "indicators", "load", str(bad)]) == 2
    assert "Tệp chỉ tiêu bad.toml, dòng 2" in capsys.readouterr().err


def test_a_bad_period_is_a_clear_message(data_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", data_dir, "report", "--period", "2026-Q5"]) == 2
    assert capsys.readouterr().err.strip() == "Kỳ báo cáo không hợp lệ: 2026-Q5."


def test_help_and_messages_are_vietnamese_first_english_when_chosen(capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("Cách dùng: hoanhap report") and "tùy chọn:" in shown
    assert "lập báo cáo chỉ tiêu của một kỳ" in shown and "ghi bảng tính Excel vào đây" in shown
    with pytest.raises(SystemExit):
        main(["report"])
    assert "hoanhap report: lỗi: thiếu tham số bắt buộc: --period" in capsys.readouterr().err
    monkeypatch.setenv("HOANHAP_LANG", "en")
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("usage: hoanhap report") and "write the Excel workbook here" in shown
    assert "compute the indicator report of a period" in shown


def test_report_number_and_narrative_from_the_command_line(data_dir: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    narrative = tmp_path / "thuyet-minh.toml"
    narrative.write_text('situation = "Tình hình ổn định."\nproposals = """Đề nghị hỗ trợ kinh phí."""\n', "utf-8")
    pdf = tmp_path / "q3.pdf"
    assert main(["--data-dir", data_dir, "letterhead", "--signer", "Nguyễn Văn An"]) == 0
    assert "Nguyễn Văn An" in capsys.readouterr().out
    assert main(["--data-dir", data_dir, "report", "--period", "2026-Q3", "--number", "next",
                 "--narrative", str(narrative), "--pdf", str(pdf)]) == 0
    assert "Số: 01/BC-UBND" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Số: 01/BC-UBND" in text and "Đề nghị hỗ trợ kinh phí." in text and "Nguyễn Văn An" in text
    # The number is taken: another report under it is refused with a clear message, and nothing is saved.
    assert main(["--data-dir", data_dir, "report", "--period", "2026-Q2", "--number", "1", "--pdf",
                 str(tmp_path / "q2.pdf")]) == 2
    err = capsys.readouterr().err
    year = date.today().year  # the command line runs on the system clock
    assert f"Số 01/BC-UBND năm {year} đã cấp cho văn bản" in err and "số còn trống tiếp theo: 2" in err
    assert not (tmp_path / "q2.pdf").exists()
    assert main(["--data-dir", data_dir, "documents"]) == 0
    listing = capsys.readouterr().out
    assert f"Số tiếp theo năm {year}: 02" in listing and listing.count("/BC-UBND") == 1
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main(["--data-dir", data_dir, "documents"]) == 0
    assert f"Next number in {year}: 02" in capsys.readouterr().out
    monkeypatch.delenv("HOANHAP_LANG")
    bad = tmp_path / "sai.toml"
    bad.write_text('ket_luan = "x"\n', "utf-8")
    assert main(["--data-dir", data_dir, "report", "--period", "2026-Q2", "--narrative", str(bad)]) == 2
    assert "không có mục “ket_luan”" in capsys.readouterr().err
