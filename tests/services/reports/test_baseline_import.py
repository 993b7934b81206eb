"""Bringing in the hub's baseline figures (the year's targets of the province's plan) from Excel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.problems import DomainError
from tests.conftest import Opened


def plan_book(path: Path) -> Path:
    """The province's plan as a hub keeps it: a title, its own headers, figures as numbers, text and shares."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "CHỈ TIÊU KẾ HOẠCH PHÒNG, CHỐNG MẠI DÂM NĂM 2026"
    sheet.merge_cells("A1:E1")
    sheet.append(["Năm", "Mã số", "Nội dung chỉ tiêu", "Cột chỉ tiêu", "Chỉ tiêu"])
    sheet.append([2026, "T1", "Tỷ lệ xã có hình thức truyền thông", "Chỉ tiêu KH năm", "90%"])
    sheet.append([2026, "sn2", "Số người lao động được tiếp cận", "", "3.500"])  # lower-case code, default column
    sheet.append([2026, "SN3", "Số công nhân", "Chỉ tiêu KH năm", ">= 60000"])
    sheet.append([2026, "T1", "(viết lại)", "Chỉ tiêu KH năm", "95%"])  # the same figure twice in the file
    sheet.append([2026, "XX9", "Không có", "Chỉ tiêu KH năm", "10"])  # not in the year's set
    sheet.append([2026, "T3", "Tỷ lệ người lao động", "Chỉ tiêu KH năm", "150%"])  # a share above 100
    sheet.append([2031, "T1", "", "", "50"])  # no set of indicators for that year
    sheet.append(["năm nay", "SN4", "", "", "khoảng 3 nghìn"])  # unreadable year and figure
    sheet.append([2026, "SN5", "Chưa điền", "Chỉ tiêu KH năm", None])  # a template row left blank: not a row
    book.save(path)
    return path


def test_the_template_lists_every_indicator_of_the_year_to_fill_in(hub: Opened, tmp_path: Path) -> None:
    s, admin = hub.services, hub.admin
    template = s.baseline_import.write_template(admin, tmp_path / "mau.xlsx")
    book = load_workbook(template)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Năm", "Mã chỉ tiêu", "Tên chỉ tiêu", "Cột chỉ tiêu", "Chỉ tiêu")
    codes = [r[1] for r in rows[1:]]
    assert {"T1", "SN2", "T9"} <= set(codes) and all(r[0] == 2026 and r[4] is None for r in rows[1:])
    assert book.worksheets[1].sheet_state == "hidden"
    assert len(sheet.data_validations.dataValidation) == 2
    preview = s.baseline_import.preview(admin, template)
    assert preview.rows == ()  # nothing filled in yet: nothing to add


def test_each_figure_is_checked_like_the_targets_dialog(hub: Opened, tmp_path: Path) -> None:
    s, admin = hub.services, hub.admin
    s.reports.set_annual_target(admin, year=2026, indicator="SN3", target_set="plan", target=">= 50000")
    preview = s.baseline_import.preview(admin, plan_book(tmp_path / "ke-hoach.xlsx"))
    by_line = {r.line: r for r in preview.rows}
    assert sorted(by_line) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert by_line[3].good and by_line[3].draft.target == ">= 90" and by_line[3].draft.target_set == "plan"
    assert by_line[4].good and (by_line[4].draft.indicator, by_line[4].draft.target) == ("SN2", ">= 3.500")
    assert by_line[5].duplicate and by_line[6].duplicate  # entered already; the same figure earlier in the file
    assert [(p.code, p.field) for p in by_line[7].problems] == [("reports.unknown_indicator", "indicator")]
    assert [(p.code, p.field) for p in by_line[8].problems] == [("reports.bad_target", "target")]
    assert [p.code for p in by_line[9].problems] == ["reports.no_set"]
    assert {p.code for p in by_line[10].problems} == {"import.bad_year", "reports.bad_target"}
    assert (preview.good, preview.with_problems, preview.duplicates) == (2, 4, 2)
    entered = {r.indicator: r.entered for r in s.reports.annual_targets(admin, 2026) if r.entered}
    assert entered == {"SN3": ">= 50000"}  # nothing written by a preview


def test_good_figures_go_in_one_transaction_audited_as_imported(hub: Opened, tmp_path: Path) -> None:
    s, admin = hub.services, hub.admin
    preview = s.baseline_import.preview(admin, plan_book(tmp_path / "ke-hoach.xlsx"))
    with pytest.raises(DomainError) as refused:
        s.baseline_import.apply(admin, preview, all_or_nothing=True)
    assert refused.value.code == "import.not_all_good"
    assert not [r for r in s.reports.annual_targets(admin, 2026) if r.entered]
    assert s.baseline_import.apply(admin, preview).value == 3
    entered = {r.indicator: r.entered for r in s.reports.annual_targets(admin, 2026) if r.entered}
    assert entered == {"T1": ">= 90", "SN2": ">= 3.500", "SN3": ">= 60000"}
    entries = [e for e in s.maintenance.recent_audit(admin, limit=20) if e.action == "indicators.target.import"]
    assert len(entries) == 3 and {json.loads(e.detail)["sha256"] for e in entries} == {preview.sha256}
    assert {json.loads(e.detail)["file"] for e in entries} == {"ke-hoach.xlsx"}
    again = s.baseline_import.preview(admin, tmp_path / "ke-hoach.xlsx")
    assert again.good == 0 and again.duplicates == 4


def test_an_officer_cannot_import_the_years_figures(hub: Opened, tmp_path: Path) -> None:
    from desktop.domain.roles import Role
    from desktop.services.context import Actor

    with pytest.raises(DomainError) as refused:
        hub.services.baseline_import.preview(Actor("x", "canbo", Role.OFFICER), plan_book(tmp_path / "k.xlsx"))
    assert refused.value.code == "permission.denied"
