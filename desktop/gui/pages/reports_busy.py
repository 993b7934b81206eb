"""A busy strip for work on the background worker: a moving bar, what is being done, and a cancel button."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.gui.context import AppContext


class Cancelled(Exception):
    """Raised inside the work by its progress callback once the officer pressed cancel."""


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back onto the GUI thread."""

    rows = Signal(int)


class BusyStrip(QWidget):
    """Hidden when idle. `start` runs one job; `progress()` gives the job a callback that reports and cancels."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # a moving bar: how long a report takes is not known in advance
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.text = QLabel()
        self.cancel_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.cancel_button)
        self._relay = _Relay(self)
        self._relay.rows.connect(self._rows)
        self._stop = threading.Event()
        self._describe_rows: Callable[[int], str] | None = None
        self._running = False
        self.cancel_button.clicked.connect(self.cancel)
        self.setVisible(False)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._running

    def start(self, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
              *, text: str, rows_text: Callable[[int], str] | None = None) -> None:
        """Run `work` on the worker; `rows_text` (for long exports) words the rows written so far."""
        self._stop.clear()
        self._describe_rows = rows_text
        self.text.setText(text)
        self.cancel_button.setVisible(rows_text is not None)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        self._running = True

        def done(value: Any) -> None:
            self._running = False
            self.setVisible(False)
            on_done(value)

        def failed(error: BaseException) -> None:
            self._running = False
            self.setVisible(False)
            on_error(error)

        self._context.run(work, done, on_error=failed)

    def progress(self, count: int) -> None:
        """Called on the worker thread between chunks; raising stops the export and leaves no file."""
        if self._stop.is_set():
            raise Cancelled()
        self._relay.rows.emit(count)

    def cancel(self) -> None:
        self._stop.set()
        self.cancel_button.setEnabled(False)
        self.text.setText(self.tr("Đang dừng…"))

    def _rows(self, count: int) -> None:
        if self._describe_rows is not None and not self._stop.is_set():
            self.text.setText(self._describe_rows(count))

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Dừng"))
