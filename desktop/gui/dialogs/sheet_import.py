"""Every Excel import's dialog: choose the file, map its columns, see every row, then confirm.

An area's dialog (establishments, outreach sessions, baseline figures) derives from `SheetImportDialog`
and says in its own words what it imports; the reading runs on the worker thread like every slow job.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.gui.context import AppContext
from desktop.gui.icons import icon
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text, problem_text
from desktop.gui.widgets import MessageLine
from desktop.services.context import Actor, Outcome
from desktop.services.sheet_import import ImportPreview, PreviewRow

_BAD, _DUPLICATE = QColor("#b00020"), QColor("#a15c00")


class ImportService(Protocol):
    def preview(self, actor: Actor, path: Path, *, mapping: dict[int, str] | None = None) -> ImportPreview: ...

    def apply(self, actor: Actor, preview: ImportPreview, *, all_or_nothing: bool = False) -> Outcome[int]: ...


@dataclass(frozen=True)
class SheetKind:
    """What an area's dialog shows: its template columns, which of them the preview lists, and how a cell reads."""

    columns: tuple[tuple[str, str], ...]  # (field, header marked in context "Import")
    shown: tuple[str, ...]  # fields listed in the preview, between the line and the verdict
    duplicate_text: Callable[[], str]
    display: Callable[[str, Any], Any] = lambda _field, value: value
    # A shown field that is not a column of the sheet, and the column whose header it takes.
    header_of: Mapping[str, str] = field(default_factory=dict)


def row_verdict(row: PreviewRow, kind: SheetKind) -> str:
    """What will happen to one row, in the same words as the form ("Địa chỉ: Chưa nhập trường bắt buộc.")."""
    headers = dict(kind.columns)
    if row.problems:
        return " ".join(
            (QCoreApplication.translate("Import", headers[p.field]) + ": " if p.field in headers else "")
            + problem_text(p.code, p.params) for p in row.problems)
    if row.duplicate:
        return kind.duplicate_text()
    return QCoreApplication.translate("Import", "Sẽ được thêm.")


