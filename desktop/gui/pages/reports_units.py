"""The hub's choice of communes for a report: the whole province, or a checklist with a search box."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)

from desktop.domain.text import fold
from desktop.gui.texts import vn_number
from desktop.reports.model import UnitRef

CODE = Qt.ItemDataRole.UserRole
FOLDED = Qt.ItemDataRole.UserRole + 1


class CommuneChooser(QWidget):
    """`selected()` is None for the whole province, else the plain codes ticked (possibly none)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all = QRadioButton()
        self.some = QRadioButton()
        self.all.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all)
        group.addButton(self.some)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.clear_button = QPushButton()
        self.count = QLabel()
        self.list = QListWidget()
        self.list.setFixedHeight(120)
        self.picker = QWidget()
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.clear_button)
        tools.addWidget(self.count)
        picker = QVBoxLayout(self.picker)
        picker.setContentsMargins(24, 0, 0, 0)
        picker.addLayout(tools)
        picker.addWidget(self.list)
        choice = QHBoxLayout()
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(self.all)
        choice.addWidget(self.some)
        choice.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choice)
        layout.addWidget(self.picker)
        self.picker.setVisible(False)
        self._units: list[UnitRef] = []
        self.some.toggled.connect(self._mode_changed)
        self.search.textChanged.connect(self._filter)
        self.clear_button.clicked.connect(self._untick_all)
        self.list.itemChanged.connect(self._ticked)
        self.retranslate()

    def set_units(self, units: Sequence[UnitRef]) -> None:
        ticked = set(self._ticked_codes())
        self._units = list(units)
        self.list.blockSignals(True)
        self.list.clear()
        for unit in self._units:
            item = QListWidgetItem(f"{unit.name} ({unit.plain_code})")
            item.setData(CODE, unit.plain_code)
            item.setData(FOLDED, fold(unit.name))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit.plain_code in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self.retranslate()

    def selected(self) -> list[str] | None:
        return self._ticked_codes() if self.some.isChecked() else None

    def tick(self, codes: Sequence[str]) -> None:
        """Choose exactly these communes (plain codes)."""
        wanted = set(codes)
        self.some.setChecked(True)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE) in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._ticked()

    def _ticked_codes(self) -> list[str]:
        return [self.list.item(r).data(CODE) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def _mode_changed(self) -> None:
        self.picker.setVisible(self.some.isChecked())
        self._ticked()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(w in item.data(FOLDED) or item.data(CODE).startswith(w) for w in words))

    def _untick_all(self) -> None:
        self.tick([])

    def _ticked(self, _item: QListWidgetItem | None = None) -> None:
        self.count.setText(self.tr("Đã chọn {count}/{total}").format(count=vn_number(len(self._ticked_codes())),
                                                                     total=vn_number(len(self._units))))
        self.changed.emit()

    def retranslate(self) -> None:
        self.all.setText(self.tr("Toàn tỉnh ({count} xã, phường)").format(count=vn_number(len(self._units))))
        self.some.setText(self.tr("Chọn một số xã, phường"))
        self.search.setPlaceholderText(self.tr("Tìm xã, phường (gõ không dấu được)"))
        self.clear_button.setText(self.tr("Bỏ chọn hết"))
        self.count.setText(self.tr("Đã chọn {count}/{total}").format(count=vn_number(len(self._ticked_codes())),
                                                                     total=vn_number(len(self._units))))
