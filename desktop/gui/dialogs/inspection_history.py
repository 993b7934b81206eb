"""An establishment's inspections, newest first: open one to read or amend it, print its biên bản, delete it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.domain.inspections import KIND_LABELS, LOCAL_ZONE
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext, show_error
from desktop.gui.icons import icon
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label, vn_number
from desktop.services.context import Changes
from desktop.services.inspections.inspections import InspectionRow


class InspectionHistory(Retranslates, QDialog):
    def __init__(self, context: AppContext, establishment_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._establishment_id = establishment_id
        self._name = name
        self.rows: list[InspectionRow] = []
        self.heading = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.open_button, self.print_button = QPushButton(), QPushButton()
        self.print_button.setIcon(icon("printer"))
        self.delete_button, self.close_button = QPushButton(), QPushButton()
        self.decision_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.open_button, self.print_button, self.decision_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.decision_button.clicked.connect(self.record_decision)
        self.close_button.clicked.connect(self.accept)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        context.changed.connect(self._changed)
        self.resize(900, 420)
        self.retranslate()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.INSPECTIONS:
            self.reload()

    def reload(self) -> None:
        self.rows = self._context.services.inspections.history(self._context.actor, self._establishment_id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            kind = KIND_LABELS.get(row.kind)  # type: ignore[call-overload]
            values = (row.started_at.astimezone(LOCAL_ZONE).strftime("%d/%m/%Y %H:%M"), label(kind) if kind else row.kind,
                      row.team_members, vn_number(row.violations),
                      row.reinspection_due_on.strftime("%d/%m/%Y") if row.reinspection_due_on else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setToolTip(value)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.heading.setText(self.tr("<b>{name}</b>: {count} lần kiểm tra").format(
            name=self._name, count=vn_number(len(self.rows))))
        self._update_buttons()

    def selected(self) -> InspectionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen and self._context.actor.can(Permission.PRINT))
        self.delete_button.setEnabled(chosen and self._context.actor.can(Permission.EDIT_RECORDS))
        row = self.selected()
        self.decision_button.setEnabled(row is not None and row.violations > 0
                                        and self._context.actor.can(Permission.EDIT_RECORDS))

    def record_decision(self) -> None:
        """The authority decided on one of the selected inspection's violations."""
        from desktop.gui.dialogs.sanction_decision import DecisionForm

        row = self.selected()
        if row is None:
            return
        try:
            form = DecisionForm(self._context, self._context.services.inspections.get(self._context.actor, row.id),
                                parent=self)
        except DomainError as error:  # deleted meanwhile, or no longer allowed
            show_error(self, error)
            return
        form.exec()
        form.deleteLater()

    def open_selected(self) -> None:
        from desktop.gui.dialogs.inspection_form import InspectionForm

        row = self.selected()
        if row is None:
            return
        try:
            record = self._context.services.inspections.get(self._context.actor, row.id)
            form = InspectionForm(self._context, self._establishment_id, record, parent=self)
        except DomainError as error:  # deleted meanwhile, or no longer allowed
            show_error(self, error)
            return
        form.save_button.setVisible(self._context.actor.can(Permission.EDIT_RECORDS))
        form.exec()

    def print_selected(self) -> None:
        from desktop.gui.dialogs.inspection_print import print_record

        row = self.selected()
        if row is not None:
            print_record(self._context, self, row.id, day=row.started_at.astimezone(LOCAL_ZONE).strftime("%Y%m%d"))

    def delete_selected(self) -> None:
        from desktop.gui.context import confirm

        row = self.selected()
        if row is None:
            return
        question = self.tr("Xóa biên bản kiểm tra ngày {day} của cơ sở {name}? Việc xóa sẽ được gửi lên cấp trên.").format(
            day=row.started_at.astimezone(LOCAL_ZONE).strftime("%d/%m/%Y"), name=self._name)
        if not confirm(self, self.tr("Xác nhận xóa"), question, yes=self.tr("Xóa"), no=self.tr("Không xóa")):
            return
        services, actor, record_id = self._context.services, self._context.actor, row.id
        Operation(self._context, self, lambda: services.inspections.delete(actor, record_id)).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lịch sử kiểm tra"))
        self.table.setHorizontalHeaderLabels([self.tr("Thời gian"), self.tr("Hình thức"), self.tr("Đoàn kiểm tra"),
                                              self.tr("Số vi phạm"), self.tr("Hạn tái kiểm tra")])
        self.open_button.setText(self.tr("Xem, sửa biên bản…"))
        self.print_button.setText(self.tr("In biên bản…"))
        self.delete_button.setText(self.tr("Xóa biên bản"))
        self.decision_button.setText(self.tr("Ghi quyết định xử phạt…"))
        self.close_button.setText(self.tr("Đóng"))
        self.reload()
