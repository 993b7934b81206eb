"""A commune's report on a real encrypted register: computed, written to Excel and PDF, read back."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from desktop.domain import periods
from desktop.domain.problems import DomainError
from desktop.domain.roles import Role
from desktop.reports.model import SECONDARY, SMALL
from desktop.services.context import Actor
from tests import report_data as data
from tests.conftest import Opened

Q3 = periods.quarter(2026, 3)
SHARES = {"T1", "T3", "T4", "T5", "T8", "T8KH"} | {"T9"}


@pytest.fixture
def filled(opened: Opened, tmp_path: Path) -> Opened:
    with opened.services.register.engine.begin() as conn:
        data.insert_all(conn)  # Chí Tiên's rows too: the commune report must leave them out
    opened.services.reports.load_definitions(opened.admin, data.programme_through_2026(tmp_path))
    opened.services.reports.set_parameter(opened.admin, "students", period=Q3, value=100)
    return opened


def table(ws: Worksheet) -> list[tuple[object, ...]]:
    """The rows of the indicator table, from under its heading to its last bordered row."""
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Chỉ tiêu")
    rows = []
    for r in range(head + 1, ws.max_row + 1):
        values = tuple(ws.cell(r, c).value for c in range(1, 9))
        if values[0] is None and values[1] is None:
            break
        rows.append(values)
    return rows


def test_the_report_counts_this_commune_only(filled: Opened) -> None:
    report = filled.services.reports.compute(filled.admin, Q3)
    assert [u.code for u in report.units] == [data.XUAN_LUNG] and not report.is_hub
    assert (report.unit_name, report.province_name) == ("Xã Xuân Lũng", "Tỉnh Phú Thọ")
    figures = [(i.code, i.figure.value) for i in report.indicators]
    assert figures[:3] == [("T1", 100.0), ("TT1", 3), ("TT2", 38)]


def test_every_number_of_the_workbook_matches_the_hand_count(filled: Opened, tmp_path: Path) -> None:
    svc, actor = filled.services.reports, filled.admin
    path = tmp_path / "bao-cao.xlsx"
    svc.export_report(actor, svc.compute(actor, Q3), xlsx=path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Báo cáo", "Thuyết minh"]  # a commune report has no per-commune sheet
    ws = workbook["Báo cáo"]
    rows = table(ws)
    result_cells = [row[3] for row in rows if row[2] is not None]  # rows with a unit carry a figure
    expected = data.as_cells(data.COMMUNE_Q3, SHARES)
    # The workbook leaves the commune: client counts of 1–4 show "<5" (and one more "x" where a
    # "<5" could be worked out from the total); every other cell is the hand count.
    assert len(result_cells) == len(expected)
    for cell, hand in zip(result_cells, expected, strict=True):
        if cell == SMALL:
            assert isinstance(hand, int) and 1 <= hand <= 4
        elif cell != SECONDARY:
            assert cell == (pytest.approx(hand) if isinstance(hand, float) else hand)
    assert SMALL in result_cells
    # Every number on the sheet is one of those: nothing else numeric slipped in.
    numbers = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, int | float)]
    assert len(numbers) == sum(1 for v in result_cells if not isinstance(v, str))
    codes = [row[0] for row in rows if row[0] and row[1] is not None]
    assert codes == list(data.COMMUNE_Q3)
    t5 = next(row for row in rows if row[0] == "T5")
    assert t5[2:] == ("%", pytest.approx(0.25), "≥ 70%", "Chưa đạt", "≥ 25%", "Đạt")
    t3 = next(row for row in rows if row[0] == "T3")
    assert t3[3:] == ("Không đủ dữ liệu", "≥ 70%", "Không đủ dữ liệu", "≥ 25%", "Không đủ dữ liệu")
    t8 = next(row for row in rows if row[0] == "T8")
    assert t8[4:6] == ("≥ 20%", "Không đánh giá")  # the national T8 target is yearly


def test_the_workbook_looks_like_an_official_form(filled: Opened, tmp_path: Path) -> None:
    svc, actor = filled.services.reports, filled.admin
    path = tmp_path / "bao-cao.xlsx"
    svc.export_report(actor, svc.compute(actor, Q3), xlsx=path)
    ws = openpyxl.load_workbook(path)["Báo cáo"]
    # Decree 30: a People's Committee's full name, no parent line; the number under it, the date level with it.
    assert [ws["A1"].value, ws["A2"].value] == ["ỦY BAN NHÂN DÂN", "XÃ XUÂN LŨNG"]
    assert [ws["D1"].value, ws["D2"].value] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert ws["A4"].value.startswith("Số:") and ws["A4"].value.endswith("/BC-UBND")
    assert ws["D4"].value == "Xuân Lũng, ngày 28 tháng 11 năm 2026"
    assert ws["A6"].value == "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÒNG, CHỐNG MẠI DÂM"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:C1", "A2:C2", "D1:H1", "D2:H2", "A6:H6"} <= merged
    assert ws["A1"].font.b and ws["A2"].font.b and ws["D1"].font.b and ws["A6"].font.b
    assert ws["D2"].font.u == "single" and ws["A2"].font.u == "single"
    assert ws["A7"].value == "Kỳ báo cáo: Quý 3/2026 (từ ngày 01/07/2026 đến ngày 30/09/2026)"
    assert ws.oddHeader.center.text == "&P" and ws.HeaderFooter.differentFirst  # page numbers from page 2
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Nơi nhận:" in texts
    assert "TM. ỦY BAN NHÂN DÂN" in texts
    assert "- Lưu: VT, VHXH." in texts
    assert not any("Hòa Nhập" in t for t in texts)
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Chỉ tiêu")
    assert all(ws.cell(head, c).font.b for c in range(1, 9))
    section = ws.cell(head + 1, 1)
    assert section.value == "I. CÔNG TÁC THÔNG TIN, GIÁO DỤC, TRUYỀN THÔNG" and section.font.b
    formats = {ws.cell(r, 4).number_format for r in range(head + 1, ws.max_row + 1)
               if isinstance(ws.cell(r, 4).value, int | float)}
    assert formats == {"#,##0", "0.0%"}
    setup = ws.page_setup
    assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (9, "portrait", 1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${head}:${head}"  # the table heading repeats on every page


@pytest.mark.tools
def test_the_pdf_reads_back(filled: Opened, tmp_path: Path) -> None:
    svc, actor = filled.services.reports, filled.admin
    path = tmp_path / "bao-cao.pdf"
    svc.export_report(actor, svc.compute(actor, Q3), pdf=path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("ỦY BAN NHÂN DÂN", "XÃ XUÂN LŨNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Xuân Lũng, ngày 28 tháng 11 năm 2026", "Quý 3/2026", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                     "PHÓ CHỦ TỊCH", "Nơi nhận:", "- Lưu: VT, VHXH."):
        assert expected in text
    lines = text.splitlines()

    def line_of(code: str) -> str:
        return next(line for line in lines if line.split()[:1] == [code])

    assert "100,0%" in line_of("T1") and "Đạt" in line_of("T1")
    assert "25,0%" in line_of("T5") and "Chưa" in line_of("T5")
    assert line_of("TT2").split()[-1] == "38"
    assert "1.500.000" in line_of("KT5")
    assert "Không đủ dữ liệu" in text
    assert "Hòa Nhập" not in text and "THỦ TRƯỞNG ĐƠN VỊ" not in text


@pytest.mark.tools
def test_libreoffice_opens_the_workbook(filled: Opened, tmp_path: Path) -> None:
    svc, actor = filled.services.reports, filled.admin
    path = tmp_path / "bao-cao.xlsx"
    svc.export_report(actor, svc.compute(actor, Q3), xlsx=path)
    home = tmp_path / "home"
    home.mkdir()
    # A profile of its own: works as root in CI and beside a running LibreOffice.
    result = subprocess.run(
        ["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(path)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(home)}, check=False)
    converted = tmp_path / "out" / "bao-cao.pdf"
    assert result.returncode == 0 and converted.exists(), result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(converted), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "XÃ XUÂN LŨNG" in text
    assert "Số lượt người được truyền thông, tiếp cận" in text


def test_export_needs_the_export_permission_and_is_audited(filled: Opened, tmp_path: Path) -> None:
    svc = filled.services.reports
    viewer = Actor(account_id="v", username="xem", role=Role.VIEWER)
    report = svc.compute(viewer, Q3)  # a viewer may look at the counts...
    with pytest.raises(DomainError) as denied:
        svc.export_report(viewer, report, xlsx=tmp_path / "x.xlsx")  # ...but not take them away
    assert denied.value.code == "permission.denied" and not (tmp_path / "x.xlsx").exists()
    svc.export_report(filled.admin, report, xlsx=tmp_path / "a.xlsx", pdf=tmp_path / "a.pdf")
    last = filled.services.maintenance.recent_audit(filled.admin, limit=1)[0]
    assert (last.action, last.entity) == ("export", "report")
    assert '"files": ["a.xlsx", "a.pdf"]' in last.detail and '"period": "2026-Q3"' in last.detail


def test_parameters_are_per_period_and_can_be_cleared(filled: Opened) -> None:
    svc, actor = filled.services.reports, filled.admin
    assert {p.code: p.value for p in svc.parameters(actor, Q3)} == {
        "workers_high_risk": None, "workers_industrial": None, "students": 100.0}
    assert all(p.value is None for p in svc.parameters(actor, periods.quarter(2026, 2)))
    svc.set_parameter(actor, "students", period=Q3, value=None)
    t5 = next(i for i in svc.compute(actor, Q3).indicators if i.code == "T5")
    assert t5.figure.value is None and t5.figure.numerator == 25
    for bad in (-1.0, float("nan")):
        with pytest.raises(DomainError) as caught:
            svc.set_parameter(actor, "students", period=Q3, value=bad)
        assert caught.value.code == "reports.parameter_invalid"
    with pytest.raises(DomainError) as unknown:
        svc.set_parameter(actor, "pupils", period=Q3, value=5)
    assert unknown.value.code == "reports.unknown_parameter"
