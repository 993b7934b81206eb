"""Settings: the language switches live without losing typed work; idle minutes and backups."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.db import config as config_file
from desktop.gui.context import AppContext
from desktop.gui.dialogs.outreach_form import OutreachForm
from desktop.gui.main_window import MainWindow
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


def test_switching_to_english_keeps_an_open_form_and_its_text(qtbot, window: MainWindow, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    form = OutreachForm(window.context, parent=window)
    form.show()
    form.place.setText("Nhà văn hóa thôn Đồng Xuân")
    settings = window.pages["settings"]
    assert window.nav.item(1).text() == "Truyền thông"
    settings.language.setCurrentIndex(settings.language.findData("en"))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.nav.item(1).text() != "Truyền thông")
    assert form.place.text() == "Nhà văn hóa thôn Đồng Xuân" and form.isVisible()
    assert form.save_button.text() == "Save"
    form.counts["participants_total"].setValue(0)
    form._check()
    assert form.message.text() == "A face-to-face session must have at least one participant."
    assert config_file.load(opened.data_dir.config).language == "en"
    form.done(0)  # skips the "discard typed work?" question


def test_idle_minutes_are_saved_and_applied(window: MainWindow, opened: Opened) -> None:
    settings = window.pages["settings"]
    settings.idle.setValue(3)  # type: ignore[attr-defined]
    assert window.idle.timer.interval() == 3 * 60_000
    assert config_file.load(opened.data_dir.config).idle_lock_minutes == 3


def test_backup_now_runs_in_the_background_and_reports(qtbot, window: MainWindow, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    settings = window.pages["settings"]
    settings.backup_now()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "register-" in settings.message.text(), timeout=5000)  # type: ignore[attr-defined]
    assert list(opened.data_dir.backups.glob("register-*-manual.db"))


def test_the_letterhead_is_edited_in_settings_and_a_bad_field_saves_nothing(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                            opened: Opened) -> None:
    from desktop.gui.dialogs.letterhead import LetterheadDialog

    context = window.context
    dialog = LetterheadDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.fields["issuing_body"].toPlainText() == "ỦY BAN NHÂN DÂN\nXÃ XUÂN LŨNG"
    dialog.fields["signer"].setText("Nguyễn Văn An")
    dialog.fields["symbol"].setText("UB ND")
    dialog.save()
    settle(dialog)
    assert "không được có dấu cách" in dialog.message.text()
    assert opened.services.letterhead.get(opened.admin).signer == ""  # nothing saved
    dialog.fields["symbol"].setText("UBND")
    dialog.save()
    settle(dialog)
    assert opened.services.letterhead.get(opened.admin).signer == "Nguyễn Văn An"
