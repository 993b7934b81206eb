"""One way for the window to change data or write a file: on the worker thread, with the user's words.

Modelled on how Anki's `CollectionOp` works (read, not copied): the page builds the operation on the
GUI thread from what the user typed, then

    Operation(context, parent, lambda: services.outreach.save(actor, draft)) \
        .success(on_saved).with_progress(tr("Đang lưu…")).run_in_background()

runs the call on the context's single worker (so writes never overlap and the window stays
responsive), shows a progress dialog when the work lasts, turns a DomainError / ValidationFailed into
the translated sentence (a message box, or the page's own `failure` handler), and announces the
`Changes` of an `Outcome` so every view that cares refreshes. Never read widgets inside `work`: it runs
on another thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.domain.problems import DomainError
from desktop.gui.tasks import TaskRunner
from desktop.gui.texts import error_text
from desktop.services.context import Changes, Outcome

log = logging.getLogger(__name__)

# Work shorter than this never flashes a progress dialog.
PROGRESS_DELAY_MS = 600


class Workers(Protocol):
    """What an operation needs: the single worker and a way to announce Changes (the window's AppContext;
    before login the setup wizard's own, which has no register to announce to)."""

    @property
    def tasks(self) -> TaskRunner: ...

    def announce(self, changes: Changes) -> None: ...


class StandaloneWorkers(QObject):
    """Workers for a window with no register open yet (the setup wizard): a worker, a print thread, and
    nobody to announce Changes to."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskRunner(self)
        self.printing = TaskRunner(self)

    def announce(self, changes: Changes) -> None:
        pass


class Operation[T]:
    def __init__(self, context: Workers, parent: QWidget | None, work: Callable[[], T]) -> None:
        self._context = context
        self._parent = parent
        self._work = work
        self._on_success: Callable[[T], None] = lambda _value: None
        self._on_failure: Callable[[str], None] | None = None
        self._progress_label = ""
        self._progress: QProgressDialog | None = None
        self._disabled: list[QWidget] = []

    def success(self, handler: Callable[[T], None]) -> Operation[T]:
        """Called on the GUI thread with the result, just before its Changes are announced."""
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[str], None]) -> Operation[T]:
        """Called with the translated sentence instead of the default message box (a form shows it inline)."""
        self._on_failure = handler
        return self

    def with_progress(self, label: str) -> Operation[T]:
        """Long work (a backup, an import, a report): a busy dialog appears if it lasts."""
        self._progress_label = label
        return self

    def disabling(self, *widgets: QWidget) -> Operation[T]:
        """Widgets (the save button) off while the work runs, so a second click cannot save twice."""
        self._disabled = list(widgets)
        return self

    def run_in_background(self) -> None:
        for widget in self._disabled:
            widget.setEnabled(False)
        if self._progress_label:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)
        self._context.tasks.run(self._work, self._done, self._failed)

    def _show_progress(self) -> None:
        if self._progress_label and self._progress is None:
            dialog = QProgressDialog(self._progress_label, "", 0, 0, self._parent)
            dialog.setCancelButton(None)  # a write half-way cannot be stopped safely; it is one transaction
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.show()
            self._progress = dialog

    def _finish(self) -> None:
        self._progress_label = ""  # a timer still pending shows nothing
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        for widget in self._disabled:
            if _alive(widget):
                widget.setEnabled(True)

    def _done(self, value: T) -> None:
        self._finish()
        self._on_success(value)  # first: a form keeps what was saved before the views refresh
        if isinstance(value, Outcome):
            self._context.announce(value.changes)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if not isinstance(error, DomainError):  # ValidationFailed is one too
            # Not the user's doing: keep the traceback for the support log; the user gets the
            # "unexpected error, nothing changed" sentence (one transaction: nothing half-saved).
            log.error("operation failed", exc_info=(type(error), error, error.__traceback__))
        text = error_text(error)
        if self._on_failure is not None:
            self._on_failure(text)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("QObject", "Không thực hiện được"), text,
                          QMessageBox.StandardButton.Ok, self._parent if _alive(self._parent) else None)
        box.exec()


def _alive(widget: QWidget | None) -> bool:
    """False for a widget Qt already deleted (a dialog closed while its work ran)."""
    if widget is None:
        return False
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
