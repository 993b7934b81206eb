"""A table model over SQL that loads rows a page at a time, so 200,000 rows open instantly."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE = 200
KEEP_PAGES = 16

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Subclasses give the columns, how to count and fetch rows, and how to show a cell."""

    def __init__(self, headers: Sequence[Callable[[], str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()

    # -- to implement ---------------------------------------------------------------------------
    def fetch_count(self) -> int:
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- Qt --------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.fetch_count()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]()
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def row_at(self, row: int) -> Any:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self.fetch_page(number * PAGE, PAGE)
            self._pages[number] = page
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        return None if row is None else self.cell(row, index.column(), role)
