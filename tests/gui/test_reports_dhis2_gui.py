"""The hub's reports page sends a period's figures to DHIS2: JSON or ADX chosen in the save dialog, a wrong
mapping shown row by row and nothing written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.db.config import Config
from desktop.domain import periods
from desktop.gui.context import AppContext
from desktop.gui.pages.reports import ReportsPage
from tests import report_data as data
from tests.conftest import Opened
from tests.services.reports.test_dhis2_export import EXAMPLE

pytestmark = pytest.mark.gui


@pytest.fixture
def hub_context(hub: Opened) -> Iterator[AppContext]:
    with hub.services.register.engine.begin() as conn:
        data.insert_all(conn)
    ctx = AppContext(hub.services, hub.admin, hub.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def _page(qtbot, context: AppContext) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.period.set_period(periods.quarter(2026, 3))
    return page


def test_the_hub_exports_json_and_adx_from_its_reports_page(qtbot, hub_context: AppContext, hub: Opened,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path, monkeypatch) -> None:
    hub.services.dhis2.install_mapping(hub.admin, EXAMPLE)
    page = _page(qtbot, hub_context)
    assert page.dhis2.isVisibleTo(page) and page.dhis2.text() == "Xuất sang DHIS2…"
    asked: list[str] = []
    answers = iter([(str(tmp_path / "q3.json"), "DHIS2 dataValueSets (*.json)"),
                    (str(tmp_path / "q3"), "ADX XML (*.xml)")])

    def save_name(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        asked.append(name)
        return next(answers)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(page.dhis2, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy.busy and (tmp_path / "q3.json").exists(), timeout=20000)
    assert asked == ["dhis2-2026-Q3.json"]
    assert "Đã ghi 22 giá trị DHIS2 của 3 xã, phường" in page.message.text()
    assert {v["period"] for v in json.loads((tmp_path / "q3.json").read_text("utf-8"))["dataValues"]} == {"2026Q3"}
    qtbot.mouseClick(page.dhis2, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy.busy and (tmp_path / "q3.xml").exists(), timeout=20000)
    assert (tmp_path / "q3.xml").read_text("utf-8").count("<group ") == 3
    page.resize(1200, 700)
    page.grab().save(str(tmp_path.parent / "dhis2-reports-page.png"))


def test_a_wrong_mapping_is_shown_row_by_row(qtbot, hub_context: AppContext, hub: Opened,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    broken = tmp_path / "m.toml"
    broken.write_text(EXAMPLE.read_text("utf-8").replace('"08218" = "HnOuChiTie1"', ""), "utf-8")
    hub.services.dhis2.install_mapping(hub.admin, broken)
    page = _page(qtbot, hub_context)
    target = tmp_path / "q3.json"
    page.dhis2.write(target, period=periods.quarter(2026, 3), fmt="json")
    qtbot.waitUntil(lambda: not page.busy.busy, timeout=20000)
    assert "org_units.08218: Xã Chí Tiên (mã 08218) có số liệu kỳ này nhưng chưa có mã đơn vị DHIS2" in \
        page.message.text()
    assert not target.exists()
    page.resize(1200, 700)
    page.grab().save(str(tmp_path.parent / "dhis2-mapping-error.png"))


def test_a_commune_has_no_dhis2_action(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    assert not page.dhis2.isVisibleTo(page)
    ctx.tasks.wait()
