"""Settings: a copy to an external drive, the restore drill's preview, another office's copy refused, a bad update."""

from __future__ import annotations

from collections.abc import Iterator
from desktop.domain.time import office_time
from pathlib import Path

import pytest

from desktop.gui.context import AppContext
from desktop.gui.main_window import MainWindow
from tests.conftest import Opened
from tests.sync.sync_helpers import outreach

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/drills-shots")


@pytest.fixture
def window(qtbot, opened: Opened) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from desktop.db.config import Config

    context = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    win = MainWindow(context)
    qtbot.addWidget(win)
    yield win
    context.tasks.wait()


def test_the_restore_drill_shows_what_the_copy_holds_and_changes_nothing(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                         opened: Opened) -> None:
    for place in ("Nhà văn hóa thôn Đồng Xuân", "Chợ xã", "Trạm y tế xã"):
        outreach(opened, place=place)
    path = opened.services.maintenance.backup_now(opened.admin).value.path
    before = opened.data_dir.database.read_bytes()
    actions = window.pages["settings"].backups  # type: ignore[attr-defined]
    actions.preview(path)
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=10_000)
    dialog = actions.dialog
    shown = "\n".join(dialog.values.values())
    assert "Xã Xuân Lũng (08500)" in shown and "0.1.0" in shown
    assert office_time(opened.clock.now()).strftime("%d/%m/%Y %H:%M") in shown  # the office's time, not the PC's
    assert dialog.values["Kiểm tra toàn vẹn tệp:"] == "Đạt" and dialog.values["Chuỗi nhật ký:"].startswith("nguyên vẹn")
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Buổi truyền thông"] == "3" and rows["Tài khoản"] == "1"
    assert dialog.restore_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "restore_preview.png"))
    dialog.reject()
    assert opened.data_dir.database.read_bytes() == before


def test_a_copy_from_another_office_is_refused_in_the_window(qtbot, window: MainWindow, opened: Opened,  # type: ignore[no-untyped-def]
                                                            hub: Opened) -> None:
    foreign = hub.services.maintenance.backup_now(hub.admin).value.path
    actions = window.pages["settings"].backups  # type: ignore[attr-defined]
    actions.preview(foreign)
    qtbot.waitUntil(lambda: "Tỉnh Phú Thọ" in actions.message.text(), timeout=10_000)
    assert "không phải của Xã Xuân Lũng" in actions.message.text() and actions.dialog is None


def test_a_copy_to_an_external_drive_from_settings(qtbot, window: MainWindow, opened: Opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    actions = window.pages["settings"].backups  # type: ignore[attr-defined]
    actions.backup_to(tmp_path / "usb")
    qtbot.waitUntil(lambda: "Đã sao lưu ra" in actions.message.text(), timeout=10_000)
    assert len(list((tmp_path / "usb").glob("register-*-external.db"))) == 1


def test_a_tampered_update_is_refused_in_the_window(qtbot, window: MainWindow, opened: Opened, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    from desktop.services.updates import release_key
    from desktop.services.updates.updates import APP_DIR_VAR
    from tests.services.updates.update_helpers import TEST_KEY, update_package

    monkeypatch.setattr(release_key, "RELEASE_PUBLIC_KEYS", (TEST_KEY.public_key().to_minisign(),))
    monkeypatch.setenv(APP_DIR_VAR, str(tmp_path / "app"))
    good = update_package(tmp_path, "0.2.0")
    bad = tmp_path / "hoanhap-0.2.0-sua.hnu"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data.replace(b'"0.2.0"', b'"0.2.1"') if name == "update.json" else data)
    actions = window.pages["settings"].backups  # type: ignore[attr-defined]
    assert actions.update_button.isVisibleTo(actions)
    actions.install_update(bad)
    qtbot.waitUntil(lambda: "Chữ ký" in actions.message.text(), timeout=10_000)
    assert "không có gì thay đổi" in actions.message.text() and not (tmp_path / "app").exists()
