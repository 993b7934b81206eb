"""At the commune, every kind of record the hub held back opens from the home screen into its own form."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.bootstrap import Services, build_services
from desktop.db.config import Config
from desktop.db.datadir import DataDir
from desktop.db.keyring import FAST_KDF
from desktop.db.models import HeldNotice
from desktop.demo.builder import build_demo
from desktop.demo.office import DEMO_PASSWORD, DEMO_USERNAME
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.home import HomePage
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from tests.conftest import NOW

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/everyday/shots")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> DataDir:
    data_dir = DataDir(tmp_path_factory.mktemp("held") / "demo")
    build_demo(data_dir, clock=FixedClock(NOW), kdf=FAST_KDF)
    return data_dir


@pytest.fixture
def context(demo_dir: DataDir) -> Iterator[AppContext]:
    register, actor = auth.login(demo_dir, DEMO_USERNAME, DEMO_PASSWORD, clock=FixedClock(NOW))
    ctx = AppContext(build_services(register), actor, demo_dir, Config())
    yield ctx
    ctx.tasks.wait()
    with register.uow() as uow:  # the next test starts without these notices
        uow.session.execute(text("DELETE FROM held_notices"))
        uow.commit()
    register.close()


def _hold(services: Services, table: str, *, where: str = "") -> str:
    """What importing the hub's receipt stores: one of our records of `table`, held back for a rule."""
    with services.register.uow() as uow:
        record_id, version = uow.session.execute(text(
            f"SELECT id, version FROM {table} WHERE deleted_at IS NULL {where} ORDER BY id LIMIT 1")).one()
        uow.session.add(HeldNotice(table_name=table, record_id=record_id, record_version=version, receipt_id="r-1",
                                   rules=json.dumps([{"code": "number.negative", "field": "", "params": {}}])))
        uow.commit()
    return str(record_id)


def _owner(services: Services, table: str, record_id: str, column: str) -> str:
    with services.register.uow() as uow:
        return str(uow.session.execute(text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": record_id})
                   .scalar_one())


def _follow(qtbot: Any, context: AppContext, page_key: str) -> tuple[MainWindow, Any]:
    """The home item's button: the main window shows the page that claims the item, which opens the record."""
    [item] = [i for i in context.services.home.attention(context.actor) if i.code == "home.held_record"]
    window = MainWindow(context)
    qtbot.addWidget(window)
    home = window.pages["home"]
    assert isinstance(home, HomePage) and home.resolve_page(item.target_page) == page_key  # its card
    window.show_page(item.target_page)
    page = window.pages[page_key]
    assert window.stack.currentWidget() is page
    dialog = page.record_dialog
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def test_a_held_client_contact_opens_its_clients_record(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    contact = _hold(context.services, "client_contacts")
    client = _owner(context.services, "client_contacts", contact, "client_id")
    window, dialog = _follow(qtbot, context, "clients")
    assert dialog.client_id == client
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    window.pages["home"].refresh()
    window.show_page("home")
    window.grab().save(str(SHOTS / "commune-home-held-client.png"))
    dialog.grab().save(str(SHOTS / "held-client-record.png"))
    dialog.close()


def test_a_held_referral_opens_its_clients_record(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    referral = _hold(context.services, "referrals")
    _window, dialog = _follow(qtbot, context, "clients")
    assert dialog.client_id == _owner(context.services, "referrals", referral, "client_id")
    dialog.close()


def test_a_held_establishment_opens_its_form(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    record_id = _hold(context.services, "establishments")
    name = context.services.establishments.get(context.actor, record_id).draft.name
    _window, dialog = _follow(qtbot, context, "establishments")
    assert dialog.texts["name"].text() == name and dialog.save_button.isEnabled()
    dialog.grab().save(str(SHOTS / "held-establishment-form.png"))
    dialog.reject()


def test_a_held_violation_opens_its_inspection(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    violation = _hold(context.services, "violations")
    inspection = _owner(context.services, "violations", violation, "inspection_id")
    record = context.services.inspections.get(context.actor, inspection)
    _window, dialog = _follow(qtbot, context, "establishments")
    assert dialog._record is not None and dialog._record.id == inspection  # noqa: SLF001
    assert dialog.team_members.text() == record.draft.team_members
    dialog.reject()


def test_a_held_tip_off_opens_its_form(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    record_id = _hold(context.services, "tip_offs")
    record = context.services.tip_offs.get(context.actor, record_id)
    _window, dialog = _follow(qtbot, context, "tip_offs")
    assert dialog.description.toPlainText() == record.draft.description
    dialog.reject()


def test_a_held_support_activity_opens_its_model(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    activity = _hold(context.services, "support_activities")
    model = _owner(context.services, "support_activities", activity, "model_id")
    record = context.services.support_models.get(context.actor, model)
    _window, dialog = _follow(qtbot, context, "support_models")
    assert dialog.name.text() == record.draft.name
    dialog.reject()


def test_a_held_record_no_form_opens_leads_to_the_sync_page(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    _hold(context.services, "partner_organisations")
    [item] = [i for i in context.services.home.attention(context.actor) if i.code == "home.held_record"]
    assert item.target_page == "sync"
