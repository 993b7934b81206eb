"""`hoanhap team / plan / plan-progress / decision / decisions`: the new records without a window."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ViolationDraft
from tests.conftest import PASSWORD, Opened


@pytest.fixture
def data_dir(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    return str(opened.data_dir.root)


def _out(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_team_plan_progress_and_decision(opened: Opened, data_dir: str, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    a = opened.admin
    karaoke = opened.services.establishments.save(a, EstablishmentDraft(
        name="Karaoke Sao Mai", business_type="karaoke", address="Thôn Lũng Hạ", opened_on=date(2021, 4, 1))).value.id
    base = ["--data-dir", data_dir]
    assert main([*base, "team", "--name", "Đội 178 xã Xuân Lũng", "--decision-number", "05/QĐ-UBND",
                 "--decision-date", "2026-01-05", "--issuer", "Chủ tịch UBND xã Xuân Lũng"]) == 2
    assert "ít nhất một thành viên" in _out(capsys)[1]  # refused: a team without members
    assert main([*base, "team", "--name", "Đội 178 xã Xuân Lũng", "--decision-number", "05/QĐ-UBND",
                 "--decision-date", "2026-01-05", "--issuer", "Chủ tịch UBND xã Xuân Lũng",
                 "--member", "Trần Quang Vinh|Phó Chủ tịch UBND xã|leader", "--member", "Đỗ Văn Hải|Công an xã"]) == 0
    team = _out(capsys)[0].strip()
    assert main([*base, "teams"]) == 0
    listing = _out(capsys)[0]
    assert "Quyết định số 05/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND xã Xuân Lũng" in listing
    assert "Trần Quang Vinh (Phó Chủ tịch UBND xã) — Đội trưởng" in listing
    assert main([*base, "plan", "--number", "12/KH-UBND", "--title", "Kế hoạch 2026", "--period", "2026",
                 "--team", team, "--entry", f"{karaoke}@2027-01-10"]) == 2
    assert "nằm ngoài thời gian của kế hoạch" in _out(capsys)[1]
    assert main([*base, "plan", "--number", "12/KH-UBND", "--title", "Kế hoạch 2026", "--period", "2026",
                 "--team", team, "--entry", f"{karaoke}@2026-03-10"]) == 0
    _out(capsys)
    inspection = opened.services.inspections.record(a, InspectionDraft(
        establishment_id=karaoke, kind="planned", team_members="Đỗ Văn Hải", template_version=1,
        started_at=datetime(2026, 3, 12, 20, tzinfo=LOCAL_ZONE), conclusion="violations",
        violations=(ViolationDraft("Không có giấy phép", "warning", legal_basis="Nghị định 54/2019/NĐ-CP, Điều 4",
                                   offender_kind="household_business"),))).value
    assert main([*base, "plan-progress"]) == 0
    progress = [" ".join(line.split()) for line in _out(capsys)[0].splitlines()]
    assert progress[:3] == [
        "Kế hoạch 12/KH-UBND: Kế hoạch 2026 (01/01/2026 – 31/12/2026)",
        "Trong kế hoạch 1, đã kiểm tra 1, quá hạn chưa kiểm tra 0",
        "T8: 100,0% so với kế hoạch (1/1); 100,0% so với mọi cơ sở đang hoạt động (1/1)"]
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main([*base, "plan-progress"]) == 0
    progress = [" ".join(line.split()) for line in _out(capsys)[0].splitlines()]
    assert progress[:3] == [
        "Plan 12/KH-UBND: Kế hoạch 2026 (01/01/2026 – 31/12/2026)",
        "Planned 1, inspected 1, overdue and not inspected 0",
        "T8: 100,0% of the plan (1/1); 100,0% of all operating establishments (1/1)"]
    with pytest.raises(SystemExit):
        main([*base, "plan", "--number", "13/KH-UBND", "--title", "x", "--period", "2026", "--team", team,
              "--entry", "no-date"])
    assert "argument --entry: expected ESTABLISHMENT_ID@YYYY-MM-DD[@surprise]: no-date" in _out(capsys)[1]
    monkeypatch.delenv("HOANHAP_LANG")
    with pytest.raises(SystemExit):
        main([*base, "plan", "--number", "13/KH-UBND", "--title", "x", "--period", "2026", "--team", team,
              "--entry", "no-date"])
    assert "tham số --entry: cần dạng MÃ_CƠ_SỞ@YYYY-MM-DD[@surprise]: no-date" in _out(capsys)[1]
    violation = inspection.violations[0].id
    assert main([*base, "decision", "--violation", violation, "--number", "18/QĐ-XPHC", "--date", "2026-03-01",
                 "--authority", "Chủ tịch UBND xã Xuân Lũng", "--amount", "5000000"]) == 2
    assert "trước ngày kiểm tra 12/03/2026" in _out(capsys)[1]
    assert main([*base, "decision", "--violation", violation, "--number", "18/QĐ-XPHC", "--date", "2026-03-20",
                 "--authority", "Chủ tịch UBND xã Xuân Lũng", "--amount", "5000000", "--paid-on", "2026-03-25"]) == 0
    _out(capsys)
    assert main([*base, "decisions", "--inspection", inspection.id]) == 0
    assert ("Quyết định số 18/QĐ-XPHC ngày 20/03/2026 của Chủ tịch UBND xã Xuân Lũng: phạt tiền 5.000.000 đồng; "
            "đã nộp phạt ngày 25/03/2026.") in _out(capsys)[0]
    pdf = Path(data_dir).parent / "bien-ban.pdf"
    assert main([*base, "inspection-record", inspection.id, str(pdf)]) == 0 and pdf.exists()
