"""The login window (also the idle-lock screen) and the recovery-key unlock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.db.datadir import DataDir
from desktop.domain.problems import DomainError
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine

if TYPE_CHECKING:  # the login window opens before the data layer is loaded
    from desktop.services.context import Actor, Clock
    from desktop.services.register import Register

Attempt = Callable[[str, str], "tuple[Register, Actor]"]


class LoginDialog(Retranslates, QDialog):
    """Asks for a username and password; `attempt` does the real check (login or unlock)."""

    def __init__(self, attempt: Attempt, *, data_dir: DataDir, clock: Clock, locked: bool = False,
                 username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempt, self._data_dir, self._clock, self._locked = attempt, data_dir, clock, locked
        self.result_value: tuple[Register, Actor] | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button = QPushButton()
        self.recover_button.setFlat(True)
        self._user_label, self._password_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self._user_label, self.username)
        form.addRow(self._password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.addWidget(self.recover_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.recover_button.clicked.connect(self._recover)
        self.recover_button.setVisible(not locked)
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(420)
        self.retranslate()

    def try_login(self) -> None:
        try:
            self.result_value = self._attempt(self.username.text().strip(), self.password.text())
        except DomainError as error:
            self.password.clear()
            self.message.show_problem(error_text(error))
            return
        self.accept()

    def _recover(self) -> None:
        dialog = RecoveryDialog(self._data_dir, self._clock, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.result_value = dialog.result_value
            self.accept()

    def retranslate(self) -> None:
        # The title stays neutral on purpose: a shared PC's taskbar must not reveal the subject.
        self.setWindowTitle(self.tr("Hòa Nhập"))
        self.heading.setText(self.tr("Đã khóa do không dùng – đăng nhập để tiếp tục") if self._locked
                             else self.tr("Đăng nhập"))
        self._user_label.setText(self.tr("Tên đăng nhập:"))
        self._password_label.setText(self.tr("Mật khẩu:"))
        self.login_button.setText(self.tr("Mở khóa") if self._locked else self.tr("Đăng nhập"))
        self.quit_button.setText(self.tr("Thoát"))
        self.recover_button.setText(self.tr("Quên mật khẩu? Dùng mã khôi phục…"))


class RecoveryDialog(QDialog):
    """The printed recovery key opens the register and sets a new password for an account."""

    def __init__(self, data_dir: DataDir, clock: Clock, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir, self._clock = data_dir, clock
        self.result_value: tuple[Register, Actor] | None = None
        self.key = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(self.tr("Mã khôi phục:"), self.key)
        form.addRow(self.tr("Tài khoản cần đặt lại:"), self.username)
        form.addRow(self.tr("Mật khẩu mới:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.confirm)
        form.addRow(self.message)
        form.addRow(buttons)
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Khôi phục quyền truy cập"))

    def _go(self) -> None:
        from desktop.services.accounts import auth

        try:
            self.result_value = auth.recover(self._data_dir, self.key.text(), username=self.username.text(),
                                             new_password=self.password.text(), confirm=self.confirm.text(),
                                             clock=self._clock).value
        except DomainError as error:
            self.message.show_problem(error_text(error))
            return
        self.accept()
