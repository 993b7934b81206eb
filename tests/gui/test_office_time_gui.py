"""Backup times are shown on the office's clock (+07) even when the PC is set to another zone."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.db.config import Config
from desktop.gui.context import AppContext
from desktop.gui.dialogs.restore_preview import RestorePreviewDialog
from desktop.gui.pages.settings import SettingsPage
from tests.conftest import Opened

pytestmark = pytest.mark.gui

def test_backup_times_on_settings_home_and_restore_preview_are_office_time(  # type: ignore[no-untyped-def]
        qtbot, pc_zone_new_york: None, opened: Opened, tmp_path: Path) -> None:
    # The fixed clock says 28/11/2026 09:30 in the commune: 27/11 21:30 in New York.
    copy = opened.services.maintenance.backup_now(opened.admin).value.path
    context = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert page.backup_label.text() == "28/11/2026 09:30"
    opened.services.maintenance.backup_to(opened.admin, tmp_path / "usb")
    home = {item.code: item.params for item in opened.services.home.attention(opened.admin)}
    assert home["home.external_backup_recent"]["when"] == "28/11/2026"  # New York still says 27/11
    dialog = RestorePreviewDialog(opened.services.maintenance.preview_backup(opened.admin, copy))
    qtbot.addWidget(dialog)
    assert dialog.values["Sao lưu lúc:"] == "28/11/2026 09:30"
    context.tasks.wait()
