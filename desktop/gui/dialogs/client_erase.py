"""Erasing a person for good: the worker types the person's code to confirm, as the service requires."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.uic import normalise_code
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import BLOCK_STYLE, warning_label
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.widgets import MessageLine
from desktop.services.clients.client_rights import ErasureReason, ErasureReceipt


class EraseClientDialog(Retranslates, QDialog):
    """The erase button stays disabled until the typed code matches; the work runs off the GUI thread."""

    def __init__(self, context: AppContext, client_id: str, code: str, *,
                 reason: ErasureReason = ErasureReason.REQUEST, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.client_id, self.code = client_id, code
        self.receipt: ErasureReceipt | None = None
        self.warning = warning_label(BLOCK_STYLE)
        self.warning.show()
        self.ask = QLabel()
        self.ask.setWordWrap(True)
        self.ask.setTextFormat(Qt.TextFormat.RichText)
        self.typed = QLineEdit()
        self.reason = QComboBox()
        self._reason = reason
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #b00020; font-weight: bold; }")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self._captions = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._captions[0], self.reason)
        form.addRow(self._captions[1], self.typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.ask)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._check)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 360)
        self.retranslate()

    def matches(self) -> bool:
        return normalise_code(self.typed.text()) == self.code

    def _check(self) -> None:
        self.erase_button.setEnabled(self.matches())

    def erase(self) -> None:
        if not self.matches():
            return
        services, actor = self._context.services, self._context.actor
        reason = ErasureReason(self.reason.currentData())
        client_id, typed = self.client_id, self.typed.text()
        self.erase_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.message.show_ok(self.tr("Đang xóa…"))

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self.receipt = outcome.value
            self.accept()

        def failed(problem: str) -> None:
            self.cancel_button.setEnabled(True)
            self._check()
            self.message.show_problem(problem)

        Operation(self._context, self, lambda: services.client_rights.erase(
            actor, client_id, confirm_code=typed, reason=reason)).success(done).failure(failed).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Xóa vĩnh viễn hồ sơ"))
        self.warning.setText(self.tr(
            "⛔ Mọi thông tin về người có mã {code} (các lần tiếp xúc, đồng ý, phiếu giới thiệu, tên gọi, ghi chú) "
            "sẽ bị xóa hẳn khỏi máy này và không khôi phục được. Một dấu xóa không chứa thông tin cá nhân sẽ được "
            "gửi lên cấp trên để nơi đó cũng xóa. Bản sao lưu cũ còn giữ dữ liệu cho đến khi được thay thế."
        ).format(code=self.code))
        self.ask.setText(self.tr("Để xác nhận, hãy gõ mã số của người này: <b>{code}</b>").format(code=self.code))
        for caption, text in zip(self._captions, (self.tr("Lý do xóa:"), self.tr("Gõ mã số:")), strict=True):
            caption.setText(text)
        current = self.reason.currentData() or self._reason.value
        self.reason.clear()
        self.reason.addItem(self.tr("Người đó yêu cầu xóa"), ErasureReason.REQUEST.value)
        self.reason.addItem(self.tr("Đã quá thời hạn lưu giữ"), ErasureReason.RETENTION.value)
        self.reason.setCurrentIndex(max(0, self.reason.findData(current)))
        self.erase_button.setText(self.tr("Xóa vĩnh viễn"))
        self.cancel_button.setText(self.tr("Không xóa"))
        self._check()
