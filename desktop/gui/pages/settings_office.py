"""Settings: the office's start date (periods before it are not due) and a backup onto an external drive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text
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
        self.external_button = QPushButton()
        self.message = MessageLine()
        self._labels = [QLabel(), QLabel()]
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.save_button)
        start_row.addStretch()
        form = QFormLayout(self)
        form.addRow(self._labels[0], start_row)
        form.addRow(self.explain)  # spans the form: a wrapped label beside nothing is cut at 150 %
        form.addRow(self._labels[1], self.external_button)
        form.addRow(self.message)
        self.save_button.clicked.connect(self.save_start)
        self.external_button.clicked.connect(self._choose_external)
        context.actor_changed.connect(self._show)
        context.changed.connect(lambda changes: self._show() if changes & Changes.SETTINGS else None)
        self.retranslate()

    def _show(self) -> None:
        services, actor = self._context.services, self._context.actor
        day = services.first_week.start_date(actor)
        self.start.setDate(QDate(day.year, day.month, day.day))
        self.start.setMaximumDate(QDate.currentDate())
        admin = actor.can(Permission.MANAGE_SETTINGS)
        self.start.setEnabled(admin)
        self.save_button.setEnabled(admin)
        self.external_button.setEnabled(actor.can(Permission.BACKUP))

    def save_start(self) -> None:
        services, actor = self._context.services, self._context.actor
        day = self.start.date().toPython()
        try:
            outcome = services.first_week.set_start_date(actor, day)
        except Exception as error:  # noqa: BLE001 - shown to the user; nothing was saved
            self.message.show_problem(error_text(error))
            return
        self.message.show_ok(self.tr("Đã lưu ngày bắt đầu dùng sổ: {date}.").format(date=f"{day:%d/%m/%Y}"))
        self._context.announce(outcome.changes)

    def _choose_external(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn ổ đĩa ngoài (USB) để chép bản sao lưu"))
        if folder:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        self.external_button.setEnabled(False)
        services, actor = self._context.services, self._context.actor

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self.external_button.setEnabled(True)
            self.message.show_ok(self.tr("Đã chép bản sao lưu (vẫn được mã hóa) ra: {file}").format(
                file=str(outcome.value.path)))
            self._context.announce(outcome.changes)

        def failed(error: BaseException) -> None:
            self.external_button.setEnabled(True)
            self.message.show_problem(error_text(error))

        self._context.run(lambda: services.maintenance.backup_to(actor, folder), done, on_error=failed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sổ của đơn vị"))
        self._labels[0].setText(self.tr("Ngày bắt đầu dùng sổ:"))
        self._labels[1].setText(self.tr("Sao lưu ra ngoài:"))
        self.save_button.setText(self.tr("Lưu ngày bắt đầu"))
        self.explain.setText(self.tr(
            "Các kỳ báo cáo kết thúc trước ngày này không cần chốt. Đơn vị chuyển sổ sách cũ vào máy có thể "
            "lùi ngày này về trước."))
        self.external_button.setText(self.tr("Sao lưu ra ổ đĩa ngoài (USB)…"))
        self._show()
