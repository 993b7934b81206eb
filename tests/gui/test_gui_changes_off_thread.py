"""Deletes, prints and imports from the window run on the worker through the one operation helper: the real
service call happens off the GUI thread, a refusal comes back in the user's words and changes nothing, and
the announced Changes refresh the pages."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog

from desktop.db.config import Config
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.outreach import OutreachDraft
from desktop.gui import printing
from desktop.gui.context import AppContext
from desktop.gui.dialogs.establishment_import import ImportDialog
from desktop.gui.pages.establishments import EstablishmentsPage
from desktop.gui.pages.outreach import OutreachPage
from desktop.services.context import Changes
from desktop.services.establishments.establishments import EstablishmentQuery
from tests.conftest import Opened
from tests.gui.conftest import settle
from tests.gui.test_establishments_gui import _visit
from tests.services.establishments.test_establishment_import import messy_book

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/guiops")


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()
    ctx.printing.wait()


def _spy(monkeypatch: pytest.MonkeyPatch, service: object, name: str, threads: list[bool],
         before: Callable[[], None] | None = None) -> None:
    """The real method, wrapped to note whether it ran on the GUI thread."""
    real = getattr(service, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        if before is not None:
            before()
        return real(*args, **kwargs)

    monkeypatch.setattr(service, name, spy)


def test_a_delete_runs_off_the_gui_thread_and_its_changes_refresh_the_page(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    for place in ("Nhà văn hóa thôn Đồng Xuân", "Trường THCS Xuân Lũng"):
        context.services.outreach.save(context.actor, OutreachDraft(
            held_on=date(2026, 11, 2), place=place, form="meeting", target_group="students", participants_total=10,
            participants_male=4, participants_female=6, organiser="Hội Liên hiệp Phụ nữ xã"))
    page = OutreachPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    threads: list[bool] = []
    announced: list[Changes] = []
    context.changed.connect(announced.append)
    _spy(monkeypatch, context.services.outreach, "delete", threads)
    monkeypatch.setattr("desktop.gui.pages.outreach.confirm", lambda *a, **k: True)
    page.table.selectRow(0)
    page.delete()
    settle(page)
    assert threads == [False]  # the real delete ran on the worker
    assert announced == [Changes.OUTREACH] and page.model.rowCount() == 1  # the page refreshed on its Changes


def test_a_refused_delete_says_why_in_the_users_words_and_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    karaoke = context.services.establishments.save(context.actor, EstablishmentDraft(
        name="Karaoke Sao Mai", business_type="karaoke", address="Số 214, thôn Lũng Hạ")).value.id
    context.services.inspections.record(context.actor, _visit(karaoke, date(2026, 10, 2)))
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr("desktop.gui.context.confirm", lambda *a, **k: True)
    announced: list[Changes] = []
    context.changed.connect(announced.append)
    page.table.selectRow(0)
    page.delete()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == ["Cơ sở đã có 1 lần kiểm tra nên không xóa được. Nếu cơ sở đã nghỉ, hãy chuyển tình trạng sang "
                     "“Đã đóng cửa”."]
    assert announced == [] and page.model.rowCount() == 1
    assert context.services.establishments.count(context.actor, EstablishmentQuery()) == 1


def test_printing_a_list_writes_the_pdf_off_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    context.services.establishments.save(context.actor, EstablishmentDraft(
        name="Karaoke Sao Mai", business_type="karaoke", address="Số 214, thôn Lũng Hạ"))
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    target = tmp_path / "danh-sach-co-so.pdf"

    def save_as_pdf(choice: printing.PrintChoice) -> int:
        choice.to_file.setChecked(True)
        choice.open_after.setChecked(False)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(printing.PrintChoice, "exec", save_as_pdf)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    threads: list[bool] = []
    _spy(monkeypatch, context.services.printing, "print_establishment_list", threads)
    page.print_list()
    settle(page)
    assert threads == [False] and target.read_bytes().startswith(b"%PDF")


def test_an_import_runs_off_the_gui_thread_with_progress_and_refreshes_the_list(  # type: ignore[no-untyped-def]
        qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = EstablishmentsPage(context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(messy_book(tmp_path / "so-cu.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    release = threading.Event()
    threads: list[bool] = []
    # The import waits until the progress dialog has been looked at: a long import as an officer sees it.
    _spy(monkeypatch, context.services.establishment_import, "apply", threads,
         before=lambda: release.wait(timeout=30))
    dialog.confirm()
    try:
        qtbot.waitUntil(lambda: _progress() is not None, timeout=5000)
        progress = _progress()
        assert progress is not None and progress.labelText() == "Đang nhập vào sổ…"
        QApplication.processEvents()
        SHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SHOTS / "import_dialog_during_import.png"))
        assert progress.grab().save(str(SHOTS / "import_progress.png"))
    finally:
        release.set()
    qtbot.waitUntil(lambda: getattr(dialog, "imported", None) == 3, timeout=20000)
    assert threads == [False] and _progress() is None
    QApplication.processEvents()
    assert dialog.message.text() == "Đã nhập 3 cơ sở vào sổ."
    assert page.model.rowCount() == 3  # the list refreshed on the import's Changes


def _progress() -> QProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    return found[0] if found else None


def test_an_error_no_slot_expected_is_logged_and_said_not_lost(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import sys

    from desktop.gui import last_resort

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    before: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: before.append(kind.__name__))  # restored after
    last_resort.install()
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        sys.excepthook(RuntimeError, error, error.__traceback__)  # what PySide6 calls for an error a slot let out
    assert shown == ["Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi.\n(RuntimeError)"]
    assert "unexpected error in the window" in caplog.text and before == []
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)  # not an error to word: passed on
    assert before == ["KeyboardInterrupt"] and len(shown) == 1
