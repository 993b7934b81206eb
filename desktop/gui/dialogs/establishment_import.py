"""Importing businesses from Excel: choose the file, map its columns, see every row, then confirm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QTableWidget, QVBoxLayout, QWidget,
)

from desktop.domain import establishment_import as rules
from desktop.domain.establishments import BUSINESS_TYPE_LABELS, BusinessType
from desktop.gui.context import AppContext
from desktop.gui.icons import icon
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text, label, problem_text, vn_number
from desktop.gui.widgets import MessageLine
from desktop.services.establishments.establishment_import import ImportPreview, PreviewRow, write_template

_HEADERS = dict(rules.COLUMNS)
_BAD, _DUPLICATE = QColor("#b00020"), QColor("#a15c00")


def row_verdict(row: PreviewRow) -> str:
    """What will happen to one row, in the same words as the form ("Địa chỉ: Chưa nhập trường bắt buộc.")."""
    if row.problems:
        return " ".join(
            (QCoreApplication.translate("Import", _HEADERS[p.field]) + ": " if p.field in _HEADERS else "")
            + problem_text(p.code, p.params) for p in row.problems)
    if row.duplicate:
        return QCoreApplication.translate("Import", "Trùng với cơ sở đã có (cùng tên và địa chỉ): bỏ qua.")
    return QCoreApplication.translate("Import", "Sẽ được thêm.")


class PreviewModel(QAbstractTableModel):
    """Fast for 50,000 rows: cells are worded only when the view asks for them."""

    COLUMNS = ("line", "name", "business_type", "address", "verdict")

    def __init__(self) -> None:
        super().__init__()
        self.rows: tuple[PreviewRow, ...] = ()

    def set_rows(self, rows: tuple[PreviewRow, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "line":
                return row.line
            if column == "verdict":
                return row_verdict(row)
            if column == "business_type":
                code = row.draft.business_type
                return label(BUSINESS_TYPE_LABELS[BusinessType(code)]) if code in BusinessType.__members__.values() \
                    else code
            return getattr(row.draft, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "verdict":
            return row_verdict(row)  # a long verdict is cut in the cell
        if role == Qt.ItemDataRole.ForegroundRole and column == "verdict":
            return _BAD if row.problems else _DUPLICATE if row.duplicate else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[section]
        if column == "line":
            return QCoreApplication.translate("Import", "Dòng")
        if column == "verdict":
            return QCoreApplication.translate("Import", "Kết quả kiểm tra")
        return QCoreApplication.translate("Import", _HEADERS[column])


class ImportDialog(Retranslates, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        self.file_label = QLabel()
        self.choose_button = QPushButton()
        self.choose_button.setIcon(icon("file-import"))
        self.template_button = QPushButton()
        self.template_button.setIcon(icon("file-spreadsheet"))
        self.columns = QTableWidget(2, 0)
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setVisible(False)
        self.columns.setMaximumHeight(90)
        self.model = PreviewModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.all_or_nothing = QCheckBox()
        self.message = MessageLine()
        self.import_button = QPushButton()
        self.import_button.setEnabled(False)
        self.close_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.template_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_or_nothing)
        bottom.addStretch()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self._map_label = QLabel()
        layout.addWidget(self._map_label)
        layout.addWidget(self.columns)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.choose_button.clicked.connect(self._choose)
        self.template_button.clicked.connect(self._save_template)
        self.import_button.clicked.connect(self.confirm)
        self.close_button.clicked.connect(self.reject)
        self.resize(1000, 640)
        self.retranslate()

    # -- choosing and reading ------------------------------------------------------------------
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bảng tính danh sách cơ sở"), "",
                                              self.tr("Bảng tính Excel (*.xlsx)"))
        if path:
            self.load(Path(path))

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp mẫu"), "mau-danh-sach-co-so.xlsx",
                                              self.tr("Bảng tính Excel (*.xlsx)"))
        if path:
            try:
                write_template(Path(path), language=self._context.config.language)
            except Exception as error:  # noqa: BLE001
                self.message.show_problem(error_text(error))
                return
            self.message.show_ok(self.tr("Đã lưu tệp mẫu: {file}").format(file=path))

    def load(self, path: Path, mapping: dict[int, str] | None = None) -> None:
        """Read and check on the worker thread; the window stays usable on a 50,000-row sheet."""
        self.path = path
        self.file_label.setText(path.name)
        self.import_button.setEnabled(False)
        self.message.show_ok(self.tr("Đang đọc {file}…").format(file=path.name))
        service, actor = self._context.services.establishment_import, self._context.actor
        self._context.run(lambda: service.preview(actor, path, mapping=mapping), self._previewed,
                          on_error=lambda error: self.message.show_problem(error_text(error)))

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self.table.resizeColumnsToContents()
        self._show_mapping(preview)
        self._show_totals()

    def _show_mapping(self, preview: ImportPreview) -> None:
        self.columns.setColumnCount(len(preview.headers))
        for index, header in enumerate(preview.headers):
            self.columns.setItem(0, index, _item(header or self.tr("(cột {n})").format(n=index + 1)))
            combo = QComboBox()
            combo.addItem(self.tr("— bỏ qua —"), "")
            for name, heading in rules.COLUMNS:
                combo.addItem(QCoreApplication.translate("Import", heading), name)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(index, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(1, index, combo)
        self.columns.resizeColumnsToContents()

    def chosen_mapping(self) -> dict[int, str]:
        mapping: dict[int, str] = {}
        for index in range(self.columns.columnCount()):
            combo = self.columns.cellWidget(1, index)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[index] = combo.currentData()
        return mapping

    def _mapping_changed(self) -> None:
        if self.path is not None:
            self.load(self.path, self.chosen_mapping())

    def _show_totals(self) -> None:
        p = self.preview
        if p is None:
            return
        self.totals.setText(self.tr(
            "{total} dòng: <b>{good} sẽ được thêm</b>, {bad} có lỗi (không nhập), {dup} trùng với cơ sở đã có "
            "(bỏ qua). Tệp {file}, trang “{sheet}”.").format(
                total=vn_number(len(p.rows)), good=vn_number(p.good), bad=vn_number(p.with_problems),
                dup=vn_number(p.duplicates), file=p.file_name, sheet=p.sheet))
        if p.unmapped_required:
            self.message.show_problem(problem_text("import.unmapped", {"fields": ", ".join(
                QCoreApplication.translate("Import", _HEADERS[f]) for f in p.unmapped_required)}))
        else:
            self.message.show_ok(self.tr("Chưa có gì được ghi vào sổ. Xem lại rồi bấm “Nhập”."))
        self.import_button.setText(self.tr("Nhập {count} cơ sở").format(count=vn_number(p.good)))
        self.import_button.setEnabled(p.good > 0 and not p.unmapped_required)

    # -- confirming ------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.preview is None:
            return
        preview, service, actor = self.preview, self._context.services.establishment_import, self._context.actor
        everything = self.all_or_nothing.isChecked()
        self.import_button.setEnabled(False)

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self._context.announce(outcome.changes)
            self.message.show_ok(self.tr("Đã nhập {count} cơ sở vào sổ.").format(count=vn_number(outcome.value)))
            self.imported = outcome.value

        def failed(error: BaseException) -> None:
            self.message.show_problem(error_text(error))
            self.import_button.setEnabled(True)

        self._context.run(lambda: service.apply(actor, preview, all_or_nothing=everything), done, on_error=failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nhập danh sách cơ sở từ Excel"))
        self.choose_button.setText(self.tr("Chọn tệp Excel…"))
        self.template_button.setText(self.tr("Tải tệp mẫu…"))
        self._map_label.setText(self.tr("Cột trong tệp và thông tin tương ứng (máy nhớ lựa chọn cho lần sau):"))
        self.all_or_nothing.setText(self.tr("Chỉ nhập khi mọi dòng đều hợp lệ"))
        self.close_button.setText(self.tr("Đóng"))
        if self.preview is None:
            self.file_label.setText(self.tr("Chưa chọn tệp."))
            self.import_button.setText(self.tr("Nhập"))
        else:
            self._show_totals()


def _item(text: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableWidgetItem

    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
