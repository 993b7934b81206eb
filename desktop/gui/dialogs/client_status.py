"""Changing a person's status in the register (supported, paused, closed), with an optional reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.domain.clients import STATUS_LABELS, ClientStatus
from desktop.domain.problems import Problem
from desktop.domain.referrals import OUTCOME_LABELS
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import code_combo, date_edit, fill_code_combo, to_date
from desktop.gui.dialogs.record_form import RecordForm
from desktop.services.clients.client_views import ClientView
from desktop.services.context import Outcome


class ClientStatusDialog(RecordForm):
    """Nothing to check as the worker chooses: the service has the last word when saving."""


    def __init__(self, context: AppContext, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(context, client, parent)
        self.client = client
        today = context.services.register.clock.today()
        self.status = code_combo(STATUS_LABELS)
        self.status.setCurrentIndex(max(0, self.status.findData(client.status)))
        self.on = date_edit(today, latest=today)
        self.reason = QComboBox()
        self._captions = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        for caption, widget in zip(self._captions, (self.status, self.on, self.reason), strict=True):
            form.addRow(caption, widget)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.start()

    def draft(self) -> tuple[str, date, str]:
        return self.status.currentData(), to_date(self.on.date()), self.reason.currentData() or ""

    def problems(self) -> list[Problem]:
        return []

    def show_problems(self, problems: list[Problem]) -> None:
        """The line stays empty until saving fails."""

    def persist(self) -> Callable[[], Outcome[ClientView]]:
        status, on, reason = self.draft()
        client_id, services, actor = self.client.id, self._context.services, self._context.actor
        return lambda: services.clients.set_status(actor, client_id, ClientStatus(status), on=on, reason=reason)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đổi tình trạng của {code}").format(code=self.client.uic))
        for caption, text in zip(self._captions, (self.tr("Tình trạng mới:"), self.tr("Từ ngày:"),
                                                  self.tr("Lý do (không bắt buộc):")), strict=True):
            caption.setText(text)
        fill_code_combo(self.status, STATUS_LABELS)
        fill_code_combo(self.reason, OUTCOME_LABELS, blank=self.tr("(không ghi lý do)"))
