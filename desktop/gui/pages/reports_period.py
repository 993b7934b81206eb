"""Choosing a reporting period: a month, a quarter, a half year, a year, or any range of days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.domain import periods
from desktop.domain.periods import Period, PeriodKind
from desktop.gui.dialogs.client_fields import date_edit, to_date, to_qdate

_PARTS = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.HALF: 2}
FIRST_YEAR = 2015


class PeriodChooser(QWidget):
    """Kind, year and part (or two dates); `changed` fires whenever the chosen period changes."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.kind = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, today.year + 1)
        self.year.setValue(today.year)
        self.part = QComboBox()
        self.start, self.end = date_edit(today.replace(day=1)), date_edit(today)
        self.dash = QLabel("–")
        self.span = QLabel()
        self.span.setStyleSheet("color: #555555;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.part, self.start, self.dash, self.end, self.span):
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._emit)
        self.part.currentIndexChanged.connect(self._emit)
        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self._emit)
        self.retranslate()
        self.set_period(periods.containing(today, PeriodKind.MONTH))

    def period(self) -> Period:
        kind = PeriodKind(self.kind.currentData())
        if kind is PeriodKind.RANGE:
            return Period(to_date(self.start.date()), to_date(self.end.date()))
        part = max(0, self.part.currentIndex()) + 1
        match kind:
            case PeriodKind.MONTH:
                return periods.month(self.year.value(), part)
            case PeriodKind.QUARTER:
                return periods.quarter(self.year.value(), part)
            case PeriodKind.HALF:
                return periods.half(self.year.value(), part)
        return periods.year(self.year.value())

    def set_period(self, period: Period) -> None:
        for widget in (self.kind, self.year, self.part, self.start, self.end):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(period.kind.value)))
        self._fill_parts()
        self.year.setValue(period.start.year)
        match period.kind:
            case PeriodKind.MONTH:
                self.part.setCurrentIndex(period.start.month - 1)
            case PeriodKind.QUARTER:
                self.part.setCurrentIndex((period.start.month - 1) // 3)
            case PeriodKind.HALF:
                self.part.setCurrentIndex(0 if period.start.month <= 6 else 1)
        self.start.setDate(to_qdate(period.start))
        self.end.setMinimumDate(to_qdate(period.start))
        self.end.setDate(to_qdate(period.end))
        for widget in (self.kind, self.year, self.part, self.start, self.end):
            widget.blockSignals(False)
        self._show_fields()
        self._emit()

    def _kind_changed(self) -> None:
        self._fill_parts()
        self._show_fields()
        self._emit()

    def _start_changed(self) -> None:
        self.end.setMinimumDate(self.start.date())  # the end can never come before the start
        self._emit()

    def _show_fields(self) -> None:
        kind = PeriodKind(self.kind.currentData())
        ranged = kind is PeriodKind.RANGE
        self.year.setVisible(not ranged)
        self.part.setVisible(kind in _PARTS)
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(ranged)

    def _emit(self) -> None:
        self._show_span()
        self.changed.emit()

    def _show_span(self) -> None:
        period = self.period()
        self.span.setText(self.tr("từ {start} đến {end}").format(start=f"{period.start:%d/%m/%Y}",
                                                                  end=f"{period.end:%d/%m/%Y}"))

    def _fill_parts(self) -> None:
        kind = PeriodKind(self.kind.currentData() or PeriodKind.MONTH.value)
        index = self.part.currentIndex()
        self.part.blockSignals(True)
        self.part.clear()
        if kind is PeriodKind.MONTH:
            self.part.addItems([self.tr("Tháng {month}").format(month=m) for m in range(1, 13)])
        elif kind is PeriodKind.QUARTER:
            self.part.addItems([self.tr("Quý {quarter}").format(quarter=q) for q in range(1, 5)])
        elif kind is PeriodKind.HALF:
            self.part.addItems([self.tr("6 tháng đầu năm"), self.tr("6 tháng cuối năm")])
        self.part.setCurrentIndex(min(max(0, index), self.part.count() - 1))
        self.part.blockSignals(False)

    def retranslate(self) -> None:
        current = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind, text in ((PeriodKind.MONTH, self.tr("Tháng")), (PeriodKind.QUARTER, self.tr("Quý")),
                           (PeriodKind.HALF, self.tr("6 tháng")), (PeriodKind.YEAR, self.tr("Năm")),
                           (PeriodKind.RANGE, self.tr("Khoảng ngày tùy chọn"))):
            self.kind.addItem(text, kind.value)
        self.kind.setCurrentIndex(max(0, current))
        self.kind.blockSignals(False)
        self._fill_parts()
        self.year.setToolTip(self.tr("Năm"))
        self.start.setToolTip(self.tr("Từ ngày"))
        self.end.setToolTip(self.tr("Đến ngày"))
        self._show_span()


def recent_periods(today: date, kind: PeriodKind, count: int) -> list[Period]:
    """The last `count` periods of `kind` that have ended by `today`, oldest first."""
    found: list[Period] = []
    current = periods.containing(today, kind)
    while len(found) < count:
        current = periods.containing(current.start - timedelta(days=1), kind)
        found.append(current)
    return found[::-1]
