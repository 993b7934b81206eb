"""National forwarding pages offscreen: the province hub sends its period up, the national hub receives and reports."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.db.config import Config
from desktop.domain import periods
from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.pages.national import NationalReceivePage, NationalSendPage
from tests.gui.conftest import fill_admin
from tests.conftest import Opened
from tests.sync.national_helpers import PERIOD, Forwarding, forwarding, national  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("HOANHAP_SCREENSHOTS")


def _context(opened: Opened) -> AppContext:
    return AppContext(opened.services, opened.admin, opened.data_dir, Config())


@pytest.fixture
def contexts(forwarding: Forwarding) -> Iterator[tuple[AppContext, AppContext]]:
    pair = (_context(forwarding.province), _context(forwarding.national))
    yield pair
    for ctx in pair:
        ctx.tasks.wait()


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_send_up_then_receive_and_see_the_province(qtbot, forwarding: Forwarding,  # type: ignore[no-untyped-def]
                                                   contexts: tuple[AppContext, AppContext], tmp_path: Path) -> None:
    province, national_ctx = contexts
    send = NationalSendPage(province)
    qtbot.addWidget(send)
    send.resize(1100, 600)
    assert send.tabs.tabText(0) == "Gửi báo cáo lên cấp trên"
    send.period.set_period(periods.parse(PERIOD))
    up = tmp_path / "up"
    with qtbot.waitSignal(province.changed, timeout=20000):
        send.send(up)
    assert "25-2026-10-000001.hna" in send.message.text() and send.sent.rowCount() == 1
    _shot(send, "national_send")

    receive = NationalReceivePage(national_ctx)
    qtbot.addWidget(receive)
    receive.resize(1100, 800)
    receive.period.set_period(periods.parse(PERIOD))
    with qtbot.waitSignal(national_ctx.changed, timeout=20000):
        receive.import_files(sorted(up.iterdir()))
    assert "Đã nhận 1 tệp" in receive.message.text()
    receive.refresh()
    assert receive.summary.text().startswith("1/34 tỉnh, thành phố đã gửi số liệu kỳ")
    rows = {receive.provinces.item(r, 0).text(): receive.provinces.item(r, 1).text()
            for r in range(receive.provinces.rowCount())}
    assert rows["Tỉnh Phú Thọ"] != "chưa gửi" and rows["Thành phố Hà Nội"] == "chưa gửi"
    totals = {receive.totals.item(r, 0).text(): receive.totals.item(r, 3).text()
              for r in range(receive.totals.rowCount())}
    assert totals["TT3"] == "750" and totals["HT3"].startswith("≥")
    _shot(receive, "national_receive")


def test_the_national_hub_shows_only_its_pages(qtbot, national: Opened) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(national)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert list(window.pages) == ["home", "national", "accounts", "settings"]
    assert isinstance(window.pages["national"], NationalReceivePage)
    ctx.tasks.wait()


def test_the_wizard_sets_up_the_national_office_without_a_province(qtbot, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from desktop.db.datadir import DataDir
    from desktop.db.keyring import FAST_KDF
    from desktop.gui.wizard import SetupWizard
    from desktop.services.accounts import auth
    from tests.conftest import ADMIN, PASSWORD

    data_dir = DataDir(tmp_path / "ministry")
    wizard = SetupWizard(data_dir, clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "toàn quốc" in wizard.language_page.national.text()
    wizard.language_page.national.setChecked(True)
    wizard.next()
    assert wizard.unit_page.isComplete() and not wizard.unit_page.provinces.isVisible()
    wizard.next()
    # Where its data lives: on this PC unless a database server is chosen (tests/gui/test_wizard_server.py).
    assert wizard.currentPage() is wizard.store_page and wizard.store_page.local.isChecked()
    wizard.next()
    fill_admin(wizard, "Quản trị", PASSWORD)
    wizard.next()
    assert data_dir.is_initialised()
    sheet = tmp_path / "phieu.pdf"
    wizard.recovery_page.save_sheet_to(str(sheet))
    wizard.recovery_page.workers().tasks.wait()  # written on the wizard's worker
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    assert "CỤC BẢO TRỢ XÃ HỘI" in text
    register, _ = auth.login(data_dir, ADMIN, PASSWORD, clock=clock)
    assert register.office.is_national and register.office.unit_code == "00"
    register.close()
