"""The home screen: the first week's checklist, one card per area from the providers, sidebar counters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.sidebar import COUNT_ROLE
from desktop.services.home import home
from tests.conftest import Opened
from tests.gui.conftest import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, opened: Opened) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from desktop.db.config import Config

    context = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    win = MainWindow(context)
    qtbot.addWidget(win)
    yield win
    context.tasks.wait()


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel)]


def test_a_new_office_sees_its_checklist_and_no_false_news(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["home"]
    assert page.checklist is not None
    lines = _texts(page.checklist)
    assert page.checklist.title.text() == "Tuần đầu dùng sổ (0/5 việc)"
    assert "☐  Kết nối với cấp trên: cài thẻ của cơ quan tổng hợp." in lines
    everything = " ".join(_texts(page))
    assert "chưa chốt" not in everything and "đã được gửi" not in everything
    assert "Chưa kết nối với cấp trên" in everything
    # "Làm ngay" on the backup step opens Settings.
    backup_row = [b for b in page.checklist.findChildren(QPushButton)][3]
    backup_row.click()
    assert window.stack.currentWidget() is window.pages["settings"]


def test_cards_follow_the_providers_and_a_new_provider_needs_no_gui_code(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                        monkeypatch, opened: Opened) -> None:
    def newcomer(sources, actor):  # type: ignore[no-untyped-def]
        return [home.AttentionItem("home.some_new_area", home.Severity.URGENT, {"count": 4}, "outreach")]

    monkeypatch.setattr(home, "PROVIDERS", [*home.PROVIDERS, newcomer])
    opened.services.first_week.set_start_date(opened.admin, date(2026, 1, 1))
    page = window.pages["home"]
    page.refresh()
    cards = {card.property("page"): card for card in page.grid.cards}
    assert {"outreach", "sync", "settings"} <= set(cards)
    assert cards["outreach"].title.text() == "Truyền thông"
    assert any("home.some_new_area" in text for text in _texts(cards["outreach"]))
    assert any("kỳ báo cáo đã kết thúc mà chưa chốt" in text for text in _texts(cards["sync"]))
    rows = {window.nav.item(r).text(): window.nav.item(r).data(COUNT_ROLE) for r in range(window.nav.count())}
    # The month's outreach target not met (one) plus the newcomer's four; three months unclosed.
    assert rows["Truyền thông"] == 5 and rows["Gửi dữ liệu"] >= 3
    cards["outreach"].findChildren(QPushButton)[-1].click()
    assert window.stack.currentWidget() is window.pages["outreach"]


def test_cards_reflow_to_one_column_when_narrow(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.pages["home"]
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wide = page.grid._columns
    window.resize(800, 600)
    qtbot.waitUntil(lambda: page.grid._columns == 1)
    assert wide >= 2


def test_settings_move_the_start_back_and_back_up_to_a_drive(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    box = window.pages["settings"].office_box
    assert box.start.date() == QDate(2026, 11, 28)
    box.start.setDate(QDate(2026, 1, 1))
    box.save_start()
    settle(box)
    assert "01/01/2026" in box.message.text()
    settings = window.pages["settings"]
    settings.backups.backup_to(tmp_path / "usb")  # the Settings page's "backup to a USB stick" group
    qtbot.waitUntil(lambda: "Đã sao lưu ra" in settings.message.text(), timeout=15000)  # a worker-thread copy
    assert list((tmp_path / "usb").glob("*.db"))
    home_page = window.pages["home"]
    qtbot.waitUntil(lambda: "☑  Sao lưu lần đầu ra ổ đĩa ngoài (USB)." in _texts(home_page.checklist))
    assert "kỳ báo cáo đã kết thúc mà chưa chốt" in " ".join(_texts(home_page))


def test_every_page_has_a_bundled_icon_with_its_licence_and_the_window_a_neutral_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.shipped import resources_dir
    from desktop.gui.icons import PAGE_ICONS, app_icon

    folder = resources_dir() / "icons"
    assert "MIT License" in (folder / "tabler" / "LICENSE").read_text(encoding="utf-8")
    assert all((folder / "tabler" / f"{name}.svg").exists() for name in PAGE_ICONS.values())
    assert all(not window.nav.item(row).icon().isNull() for row in range(window.nav.count()))
    assert not app_icon().isNull() and not window.windowIcon().isNull()
    svg = (folder / "hoanhap.svg").read_text(encoding="utf-8")
    assert "<text" not in svg  # a shape only: no words on the taskbar


def test_a_new_recovery_sheet_ticks_the_checklist(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.gui.dialogs.recovery_key import RecoveryKeyDialog
    from desktop.services.accounts import auth

    context = window.context
    key = auth.replace_recovery_key(context.services.register, context.actor).value
    dialog = RecoveryKeyDialog(context, key, window)
    qtbot.addWidget(dialog)
    dialog.save_to(tmp_path / "phieu.pdf")
    qtbot.waitUntil(lambda: "Đã lưu phiếu" in dialog.message.text(), timeout=20000)  # written on the worker
    assert (tmp_path / "phieu.pdf").exists() and "Đã lưu phiếu" in dialog.message.text()
    qtbot.waitUntil(lambda: "☑  In phiếu mã khôi phục và cất vào tủ khóa." in _texts(window.pages["home"].checklist))
