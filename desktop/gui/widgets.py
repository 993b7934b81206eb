"""Small shared widgets: a searchable unit picker, a message line, a vertical form helper."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.domain.admin_units import Unit
from desktop.domain.text import fold

FOLDED = Qt.ItemDataRole.UserRole + 1
CODE = Qt.ItemDataRole.UserRole + 2


class _FoldedFilter(QSortFilterProxyModel):
    """Matches every typed word against the name without diacritics: 'xuan lung' finds 'Xã Xuân Lũng'."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        index = self.sourceModel().index(row, 0, parent)
        folded = index.data(FOLDED) or ""
        code = index.data(CODE) or ""
        return all(w in folded or code.startswith(w) for w in self._words)


class UnitPicker(QWidget):
    """A search box over a list of administrative units; emits the chosen unit's code."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.view = QListView()
        self._model = QStandardItemModel(self)
        self._proxy = _FoldedFilter()
        self._proxy.setSourceModel(self._model)
        self.view.setModel(self._proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.search.textChanged.connect(self._proxy.set_query)
        self.view.selectionModel().currentChanged.connect(self._changed)

    def set_units(self, units: tuple[Unit, ...]) -> None:
        self._model.clear()
        for unit in units:
            item = QStandardItem(f"{unit.name} ({unit.code})")
            item.setData(fold(unit.name), FOLDED)
            item.setData(unit.code, CODE)
            item.setEditable(False)
            self._model.appendRow(item)

    def _changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        self.chosen.emit(current.data(CODE) or "")

    def current_code(self) -> str:
        index = self.view.currentIndex()
        return index.data(CODE) or "" if index.isValid() else ""

    def select_code(self, code: str) -> None:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if index.data(CODE) == code:
                self.view.setCurrentIndex(index)
                return

    def visible_count(self) -> int:
        return self._proxy.rowCount()


class MessageLine(QLabel):
    """A red (or green) line under a form, for problems found as the user types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_problem(self, text: str) -> None:
        self.setStyleSheet("color: #b00020;")
        self.setText(text)

    def show_ok(self, text: str = "") -> None:
        self.setStyleSheet("color: #1b5e20;")
        self.setText(text)
