"""The first-run wizard, login, the idle lock, driven like a user would, offscreen."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from desktop.bootstrap import open_session
from desktop.db.datadir import DataDir
from desktop.db.keyring import FAST_KDF
from desktop.gui.app import Controller
from desktop.gui.login import LoginDialog
from desktop.gui.wizard import SetupWizard
from desktop.services.accounts import auth
from tests.conftest import ADMIN, PASSWORD

pytestmark = pytest.mark.gui


def test_wizard_creates_the_register_and_shows_the_recovery_key_once(qtbot, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    data_dir = DataDir(tmp_path / "data")
    wizard = SetupWizard(data_dir, clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.language_page
    wizard.next()
    unit = wizard.unit_page
    assert not unit.isComplete()
    qtbot.keyClicks(unit.provinces.search, "phu tho")  # typed without diacritics
    assert unit.provinces.visible_count() == 1
    unit.provinces.select_code("25")
    qtbot.keyClicks(unit.communes.search, "xuan lung")
    assert unit.communes.visible_count() == 1
    unit.communes.select_code("08500")
    assert unit.isComplete()
    wizard.next()
    admin = wizard.admin_page
    admin.display_name.setText("Nguyễn Văn An")  # keyClicks types ASCII only
    qtbot.keyClicks(admin.password, "ngan")
    assert "✘" in admin.rules["password.too_short"].text()
    assert "ít nhất 10 ký tự" in admin.rules["password.too_short"].text()
    assert not admin.isComplete()
    admin.password.setText(PASSWORD)
    assert "✔" in admin.rules["password.too_short"].text()
    admin.confirm.setText("khac-hoan-toan-1")
    assert "không khớp" in admin.message.text()
    admin.confirm.setText(PASSWORD)
    assert admin.isComplete() and not data_dir.is_initialised()
    wizard.next()
    assert data_dir.is_initialised()
    recovery = wizard.recovery_page
    key = recovery.key.text()
    assert len(key) == 35 and key == wizard.state.result.recovery_key  # type: ignore[union-attr]
    assert not recovery.isComplete()
    sheet = tmp_path / "phieu.pdf"
    recovery.save_sheet_to(str(sheet))
    qtbot.waitUntil(lambda: "Đã lưu phiếu" in recovery.saved.text(), timeout=20000)  # written on a worker
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    assert key.split("-")[0] in text and "Xuân Lũng" in text
    assert key not in data_dir.keyring.read_text() and not list(data_dir.root.glob("*.pdf"))
    recovery.confirm.setChecked(True)
    assert recovery.isComplete()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Hoàn tất"
    register, actor = auth.login(data_dir, ADMIN, PASSWORD, clock=clock)
    register.close()
    assert actor.username == ADMIN


def test_wizard_switches_to_english_live(qtbot, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(DataDir(tmp_path / "d"), clock, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    page = wizard.language_page
    vietnamese = page.hub.text()
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: page.hub.text() != vietnamese)  # LanguageChange arrives as a posted event
    assert page.hub.text() == "Aggregating office (province): receives data from communes"
    assert wizard.button(QWizard.WizardButton.NextButton).text() != "Tiếp theo >"
    page.language.setCurrentIndex(page.language.findData("vi"))
    qtbot.waitUntil(lambda: page.hub.text() == vietnamese)


def test_login_shows_a_clear_message_then_succeeds(qtbot, template_dir: DataDir, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(lambda u, p: auth.login(template_dir, u, p, clock=clock), data_dir=template_dir, clock=clock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, "sai-mat-khau")
    dialog.try_login()
    assert dialog.message.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.password.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.try_login()
    assert dialog.result() == QDialog.DialogCode.Accepted
    register, actor = dialog.result_value  # type: ignore[misc]
    register.close()
    assert actor.username == ADMIN


def _answer_modal(qtbot, password: str, seen: list[str], tries: int = 250, before=lambda: None) -> None:  # type: ignore[no-untyped-def]
    def answer() -> None:
        nonlocal tries
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        if not dialogs:
            tries -= 1
            if tries > 0:
                QTimer.singleShot(20, answer)
            return
        dialog = dialogs[0]
        seen.append(dialog.heading.text())
        before()
        dialog.password.setText(password)
        dialog.try_login()
    QTimer.singleShot(0, answer)


def test_idle_lock_hides_the_window_keeps_typed_work_and_unlocks(qtbot, template_dir: DataDir, clock) -> None:  # type: ignore[no-untyped-def]
    controller = Controller(template_dir, clock)
    controller.lock.acquire()
    controller._open_window(open_session(template_dir, ADMIN, PASSWORD, clock=clock))
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    window.show_page("outreach")
    page = window.pages["outreach"]
    from desktop.gui.dialogs.outreach_form import OutreachForm

    form = OutreachForm(controller.context, parent=page)  # type: ignore[arg-type]
    form.show()
    form.place.setText("Đang gõ dở")
    seen: list[str] = []
    _answer_modal(qtbot, "sai-mat-khau-1", seen)  # a wrong password keeps it locked...
    # ...the right one opens it (and the idle time goes back to normal so it does not lock again at once)
    QTimer.singleShot(200, lambda: _answer_modal(qtbot, PASSWORD, seen, before=lambda: window.idle.set_minutes(10)))
    window.idle.timer.setInterval(10)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: len(seen) == 2 and window.isVisible(), timeout=5000)
    assert seen[0].startswith("Đã khóa")
    assert form.isVisible() and form.place.text() == "Đang gõ dở"
    actions = [r.action for r in controller.context.services.maintenance.recent_audit(controller.context.actor)]  # type: ignore[union-attr]
    assert actions[:3] == ["unlock", "login.failed", "lock"]
    assert "backup" in actions  # the automatic daily backup ran on the worker thread at login
    form.done(0)  # skips the "discard typed work?" question
    controller.shutdown()


def test_the_window_opens_only_after_a_chosen_password_is_replaced(qtbot, template_dir: DataDir, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop.bootstrap import build_services
    from desktop.domain.roles import Role
    from desktop.gui.pages.settings import PasswordDialog

    register, admin = auth.login(template_dir, ADMIN, PASSWORD, clock=clock)
    build_services(register).accounts.add(admin, username="canbo", display_name="Cán bộ", role=Role.OFFICER,
                                          password="tam-thoi-2026", confirm="tam-thoi-2026")
    register.close()
    controller = Controller(template_dir, clock)
    controller.lock.acquire()
    answered: list[str] = []

    def answer(new_password: str) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PasswordDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, lambda: answer(new_password))
            return
        dialog = dialogs[0]
        answered.append(dialog.windowTitle())
        if not new_password:
            dialog.reject()
            return
        dialog.old.setText("tam-thoi-2026")
        dialog.new.setText(new_password)
        dialog.confirm.setText(new_password)
        dialog._go()

    QTimer.singleShot(0, lambda: answer(""))  # refusing keeps the window closed
    assert not controller._open_window(open_session(template_dir, "canbo", "tam-thoi-2026", clock=clock))
    assert controller.window is None
    controller.context.services.register.close()  # type: ignore[union-attr]
    QTimer.singleShot(0, lambda: answer("cua-rieng-toi-9"))
    assert controller._open_window(open_session(template_dir, "canbo", "tam-thoi-2026", clock=clock))
    assert controller.window is not None and answered == ["Đổi mật khẩu", "Đổi mật khẩu"]
    qtbot.addWidget(controller.window)
    controller.shutdown()
    register, _ = auth.login(template_dir, "canbo", "cua-rieng-toi-9", clock=clock)
    register.close()
