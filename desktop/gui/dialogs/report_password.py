"""The password that encrypts a raw list holding client rows (DOMAIN §7), typed twice and checked as you type."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import problem_text
from desktop.gui.widgets import MessageLine
from desktop.reports.protect import MIN_PASSWORD


class ExportPasswordDialog(Retranslates, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.password, self.confirm = QLineEdit(), QLineEdit()
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._validate)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self._captions = [QLabel(), QLabel()]
        form = QFormLayout(self)
        form.addRow(self.note)
        form.addRow(self._captions[0], self.password)
        form.addRow(self._captions[1], self.confirm)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def _validate(self) -> None:
        if len(self.password.text()) < MIN_PASSWORD:
            self.message.show_problem(problem_text("export.password_required", {"min": MIN_PASSWORD}))
        elif self.confirm.text() != self.password.text():
            self.message.show_problem(self.tr("Hai lần nhập mật khẩu chưa giống nhau."))
        else:
            self.message.show_ok(self.tr("Mật khẩu hợp lệ."))
        self.ok_button.setEnabled(len(self.password.text()) >= MIN_PASSWORD
                                  and self.confirm.text() == self.password.text())

    def chosen(self) -> str | None:
        return self.password.text() if self.ok_button.isEnabled() else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mật khẩu cho tệp danh sách"))
        self.note.setText(self.tr("Danh sách này có thông tin về người được hỗ trợ nên tệp Excel được mã hóa. "
                                  "Excel hoặc LibreOffice sẽ hỏi mật khẩu khi mở tệp. Hãy ghi nhớ mật khẩu; "
                                  "không gửi mật khẩu cùng đường với tệp."))
        self._captions[0].setText(self.tr("Mật khẩu:"))
        self._captions[1].setText(self.tr("Nhập lại mật khẩu:"))
        self.ok_button.setText(self.tr("Tiếp tục"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._validate()


def ask_password(parent: QWidget | None) -> str | None:
    """None when the officer cancels."""
    dialog = ExportPasswordDialog(parent)
    accepted = dialog.exec()
    password = dialog.chosen() if accepted else None
    dialog.deleteLater()
    return password
