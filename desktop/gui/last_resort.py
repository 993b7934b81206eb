"""The window's last resort: an error no slot expected is logged for support and said to the user.

The GUI catches only the errors it expects (a `DomainError`: not found, not allowed, refused); work on the
worker goes through `operations.Operation`, which words any failure. Anything else raised in a slot would
otherwise only reach stderr, which an officer never sees.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def install() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, Exception) or QApplication.instance() is None \
                or threading.current_thread() is not threading.main_thread():
            previous(kind, error, trace)
            return
        log.error("unexpected error in the window", exc_info=(kind, error, trace))
        from desktop.gui.context import show_error

        show_error(QApplication.activeWindow(), error)  # "unexpected error, nothing changed" and its type

    sys.excepthook = hook
