"""GUI tests start and end in Vietnamese, whatever a test switched to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def vietnamese(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from desktop.gui import i18n

    i18n.apply_language("vi")
    yield
    i18n.apply_language("vi")


def settle(dialog) -> None:  # type: ignore[no-untyped-def]
    """Let a save the dialog started on the worker finish and its answer reach the window."""
    from PySide6.QtWidgets import QApplication

    dialog._context.tasks.wait()
    QApplication.processEvents()


def fill_admin(wizard, display_name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    """The wizard's first-account page filled in (name, password twice) and left for the next step."""
    admin = wizard.admin_page
    admin.display_name.setText(display_name)
    admin.password.setText(password)
    admin.confirm.setText(password)
