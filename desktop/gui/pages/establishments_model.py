"""Tables of the establishments page: the paged register and the list of re-inspections due, and their view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.domain.establishments import BUSINESS_TYPE_LABELS, STATUS_LABELS
from desktop.domain.text import fold
from desktop.gui.context import AppContext
from desktop.gui.paged_model import PagedTableModel
from desktop.gui.texts import label, vn_number
from desktop.services.establishments.establishments import EstablishmentQuery, EstablishmentRow
from desktop.services.inspections.reinspections import DueReinspection

# Violations and the follow-up date are not sort keys of the service: they sort by the last visit.
_SORT_BY_COLUMN = ("name", "business_type", "address", "representative", "status", "last_inspected_on",
                   "last_inspected_on", "last_inspected_on")
_RED = QColor("#b00020")
_ROWS_MEASURED = 40


def list_table(model: QAbstractTableModel) -> QTableView:
    """A table of the page: whole rows chosen one at a time, the first column taking the room left."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(24)
    # Column widths from the rows a screen shows, not the first thousand (Qt's default): each one read
    # beyond the first page is another query at a hub's 300,000 rows.
    table.horizontalHeader().setResizeContentsPrecision(_ROWS_MEASURED)
    return table


def type_label(code: str) -> str:
    text = BUSINESS_TYPE_LABELS.get(code)  # type: ignore[call-overload]
    return label(text) if text else code


def status_label(code: str) -> str:
    text = STATUS_LABELS.get(code)  # type: ignore[call-overload]
    return label(text) if text else code


def day_text(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class EstablishmentModel(PagedTableModel):
    def __init__(self, context: AppContext) -> None:
        super().__init__([
            lambda: self.tr("Tên cơ sở"), lambda: self.tr("Loại hình"), lambda: self.tr("Địa chỉ"),
            lambda: self.tr("Người đại diện"), lambda: self.tr("Tình trạng"), lambda: self.tr("Kiểm tra gần nhất"),
            lambda: self.tr("Vi phạm"), lambda: self.tr("Hạn tái kiểm tra"),
        ], count_later=True)
        self._context = context
        self.query = EstablishmentQuery()

    def fetch_count(self) -> int:
        return self._context.services.establishments.count(self._context.actor, self.query)

    def count_job(self) -> Callable[[], int]:
        services, actor, query = self._context.services, self._context.actor, self.query
        return lambda: services.establishments.count(actor, query)

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        return self._context.services.establishments.page(self._context.actor, self.query, offset=offset, limit=limit)

    def cell(self, row: EstablishmentRow, column: int, role: int) -> Any:
        today = self._context.services.register.clock.today()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            overdue = column == 7 and row.reinspection_due_on is not None and row.reinspection_due_on < today
            return _RED if overdue or (column == 6 and row.open_violations) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return row.name
            case 1:
                return type_label(row.business_type)
            case 2:
                return row.address
            case 3:
                return row.representative
            case 4:
                return status_label(row.status)
            case 5:
                return day_text(row.last_inspected_on) or self.tr("chưa kiểm tra")
            case 6:
                return vn_number(row.open_violations) if row.open_violations else ""
            case 7:
                return day_text(row.reinspection_due_on)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section == 6:
            return self.tr("Số vi phạm ghi ở lần kiểm tra gần nhất")
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.query = replace(self.query, sort=_SORT_BY_COLUMN[column], descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()


Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractTableModel):
    """Follow-ups still pending (a short list: held whole), filtered by type and search like the register."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self._all: list[DueReinspection] = []
        self._folded: list[str] = []
        self.read = False  # until the page's reader thread brings them
        self.rows: list[DueReinspection] = []
        self._headers = (lambda: self.tr("Tên cơ sở"), lambda: self.tr("Loại hình"), lambda: self.tr("Hạn tái kiểm tra"),
                         lambda: self.tr("Tình trạng hạn"))

    def set_due(self, due: list[DueReinspection], *, business_type: str | None = None, search: str = "") -> None:
        """The follow-ups as read again (the data changed; the page reads them on its reader thread), filtered."""
        self._all = due
        self._folded = [fold(d.establishment_name) for d in due]  # once, not at every keystroke (a hub has 17,000)
        self.read = True
        self.filter(business_type=business_type, search=search)

    def filter(self, *, business_type: str | None = None, search: str = "") -> None:
        """Only the filters changed: the follow-ups already read are filtered again, the database is not asked."""
        self.beginResetModel()
        words = fold(search).split()
        self.rows = [d for d, name in zip(self._all, self._folded, strict=True)
                     if (not business_type or d.business_type == business_type) and all(w in name for w in words)]
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        due = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _RED if due.overdue else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match index.column():
            case 0:
                return due.establishment_name
            case 1:
                return type_label(due.business_type)
            case 2:
                return day_text(due.due_on)
            case 3:
                return self.tr("Quá hạn") if due.overdue else self.tr("Sắp đến hạn")
        return None