class SheetPreviewModel(QAbstractTableModel):
    """Fast for 50,000 rows: cells are worded only when the view asks for them."""

    def __init__(self, kind: SheetKind) -> None:
        super().__init__()
        self.kind = kind
        self.COLUMNS = ("line", *kind.shown, "verdict")
        self.rows: tuple[PreviewRow, ...] = ()

    def set_rows(self, rows: tuple[PreviewRow, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "line":
                return row.line
            if column == "verdict":
                return row_verdict(row, self.kind)
            return self.kind.display(column, getattr(row.draft, column))
        if role == Qt.ItemDataRole.ToolTipRole and column == "verdict":
            return row_verdict(row, self.kind)  # a long verdict is cut in the cell
        if role == Qt.ItemDataRole.ForegroundRole and column == "verdict":
            return _BAD if row.problems else _DUPLICATE if row.duplicate else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[section]
        if column == "line":
            return QCoreApplication.translate("Import", "Dòng")
        if column == "verdict":
            return QCoreApplication.translate("Import", "Kết quả kiểm tra")
        return QCoreApplication.translate("Import", dict(self.kind.columns)[self.kind.header_of.get(column, column)])


class SheetImportDialog(Retranslates, QDialog):
    """The shared dialog; an area's subclass gives its service, template and texts."""

    template_name = "mau.xlsx"

    def __init__(self, context: AppContext, kind: SheetKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.kind = kind
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        self.imported: int | None = None
        self.file_label = QLabel()
        self.choose_button = QPushButton()
        self.choose_button.setIcon(icon("file-import"))
        self.template_button = QPushButton()
        self.template_button.setIcon(icon("file-spreadsheet"))
        self.columns = QTableWidget(2, 0)
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setVisible(False)
        self.columns.setMaximumHeight(90)
        self.model = SheetPreviewModel(kind)
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

    # -- what each area says and does ------------------------------------------------------------
    def service(self) -> ImportService:
        raise NotImplementedError

    def write_template(self, path: Path) -> None:
        """Runs on the worker: use the context, never a widget."""
        raise NotImplementedError

    def title_text(self) -> str:
        raise NotImplementedError

    def choose_text(self) -> str:
        raise NotImplementedError

    def totals_text(self, preview: ImportPreview) -> str:
        raise NotImplementedError

    def button_text(self, count: int) -> str:
        raise NotImplementedError

    def done_text(self, count: int) -> str:
        raise NotImplementedError

    # -- choosing and reading ------------------------------------------------------------------
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.choose_text(), "", QCoreApplication.translate("SheetImportDialog", "Bảng tính Excel (*.xlsx)"))
        if path:
            self.load(Path(path))

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("SheetImportDialog", "Lưu tệp mẫu"), self.template_name,
                                              QCoreApplication.translate("SheetImportDialog", "Bảng tính Excel (*.xlsx)"))
        if path:
            target = Path(path)
            Operation(self._context, self, lambda: self.write_template(target)).success(
                lambda _none: self.message.show_ok(QCoreApplication.translate(
                    "SheetImportDialog", "Đã lưu tệp mẫu: {file}").format(file=path))) \
                .failure(self.message.show_problem).run_in_background()

    def load(self, path: Path, mapping: dict[int, str] | None = None) -> None:
        """Read and check on the worker thread; the window stays usable on a 50,000-row sheet."""
        self.path = path
        self.file_label.setText(path.name)
        self.import_button.setEnabled(False)
        self.message.show_ok(QCoreApplication.translate("SheetImportDialog", "Đang đọc {file}…").format(file=path.name))
        service, actor = self.service(), self._context.actor
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
            item = QTableWidgetItem(header or QCoreApplication.translate("SheetImportDialog", "(cột {n})").format(n=index + 1))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(0, index, item)
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("SheetImportDialog", "— bỏ qua —"), "")
            for name, heading in self.kind.columns:
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
        self.totals.setText(self.totals_text(p))
        if p.unmapped_required:
            headers = dict(self.kind.columns)
            self.message.show_problem(problem_text("import.unmapped", {"fields": ", ".join(
                QCoreApplication.translate("Import", headers[f]) for f in p.unmapped_required)}))
        else:
            self.message.show_ok(QCoreApplication.translate("SheetImportDialog", "Chưa có gì được ghi vào sổ. Xem lại rồi bấm “Nhập”."))
        self.import_button.setText(self.button_text(p.good))
        self.import_button.setEnabled(p.good > 0 and not p.unmapped_required)

    # -- confirming ------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.preview is None:
            return
        preview, service, actor = self.preview, self.service(), self._context.actor
        everything = self.all_or_nothing.isChecked()
        self.import_button.setEnabled(False)

        def done(outcome: Outcome[int]) -> None:
            self.message.show_ok(self.done_text(outcome.value))
            self.imported = outcome.value

        def failed(problem: str) -> None:
            self.message.show_problem(problem)
            self.import_button.setEnabled(True)

        # One transaction on the worker; its Changes (announced by the operation) refresh the pages.
        Operation(self._context, self, lambda: service.apply(actor, preview, all_or_nothing=everything)) \
            .success(done).failure(failed) \
            .with_progress(QCoreApplication.translate("SheetImportDialog", "Đang nhập vào sổ…")).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.title_text())
        self.choose_button.setText(QCoreApplication.translate("SheetImportDialog", "Chọn tệp Excel…"))
        self.template_button.setText(QCoreApplication.translate("SheetImportDialog", "Tải tệp mẫu…"))
        self._map_label.setText(QCoreApplication.translate("SheetImportDialog", "Cột trong tệp và thông tin tương ứng (máy nhớ lựa chọn cho lần sau):"))
        self.all_or_nothing.setText(QCoreApplication.translate("SheetImportDialog", "Chỉ nhập khi mọi dòng đều hợp lệ"))
        self.close_button.setText(QCoreApplication.translate("SheetImportDialog", "Đóng"))
        if self.preview is None:
            self.file_label.setText(QCoreApplication.translate("SheetImportDialog", "Chưa chọn tệp."))
            self.import_button.setText(QCoreApplication.translate("SheetImportDialog", "Nhập"))
        else:
            self._show_totals()
