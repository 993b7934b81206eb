"""Keyboard first: the setup wizard and the outreach form filled and saved by keys alone, no mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from desktop.db.datadir import DataDir
from desktop.db.keyring import FAST_KDF
from desktop.gui.widgets import UnitPicker
from desktop.gui.wizard import SetupWizard
from desktop.domain import admin_units
from desktop.services.accounts import auth
from tests.conftest import ADMIN, PASSWORD

pytestmark = pytest.mark.gui


# The window that has the keyboard; offscreen there may be no active window, so keys go where its focus is.
_window: list[QWidget] = []


def _focus() -> QWidget:
    widget = _window[-1].focusWidget() if _window else QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(_focus(), text)


def _key(qtbot, key: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(_focus(), key)


def test_the_unit_picker_moves_with_arrows_and_picks_a_single_match_as_you_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = UnitPicker()
    qtbot.addWidget(picker)
    picker.set_units(admin_units.communes("25"))
    chosen: list[str] = []
    picker.chosen.connect(chosen.append)
    qtbot.keyClicks(picker.search, "xuan")
    assert picker.visible_count() > 1 and picker.current_code() == ""
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    first = picker.current_code()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    second = picker.current_code()
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    assert first and second and second != first and picker.current_code() == first
    picker.search.clear()
    qtbot.keyClicks(picker.search, "xuan lung")
    assert picker.current_code() == "08500" and chosen[-1] == "08500"
    with qtbot.waitSignal(picker.committed) as committed:
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert committed.args == ["08500"]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "khong co xa nay")
    assert picker.current_code() == "" and chosen[-1] == ""  # nothing left chosen behind a filter


def test_the_wizard_is_completed_by_keys_alone(qtbot, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    data_dir = DataDir(tmp_path / "data")
    wizard = SetupWizard(data_dir, clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    _window.append(wizard)
    _key(qtbot, Qt.Key.Key_Return)  # language and role as offered: Vietnamese, a commune
    assert wizard.currentPage() is wizard.unit_page
    _type(qtbot, "phu tho")
    _key(qtbot, Qt.Key.Key_Return)  # the single province, then on to the commune search
    assert _focus() is wizard.unit_page.communes.search
    _type(qtbot, "xuan lung")
    _key(qtbot, Qt.Key.Key_Return)  # the single commune, then the next page
    assert wizard.currentPage() is wizard.admin_page
    assert (wizard.state.province, wizard.state.commune) == ("25", "08500")
    admin = wizard.admin_page
    assert _focus() is admin.username  # "admin" offered; Tab keeps it
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Nguyen Van An")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, PASSWORD)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, PASSWORD)
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.recovery_page and data_dir.is_initialised()
    recovery = wizard.recovery_page
    assert _focus() is recovery.save
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is recovery.confirm
    _key(qtbot, Qt.Key.Key_Space)
    assert recovery.isComplete()
    with qtbot.waitSignal(wizard.accepted):
        _key(qtbot, Qt.Key.Key_Return)
    register, actor = auth.login(data_dir, ADMIN, PASSWORD, clock=clock)
    register.close()
    assert actor.username == ADMIN
    assert wizard.button(QWizard.WizardButton.FinishButton) is not None


def test_the_outreach_form_is_filled_and_saved_by_keys_alone(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from desktop.db.config import Config
    from desktop.gui.context import AppContext
    from desktop.gui.dialogs.outreach_form import OutreachForm
    from desktop.services.outreach.outreach import OutreachQuery

    context = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    form = OutreachForm(context)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)  # shortcuts only reach the active window
    _window.append(form)
    assert _focus() is form.held_on
    _key(qtbot, Qt.Key.Key_Down)  # one day earlier: 27/11/2026
    _key(qtbot, Qt.Key.Key_Tab, times=3)  # a date edit tabs through day, month and year first
    assert _focus() is form.place
    _type(qtbot, "Nha van hoa thon Dong Xuan")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Down)  # the second form of session
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Down)  # the second target group
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is form.topics
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Space)  # tick the highlighted topic
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "UBND xa")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Hoi Phu nu")
    for figure in ("30", "12", "18", "0", "5"):  # total, men, women, other, of the target group
        _key(qtbot, Qt.Key.Key_Tab)
        _focus().selectAll()  # type: ignore[attr-defined]  # what Tab does in a spin box on most styles
        _type(qtbot, figure)
    _key(qtbot, Qt.Key.Key_Tab, times=4)  # leaflets, condoms, lubricant (left at 0), then the note
    assert _focus() is form.notes
    _type(qtbot, "Ghi chu")
    _key(qtbot, Qt.Key.Key_Tab)  # a note does not swallow Tab
    assert _focus() is form.save_button
    assert form.message.text() == "Thông tin hợp lệ.", form.message.text()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.saved is not None, timeout=20000)  # the save runs on the worker
    assert not form.isVisible()
    d = opened.services.outreach.get(opened.admin, form.saved.id).draft
    assert d.held_on == date(2026, 11, 27) and d.place == "Nha van hoa thon Dong Xuan"
    assert (d.participants_total, d.participants_male, d.participants_female, d.target_members) == (30, 12, 18, 5)
    assert len(d.topics) == 1 and d.organiser == "UBND xa" and d.partners == "Hoi Phu nu"
    assert opened.services.outreach.count(opened.admin, OutreachQuery()) == 1


def test_a_hub_picks_its_province_and_moves_on_with_enter(qtbot, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(DataDir(tmp_path / "hub"), clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)  # arrow keys between radio buttons need it
    _window.append(wizard)
    _key(qtbot, Qt.Key.Key_Tab)  # from the language list to the role choice
    assert _focus() is wizard.language_page.commune
    _key(qtbot, Qt.Key.Key_Down)  # on to the hub choice
    assert _focus() is wizard.language_page.hub
    _key(qtbot, Qt.Key.Key_Space)
    assert wizard.language_page.hub.isChecked()
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.unit_page and not wizard.unit_page.communes.isVisible()
    _type(qtbot, "phu")
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    # A province hub then chooses where its data lives (this PC by default) and goes on with Enter too.
    assert wizard.currentPage() is wizard.store_page and wizard.state.province
    assert wizard.store_page.local.isChecked()
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.admin_page
