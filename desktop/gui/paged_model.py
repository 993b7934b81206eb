"""A table model over SQL that loads rows a page at a time, so 300,000 rows open instantly.

A model built with `count_later=True` (the hub-sized lists: outreach sessions, establishments) paints
its first page before it knows how many rows match: counting a search's matches among 300,000 rows can
take far longer than showing the first 200 of them. The exact count then runs on the model's own reader
thread (never the data worker, so a save never waits behind a count); until it arrives the table grows
page by page as the officer scrolls (Qt's canFetchMore/fetchMore) and `total` is None. A list shorter
than one page knows its count from the page itself.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

PAGE = 200
KEEP_PAGES = 16

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Subclasses give the columns, how to count and fetch rows, and how to show a cell."""

    counted = Signal()  # `total` is known (at once after a reload of a short list, later for a long one)

    def __init__(self, headers: Sequence[Callable[[], str]], parent: Any = None, *, count_later: bool = False) -> None:
        super().__init__(parent)
        self._headers = headers
        self._count = 0  # rows the view may show: all of them once counted, else the pages fetched so far
        self._total: int | None = 0
        self._generation = 0  # raised by every reload: a count of an earlier query is dropped
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._reader = TaskRunner(self) if count_later else None

    # -- to implement ---------------------------------------------------------------------------
    def fetch_count(self) -> int:
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def count_job(self) -> Callable[[], int]:
        """The count of the current query, to run on the reader thread: bind the query now, it may change."""
        return self.fetch_count

    @property
    def total(self) -> int | None:
        """How many rows match, or None while the count runs."""
        return self._total

    def wait_for_count(self, msecs: int = 30000) -> bool:
        """Tests and benchmarks: block until a count running on the reader thread is done."""
        return self._reader.wait(msecs) if self._reader is not None else True

    # -- Qt --------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._generation += 1
        if self._reader is None:
            self._count = self._total = self.fetch_count()
        else:
            first = self.fetch_page(0, PAGE)
            self._pages[0] = first
            self._count = len(first)
            self._total = len(first) if len(first) < PAGE else None
        self.endResetModel()
        if self._total is not None:
            self.counted.emit()
            return
        assert self._reader is not None
        generation, count = self._generation, self.count_job()
        # A count queued behind newer keystrokes is skipped before it reaches the database.
        self._reader.run(lambda: count() if generation == self._generation else None,
                         lambda total: self._counted(generation, total), self._count_failed)

    def _counted(self, generation: int, total: int | None) -> None:
        if not shiboken6.isValid(self) or generation != self._generation or total is None or self._total is not None:
            return  # an earlier query's, or the last page was fetched meanwhile and told the total
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:  # changed meanwhile; the change's own reload follows
            total = self._count
        self._total = total
        self.counted.emit()

    def _count_failed(self, error: BaseException) -> None:
        # The rows stay listed and browsable; only the total is missing (the page says it is still counting).
        log.error("list count failed", exc_info=error)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._total is None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        number = self._count // PAGE
        page = self.fetch_page(number * PAGE, PAGE)
        if page:
            self._pages[number] = page
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(page) - 1)
            self._count += len(page)
            self.endInsertRows()
        if len(page) < PAGE:
            self._total = self._count
            self.counted.emit()

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
