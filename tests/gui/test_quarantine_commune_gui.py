"""The commune learns from the hub's receipt what was held back: a home item per record, opening that record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from desktop.db.models import HeldNotice, QuarantinedRecord
from desktop.gui.pages.home import HomePage, item_text
from desktop.gui.pages.outreach import OutreachPage
from desktop.services.home.home import attention
from desktop.sync import receipts
from tests.gui.test_quarantine_gui import _shot
from tests.gui.test_sync_gui import Offices, offices  # noqa: F401 - offices is a fixture
from tests.sync.test_quarantine import _fresh_bad_session
from tests.sync.sync_helpers import Pair

pytestmark = pytest.mark.gui


def _receipt(pair: Pair, folder: Path, *, ghost: bool = False) -> Path:
    """The hub's receipt for the commune (a ghost hold: a record id the commune never had)."""
    folder.mkdir(exist_ok=True)
    with pair.hub.services.register.uow() as uow:
        unit = uow.session.execute(select(QuarantinedRecord.origin_unit)).scalars().first()
        if ghost:
            uow.session.add(QuarantinedRecord(table_name="outreach_sessions", record_id="0" * 8 + "-dead", record_version=1,
                                              origin_unit=unit, bundle_id="b", content="{}",
                                              rules=json.dumps([{"code": "number.negative", "field": "leaflets",
                                                                 "params": {}}])))
            uow.session.flush()
        path = receipts.write_receipt(uow.session, folder=folder, now=pair.hub.clock.now(), commune_unit=unit)
        uow.commit()
    return path


def test_the_receipt_lists_held_records_and_home_opens_each(qtbot, offices: Offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pair = Pair(offices.c, offices.h, offices.usb)
    bad = _fresh_bad_session(pair, participants_total=-5, participants_male=-5, participants_female=0)
    pair.receive(*pair.send())
    result = offices.c.services.sync.import_receipt(offices.c.admin, _receipt(pair, tmp_path / "r1")).value
    assert (result.acknowledged, result.held, result.unknown_held) == (1, 1, ())

    [item] = [i for i in attention(offices.c.services.register, offices.c.admin) if i.code == "home.held_record"]
    assert item.target_page == f"held:outreach_sessions:{bad}"
    assert item_text(item).startswith("Tuyến tỉnh giữ lại một bản ghi vì vi phạm quy tắc: Số không được âm.")
    home = HomePage(offices.commune)
    qtbot.addWidget(home)
    assert any(i.code == "home.held_record" for i in home.items)
    texts = [label.text() for label in home.grid.findChildren(QLabel)]
    assert any("Tuyến tỉnh giữ lại một bản ghi" in t for t in texts)
    _shot(home, "commune-home-held.png")

    page = OutreachPage(offices.commune)
    qtbot.addWidget(page)
    assert not page.claims_view("held:clients:x") and page.claims_view(item.target_page)
    assert page.record_dialog is None  # asking is not opening: the home screen asks while grouping its cards
    page.open_view(item.target_page)
    assert page.record_dialog.isVisible() and page.record_dialog.place.text() == "Nhà văn hóa thôn Lũng Hạ"
    page.record_dialog.reject()


def test_a_receipt_naming_a_record_the_commune_lacks_says_so_and_applies_the_rest(offices: Offices,
                                                                                 tmp_path: Path) -> None:
    pair = Pair(offices.c, offices.h, offices.usb)
    bad = _fresh_bad_session(pair, participants_male=3)
    pair.receive(*pair.send())
    result = offices.c.services.sync.import_receipt(offices.c.admin, _receipt(pair, tmp_path / "r", ghost=True)).value
    assert result.acknowledged == 1 and result.held == 1
    assert result.unknown_held == (("outreach_sessions", "00000000-dead"),)
    with offices.c.services.register.uow() as uow:
        assert [n.record_id for n in uow.session.execute(select(HeldNotice)).scalars()] == [bad]
