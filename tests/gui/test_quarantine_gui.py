"""The hub's held-back records beside the conflicts: listed in the user's language, released with a reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.domain.roles import Role
from desktop.gui.pages.sync_receive import ReceivePage
from desktop.services.context import Actor
from tests.gui.test_sync_gui import Offices, _cells, _import, offices  # noqa: F401 - offices is a fixture
from tests.sync.test_quarantine import _fresh_bad_session
from tests.sync.sync_helpers import Pair
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("HOANHAP_SHOTS", "/tmp/quarantine"))


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.resize(1100, 560)
    widget.grab().save(str(SHOTS / name))


def test_held_records_are_listed_and_released_with_a_reason(qtbot, offices: Offices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pair = Pair(offices.c, offices.h, offices.usb)
    bad = _fresh_bad_session(pair, participants_total=-5, participants_male=-5, participants_female=0)
    _fresh_bad_session(pair, participants_male=3)
    paths = pair.send()
    receive = ReceivePage(offices.hub)
    qtbot.addWidget(receive)
    _import(qtbot, receive, paths)
    assert "2 bản ghi vi phạm quy tắc bị giữ lại" in receive.totals.text()
    panel = receive.quarantine
    assert panel.model.rowCount() == 2 and receive.tabs.tabText(3) == "Bị giữ lại (2)"
    rows = [_cells(panel.model, r) for r in range(2)]
    assert {tuple(r[:2]) for r in rows} == {("Xã Xuân Lũng", "Buổi truyền thông")}
    rules = " | ".join(r[3] for r in rows)
    assert "Số không được âm." in rules and "Số nam, nữ và khác cộng lại (13)" in rules
    receive.tabs.setCurrentWidget(panel)
    _shot(receive, "hub-quarantine.png")

    row = [r for r in range(2) if panel.model.rows[r].record_id == bad][0]
    panel.table.selectRow(row)
    monkeypatch.setattr(panel, "ask_reason", lambda: "Xã xác nhận qua điện thoại")
    offices.hub.set_actor(Actor("viewer-id", "xem", Role.VIEWER))
    panel.release_selected()
    settle(panel)
    assert "tài khoản xem" in panel.message.text() and panel.model.rowCount() == 2
    offices.hub.set_actor(offices.h.admin)
    panel.table.selectRow(row)
    panel.release_selected()
    settle(panel)
    assert panel.message.text().startswith("Đã đưa bản ghi của Xã Xuân Lũng vào số liệu")
    assert panel.model.rowCount() == 1 and receive.tabs.tabText(3) == "Bị giữ lại (1)"

    from desktop.gui.pages.completeness import CompletenessPage

    page = CompletenessPage(offices.hub)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and "bị giữ lại" in page.summary.text(), timeout=20000)
    assert "1 bản ghi bị giữ lại</span> vì vi phạm quy tắc" in page.summary.text()
