"""Widgets re-word themselves when the language changes: Qt sends LanguageChange to every widget."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslates:
    """Mix in before the Qt class (`class Page(Retranslates, QWidget)`) and define `retranslate()`."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
