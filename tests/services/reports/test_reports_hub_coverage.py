"""A hub report says whose data it holds: 4/148 communes, the missing ones by name, "chưa báo cáo", never 0."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert

from desktop.db import models as m
from desktop.domain import periods
from desktop.reports.model import NOT_REPORTED, Status
from tests import report_data as data
from tests.conftest import Opened

Q3 = periods.quarter(2026, 3)
XUAN_DAI = "08590@2025-07"  # sent a bundle in October, nothing else: it reported, with no sessions


@pytest.fixture
def four_of_148(hub: Opened) -> Opened:
    with hub.services.register.engine.begin() as conn:
        data.insert_all(conn)
        conn.execute(insert(m.ImportedBundle).values(
            id="b-xd", sender_unit=XUAN_DAI, sender_device="dev-xd", key_id="KXD", sequence=1,
            payload_sha256="f" * 64, created_at=datetime(2026, 10, 20, 3, tzinfo=UTC)))
        # A bundle written before Q3 began cannot hold Q3 data: Yên Lập stays "chưa báo cáo".
        conn.execute(insert(m.ImportedBundle).values(
            id="b-yl", sender_unit="08290@2025-07", sender_device="dev-yl", key_id="KYL", sequence=1,
            payload_sha256="e" * 64, created_at=datetime(2026, 6, 20, 3, tzinfo=UTC)))
    return hub


def _row_of(ws: openpyxl.worksheet.worksheet.Worksheet, name: str, column: int = 3) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, column).value == name)


def test_shares_and_verdicts_stand_on_the_communes_that_reported(four_of_148: Opened) -> None:
    report = four_of_148.services.reports.compute(four_of_148.admin, Q3)
    assert report.coverage is not None
    assert (len(report.coverage.reporting), report.coverage.expected) == (4, 148)
    t1 = report.indicators[0]
    # Xuân Lũng and Chí Tiên held sessions; Tân Hòa (nil report) and Xuân Đài did not: 2 of 4.
    assert (t1.figure.numerator, t1.figure.denominator, t1.figure.value) == (2, 4, 50.0)
    assert [(t.text, t.status) for t in t1.targets] == [("≥ 100%", Status.NOT_MET)]  # the 2026 plan's one column
    assert t1.by_unit is not None
    rows = {r.label: r.figure for r in t1.by_unit.rows}
    assert rows["Xã Yên Lập"].hidden == NOT_REPORTED and rows["Xã Yên Lập"].value is None
    assert rows["Xã Xuân Đài"].value == 0 and not rows["Xã Xuân Đài"].hidden  # reported: a real zero
    tt1 = next(i for i in report.indicators if i.code == "TT1")
    assert tt1.figure.value == 4
    september = report.coverage.months[-1]
    assert (september.label, september.on_time, september.late, september.missing, september.nil_reports) == (
        "Tháng 09/2026", 1, 0, 147, 1)


def test_workbook_states_the_coverage_and_lists_the_missing(four_of_148: Opened, tmp_path: Path) -> None:
    svc, actor = four_of_148.services.reports, four_of_148.admin
    path = tmp_path / "tinh.xlsx"
    svc.export_report(actor, svc.compute(actor, Q3), xlsx=path)
    workbook = openpyxl.load_workbook(path)
    main, units, coverage = workbook["Báo cáo"], workbook["Theo xã"], workbook["Tình hình báo cáo"]
    texts = [main.cell(r, 1).value for r in range(1, 12)]
    assert "Tổng hợp từ 4/148 xã, phường đã gửi số liệu kỳ này" in texts
    assert any(t and "chỉ tính trên 4 xã, phường đã gửi số liệu" in t for t in texts)
    t1 = next(r for r in range(1, main.max_row + 1) if main.cell(r, 1).value == "T1")
    assert main.cell(t1, 4).value == 0.5 and main.cell(t1, 6).value == "Chưa đạt"

    codes = [units.cell(4, c).value for c in range(4, units.max_column + 1)]
    column = {code.split()[0]: 4 + n for n, code in enumerate(codes)}
    yen_lap, xuan_dai = _row_of(units, "Xã Yên Lập"), _row_of(units, "Xã Xuân Đài")
    assert units.cell(yen_lap, column["TT1"]).value == "chưa báo cáo"  # never 0
    assert units.cell(yen_lap, column["HT1"]).value == "chưa báo cáo"
    assert units.cell(xuan_dai, column["TT1"]).value == 0

    lines = [coverage.cell(r, 1).value or "" for r in range(1, 8)]
    missing = next(t for t in lines if t.startswith("Xã, phường chưa báo cáo (144):"))
    assert "Xã Yên Lập" in missing and "Xã Xuân Lũng" not in missing and "Xã Xuân Đài" not in missing
    head = _row_of(coverage, "Tháng", column=1)
    assert [coverage.cell(head, c).value for c in (4, 5, 6, 7, 8)] == [
        "Số xã, phường phải báo cáo", "Đúng hạn", "Muộn", "Chưa báo cáo", "Trong đó báo cáo không phát sinh"]
    assert [coverage.cell(head + 3, c).value for c in range(1, 9)] == [
        "Tháng 09/2026", None, None, 148, 1, 0, 147, 1]
    tan_hoa = _row_of(coverage, "Phường Tân Hòa")
    assert [coverage.cell(tan_hoa, c).value for c in (4, 7)] == ["Đã gửi", "Đúng hạn (không phát sinh)"]
    assert coverage.cell(_row_of(coverage, "Xã Yên Lập"), 4).value == "Chưa báo cáo"


@pytest.mark.tools
def test_pdf_prints_the_coverage_and_the_completeness_table(four_of_148: Opened, tmp_path: Path) -> None:
    svc, actor = four_of_148.services.reports, four_of_148.admin
    path = tmp_path / "tinh.pdf"
    svc.export_report(actor, svc.compute(actor, Q3), pdf=path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Tổng hợp từ 4/148 xã, phường đã gửi số liệu kỳ này" in flat
    assert "chỉ tính trên 4 xã, phường đã gửi số liệu" in flat
    assert "Xã, phường chưa báo cáo (144):" in flat and "Xã Yên Lập" in flat
    assert "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG" in flat
    assert "Tháng 09/2026 148 1 0 147 1" in flat
    t1 = next(line for line in text.splitlines() if line.split()[:1] == ["T1"])
    assert "50,0%" in t1 and "Đạt" not in t1.replace("Chưa đạt", "")
    yen_lap = next(line for line in text.splitlines() if "Xã Yên Lập" in line and "chưa báo" in line)
    assert " 0 " not in f" {yen_lap} "
    assert ".toml" not in text  # no file names on the page
