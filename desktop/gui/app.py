"""Starting the window: one instance per data folder, setup wizard or login, main window, idle lock."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.db import config as config_file
from desktop.db import datadir
from desktop.db.datadir import DataDir
from desktop.db.instance_lock import InstanceLock
from desktop.domain.problems import DomainError
from desktop.gui import i18n
from desktop.gui.login import LoginDialog
from desktop.gui.texts import error_text

# The data layer, services and main window load after the login window is up (start-up budget:
# at most twice a bare Qt window), so they are imported where first needed.
if TYPE_CHECKING:
    from desktop.bootstrap import Session
    from desktop.db.keyring import KdfParams
    from desktop.gui.context import AppContext
    from desktop.gui.main_window import MainWindow
    from desktop.services.context import Actor, Clock
    from desktop.services.register import Register


class Controller(QObject):
    """Carries the user from first run or login to the main window, and back through the idle lock."""

    def __init__(self, data_dir: DataDir, clock: Clock, *, kdf: KdfParams | None = None,
                 demo_hint: str = "") -> None:
        super().__init__()
        self.data_dir, self.clock, self.kdf, self.demo_hint = data_dir, clock, kdf, demo_hint
        self.config = config_file.load(data_dir.config)
        self.lock = InstanceLock(data_dir.lock)
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self._hidden: list[QWidget] = []
        self._opened: Session | None = None  # the session the login dialog's last attempt opened

    def start(self) -> bool:
        i18n.apply_language(self.config.language)
        try:
            self.data_dir.root.mkdir(parents=True, exist_ok=True)
            self.lock.acquire()
        except (DomainError, OSError) as error:
            self._fatal(error)
            return False
        opened = self._first_run() if not self.data_dir.is_initialised() else self._login()
        if opened is None:
            return False
        return self._open_window(opened)

    def _first_run(self) -> Session | None:
        from desktop.bootstrap import open_session
        from desktop.db.keyring import KdfParams
        from desktop.gui.wizard import SetupWizard

        wizard = SetupWizard(self.data_dir, self.clock, kdf=self.kdf or KdfParams())
        if wizard.exec() != QDialog.DialogCode.Accepted or (wizard.state.result is None and not wizard.state.joined):
            return None
        self.config = self.config.with_changes(language=wizard.state.language)
        config_file.save(self.data_dir.config, self.config)
        if wizard.state.joined:  # another analyst's PC joined a hub on a server: log in with their own account
            return self._login()
        opened = open_session(self.data_dir, wizard.state.username, wizard.state.password, clock=self.clock)
        if wizard.state.sheet_saved:  # the first week's checklist ticks "print the recovery sheet"
            opened.services.first_week.note_recovery_sheet(opened.actor)
        return opened

    def login_dialog(self) -> LoginDialog:
        def attempt(username: str, password: str) -> tuple[Register, Actor]:
            from desktop.bootstrap import open_session

            self._opened = open_session(self.data_dir, username, password, clock=self.clock)
            return self._opened.register, self._opened.actor

        dialog = LoginDialog(attempt, data_dir=self.data_dir, clock=self.clock,
                             username="admin" if self.demo_hint else "")
        if self.demo_hint:
            dialog.message.show_ok(self.demo_hint)
        return dialog

    def _login(self) -> Session | None:
        from desktop.bootstrap import adopt_session

        dialog = self.login_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            return None
        register, actor = dialog.result_value
        if self._opened is not None and self._opened.register is register:
            return self._opened
        return adopt_session(register, actor, config=self.config)  # opened by the recovery key

    def _open_window(self, session: Session) -> bool:
        from desktop.gui.context import AppContext
        from desktop.gui.main_window import MainWindow
        from desktop.services.accounts import auth

        services, actor, register = session.services, session.actor, session.register
        self.context = AppContext(services, actor, self.data_dir, self.config)
        if auth.password_change_required(register, actor) and not self._replace_chosen_password():
            return False  # run() shuts down: the register is closed and nothing opens
        # The automatic daily backup runs on the worker thread; the window is usable meanwhile.
        self.context.run(lambda: services.maintenance.backup_if_due(actor),
                         lambda outcome: self.context.announce(outcome.changes) if outcome and self.context else None,
                         on_error=lambda _error: None)
        self.window = MainWindow(self.context)
        self.window.lock_requested.connect(self.lock_now)
        self.window.show()
        return True

    def _replace_chosen_password(self) -> bool:
        """A password an administrator chose must be replaced before the window opens."""
        from desktop.gui.pages.settings import PasswordDialog

        assert self.context is not None
        dialog = PasswordDialog(self.context, required=True)
        self.password_dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    def lock_now(self) -> None:
        """Hide every window (open forms keep what was typed) until an account proves itself again."""
        from desktop.services.accounts import auth

        assert self.context is not None and self.window is not None
        context = self.context
        auth.record_lock(context.services.register, context.actor)
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        register = context.services.register

        def attempt(username: str, password: str) -> tuple[Register, Actor]:
            return register, auth.unlock(register, username, password)

        dialog = LoginDialog(attempt, data_dir=self.data_dir, clock=self.clock, locked=True,
                             username=context.actor.username)
        self.lock_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            self.shutdown()
            QApplication.quit()
            return
        _, actor = dialog.result_value
        for widget in self._hidden:
            widget.show()
        if actor != context.actor:
            context.set_actor(actor)
        self.window.idle.timer.start()

    def shutdown(self) -> None:
        if self.context is not None:
            from desktop.services.accounts import auth

            self.context.tasks.wait()
            self.context.printing.wait()
            auth.record_logout(self.context.services.register, self.context.actor)
            self.context.services.register.close()
            self.context = None
        self.lock.release()

    def _fatal(self, error: BaseException) -> None:
        QMessageBox(QMessageBox.Icon.Critical, "Hòa Nhập", error_text(error), QMessageBox.StandardButton.Ok).exec()


def run(*, data_dir_option: str | None, demo: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Hòa Nhập")
    from desktop.gui import last_resort

    last_resort.install()
    # The neutral icon on every window and the taskbar; the .desktop file of the same name on Linux.
    from desktop.gui.icons import app_icon

    QApplication.setWindowIcon(app_icon())
    QApplication.setDesktopFileName("hoanhap")
    hint = ""
    if demo:
        from desktop.demo.builder import DEMO_PASSWORD, DEMO_USERNAME, build_demo

        data_dir = DataDir(Path(tempfile.mkdtemp(prefix="hoanhap-demo-")) / "data")
        print(f"Hòa Nhập: đang tạo sổ dữ liệu mẫu trong {data_dir.root} …", flush=True)
        from desktop.services.context import SystemClock

        build_demo(data_dir, clock=SystemClock())
        hint = f"Demo: {DEMO_USERNAME} / {DEMO_PASSWORD}"
    else:
        data_dir = datadir.resolve(data_dir_option)
    from desktop.services.context import SystemClock

    controller = Controller(data_dir, SystemClock(), demo_hint=hint)
    if not controller.start():
        controller.shutdown()
        return 1
    app.aboutToQuit.connect(controller.shutdown)
    return app.exec()
