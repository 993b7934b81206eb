"""The hub's grid of communes × periods: which period-close declarations came in, on time or late, and a legend."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.periods import Period
from desktop.domain.text import fold
from desktop.domain.time import office_time
from desktop.gui.texts import period_label, vn_number
from desktop.sync.periods_close import LATE, MISSING, ON_TIME, PENDING, Completeness, ReportStatus, report_state

# (background, text, mark) per state; the mark keeps the grid readable without colour.
STYLES = {
    ON_TIME: ("#e6f4ea", "#1b5e20", "✔"),
    LATE: ("#fff4e5", "#8a4b00", "⚠"),
    MISSING: ("#fdecea", "#b00020", "✘"),
    PENDING: ("#f2f2f2", "#666666", "…"),
}
STATE = Qt.ItemDataRole.UserRole


class CompletenessLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = {state: QLabel() for state in STYLES}
        self.nil = QLabel()
        self.nil.setWordWrap(True)
        self.nil.setStyleSheet("color: #555555;")
        chips = QHBoxLayout()
        chips.setContentsMargins(0, 0, 0, 0)
        for state, widget in self.labels.items():
            background, foreground, _mark = STYLES[state]
            widget.setStyleSheet(f"background: {background}; color: {foreground}; padding: 2px 8px; "
                                 f"border: 1px solid {foreground}; border-radius: 3px;")
            chips.addWidget(widget)
        chips.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chips)
        layout.addWidget(self.nil)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {ON_TIME: self.tr("Đã nhận, đúng hạn"), LATE: self.tr("Đã nhận, nộp muộn"),
                 MISSING: self.tr("Chưa nhận, đã quá hạn"), PENDING: self.tr("Chưa nhận, chưa đến hạn")}
        for state, widget in self.labels.items():
            widget.setText(f"{STYLES[state][2]} {texts[state]}")
        self.nil.setText(self.tr("KPS: báo cáo không phát sinh số liệu. Ngày ghi trong ô là ngày xã chốt kỳ."))


class CompletenessGrid(QWidget):
    """`show_grid` lays the rows out; `filter_rows` hides communes by name or by having nothing missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = CompletenessLegend()
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        self._data: Completeness | None = None
        self._periods: list[Period] = []
        self._today = date.min
        self._names: list[str] = []  # folded, per table row

    def show_grid(self, data: Completeness, periods: Sequence[Period], *, today: date) -> None:
        self._data, self._periods, self._today = data, list(periods), today
        by_unit: dict[str, dict[str, ReportStatus]] = {}
        names: dict[str, tuple[str, str]] = {}
        for row in data.rows:
            by_unit.setdefault(row.origin_unit, {})[row.period_code] = row
            names[row.origin_unit] = (row.unit_name, row.unit_code)
        units = sorted(by_unit, key=lambda u: fold(names[u][0]))
        self.table.clear()
        self.table.setColumnCount(len(self._periods) + 2)
        self.table.setRowCount(len(units))
        self._set_headers()
        self._names = []
        for r, unit in enumerate(units):
            name, code = names[unit]
            self._names.append(f"{fold(name)} {code}")
            first = QTableWidgetItem(f"{name} ({code})")
            self.table.setItem(r, 0, first)
            received = 0
            for c, period in enumerate(self._periods, start=1):
                status = by_unit[unit].get(period.code)
                if status is None:
                    continue
                received += status.status in (ON_TIME, LATE)
                self.table.setItem(r, c, self._cell(status, period))
            total = QTableWidgetItem(f"{vn_number(received)}/{vn_number(len(self._periods))}")
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            total.setData(STATE, received == len(self._periods))
            self.table.setItem(r, len(self._periods) + 1, total)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.table.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def _cell(self, status: ReportStatus, period: Period) -> QTableWidgetItem:
        state = report_state(status, self._today)  # the sync layer's rule; the grid only draws it
        background, foreground, mark = STYLES[state]
        text = mark
        if status.closed_at is not None:
            text += f" {office_time(status.closed_at):%d/%m}"
        if status.nil_report:
            text += " " + self.tr("KPS")
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setBackground(QBrush(QColor(background)))
        item.setForeground(QBrush(QColor(foreground)))
        item.setData(STATE, state)
        item.setToolTip(self._tooltip(status, period, state))
        return item

    def _tooltip(self, status: ReportStatus, period: Period, state: str) -> str:
        due = f"{status.due_on:%d/%m/%Y}"
        head = f"{status.unit_name} — {period_label(period)}"
        if status.closed_at is None:
            line = (self.tr("Chưa nhận; hạn nộp {due}.") if state == PENDING else
                    self.tr("Chưa nhận; đã quá hạn nộp {due}.")).format(due=due)
        else:
            line = (self.tr("Chốt kỳ ngày {closed}, đúng hạn (hạn {due}).") if state == ON_TIME else
                    self.tr("Chốt kỳ ngày {closed}, muộn (hạn {due}).")).format(
                closed=f"{office_time(status.closed_at):%d/%m/%Y}", due=due)
        if status.nil_report:
            line += " " + self.tr("Báo cáo không phát sinh số liệu.")
        return f"{head}\n{line}"

    def _set_headers(self) -> None:
        heads = [self.tr("Xã, phường")] + [period_label(p) for p in self._periods] + [self.tr("Đã nhận")]
        self.table.setHorizontalHeaderLabels(heads)

    def filter_rows(self, *, search: str, only_missing: bool) -> int:
        """Hide rows not matching; returns how many stay visible."""
        words = fold(search).split()
        shown = 0
        for r, name in enumerate(self._names):
            state = self.table.item(r, self.table.columnCount() - 1)
            complete = state is not None and bool(state.data(STATE))
            hidden = (only_missing and complete) or not all(w in name for w in words)
            self.table.setRowHidden(r, hidden)
            shown += not hidden
        return shown

    def state_at(self, unit_code: str, period_code: str) -> str | None:
        """The state shown for a commune (plain code) and period, for tests and tooltips."""
        if self._data is None:
            return None
        for row in self._data.rows:
            if row.unit_code == unit_code and row.period_code == period_code:
                return report_state(row, self._today)
        return None

    def retranslate(self) -> None:
        self.legend.retranslate()
        if self._data is not None:
            self.show_grid(self._data, self._periods, today=self._today)
