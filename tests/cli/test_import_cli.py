"""`hoanhap import-outreach`, `import-baseline`, `import-establishments`: preview by default, --yes imports, templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.services.outreach.outreach import OutreachQuery
from tests.conftest import PASSWORD, Opened
from tests.services.reports.test_baseline_import import plan_book
from tests.services.establishments.test_establishment_import import messy_book
from tests.services.outreach.test_outreach_import import outreach_book


def _login(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    return ["--data-dir", str(opened.data_dir.root)]


def _out(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_outreach_preview_writes_nothing_then_yes_imports(opened: Opened, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    base = _login(opened, monkeypatch)
    book = outreach_book(tmp_path / "so.xlsx")
    assert main([*base, "import-outreach", str(book)]) == 0
    out = _out(capsys)
    assert "Dòng 3: sẽ được thêm." in out
    assert "Dòng 6: Ngày tổ chức: Ngày không hợp lệ." in out
    assert any(line.startswith("Dòng 7: Hình thức:") for line in out)
    assert out[-2].startswith("7 dòng: 4 sẽ được thêm, 2 có lỗi (không nhập), 1 trùng (bỏ qua).")
    assert out[-1].startswith("Chưa ghi gì vào sổ.")
    assert opened.services.outreach.count(opened.admin, OutreachQuery()) == 0
    assert main([*base, "import-outreach", str(book), "--all-or-nothing", "--yes"]) == 2  # refused, nothing in
    assert "không nhập dòng nào" in capsys.readouterr().err
    assert opened.services.outreach.count(opened.admin, OutreachQuery()) == 0
    assert main([*base, "import-outreach", str(book), "--yes"]) == 0
    assert _out(capsys)[-1] == "Đã nhập 4 dòng vào sổ, trong một lần ghi."
    assert opened.services.outreach.count(opened.admin, OutreachQuery()) == 4


def test_templates_and_a_column_chosen_by_number(opened: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    base = _login(opened, monkeypatch)
    template = tmp_path / "mau-truyen-thong.xlsx"
    assert main([*base, "import-outreach", "--template", str(template)]) == 0
    assert _out(capsys) == [f"Đã ghi tệp mẫu: {template}"]
    assert load_workbook(template).worksheets[0]["A1"].value == "Ngày tổ chức"
    assert main([*base, "import-establishments", "--template", str(tmp_path / "cs.xlsx")]) == 0
    book = messy_book(tmp_path / "co-so.xlsx")
    # Column 7 ("Mã SĐKKD") is mapped by hand to the licence number instead of the registration number.
    assert main([*base, "import-establishments", str(book), "--column", "7=licence_number"]) == 0
    assert "Cột 7 “Mã SĐKKD” → Số giấy phép" in _out(capsys)
    with pytest.raises(SystemExit):  # argparse's refusal, in Vietnamese
        main([*base, "import-establishments", str(book), "--column", "x=name"])
    assert "cần dạng SỐ_CỘT=TÊN_TRƯỜNG" in capsys.readouterr().err
    assert main([*base, "import-establishments", str(book), "--column", "2=no_such_field"]) == 2
    assert main([*base, "import-outreach"]) == 2
    assert "Thiếu tệp" in capsys.readouterr().err


def test_the_hub_imports_its_years_figures(hub: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    base = _login(hub, monkeypatch)
    template = tmp_path / "mau-chi-tieu.xlsx"
    assert main([*base, "import-baseline", "--template", str(template), "--year", "2026"]) == 0
    rows = list(load_workbook(template).worksheets[0].iter_rows(values_only=True))
    assert rows[1][0] == 2026 and rows[1][1] == "T1"
    assert main([*base, "import-baseline", str(plan_book(tmp_path / "kh.xlsx")), "--yes"]) == 0
    out = _out(capsys)
    assert "Dòng 7: Mã chỉ tiêu: Không có chỉ tiêu “XX9” trong bộ chỉ tiêu áp dụng cho năm 2026." in out
    assert out[-1] == "Đã nhập 3 dòng vào sổ, trong một lần ghi."
    entered = {r.indicator: r.entered for r in hub.services.reports.annual_targets(hub.admin, 2026) if r.entered}
    assert entered == {"T1": ">= 90", "SN2": ">= 3.500", "SN3": ">= 60000"}
