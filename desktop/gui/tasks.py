"""One background worker for database and file work; results come back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - every failure is reported to the GUI
            self._relay.failed.emit(error)
            return
        self._relay.done.emit(result)


class TaskRunner(QObject):
    """Runs work on a single worker thread, so database writes never overlap and the window stays responsive."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            handler(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
