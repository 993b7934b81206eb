"""The administrator's own target figures for a year (the province's annual plan), without editing a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from desktop.domain.problems import DomainError

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.icons import icon
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.services.reports.annual_targets import TargetRow

ENTERED = 4  # the editable column


class ReportTargetsDialog(Retranslates, QDialog):
    def __init__(self, context: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.rows: list[TargetRow] = []
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555555;")
        self.year_caption = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.import_button = QPushButton()  # the province's plan kept in Excel: no typing it again
        self.import_button.setIcon(icon("file-import"))
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setEnabled(context.actor.can(Permission.MANAGE_SETTINGS))
        self.import_button.setEnabled(context.actor.can(Permission.MANAGE_SETTINGS))
        top = QHBoxLayout()
        top.addWidget(self.year_caption)
        top.addWidget(self.year)
        top.addStretch()
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        self.year.valueChanged.connect(self.load_year)
        self.save_button.clicked.connect(self.save)
        self.import_button.clicked.connect(self.import_from_excel)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.load_year()

    def load_year(self) -> None:
        self.message.show_ok("")
        try:
            self.rows = self._context.services.reports.annual_targets(self._context.actor, self.year.value())
        except DomainError as error:  # e.g. no set covers the year: said in the dialog
            self.rows = []
            self.message.show_problem(error_text(error))
        self.table.setRowCount(len(self.rows))
        editable = self._context.actor.can(Permission.MANAGE_SETTINGS)
        for n, row in enumerate(self.rows):
            cells = [row.indicator, f"{row.name} ({row.unit})", row.target_set_name, row.in_file, row.entered]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col != ENTERED or not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(n, col, item)
        self.table.resizeColumnToContents(0)

    def import_from_excel(self) -> None:
        from desktop.gui.dialogs.baseline_import import BaselineImportDialog

        dialog = BaselineImportDialog(self._context, self)
        dialog.exec()
        dialog.deleteLater()
        self.load_year()  # figures imported for this year show in the table

    def changes(self) -> list[tuple[str, str, str | None]]:
        found = []
        for n, row in enumerate(self.rows):
            item = self.table.item(n, ENTERED)
            text = item.text().strip() if item is not None else ""
            if text != row.entered:
                found.append((row.indicator, row.target_set, text or None))
        return found

    def save(self) -> None:
        """All changed rows are checked together and saved in one transaction (on the worker), or none is."""
        changes = self.changes()
        if not changes:
            self.message.show_ok(self.tr("Không có thay đổi."))
            return
        services, actor, year = self._context.services, self._context.actor, self.year.value()

        def saved(_outcome: object) -> None:
            self.load_year()
            self.message.show_ok(self.tr("Đã lưu {count} chỉ tiêu của năm {year}.").format(
                count=len(changes), year=year))

        Operation(self._context, self, lambda: services.reports.set_annual_targets(actor, year=year, entries=changes)) \
            .success(saved).failure(lambda problem: self.message.show_problem(
                self.tr("{problem}\nChưa lưu chỉ tiêu nào.").format(problem=problem))) \
            .disabling(self.save_button).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Chỉ tiêu năm của đơn vị"))
        self.help.setText(self.tr(
            "Nhập chỉ tiêu kế hoạch năm của tỉnh (hoặc của xã) vào cột “Đơn vị nhập”, dạng “>= 100” (tỷ lệ %) hoặc "
            "“>= 3.500” (số người); để trống để dùng chỉ tiêu trong bộ chỉ tiêu. Chỉ tiêu nhập ở đây thay chỉ tiêu "
            "trong bộ cho các báo cáo trong năm; chỉ tiêu số lượng chỉ đánh giá trên báo cáo cả năm. Ở tuyến tỉnh, "
            "báo cáo toàn tỉnh dùng chỉ tiêu do tỉnh nhập."))
        self.year_caption.setText(self.tr("Năm:"))
        self.import_button.setText(self.tr("Nhập từ Excel…"))
        self.table.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Chỉ tiêu"), self.tr("Cột mục tiêu"),
                                              self.tr("Trong bộ chỉ tiêu"), self.tr("Đơn vị nhập")])
        self.save_button.setText(self.tr("Lưu"))
        self.close_button.setText(self.tr("Đóng"))
        if not self.save_button.isEnabled():
            self.save_button.setToolTip(self.tr("Chỉ quản trị viên được nhập chỉ tiêu năm."))
