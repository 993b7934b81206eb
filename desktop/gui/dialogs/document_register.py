"""The document register (sổ đăng ký văn bản đi): numbers given this year, the next one, and taking back
a number registered by mistake."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext, confirm
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.widgets import MessageLine
from desktop.services.documents.documents import DocumentEntry


class DocumentRegisterDialog(Retranslates, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.entries: list[DocumentEntry] = []
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(context.services.register.clock.today().year)
        self.next_label = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.remove_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.year)
        layout.addWidget(self.next_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.year.valueChanged.connect(self.load)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.retranslate()
        self.load()

    def load(self) -> None:
        docs, actor, year = self._context.services.documents, self._context.actor, self.year.value()
        self.entries = docs.entries(actor, year=year)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (entry.document_number.line, f"{entry.issued_on:%d/%m/%Y}", entry.period_code, entry.title)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.next_label.setText(self.tr("Số tiếp theo năm {year}: {number}").format(
            year=year, number=f"{docs.next_number(actor, year=year):02d}"))
        self._update()

    def _update(self) -> None:
        can = self._context.actor.can(Permission.EDIT_RECORDS)
        self.remove_button.setEnabled(can and bool(self.table.selectionModel().selectedRows()))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.entries[rows[0].row()]
        if not confirm(self, self.tr("Xóa số khỏi sổ"),
                       self.tr("Xóa {number} (“{title}”) khỏi sổ đăng ký? Số này có thể cấp lại cho văn bản khác.")
                       .format(number=entry.document_number.line, title=entry.title),
                       yes=self.tr("Xóa"), no=self.tr("Không xóa")):
            return
        self.remove(entry)

    def remove(self, entry: DocumentEntry) -> None:
        services, actor = self._context.services, self._context.actor
        Operation(self._context, self, lambda: services.documents.remove(actor, entry.id)) \
            .success(lambda _outcome: self.load()).failure(self.message.show_problem).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sổ đăng ký văn bản đi"))
        self.table.setHorizontalHeaderLabels([self.tr("Số, ký hiệu"), self.tr("Ngày"), self.tr("Kỳ báo cáo"),
                                              self.tr("Trích yếu")])
        self.year.setPrefix(self.tr("Năm "))
        self.remove_button.setText(self.tr("Xóa số đã chọn…"))
        self.close_button.setText(self.tr("Đóng"))
