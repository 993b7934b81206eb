"""National forwarding from the command line: init a national hub, exchange cards, send, import, report."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.db.datadir import DataDir
from tests.conftest import PASSWORD
from tests.sync.national_helpers import PERIOD, Forwarding, forwarding, national  # noqa: F401 - fixtures


def _run(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_province_and_a_national_hub_forward_and_report_from_the_command_line(
        forwarding: Forwarding, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    root = tmp_path / "ministry"
    code, out = _run(root, capsys, "init", "--hub", "--level", "national")
    assert code == 0 and out.startswith("Cục Bảo trợ xã hội: đã tạo sổ đăng ký.") and DataDir(root).is_initialised()
    province = forwarding.province.data_dir.root
    cards = tmp_path / "cards"
    cards.mkdir()
    national_card, national_print = _run(root, capsys, "card", cards)[1].splitlines()[:2]
    province_card, province_print = _run(province, capsys, "card", cards)[1].splitlines()[:2]
    code, out = _run(province, capsys, "enrol", national_card, "--fingerprint", national_print.split(": ")[1])
    assert code == 0 and out.startswith("Đã tin cậy thẻ: national 00 Cục Bảo trợ xã hội")
    code, out = _run(root, capsys, "enrol", province_card, "--fingerprint", province_print.split(": ")[1])
    assert code == 0 and out.startswith("Đã tin cậy thẻ: hub 25 Tỉnh Phú Thọ")

    up = tmp_path / "up"
    code, out = _run(province, capsys, "send-national", PERIOD, up)
    assert code == 0 and re.search(rf"25-{PERIOD}-000001\.hna period={PERIOD} sequence=1 communes=1/148", out), out
    code, out = _run(root, capsys, "import-aggregate", *sorted(up.iterdir()))
    assert code == 0 and out.startswith(f"imported 25-{PERIOD}-000001.hna (Tỉnh Phú Thọ) period={PERIOD} #1")
    code, out = _run(root, capsys, "national-status")
    assert code == 0 and out.startswith(f"25 Tỉnh Phú Thọ: {PERIOD} #1") and "communes=1/148" in out

    pdf, xlsx = tmp_path / "toan-quoc.pdf", tmp_path / "toan-quoc.xlsx"
    code, out = _run(root, capsys, "national-report", "--period", PERIOD, "--pdf", pdf, "--xlsx", xlsx)
    assert code == 0 and out.startswith(f"{PERIOD}: 1/34") and "HT3 (người): ≥ 1" in out
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("BỘ Y TẾ", "CỤC BẢO TRỢ XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Nội, ngày",
                     "BÁO CÁO TỔNG HỢP KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG MẠI", "Tổng hợp từ 1/34 tỉnh, thành phố",
                     "PHỤ LỤC: KẾT QUẢ THEO TỈNH, THÀNH PHỐ", "Tỉnh Phú Thọ", "chưa báo cáo", "<5",
                     "Nơi nhận:", "PHÓ CỤC TRƯỞNG"):
        assert expected in text, expected
    # A total with a hidden part prints as a bound (pdftotext's layout drops the thin space after "≥").
    assert re.search(r"HT3 .* người +≥ ?1\n", text)
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames == ["Toàn quốc", "Theo tỉnh", "Tình hình gửi"]
    by_province = workbook["Theo tỉnh"]
    head = [c.value for c in by_province[1]]
    phu_tho = next(row for row in by_province.iter_rows(values_only=True) if row[1] == "Tỉnh Phú Thọ")
    total = next(row for row in by_province.iter_rows(values_only=True) if row[1] == "Toàn quốc")
    tt3, ht3 = head.index("TT3 (tờ)"), head.index("HT3 (người)")
    assert (phu_tho[tt3], total[tt3]) == (750, 750)  # visible: a real number a province can add up
    assert (phu_tho[ht3], total[ht3]) == ("<5", "≥ 1")  # hidden: the mark, and a bound as text
