"""A list's search box waits for the officer to stop typing before it asks the database; Enter asks at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

# Long enough to cover the gap between two keystrokes, short enough not to feel like waiting.
SEARCH_DELAY_MS = 250


def search_tooltip() -> str:
    """What the box does with short words, said plainly (desktop/db/search_index.py explains why)."""
    return QCoreApplication.translate(
        "SearchDelay", "Gõ các từ cần tìm, có dấu hay không dấu đều được; mọi từ phải có trong dòng. Từ có từ 3 chữ "
        "cái trở lên được tìm nhanh qua chỉ mục; từ chỉ 1–2 chữ cái (như “lo”, “12”) phải so từng dòng, nên ở danh "
        "sách rất dài có thể chậm hơn. Danh sách hiện ngay các dòng đầu, tổng số đếm sau. Nhấn Enter để tìm ngay.")


class SearchDelay(QObject):
    """Runs `search` once typing pauses for SEARCH_DELAY_MS; Enter (or `flush`) runs a pending search now.

    Installed after any other key filter of the box (Qt asks the last installed first), so a filter that
    acts on Enter (ListSearchKeys opens the single match) sees the list of what was typed, not of what
    was typed a quarter of a second earlier.
    """

    def __init__(self, box: QLineEdit, search: Callable[[], None], *, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(box)
        self._search = search
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(search)
        box.textChanged.connect(lambda _text: self.timer.start())
        box.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> None:
        """The waiting search, now (nothing when none waits)."""
        if self.timer.isActive():
            self.timer.stop()
            self._search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.flush()
        return False  # the box (and the filters installed before) still get the key
