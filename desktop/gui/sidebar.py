"""The sidebar: area names with their icons, and a counter of what needs attention drawn beside each."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem, QWidget

COUNT_ROLE = Qt.ItemDataRole.UserRole + 10


class _BadgeDelegate(QStyledItemDelegate):
    """Paints the item as usual, then a rounded counter at the right edge when it has one."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        count = index.data(COUNT_ROLE) or 0
        if not count:
            super().paint(painter, option, index)
            return
        full = QRect(option.rect)
        width = self._badge_width(option, count)
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = full.adjusted(0, 0, -width - 6, 0)
        super().paint(painter, narrowed, index)
        height = option.fontMetrics.height() + 2
        badge = QRect(full.right() - width - 4, full.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b3261e"))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, _count_text(count))
        painter.restore()

    @staticmethod
    def _badge_width(option: QStyleOptionViewItem, count: int) -> int:
        return option.fontMetrics.horizontalAdvance(_count_text(count)) + option.fontMetrics.height()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[no-untyped-def]  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() * 2))


def _count_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


class Sidebar(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_BadgeDelegate(self))
        self.setIconSize(QSize(22, 22))
        self.setObjectName("sidebar")
        self.setStyleSheet("#sidebar { font-size: 11pt; }")

    def set_count(self, row: int, count: int) -> None:
        item = self.item(row)
        if item is not None:
            item.setData(COUNT_ROLE, count)
            item.setToolTip(item.text() if not count else f"{item.text()} ({count})")
