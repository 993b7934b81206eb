"""A small bar chart of one indicator over periods, drawn with QPainter (the wheel has no QtCharts)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.gui.pages.reports_table import number_text

BAR = QColor("#1a4f8a")
GRID = QColor("#d8dee6")
MUTED = QColor("#666666")


@dataclass(frozen=True)
class Point:
    label: str  # the period, as the window's language writes it
    value: float | None  # None: nothing to draw (no data, or hidden as "<5")
    text: str  # what is written above the bar: the number, "<5" or "–"


def nice_top(largest: float, *, share: bool) -> float:
    """A round top for the value axis: 1, 2 or 5 times a power of ten, at least the largest value."""
    if share and largest <= 100:
        return 100.0
    if largest <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(largest))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= largest:
            return step * power
    return 10 * power


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.axis_x = ""
        self.axis_y = ""
        self.empty_text = ""
        self.share = False
        self.points: list[Point] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, *, title: str, axis_x: str, axis_y: str, share: bool, points: Sequence[Point]) -> None:
        self.title, self.axis_x, self.axis_y, self.share = title, axis_x, axis_y, share
        self.points = list(points)
        self.update()

    def set_empty(self, text: str) -> None:
        self.empty_text = text
        self.points = []
        self.title = ""
        self.update()

    def _tick_text(self, value: float) -> str:
        text = number_text(value, share=False)
        return text + "%" if self.share else text

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text_colour = self.palette().text().color()
        metrics = painter.fontMetrics()
        line = metrics.height()
        if not self.points:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        top_value = nice_top(max((p.value or 0) for p in self.points), share=self.share)
        left = 16 + line + max(metrics.horizontalAdvance(self._tick_text(top_value * k / 4)) for k in range(5))
        plot = QRectF(left, 12 + line * 1.6, self.width() - left - 16, 0)
        plot.setBottom(self.height() - 8 - line * 3.6)
        if plot.height() < 40 or plot.width() < 40:
            painter.end()
            return
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(QRectF(0, 6, self.width(), line * 1.4), Qt.AlignmentFlag.AlignHCenter, self.title)
        painter.setFont(self.font())
        # value axis: four steps, grid lines, labels
        for k in range(5):
            value = top_value * k / 4
            y = plot.bottom() - plot.height() * k / 4
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y - line / 2, plot.left() - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._tick_text(value))
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(int(plot.left()), int(plot.top()), int(plot.left()), int(plot.bottom()))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        # bars, their values above, the periods below
        slot = plot.width() / len(self.points)
        for n, point in enumerate(self.points):
            x = plot.left() + slot * n
            if point.value is not None and point.value > 0:
                height = plot.height() * point.value / top_value
                painter.fillRect(QRectF(x + slot * 0.2, plot.bottom() - height, slot * 0.6, height), BAR)
                above = plot.bottom() - height - line
            else:
                above = plot.bottom() - line
            painter.setPen(text_colour if point.value is not None else MUTED)
            painter.drawText(QRectF(x, above, slot, line), Qt.AlignmentFlag.AlignCenter, point.text)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 2, plot.bottom() + 4, slot - 4, line * 2.2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             point.label)
        painter.setPen(MUTED)
        painter.drawText(QRectF(plot.left(), self.height() - line - 6, plot.width(), line),
                         Qt.AlignmentFlag.AlignHCenter, self.axis_x)
        painter.save()  # the value axis title, written upwards along the axis
        painter.translate(4, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt.AlignmentFlag.AlignCenter, self.axis_y)
        painter.restore()
        painter.end()
