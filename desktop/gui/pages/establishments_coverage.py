"""The T8 coverage strip of the establishments page: this year as the report computes it, and the programme.

T8 and its targets come from the indicator engine with the definitions in force on the year (and this
office's targets for it), so the page and the report never disagree; the programme sentence counts the
establishments inspected at least once over the programme period of the set in force today.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.domain import periods
from desktop.domain.establishments import Coverage
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.pages.establishments_model import type_label
from desktop.gui.tasks import TaskRunner
from desktop.gui.texts import vn_number
from desktop.reports.model import Figure, IndicatorResult, Status

T8 = "T8"
log = logging.getLogger(__name__)


class _Figures(NamedTuple):
    year: int
    t8: IndicatorResult | None
    programme_period: periods.Period | None
    programme: list[Coverage]


def percent_text(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def _count(value: float | None) -> str:
    return vn_number(int(value)) if value is not None else "–"


class CoverageStrip(QWidget):
    """One sentence for the year and the programme; the breakdown by type in a tooltip and a small table."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(False)
        self.year: int | None = None  # None until the figures are first read
        self.t8: IndicatorResult | None = None
        self.programme_period: periods.Period | None = None
        self.programme: list[Coverage] = []
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QWidget()
        box.setObjectName("coverageBox")
        box.setStyleSheet("#coverageBox { background: #eef3f8; border-radius: 4px; }")
        box.setLayout(top)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(self.table)
        self.details_button.toggled.connect(self.table.setVisible)

    def refresh(self) -> None:
        """Read and show now (a small register, tests); the page reads a hub's on its reader thread (`read_later`)."""
        if self._hidden_for_actor():
            return
        self._show(self._reader_work()())

    def read_later(self, reader: TaskRunner) -> None:
        """The figures read on `reader` (a hub's programme coverage runs over every establishment), then shown."""
        if self._hidden_for_actor():
            return
        if self.year is None:  # nothing read yet: say so rather than an empty box
            self.text.setText(self.tr("<b>Năm {year}</b>: đang tính T8…").format(
                year=self._context.services.register.clock.today().year))
        reader.run(self._reader_work(), self._show, lambda error: log.error("T8 strip failed", exc_info=error))

    def _hidden_for_actor(self) -> bool:
        if not self._context.actor.can(Permission.VIEW_COUNTS):
            self.setVisible(False)
            return True
        return False

    def _reader_work(self) -> Callable[[], _Figures]:
        services, actor = self._context.services, self._context.actor

        def read() -> _Figures:  # on the reader thread: services only, no widget
            year = services.register.clock.today().year
            t8 = services.reports.indicator(actor, T8, periods.year(year))
            programme_period = services.reports.programme_period(actor)
            several_years = programme_period is not None and programme_period.start.year != programme_period.end.year
            # Read only when shown (`_programme_shown`): at a hub it goes over every establishment.
            programme = services.inspections.programme_coverage(actor, programme_period) \
                if programme_period is not None and (several_years or programme_period.start.year != year) else []
            return _Figures(year, t8, programme_period, programme)
        return read

    def _show(self, figures: _Figures) -> None:
        if not shiboken6.isValid(self.text):
            return  # the page closed while the figures were read
        self.year, self.t8, self.programme_period, self.programme = figures
        self._show_sentence(self.year)
        self._show_table()

    def _status(self, status: Status) -> str:
        return self.tr("ĐẠT ✔") if status is Status.MET else self.tr("CHƯA ĐẠT ✘") if status is Status.NOT_MET \
            else self.tr("không đủ dữ liệu")

    def _targets(self) -> str:
        judged = [t for t in self.t8.targets if t.status is not Status.NOT_JUDGED] if self.t8 else []
        if not judged:
            return self.tr("chưa có chỉ tiêu T8 cho năm này")
        return "; ".join(self.tr("chỉ tiêu T8 ({target}): <b>{status}</b>").format(
            target=t.text, status=self._status(t.status)) for t in judged)

    def _show_sentence(self, year: int) -> None:
        figure = self.t8.figure if self.t8 else Figure(None)
        if figure.value is None:
            text = self.tr("<b>Năm {year}</b>: không đủ dữ liệu để tính T8.").format(year=year)
        else:
            text = self.tr("<b>Năm {year}</b>: đã kiểm tra {inspected}/{total} cơ sở ({percent}%); {targets}.").format(
                year=year, inspected=_count(figure.numerator), total=_count(figure.denominator),
                percent=percent_text(figure.value), targets=self._targets())
        if self._programme_shown():
            programme, period = self.programme[-1], self.programme_period
            assert period is not None
            # Not T8's denominator (establishments managed now): every one that existed at some time in the
            # programme period, closed ones included, since the programme asks that each be visited once.
            text += "<br>" + self.tr(
                "Giai đoạn chương trình {start}–{end}: {p_inspected}/{p_total} cơ sở có hoạt động trong giai đoạn "
                "(kể cả cơ sở đã đóng cửa) được kiểm tra ít nhất một lần ({p_percent}%); còn {p_missing} cơ sở "
                "chưa được kiểm tra lần nào."
            ).format(start=period.start.year, end=period.end.year, p_inspected=vn_number(programme.inspected),
                     p_total=vn_number(programme.establishments), p_percent=percent_text(programme.percent),
                     p_missing=vn_number(programme.not_inspected))
        elif figure.numerator is not None and figure.denominator is not None:
            text += "<br>" + self.tr("Còn {missing} cơ sở đang quản lý (đang hoạt động hoặc tạm ngừng) chưa được "
                                     "kiểm tra trong năm.").format(
                missing=vn_number(int(figure.denominator - figure.numerator)))
        self.text.setText(text)
        self.text.setToolTip(self._tooltip())

    def _programme_shown(self) -> bool:
        """A programme of several years only: a plan for this one year would repeat T8 with another denominator
        (the "2026–2026" sentence with 29/44 beside T8's 29/42); T8's own figure is the year's."""
        period = self.programme_period
        return bool(self.programme) and period is not None and not (
            period.start.year == period.end.year == self.year)

    def _rows(self) -> list[tuple[str, Figure, str, Coverage | None]]:
        """Each business type of T8's breakdown, then the total (the only row a target judges)."""
        if self.t8 is None:
            return []
        by_type = {c.business_type: c for c in self.programme}
        breakdown = next((b for b in self.t8.breakdowns if b.dimension == "business_type"), None)
        rows: list[tuple[str, Figure, str, Coverage | None]] = [
            (type_label(r.code), r.figure, "", by_type.get(r.code))
            for r in (breakdown.rows if breakdown else ()) if r.figure.denominator]
        judged = [t for t in self.t8.targets if t.status is not Status.NOT_JUDGED]
        status = " ".join(self.tr("Đạt") if t.status is Status.MET else self.tr("Chưa đạt")
                          for t in judged if t.status in (Status.MET, Status.NOT_MET))
        return rows + [(self.tr("Tổng cộng"), self.t8.figure, status, by_type.get(None))]

    def _tooltip(self) -> str:
        lines = [f"<tr><td>{name}</td><td align='right'>{_count(f.numerator)}/{_count(f.denominator)}</td>"
                 f"<td align='right'>{percent_text(f.value) if f.value is not None else '–'}%</td></tr>"
                 for name, f, _, _ in self._rows()]
        head = self.tr("Đã kiểm tra trong năm, theo loại hình")
        return f"<b>{head}</b><table cellspacing='4'>{''.join(lines)}</table>"

    def _show_table(self) -> None:
        period = self.programme_period  # the set in force may change: the last column's title follows it
        self.table.setColumnHidden(4, not self._programme_shown())
        self.table.setHorizontalHeaderLabels([
            self.tr("Loại hình"), self.tr("Đã kiểm tra năm nay"), self.tr("Tỷ lệ"), self.tr("Chỉ tiêu năm"),
            self.tr("Đã kiểm tra {start}–{end}").format(start=period.start.year, end=period.end.year) if period
            else ""])
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for r, (name, figure, status, programme) in enumerate(rows):
            values = (name, f"{_count(figure.numerator)}/{_count(figure.denominator)}",
                      f"{percent_text(figure.value)}%" if figure.value is not None else "–", status,
                      f"{vn_number(programme.inspected)}/{vn_number(programme.establishments)}" if programme else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(rows))) + 4
        self.table.setFixedHeight(min(height, 300))

    def retranslate(self) -> None:
        self.details_button.setText(self.tr("Theo loại hình"))
        if self.year is not None:  # re-worded from the figures already read
            self._show_sentence(self.year)
            self._show_table()
