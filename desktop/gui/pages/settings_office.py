"""Settings: the office's start date (periods before it are not due); external backups are in settings_backups."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.widgets import MessageLine
from desktop.services.context import Changes


class OfficeStartBox(Retranslates, QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.start = QDateEdit()
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setCalendarPopup(True)
        self.save_button = QPushButton()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.message = MessageLine()
        self._labels = [QLabel()]
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.save_button)
        start_row.addStretch()
        form = QFormLayout(self)
        form.addRow(self._labels[0], start_row)
        form.addRow(self.explain)  # spans the form: a wrapped label beside nothing is cut at 150 %
        form.addRow(self.message)
        self.save_button.clicked.connect(self.save_start)
        context.actor_changed.connect(self._show)
        context.changed.connect(lambda changes: self._show() if changes & Changes.SETTINGS else None)
        self.retranslate()

    def _show(self) -> None:
        services, actor = self._context.services, self._context.actor
        day = services.first_week.start_date(actor)
        self.start.setDate(QDate(day.year, day.month, day.day))
        today = services.register.clock.today()  # the office's day, not the PC's
        self.start.setMaximumDate(QDate(today.year, today.month, today.day))
        admin = actor.can(Permission.MANAGE_SETTINGS)
        self.start.setEnabled(admin)
        self.save_button.setEnabled(admin)

    def save_start(self) -> None:
        services, actor = self._context.services, self._context.actor
        day = self.start.date().toPython()
        assert isinstance(day, date)  # QDate.toPython() is typed as object
        Operation(self._context, self, lambda: services.first_week.set_start_date(actor, day)).success(
            lambda _outcome: self.message.show_ok(self.tr("Đã lưu ngày bắt đầu dùng sổ: {date}.").format(
                date=f"{day:%d/%m/%Y}"))).failure(self.message.show_problem).run_in_background()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sổ của đơn vị"))
        self._labels[0].setText(self.tr("Ngày bắt đầu dùng sổ:"))
        self.save_button.setText(self.tr("Lưu ngày bắt đầu"))
        self.explain.setText(self.tr(
            "Các kỳ báo cáo kết thúc trước ngày này không cần chốt. Đơn vị chuyển sổ sách cũ vào máy có thể "
            "lùi ngày này về trước."))
        self._show()
