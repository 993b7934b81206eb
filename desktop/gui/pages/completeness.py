"""The hub's completeness dashboard: which communes closed which periods, and an indicator's trend over them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QSplitter, QVBoxLayout,
    QWidget,
)

from desktop.domain.periods import Period, PeriodKind
from desktop.gui.context import AppContext
from desktop.gui.pages.completeness_chart import Point, TrendChart
from desktop.gui.pages.completeness_grid import CompletenessGrid
from desktop.gui.pages.reports_busy import BusyStrip
from desktop.gui.pages.reports_period import recent_periods
from desktop.gui.pages.reports_table import figure_text, unit_text
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text, period_label, vn_number
from desktop.gui.widgets import MessageLine
from desktop.reports.model import Report
from desktop.services.context import Changes
from desktop.sync.periods_close import PENDING, Completeness, report_state


class CompletenessPage(Retranslates, QWidget):
    key = "completeness"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.data: Completeness | None = None
        self.held: dict[str, int] = {}
        self.periods: list[Period] = []
        self.reports: list[tuple[Period, Report]] = []  # the trend: each period with its province report
        self._again = False
        self._stale = True  # loaded when first shown: the trend is a province report per period
        self.kind_caption, self.count_caption = QLabel(), QLabel()
        self.kind = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(1, 24)
        self.count.setValue(6)
        self.refresh_button = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 8px; background: #eef3f8; border-radius: 4px;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.only_missing = QCheckBox()
        self.shown = QLabel()
        self.grid = CompletenessGrid()
        self.trend_box = QGroupBox()
        self.indicator_caption = QLabel()
        self.indicator = QComboBox()
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMinimumContentsLength(40)
        self.chart = TrendChart()
        self.busy = BusyStrip(context)
        self.message = MessageLine()
        self._build_layout()
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.count.valueChanged.connect(lambda _v: self.reload())
        self.refresh_button.clicked.connect(self.reload)
        self.search.textChanged.connect(self._filter)
        self.only_missing.toggled.connect(self._filter)
        self.indicator.currentIndexChanged.connect(lambda _i: self._draw())
        context.changed.connect(self._changed)
        self.retranslate()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.kind_caption, self.kind, self.count_caption, self.count, self.refresh_button):
            top.addWidget(widget)
        top.addStretch()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.only_missing)
        filters.addWidget(self.shown)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addLayout(filters)
        grid_layout.addWidget(self.grid, 1)
        chooser = QHBoxLayout()
        chooser.addWidget(self.indicator_caption)
        chooser.addWidget(self.indicator, 1)
        trend = QVBoxLayout(self.trend_box)
        trend.addLayout(chooser)
        trend.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(grid_box)
        split.addWidget(self.trend_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)

    # -- loading --------------------------------------------------------------------------------------
    def chosen_periods(self) -> list[Period]:
        kind = PeriodKind(self.kind.currentData() or PeriodKind.MONTH.value)
        return recent_periods(self._context.services.register.clock.today(), kind, self.count.value())

    def reload(self) -> None:
        """The grid first (one quick query), then the trend (a province report per period)."""
        if self.busy.busy:
            self._again = True  # one job at a time; the latest choice is loaded when this one ends
            return
        services, actor = self._context.services, self._context.actor
        chosen = self.chosen_periods()
        self.message.show_ok("")
        self._stale = False
        self.busy.start(lambda: (services.sync.completeness(actor, [p.code for p in chosen]),
                                 services.quarantine.held_counts(actor)),
                        lambda loaded: self._show_grid(loaded[0], chosen, held=loaded[1]), self._failed,
                        text=self.tr("Đang tổng hợp tình hình nộp báo cáo…"))

    def _show_grid(self, data: Completeness, chosen: list[Period], *, held: dict[str, int] | None = None) -> None:
        self.data, self.periods = data, chosen
        self.held = held or {}
        self.grid.show_grid(data, chosen, today=self._context.services.register.clock.today())
        self._filter()
        self._show_summary()
        if self._restart():
            return
        services, actor = self._context.services, self._context.actor
        self.busy.start(lambda: [(p, services.reports.compute(actor, p)) for p in chosen], self._show_trend,
                        self._failed, text=self.tr("Đang tính xu hướng chỉ tiêu qua {count} kỳ…").format(
                            count=vn_number(len(chosen))))

    def _show_trend(self, reports: list[tuple[Period, Report]]) -> None:
        self.reports = reports
        current = self.indicator.currentData()
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for ind in reports[-1][1].indicators if reports else ():
            self.indicator.addItem(f"{ind.code}. {ind.name}", ind.code)
        self.indicator.setCurrentIndex(max(0, self.indicator.findData(current)))
        self.indicator.blockSignals(False)
        self._draw()
        self._restart()

    def _restart(self) -> bool:
        if self._again:
            self._again = False
            self.reload()
            return True
        return False

    def _failed(self, error: BaseException) -> None:
        self.message.show_problem(error_text(error))
        self._restart()

    def _changed(self, changes: Changes) -> None:
        if changes & (Changes.SYNC | Changes.SETTINGS):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- showing --------------------------------------------------------------------------------------
    def _show_summary(self) -> None:
        data = self.data
        if data is None:
            self.summary.setText("")
            return
        today = self._context.services.register.clock.today()
        pending = sum(report_state(r, today) == PENDING for r in data.rows)
        communes = len({r.origin_unit for r in data.rows})
        text = self.tr("<b>{expected}</b> báo cáo cần có ({communes} xã, phường × {periods} kỳ): "
                       "<span style='color:#1b5e20'>đã nhận {received}</span> (đúng hạn {on_time}, "
                       "<span style='color:#8a4b00'>muộn {late}</span>); <span style='color:#b00020'>chưa nhận "
                       "{missing}</span>, trong đó {pending} chưa đến hạn.").format(
            expected=vn_number(data.expected), communes=vn_number(communes), periods=vn_number(len(self.periods)),
            received=vn_number(data.received), on_time=vn_number(data.on_time), late=vn_number(data.late),
            missing=vn_number(data.missing), pending=vn_number(pending))
        if data.rows:
            first = next(r for r in data.rows)
            days = (first.due_on - next(p for p in self.periods if p.code == first.period_code).end).days
            text += " " + self.tr("Hạn nộp: {days} ngày sau khi hết kỳ; tính theo bản chốt kỳ có chữ ký của xã.").format(
                days=days)
        held = sum(self.held.values())
        if held:
            # Records that broke a rule wait outside every figure (sync/quarantine.py): the totals lack them.
            text += " " + self.tr("<span style='color:#b00020'>{count} bản ghi bị giữ lại</span> vì vi phạm quy tắc "
                                  "nhập liệu, chưa tính vào số liệu ({communes} xã, phường; xem thẻ “Bị giữ lại” ở "
                                  "trang nhận gói).").format(count=vn_number(held), communes=vn_number(len(self.held)))
        self.summary.setText(text)

    def _filter(self) -> None:
        shown = self.grid.filter_rows(search=self.search.text(), only_missing=self.only_missing.isChecked())
        self.shown.setText(self.tr("{count} xã, phường").format(count=vn_number(shown)))

    def _draw(self) -> None:
        code = self.indicator.currentData()
        if not self.reports or code is None:
            self.chart.set_empty(self.tr("Chưa có số liệu để vẽ biểu đồ."))
            return
        points = []
        share, unit, name = False, "", ""
        for period, report in self.reports:
            ind = next((i for i in report.indicators if i.code == code), None)
            if ind is None:
                points.append(Point(period_label(period), None, "–"))
                continue
            share, unit, name = ind.is_share, ind.unit, ind.name
            shown = ind.figure.value if not ind.figure.hidden else None
            text = figure_text(ind.figure, share=ind.is_share) if ind.figure.value is not None or ind.figure.hidden \
                else "–"
            points.append(Point(period_label(period), shown, text))
        self.chart.set_series(title=f"{code}. {name}", axis_x=self.tr("Kỳ báo cáo"),
                              axis_y=self.tr("Tỷ lệ (%)") if share else unit_text(unit), share=share, points=points)

    # -- language -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.kind_caption.setText(self.tr("Loại kỳ:"))
        self.count_caption.setText(self.tr("Số kỳ gần nhất:"))
        self.refresh_button.setText(self.tr("Làm mới"))
        self.search.setPlaceholderText(self.tr("Tìm xã, phường (gõ không dấu được)"))
        self.only_missing.setText(self.tr("Chỉ hiện xã, phường còn thiếu báo cáo"))
        self.trend_box.setTitle(self.tr("Xu hướng chỉ tiêu của toàn tỉnh qua các kỳ"))
        self.indicator_caption.setText(self.tr("Chỉ tiêu:"))
        index = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind, text in ((PeriodKind.MONTH, self.tr("Tháng")), (PeriodKind.QUARTER, self.tr("Quý")),
                           (PeriodKind.HALF, self.tr("6 tháng")), (PeriodKind.YEAR, self.tr("Năm"))):
            self.kind.addItem(text, kind.value)
        self.kind.setCurrentIndex(max(0, index))
        self.kind.blockSignals(False)
        self.busy.retranslate()
        self.grid.retranslate()
        self._show_summary()
        self._filter()
        self._draw()
