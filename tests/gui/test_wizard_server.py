"""The wizard's hub path on a database server: the URL, "test connection" and its messages, then setup."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from desktop.db.datadir import DataDir
from desktop.db.keyring import FAST_KDF
from desktop.gui.wizard import SetupWizard
from desktop.services.accounts import auth
from tests.gui.conftest import fill_admin
from tests.conftest import PASSWORD
from tests.db.test_server_tls import ROLE_PASSWORD, NetworkServer, network_server  # noqa: F401 - fixture
from tests.engines import create_database

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("HOANHAP_SHOTS", "/tmp/pg-shots"))


def _to_store_page(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.show()
    wizard.language_page.hub.setChecked(True)
    wizard.next()
    wizard.unit_page.provinces.select_code("25")
    wizard.next()
    assert wizard.currentPage() is wizard.store_page


def test_a_hub_set_up_on_a_database_server_from_the_wizard(qtbot, tmp_path: Path, clock,  # type: ignore[no-untyped-def]
                                                           pg_server: str) -> None:
    data_dir = DataDir(tmp_path / "data")
    wizard = SetupWizard(data_dir, clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    _to_store_page(qtbot, wizard)
    store = wizard.store_page
    assert store.isComplete() and not store.url.isEnabled()  # on this PC unless a server is chosen
    store.server.setChecked(True)
    assert not store.isComplete()

    store.url.setText("postgresql://hoanhap@so-y-te.example.vn/hoanhap")
    store.test_connection()
    qtbot.waitUntil(lambda: "mã hóa" in store.message.text(), timeout=10_000)
    assert "sslmode=verify-full" in store.message.text() and not store.isComplete()

    store.url.setText("postgresql://hoanhap@127.0.0.1:9/hoanhap?sslmode=require")
    store.test_connection()
    qtbot.waitUntil(lambda: "Không kết nối được" in store.message.text(), timeout=15_000)
    assert not store.isComplete()

    store.url.setText(create_database(pg_server, f"hoanhap_wizard_{secrets.token_hex(3)}"))
    store.password.setText("mat-khau-may-chu")
    store.test_connection()
    qtbot.waitUntil(lambda: "sẵn sàng" in store.message.text(), timeout=15_000)
    assert store.isComplete()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "wizard-database-server.png"))
    wizard.next()
    fill_admin(wizard, "Nguyễn Văn An", PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    assert data_dir.server.exists() and not data_dir.database.exists()
    assert "mat-khau-may-chu" not in data_dir.server.read_text()
    register, actor = auth.login(data_dir, "admin", PASSWORD, clock=clock)
    try:
        assert register.on_server and register.office.unit_name == "Tỉnh Phú Thọ" and actor.username == "admin"
    finally:
        register.close()


@pytest.mark.parametrize("hub_engine", ["postgresql"])
def test_another_analysts_pc_joins_the_hub_from_the_wizard(qtbot, tmp_path: Path, clock,  # type: ignore[no-untyped-def]
                                                          hub, hub_engine: str) -> None:
    data_dir = DataDir(tmp_path / "may-2")
    wizard = SetupWizard(data_dir, clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    _to_store_page(qtbot, wizard)
    store = wizard.store_page
    store.server.setChecked(True)
    store.url.setText(hub.services.register.engine.url.render_as_string(hide_password=False))
    store.test_connection()
    qtbot.waitUntil(lambda: "dùng chung" in store.message.text(), timeout=15_000)
    assert "Tỉnh Phú Thọ" in store.message.text() and store.isComplete()
    qtbot.wait(50)  # the layout settles: the three-line message must not push the explanation out of sight
    explain = store.explain
    assert explain.height() >= explain.heightForWidth(explain.width()) and explain.geometry().bottom() <= store.height()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "wizard-database-join.png"))
    assert not data_dir.is_initialised()  # nothing kept before Finish
    wizard.next()  # joining makes no account and no recovery key: the wizard ends, the app asks for a login
    assert wizard.result() == QDialog.DialogCode.Accepted and not wizard.isVisible()
    assert wizard.state.joined == "Tỉnh Phú Thọ" and wizard.state.result is None
    register, actor = auth.login(data_dir, "admin", PASSWORD, clock=clock)
    try:
        assert register.on_server and register.office.device_id == hub.services.register.office.device_id
    finally:
        register.close()


def test_a_database_holding_something_else_is_refused_before_setup(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, clock, pg_server: str) -> None:
    from sqlalchemy import create_engine, text

    from desktop.db.server import ServerAddress

    url = create_database(pg_server, f"hoanhap_other_{secrets.token_hex(3)}")
    engine = create_engine(ServerAddress.parse(url).url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE patients (id int)"))
    engine.dispose()
    wizard = SetupWizard(DataDir(tmp_path / "new"), clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    _to_store_page(qtbot, wizard)
    store = wizard.store_page
    store.server.setChecked(True)
    store.url.setText(url)
    store.test_connection()
    qtbot.waitUntil(lambda: "đã có dữ liệu" in store.message.text(), timeout=15_000)
    assert not store.isComplete() and wizard.state.join is None


def test_a_wrong_server_password_is_said_in_the_wizard(qtbot, tmp_path: Path, clock,  # type: ignore[no-untyped-def]
                                                       network_server: NetworkServer) -> None:
    """On a server that checks passwords (tests/db/test_server_tls.py): the wrong one is named, the right one passes."""
    wizard = SetupWizard(DataDir(tmp_path / "new"), clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    _to_store_page(qtbot, wizard)
    store = wizard.store_page
    store.server.setChecked(True)
    store.url.setText(network_server.tls_url())
    store.password.setText("sai-mat-khau")
    store.test_connection()
    qtbot.waitUntil(lambda: "mật khẩu" in store.message.text(), timeout=15_000)
    assert store.message.text() == ("Máy chủ cơ sở dữ liệu không nhận tài khoản “hoanhap” hoặc mật khẩu của tài "
                                    "khoản đó. Hãy kiểm tra lại.") and not store.isComplete()
    store.password.setText(ROLE_PASSWORD)
    store.test_connection()
    qtbot.waitUntil(lambda: "sẵn sàng" in store.message.text(), timeout=15_000)
    assert store.isComplete()


@pytest.mark.parametrize("hub_engine", ["postgresql"])
def test_after_joining_the_app_asks_for_a_login_instead_of_opening_a_new_register(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, clock, hub, hub_engine: str, monkeypatch) -> None:
    """The first run's wizard ends on a joined hub: the app saves the language and shows the login dialog."""
    from desktop.gui.app import Controller
    from desktop.gui.login import LoginDialog

    url = hub.services.register.engine.url.render_as_string(hide_password=False)
    data_dir = DataDir(tmp_path / "may-2")

    def run_wizard(wizard: SetupWizard) -> int:  # the analyst's clicks, instead of the modal loop
        _to_store_page(qtbot, wizard)
        wizard.store_page.server.setChecked(True)
        wizard.store_page.url.setText(url)
        wizard.store_page.test_connection()
        qtbot.waitUntil(lambda: wizard.state.join is not None, timeout=15_000)
        wizard.next()
        return int(wizard.result())

    def log_in(dialog: LoginDialog) -> int:
        dialog.result_value = dialog._attempt("admin", PASSWORD)  # what the dialog's OK does with typed values
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SetupWizard, "exec", run_wizard)
    monkeypatch.setattr(LoginDialog, "exec", log_in)
    controller = Controller(data_dir, clock, kdf=FAST_KDF)
    session = controller._first_run()
    assert session is not None and session.actor.username == "admin"
    try:
        assert session.register.on_server and session.register.office.unit_name == "Tỉnh Phú Thọ"
        assert data_dir.config.exists()
    finally:
        session.close()


def test_a_national_office_set_up_on_a_database_server_from_the_wizard(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, clock, pg_server: str) -> None:
    data_dir = DataDir(tmp_path / "bo")
    wizard = SetupWizard(data_dir, clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.language_page.national.setChecked(True)
    wizard.next()
    wizard.next()  # no province to choose for the national office
    store = wizard.store_page
    assert wizard.currentPage() is store and store.title() == "Nơi lưu dữ liệu của cơ quan tổng hợp"
    store.server.setChecked(True)
    store.url.setText(create_database(pg_server, f"hoanhap_bo_{secrets.token_hex(3)}"))
    store.test_connection()
    qtbot.waitUntil(lambda: "sẵn sàng" in store.message.text(), timeout=15_000)
    wizard.next()
    fill_admin(wizard, "Trần Thị Bình", PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page and not data_dir.database.exists()
    register, actor = auth.login(data_dir, "admin", PASSWORD, clock=clock)
    try:
        assert register.on_server and register.office.unit_name == "Cục Bảo trợ xã hội"
        assert register.office.role.value == "national" and actor.username == "admin"
    finally:
        register.close()
