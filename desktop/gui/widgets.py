"""Small shared widgets: a searchable unit picker, a message line, a vertical form helper."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractProxyModel, QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

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
    """A search box over a list of administrative units; emits the chosen unit's code.

    Keyboard first: Down/Up in the search box move through the matches, a single match is chosen as
    you type, and Enter chooses the highlighted (or first) match and emits `committed`.
    """

    chosen = Signal(str)
    committed = Signal(str)

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
        self.search.textChanged.connect(self._searched)
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.selectionModel().currentChanged.connect(self._changed)

    def _searched(self, text: str) -> None:
        self._proxy.set_query(text)
        if self._proxy.rowCount() == 1:
            self.view.setCurrentIndex(self._proxy.index(0, 0))

    def _move(self, step: int) -> None:
        rows = self._proxy.rowCount()
        if not rows:
            return
        current = self.view.currentIndex()
        row = 0 if not current.isValid() else min(max(current.row() + step, 0), rows - 1)
        self.view.setCurrentIndex(self._proxy.index(row, 0))

    def commit(self) -> bool:
        """Enter: the highlighted match, else the first one; False when nothing matches."""
        if not self.view.currentIndex().isValid():
            self._move(1)
        code = self.current_code()
        if code:
            self.committed.emit(code)
        return bool(code)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Consumed even with no match, so Enter never jumps a wizard past an empty choice.
                self.commit()
                return True
        return super().eventFilter(watched, event)

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


def make_searchable(combo: QComboBox) -> None:
    """A pick-list you type into: matches anywhere in the name without diacritics ("phu nu" finds
    "Hội Phụ nữ"), Down/Up and Enter choose from the pop-up, and a single match is chosen as you type."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer, line = combo.completer(), combo.lineEdit()
    assert completer is not None and line is not None  # an editable combo has both
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionRole(FOLDED)
    model = combo.model()

    def fold_rows(*_args: object) -> None:
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            model.setData(index, fold(index.data(Qt.ItemDataRole.DisplayRole) or ""), FOLDED)

    def typed(text: str) -> None:
        completer.setCompletionPrefix(fold(text))
        if completer.completionCount() == 1:
            completer.setCurrentRow(0)
            completions = completer.completionModel()
            assert isinstance(completions, QAbstractProxyModel)  # the completer's filter over the combo's model
            source = completions.mapToSource(completer.currentIndex())
            popup = completer.popup()
            assert popup is not None  # QCompleter makes its list on first use
            popup.hide()
            combo.setCurrentIndex(source.row())
            # Chosen, but the officer keeps typing into what they typed; leaving the field shows the full name.
            line.setText(text)
        elif text:
            completer.complete()

    def settled() -> None:
        # Leaving the field with half a name typed shows the chosen item again, never a name that is not chosen.
        chosen = combo.itemText(combo.currentIndex()) if combo.currentIndex() >= 0 else ""
        if line.text() != chosen:
            line.setText(chosen)

    model.rowsInserted.connect(fold_rows)
    model.modelReset.connect(fold_rows)
    fold_rows()
    line.textEdited.connect(typed)
    line.installEventFilter(_Settle(combo, settled))


class _Settle(QObject):
    """Calls `settled` when the officer leaves a searchable pick-list or presses Enter in it."""

    def __init__(self, parent: QObject, settled: Callable[[], None]) -> None:
        super().__init__(parent)
        self._settled = settled

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == QEvent.Type.FocusOut or (
                event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._settled()
        return False


class ListSearchKeys(QObject):
    """Down in a list's search box moves into the list; Enter there opens the single match."""

    def __init__(self, search: QLineEdit, table: QAbstractItemView, open_selected: Callable[[], None]) -> None:
        super().__init__(search)
        self._search, self._table, self._open = search, table, open_selected
        search.installEventFilter(self)
        table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return False
        if watched is self._table:
            # Enter on a row opens it, as a double click does ("activated" would also fire on double clicks).
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._table.currentIndex().isValid():
                self._open()
                return True
            return False
        rows = self._table.model().rowCount() if self._table.model() is not None else 0
        if event.key() == Qt.Key.Key_Down and rows:
            self._table.setFocus()
            self._table.setCurrentIndex(self._table.model().index(0, 0))
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and rows == 1:
            self._table.setCurrentIndex(self._table.model().index(0, 0))
            self._open()
            return True
        return False
