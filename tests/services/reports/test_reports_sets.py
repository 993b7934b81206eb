"""Indicator sets have a validity: the 2026 plan for 2026, 2021–2025 for 2025, none for 2027; own targets per year."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert

from desktop.db import models as m
from desktop.domain import periods
from desktop.domain.outreach import OutreachDraft
from desktop.domain.problems import DomainError
from desktop.domain.roles import Role
from desktop.reports import indicators
from desktop.reports.model import Status
from desktop.services.context import Actor
from tests.conftest import Opened

MINIMAL_2027 = """\
format = 1

[programme]
code = "{code}"
name_vi = "Chương trình {code}"
valid_from = {start}
valid_to = {end}
title_vi = "BÁO CÁO {code}"

[[target_sets]]
code = "national"
name_vi = "Mục tiêu QG"

[[sections]]
code = "a"
title_vi = "I. PHẦN A"

[[indicators]]
code = "X1"
section = "a"
name_vi = "Số buổi"
unit = "buổi"
value = {{ count = "outreach_sessions", date = "held_on" }}
"""


def _set(tmp_path: Path, name: str, code: str, start: str, end: str) -> Path:
    path = tmp_path / name
    path.write_text(MINIMAL_2027.format(code=code, start=start, end=end), "utf-8")
    return path


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_shipped_sets_do_not_overlap_and_cover_2021_to_2026() -> None:
    shipped = indicators.load_bundled()
    assert [(d.source, d.programme_period.start, d.programme_period.end) for d in shipped] == [
        ("programme-2021-2025.toml", date(2021, 1, 1), date(2025, 12, 31)),
        ("plan-2026.toml", date(2026, 1, 1), date(2026, 12, 31))]
    plan = shipped[1]
    assert [t.code for t in plan.target_sets] == ["plan"]
    t1 = plan.indicator("T1")
    assert [t.text for t in t1.targets] == ["≥ 100"]
    # Counts of people as the plans state them ("ít nhất N người ... được tiếp cận")
    sn2 = plan.indicator("SN2")
    assert sn2.unit == "người" and sn2.measure.column == "newly_reached"
    assert "dễ bị lợi dụng để hoạt động mại dâm" in sn2.name_vi


def test_each_period_uses_the_set_valid_for_it(opened: Opened) -> None:
    svc, actor = opened.services.reports, opened.admin
    r2026 = svc.compute(actor, periods.quarter(2026, 3))
    assert r2026.title == "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG MẠI DÂM NĂM 2026"
    assert [c.code for c in r2026.target_columns] == ["plan"] and not r2026.no_definitions
    r2025 = svc.compute(actor, periods.year(2025))
    assert r2025.programme.startswith("Chương trình phòng, chống mại dâm giai đoạn 2021–2025")
    assert [c.code for c in r2025.target_columns] == ["national", "province"]
    # A period across the two sets belongs to neither.
    assert svc.compute(actor, periods.parse("2025-12-01..2026-01-31")).no_definitions


@pytest.mark.tools
def test_a_period_outside_every_set_says_so_on_screen_and_on_paper(opened: Opened, tmp_path: Path) -> None:
    svc, actor = opened.services.reports, opened.admin
    report = svc.compute(actor, periods.year(2027))
    assert report.no_definitions and report.indicators == () and report.target_columns == ()
    assert svc.parameters(actor, periods.year(2027)) == []
    with pytest.raises(DomainError) as caught:
        svc.set_parameter(actor, "students", period=periods.year(2027), value=10)
    assert caught.value.code == "reports.no_set"
    pdf, xlsx = tmp_path / "2027.pdf", tmp_path / "2027.xlsx"
    svc.export_report(actor, report, pdf=pdf, xlsx=xlsx)
    flat = " ".join(_pdf_text(pdf).split())
    assert "Chưa có bộ chỉ tiêu áp dụng cho Năm 2027" in flat
    assert "Đề nghị quản trị viên nạp bộ chỉ tiêu áp dụng cho kỳ này." in flat
    assert ".toml" not in flat
    ws = openpyxl.load_workbook(xlsx)["Báo cáo"]
    texts = [ws.cell(r, 1).value or "" for r in range(1, ws.max_row + 1)]
    assert any("Chưa có bộ chỉ tiêu áp dụng cho Năm 2027" in t for t in texts)


def test_an_overlapping_set_is_refused_naming_both_files_and_the_previous_stays(opened: Opened,
                                                                                tmp_path: Path) -> None:
    svc, actor = opened.services.reports, opened.admin
    svc.load_definitions(actor, _set(tmp_path, "ct-2027-2030.toml", "2027-2030", "2027-01-01", "2030-12-31"))
    audit_before = opened.services.maintenance.recent_audit(actor, limit=1)[0].seq
    with pytest.raises(DomainError) as caught:
        svc.load_definitions(actor, _set(tmp_path, "ct-2029-2035.toml", "2029-2035", "2029-01-01", "2035-12-31"))
    assert caught.value.code == "indicators.overlap"
    assert caught.value.params == {"file": "ct-2029-2035.toml", "other": "ct-2027-2030.toml",
                                   "start": "01/01/2027", "end": "31/12/2030"}
    from desktop.domain.messages import render

    message = render(caught.value.code, caught.value.params)
    assert "ct-2029-2035.toml" in message and "ct-2027-2030.toml" in message
    assert opened.services.maintenance.recent_audit(actor, limit=1)[0].seq == audit_before
    assert svc.compute(actor, periods.year(2029)).title == "BÁO CÁO 2027-2030"  # the previous set stays
    assert svc.compute(actor, periods.year(2031)).no_definitions
    # The same programme again (a corrected file) replaces it instead of overlapping.
    svc.load_definitions(actor, _set(tmp_path, "ct-2027-2030-sua.toml", "2027-2030", "2027-01-01", "2031-12-31"))
    assert svc.compute(actor, periods.year(2031)).title == "BÁO CÁO 2027-2030"


def _session(opened: Opened, day: date, group: str, target: int, newly: int) -> None:
    opened.services.outreach.save(opened.admin, OutreachDraft(
        held_on=day, place="Nhà văn hóa", form="meeting", target_group=group, participants_total=target,
        participants_male=target // 2, participants_female=target - target // 2, target_members=target,
        newly_reached=newly))


def _by_code(report):  # type: ignore[no-untyped-def]
    return {i.code: i for i in report.indicators}


def test_targets_entered_by_an_administrator_change_the_report(opened: Opened) -> None:
    svc, actor = opened.services.reports, opened.admin
    _session(opened, date(2026, 3, 2), "business_workers", 30, 25)
    _session(opened, date(2026, 8, 2), "business_workers", 30, 10)
    year = periods.year(2026)
    before = _by_code(svc.compute(actor, year))
    assert before["SN2"].figure.value == 35 and before["SN2"].targets == ()
    svc.set_annual_target(actor, year=2026, indicator="SN2", target_set="plan", target=">= 40")
    svc.set_annual_target(actor, year=2026, indicator="T1", target_set="plan", target=">= 90")
    after = _by_code(svc.compute(actor, year))
    assert [(t.text, t.status) for t in after["SN2"].targets] == [("≥ 40", Status.NOT_MET)]  # 35 of at least 40
    assert [t.text for t in after["T1"].targets] == ["≥ 90%"]
    # A count is the year's figure: a quarter is not judged against it; a share is.
    q3 = _by_code(svc.compute(actor, periods.quarter(2026, 3)))
    assert [t.status for t in q3["SN2"].targets] == [Status.NOT_JUDGED]
    svc.set_annual_target(actor, year=2026, indicator="SN2", target_set="plan", target=">= 3.500")
    rows = {(r.indicator, r.target_set): r for r in svc.annual_targets(actor, 2026)}
    assert rows[("SN2", "plan")].entered == ">= 3.500" and rows[("T1", "plan")].in_file == "≥ 100"
    svc.set_annual_target(actor, year=2026, indicator="SN2", target_set="plan", target=None)  # cleared
    assert _by_code(svc.compute(actor, year))["SN2"].targets == ()
    assert _by_code(svc.compute(actor, periods.year(2025)))["T1"].targets[0].text == "≥ 70%"  # other years as filed


def test_bad_targets_and_officers_are_refused(opened: Opened) -> None:
    svc, actor = opened.services.reports, opened.admin
    for target, code in ((">= 0", "reports.bad_target"), ("khoảng 50", "reports.bad_target"),
                         (">= 120", "reports.bad_target")):
        with pytest.raises(DomainError) as caught:
            svc.set_annual_target(actor, year=2026, indicator="T1", target_set="plan", target=target)
        assert caught.value.code == code
    with pytest.raises(DomainError) as caught:
        svc.set_annual_target(actor, year=2026, indicator="ZZ", target_set="plan", target=">= 1")
    assert caught.value.code == "reports.unknown_indicator"
    officer = Actor(account_id="o", username="canbo", role=Role.OFFICER)
    with pytest.raises(DomainError) as caught:
        svc.set_annual_target(officer, year=2026, indicator="T1", target_set="plan", target=">= 90")
    assert caught.value.code == "permission.denied"
    assert all(r.entered == "" for r in svc.annual_targets(actor, 2026))


def test_the_hubs_own_targets_win_for_the_province_report(hub: Opened) -> None:
    svc, actor = hub.services.reports, hub.admin
    when = datetime(2026, 10, 1, tzinfo=UTC)
    with hub.services.register.engine.begin() as conn:  # a commune's own figure, arrived in its bundle
        conn.execute(insert(m.AnnualTarget).values(
            id="t-xl", origin_unit="08500@2025-07", origin_device="d", created_at=when, updated_at=when, version=1,
            year=2026, indicator_code="T1", target_set="plan", target=">= 10"))
    assert _by_code(svc.compute(actor, periods.year(2026)))["T1"].targets[0].text == "≥ 100%"  # the file's
    svc.set_annual_target(actor, year=2026, indicator="T1", target_set="plan", target=">= 80")
    assert _by_code(svc.compute(actor, periods.year(2026)))["T1"].targets[0].text == "≥ 80%"
