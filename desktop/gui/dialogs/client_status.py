"""Changing a person's status in the register (supported, paused, closed), with an optional reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.domain.clients import STATUS_LABELS, ClientStatus
from desktop.domain.referrals import OUTCOME_LABELS
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import code_combo, date_edit, fill_code_combo, to_date
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.services.client_views import ClientView


class ClientStatusDialog(QDialog):
    def __init__(self, context: AppContext, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.client = client
        today = context.services.register.clock.today()
        self.saved: ClientView | None = None
        self.status = code_combo(STATUS_LABELS)
        self.status.setCurrentIndex(max(0, self.status.findData(client.status)))
        self.on = date_edit(today, latest=today)
        self.reason = QComboBox()
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self._captions = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        for caption, widget in zip(self._captions, (self.status, self.on, self.reason)):
            form.addRow(caption, widget)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def _save(self) -> None:
        try:
            outcome = self._context.services.clients.set_status(
                self._context.actor, self.client.id, ClientStatus(self.status.currentData()),
                on=to_date(self.on.date()), reason=self.reason.currentData() or "")
        except Exception as error:  # noqa: BLE001 - the dialog stays open with the typed work
            self.message.show_problem(error_text(error))
            return
        self.saved = outcome.value
        self._context.announce(outcome.changes)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đổi tình trạng của {code}").format(code=self.client.uic))
        for caption, text in zip(self._captions, (self.tr("Tình trạng mới:"), self.tr("Từ ngày:"),
                                                  self.tr("Lý do (không bắt buộc):"))):
            caption.setText(text)
        fill_code_combo(self.status, STATUS_LABELS)
        fill_code_combo(self.reason, OUTCOME_LABELS, blank=self.tr("(không ghi lý do)"))
        self.save_button.setText(self.tr("Lưu"))
        self.cancel_button.setText(self.tr("Hủy"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
