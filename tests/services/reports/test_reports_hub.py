"""The hub's report: a selection of communes or the whole province, per-commune sheet, small counts hidden."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from desktop.domain import periods
from desktop.domain.problems import DomainError
from desktop.reports.model import SECONDARY, SMALL
from tests import report_data as data
from tests.conftest import Opened

Q3 = periods.quarter(2026, 3)
SELECTED = ["08500", "08218", "04792"]
CLIENT_CODES = ("HT1", "HT2", "HT3", "HT4", "HT5")


@pytest.fixture
def filled(hub: Opened) -> Opened:
    with hub.services.register.engine.begin() as conn:
        data.insert_all(conn)
    return hub


def test_the_whole_province_is_the_default_scope(filled: Opened) -> None:
    report = filled.services.reports.compute(filled.admin, Q3)
    assert report.is_hub and len(report.units) == 148  # Phú Thọ since 1 July 2025
    assert (report.unit_name, report.province_name) == ("Tỉnh Phú Thọ", "")
    t1 = report.indicators[0]
    # Shares stand on the 3 communes the hub heard from, not on 148 (145 never sent anything).
    assert (t1.code, t1.figure.numerator, t1.figure.denominator) == ("T1", 2, 3)
    assert {u.code for u in report.units} >= set(data.UNITS)
    assert report.coverage is not None and {u.code for u in report.coverage.reporting} == set(data.REPORTING)
    assert len(report.coverage.missing) == 145


def test_a_commune_outside_the_province_is_refused(filled: Opened) -> None:
    with pytest.raises(DomainError) as caught:
        filled.services.reports.compute(filled.admin, Q3, units=["08500", "00004"])  # 00004: Hà Nội
    assert caught.value.params == {"code": "00004"}


def test_workbook_has_the_per_commune_sheet_and_hides_small_client_counts(filled: Opened, tmp_path: Path) -> None:
    svc, actor = filled.services.reports, filled.admin
    report = svc.compute(actor, Q3, units=SELECTED)
    path = tmp_path / "tinh.xlsx"
    svc.export_report(actor, report, xlsx=path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Báo cáo", "Theo xã", "Tình hình báo cáo", "Thuyết minh"]
    main, units = workbook["Báo cáo"], workbook["Theo xã"]
    # The hub issues as the provincial Department of Health, under its parent People's Committee.
    assert (main["A1"].value, main["A2"].value, main["A4"].value) == (
        "UBND TỈNH PHÚ THỌ", "SỞ Y TẾ TỈNH PHÚ THỌ", "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-SYT")
    assert "Tổng hợp từ 3/3 xã, phường đã gửi số liệu kỳ này" in [main.cell(r, 1).value for r in range(1, 12)]

    codes = [units.cell(4, c).value for c in range(4, units.max_column + 1)]
    column = {code.split()[0]: 4 + n for n, code in enumerate(codes)}
    names = [units.cell(r, 3).value for r in range(6, 9)]
    assert names == ["Phường Tân Hòa", "Xã Chí Tiên", "Xã Xuân Lũng"]  # alphabetical, diacritics folded
    assert [units.cell(r, 2).value for r in range(6, 9)] == ["04792", "08218", "08500"]

    def row(code: str) -> list[object]:
        return [units.cell(r, column[code]).value for r in range(6, 10)]  # three communes, then the total

    assert row("TT1") == [0, 1, 3, 4]
    assert row("TT2") == [0, 3, 38, 41]
    assert row("T1") == [0, 1, 1, pytest.approx(0.667)]
    assert row("T5") == ["–", "–", "–", "–"]  # no denominator entered at the hub
    assert row("HT2") == [0, SMALL, SECONDARY, 6]  # Chí Tiên's 1 is small; Xuân Lũng's 5 would give it away
    assert row("HT1") == [0, SMALL, SMALL, SMALL]  # 1, 3 and 4 persons
    assert row("KT1") == [0, 0, 4, 4]  # business data is never suppressed
    assert units.freeze_panes == "D6" and units.page_setup.orientation == "landscape"

    # In every cell of both sheets, no client figure from 1 to 4 shows as a number.
    current, checked = None, 0
    for r in range(1, main.max_row + 1):
        current = main.cell(r, 1).value or current  # an indicator's code, then its breakdown rows
        value = main.cell(r, 4).value
        if current in CLIENT_CODES and value is not None:
            checked += 1
            assert not (isinstance(value, int | float) and 1 <= value <= 4), (main.cell(r, 2).value, value)
    assert checked == 5 + 17 + 17 + 18 + 13 + 8  # totals and breakdown rows of HT1..HT5
    for code in CLIENT_CODES:
        assert not any(isinstance(v, int | float) and 1 <= v <= 4 for v in row(code)), code


@pytest.mark.tools
def test_pdf_of_the_hub_shows_the_markers_and_the_appendix(filled: Opened, tmp_path: Path) -> None:
    svc, actor = filled.services.reports, filled.admin
    path = tmp_path / "tinh.pdf"
    svc.export_report(actor, svc.compute(actor, Q3, units=SELECTED), pdf=path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    lines = text.splitlines()
    ht1 = next(line for line in lines if line.split()[:1] == ["HT1"])
    assert SMALL in ht1 and "4" not in ht1.replace("HT1", "")
    assert "UBND TỈNH PHÚ THỌ" in text and "SỞ Y TẾ TỈNH PHÚ THỌ" in text and "/BC-SYT" in text
    assert "Tổng hợp từ 3/3 xã, phường đã gửi số liệu kỳ này" in text
    assert "PHỤ LỤC: KẾT QUẢ THEO XÃ, PHƯỜNG" in text
    assert "66,7%" in text and "số từ 1 đến 4 được ẩn" in text
    xuan_lung = [line for line in lines if "Xã Xuân Lũng" in line]
    assert xuan_lung and "100,0%" in xuan_lung[0]
