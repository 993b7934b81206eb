"""The shared behaviour of a dialog that edits one record: check as you type, save, never drop typed work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desktop.domain.problems import Problem
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.texts import problem_text
from desktop.gui.widgets import MessageLine
from desktop.services.context import Outcome

_BAD = "color: #b00020; font-weight: bold;"


class RecordForm(QDialog):
    """Subclasses build their fields, fill `_labels` (field name -> caption) and implement
    `draft`, `problems`, `persist` and `retranslate`, then call `start()` at the end of __init__.
    `retranslate` runs after the Save and Cancel texts are set, so it may give Save a text of its own."""

    def __init__(self, context: AppContext, record: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record = record
        self.saved: Any = None
        self._labels: dict[str, QLabel] = {}
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)

    # -- for subclasses -------------------------------------------------------------------------------
    def draft(self) -> Any:
        raise NotImplementedError

    def problems(self) -> list[Problem]:
        raise NotImplementedError

    def persist(self) -> Callable[[], Outcome[Any]]:
        """The save through the service, to run on the worker: read the fields here (GUI thread) and
        return a call that only uses those values (the record id and version come from `self._record`)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def describe(self, problem: Problem) -> str:
        return problem_text(problem.code, problem.params)

    def show_problems(self, problems: list[Problem]) -> None:
        """The message line under the fields (after the bad captions are marked)."""
        if problems:
            self.message.show_problem("\n".join(self.describe(p) for p in problems))
        else:
            self.message.show_ok(self.tr("Thông tin hợp lệ."))

    # -- shared behaviour -----------------------------------------------------------------------------
    def chain_tab_order(self, *widgets: QWidget) -> None:
        """Tab goes through the fields in the order they are shown, then Save and Cancel; the first has focus."""
        chain = [*widgets, self.save_button, self.cancel_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        if widgets:
            widgets[0].setFocus()

    def start(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+S saves from any field, even a multi-line note where Enter makes a new line.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._save)
        self._retranslate_all()
        self._initial = self.draft()

    def _check(self) -> bool:
        problems = self.problems()
        bad_fields = {p.field for p in problems}
        for name, caption in self._labels.items():
            caption.setStyleSheet(_BAD if name in bad_fields else "")
        self.show_problems(problems)
        self.save_button.setEnabled(not problems)
        return not problems

    def _save(self) -> None:
        if not self._check():
            return
        # A refusal keeps the dialog open with the typed work and says why, in the form itself.
        Operation(self._context, self, self.persist()).success(self._saved).failure(self.message.show_problem) \
            .disabling(self.save_button).run_in_background()

    def _saved(self, outcome: Outcome[Any]) -> None:
        self.saved = outcome.value
        self.accept()

    def reject(self) -> None:
        """Cancel, Esc or the close box: typed work is dropped only after the officer confirms."""
        from desktop.gui.context import confirm

        if self.saved is None and self.draft() != self._initial and not confirm(
                self, self.tr("Bỏ thay đổi?"), self.tr("Những gì bạn vừa nhập chưa được lưu. Bỏ đi?"),
                yes=self.tr("Bỏ thay đổi"), no=self.tr("Tiếp tục nhập")):
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_initial"):
            self._retranslate_all()
        super().changeEvent(event)

    def _retranslate_all(self) -> None:
        self.save_button.setText(self.tr("Lưu"))
        self.cancel_button.setText(self.tr("Hủy"))
        self.retranslate()
        self._check()
