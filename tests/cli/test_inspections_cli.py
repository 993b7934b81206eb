"""`hoanhap checklist` and `hoanhap coverage` drive the inspection services headless."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft
from tests.conftest import PASSWORD, Opened


@pytest.fixture
def data_dir(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    return str(opened.data_dir.root)


def _visit(establishment_id: str, day: date) -> InspectionDraft:
    return InspectionDraft(establishment_id=establishment_id, kind="planned", team_members="Đỗ Văn Hải",
                           started_at=datetime(day.year, day.month, day.day, 20, tzinfo=LOCAL_ZONE))


def test_coverage_by_type(opened: Opened, data_dir: str, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    save, a = opened.services.establishments.save, opened.admin
    karaoke = save(a, EstablishmentDraft(name="Karaoke Sao Mai", business_type="karaoke", address="Thôn Lũng Hạ",
                                         opened_on=date(2021, 4, 1))).value.id
    save(a, EstablishmentDraft(name="Karaoke Tình Ca", business_type="karaoke", address="Thôn Phú Hà"))
    hotel = save(a, EstablishmentDraft(name="Nhà nghỉ An", business_type="accommodation", address="Tổ 1")).value.id
    opened.services.inspections.record(a, _visit(karaoke, date(2026, 3, 1)))
    opened.services.inspections.record(a, _visit(hotel, date(2025, 5, 1)))
    assert main(["--data-dir", data_dir, "coverage", "--year", "2026", "--programme", "2021-01-01..2025-12-31"]) == 0
    lines = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert lines[:4] == [
        "Năm 2026 — chỉ tiêu T8: kiểm tra ít nhất 20% số cơ sở mỗi năm",
        "Khách sạn, nhà nghỉ (cơ sở lưu trú) 0/1 0,0% Chưa đạt",
        "Karaoke 1/2 50,0% Đạt",
        "Tổng cộng 1/3 33,3% Đạt",
    ]
    assert lines[5:] == [
        "Giai đoạn 01/01/2021 – 31/12/2025 — mỗi cơ sở được kiểm tra ít nhất một lần",
        "Khách sạn, nhà nghỉ (cơ sở lưu trú) 1/1 100,0% Đạt",
        "Karaoke 0/2 0,0% Chưa đạt",
        "Tổng cộng 1/3 33,3% Chưa đạt",
    ]
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main(["--data-dir", data_dir, "coverage", "--year", "2026", "--programme", "2021-01-01..2025-12-31"]) == 0
    lines = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert lines[0] == "2026 — indicator T8: inspect at least 20% of establishments every year"
    assert lines[2:4] == ["Karaoke 1/2 50,0% Met", "Total 1/3 33,3% Met"]
    assert lines[5].endswith("— every establishment inspected at least once") and lines[-1] == "Total 1/3 33,3% Not met"


@pytest.mark.tools
def test_blank_checklist_for_a_type(data_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "phieu-karaoke.pdf"
    assert main(["--data-dir", data_dir, "checklist", "--type", "karaoke", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    text = unicodedata.normalize("NFC", subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True,
                                                       capture_output=True, text=True).stdout)
    assert "PHIẾU KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ" in text and "Loại hình: Karaoke" in text
    assert "Mỗi phòng hát có diện tích sử dụng từ 20 m² trở lên" in text


def test_an_unknown_establishment_is_a_clear_message(data_dir: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.pdf"
    assert main(["--data-dir", data_dir, "checklist", "--establishment", "no-such-id", str(target)]) == 2
    assert capsys.readouterr().err.strip() == "Không tìm thấy cơ sở kinh doanh (có thể đã bị xóa)."
    assert not target.exists()
