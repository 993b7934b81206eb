"""The window's one way to change data: on the worker thread, errors in the user's words, Changes announced."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop.db.config import Config
from desktop.domain.outreach import OutreachDraft
from desktop.domain.problems import DomainError
from desktop.gui import operations
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.services.context import Changes, Outcome
from tests.conftest import Opened


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()


def _draft() -> OutreachDraft:
    return OutreachDraft(held_on=date(2026, 11, 2), place="Nhà văn hóa thôn Đồng Xuân", form="meeting",
                         target_group="students", participants_total=10, participants_male=4, participants_female=6,
                         organiser="Hội Liên hiệp Phụ nữ xã")


def test_a_save_runs_on_the_worker_and_announces_its_changes(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    services, actor = context.services, context.actor
    threads: list[bool] = []
    announced: list[Changes] = []
    results: list[object] = []
    context.changed.connect(announced.append)

    def work() -> Outcome[object]:
        threads.append(threading.current_thread() is threading.main_thread())
        return services.outreach.save(actor, _draft())

    Operation(context, None, work).success(results.append).run_in_background()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert threads == [False]  # not the GUI thread
    assert announced == [Changes.OUTREACH]
    assert results[0].value.draft.place == "Nhà văn hóa thôn Đồng Xuân"  # type: ignore[attr-defined]


def test_a_refusal_comes_back_as_the_translated_sentence_and_the_button_comes_back(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    button = QPushButton()
    qtbot.addWidget(button)
    said: list[str] = []

    def refuse() -> None:
        raise DomainError("outreach.stale")

    Operation(context, None, refuse).failure(said.append).disabling(button).run_in_background()
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said == ["Buổi truyền thông này vừa được người khác sửa. Hãy mở lại để xem bản mới nhất."]
    assert button.isEnabled()


def test_an_unexpected_error_says_nothing_changed_in_a_message_box(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def broken() -> None:
        raise RuntimeError("boom")

    Operation(context, None, broken).run_in_background()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0].startswith("Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi.")


def test_long_work_shows_a_progress_dialog_until_it_ends(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 10)
    release = threading.Event()
    done: list[object] = []
    Operation(context, None, lambda: release.wait(20)).with_progress("Đang sao lưu…").success(done.append) \
        .run_in_background()

    def progress_dialogs() -> list[QProgressDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(progress_dialogs()), timeout=20000)
    assert progress_dialogs()[0].labelText() == "Đang sao lưu…"
    release.set()
    qtbot.waitUntil(lambda: bool(done) and not progress_dialogs(), timeout=20000)
