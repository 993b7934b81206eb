"""What every page gets: the services, the logged-in actor, the config, the task runner, change announcements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.bootstrap import Services
from desktop.db import config as config_file
from desktop.db.config import Config
from desktop.db.datadir import DataDir
from desktop.gui.tasks import TaskRunner
from desktop.gui.texts import error_text
from desktop.services.context import Actor, Changes


class AppContext(QObject):
    changed = Signal(object)  # Changes
    actor_changed = Signal()

    def __init__(self, services: Services, actor: Actor, data_dir: DataDir, config: Config,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.data_dir = data_dir
        self.config = config
        self.tasks = TaskRunner(self)
        # Print jobs have their own thread: a long job at the printer never holds up saving data.
        self.printing = TaskRunner(self)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit()

    def save_config(self, config: Config) -> None:
        config_file.save(self.data_dir.config, config)
        self.config = config

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None], *, parent: QWidget | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Background work; errors default to a message box worded for the user."""
        self.tasks.run(work, on_done, on_error or (lambda error: show_error(parent, error)))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title = QObject.tr("Không thực hiện được")  # type: ignore[call-arg, arg-type]  # PySide6 allows tr() on the class
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
    """A yes/no question with the app's own button texts (Qt has no Vietnamese catalogue)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
