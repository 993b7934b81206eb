"""The T8 coverage strip of the establishments page: this year against the yearly target, and the programme."""

from __future__ import annotations

import functools

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
from desktop.gui.texts import vn_number


@functools.cache
def programme_period() -> periods.Period:
    """The period of the programme in the bundled indicator definitions (read once, on first use)."""
    from desktop.reports.indicators import load_default

    return load_default().programme_period


def percent_text(value: float) -> str:
    return QLocale().toString(value, "f", 1)


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
        self.year: list[Coverage] = []
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
        actor = self._context.actor
        if not actor.can(Permission.VIEW_COUNTS):
            self.setVisible(False)
            return
        inspections = self._context.services.inspections
        year = self._context.services.register.clock.today().year
        self.year = inspections.yearly_coverage(actor, year)
        self.programme = inspections.programme_coverage(actor, programme_period())
        self._show_sentence(year)
        self._show_table()

    def _show_sentence(self, year: int) -> None:
        total, programme = self.year[-1], self.programme[-1]
        status = self.tr("ĐẠT ✔") if total.met else self.tr("CHƯA ĐẠT ✘")
        period = programme_period()
        self.text.setText(self.tr(
            "<b>Năm {year}</b>: đã kiểm tra {inspected}/{total} cơ sở ({percent}%); "
            "chỉ tiêu T8 (ít nhất {target}% số cơ sở mỗi năm): <b>{status}</b>.<br>"
            "Giai đoạn chương trình {start}–{end}: {p_inspected}/{p_total} cơ sở được kiểm tra "
            "ít nhất một lần ({p_percent}%); còn {p_missing} cơ sở chưa được kiểm tra lần nào."
        ).format(year=year, inspected=vn_number(total.inspected), total=vn_number(total.establishments),
                 percent=percent_text(total.percent), target=round(float(total.target) * 100), status=status,
                 start=period.start.year, end=period.end.year, p_inspected=vn_number(programme.inspected),
                 p_total=vn_number(programme.establishments), p_percent=percent_text(programme.percent),
                 p_missing=vn_number(programme.not_inspected)))
        self.text.setToolTip(self._tooltip())

    def _rows(self) -> list[tuple[str, Coverage, Coverage | None]]:
        by_type = {c.business_type: c for c in self.programme}
        return [(type_label(c.business_type) if c.business_type else self.tr("Tổng cộng"), c,
                 by_type.get(c.business_type)) for c in self.year]

    def _tooltip(self) -> str:
        lines = [f"<tr><td>{name}</td><td align='right'>{vn_number(c.inspected)}/{vn_number(c.establishments)}</td>"
                 f"<td align='right'>{percent_text(c.percent)}%</td></tr>" for name, c, _ in self._rows()]
        head = self.tr("Đã kiểm tra trong năm, theo loại hình")
        return f"<b>{head}</b><table cellspacing='4'>{''.join(lines)}</table>"

    def _show_table(self) -> None:
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for r, (name, year, programme) in enumerate(rows):
            values = (name, f"{vn_number(year.inspected)}/{vn_number(year.establishments)}",
                      f"{percent_text(year.percent)}%", self.tr("Đạt") if year.met else self.tr("Chưa đạt"),
                      f"{vn_number(programme.inspected)}/{vn_number(programme.establishments)}" if programme else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if year.business_type is None:
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
        period = programme_period()
        self.table.setHorizontalHeaderLabels([
            self.tr("Loại hình"), self.tr("Đã kiểm tra năm nay"), self.tr("Tỷ lệ"), self.tr("Chỉ tiêu năm"),
            self.tr("Đã kiểm tra {start}–{end}").format(start=period.start.year, end=period.end.year)])
        self.refresh()
