"""A save made while a backup writes its audit entry waits for it and succeeds ("database is locked" before)."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest

from desktop.domain.outreach import OutreachDraft
from desktop.services import audit
from desktop.services.context import Outcome
from tests.conftest import Opened


def _draft(place: str) -> OutreachDraft:
    return OutreachDraft(held_on=date(2026, 11, 2), place=place, form="meeting", target_group="students",
                         participants_total=10, participants_male=4, participants_female=6,
                         organiser="Hội Liên hiệp Phụ nữ xã")


def test_a_save_during_a_backup_waits_for_the_write_lock_and_succeeds(opened: Opened,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    services, admin = opened.services, opened.admin
    record = services.outreach.save(admin, _draft("Nhà văn hóa thôn Đồng Xuân")).value
    backup_writing, release = threading.Event(), threading.Event()
    original = audit.record

    def record_slowly(session: Any, actor: Any, action: str, **kwargs: Any) -> Any:
        if action == "backup":  # inside the backup's write transaction: hold it while the save starts
            backup_writing.set()
            release.wait(30)
        return original(session, actor, action, **kwargs)

    monkeypatch.setattr(audit, "record", record_slowly)
    results: dict[str, Any] = {}
    errors: list[BaseException] = []

    def run(name: str, work: Any) -> None:
        try:
            results[name] = work()
        except Exception as error:  # noqa: BLE001 - collected for the assertion below, on the test's thread
            errors.append(error)

    backup = threading.Thread(target=run, args=("backup", lambda: services.maintenance.backup_now(admin)))
    backup.start()
    assert backup_writing.wait(60)
    # The edit reads the record first, then writes: a deferred transaction failed at once with
    # "database is locked" (SQLite cannot upgrade it while another writer holds the lock); one that
    # asks for the write lock when it begins waits for the backup, then writes.
    save = threading.Thread(target=run, args=("save", lambda: services.outreach.save(
        admin, _draft("Hội trường UBND xã"), record_id=record.id, expected_version=record.version)))
    save.start()
    save.join(1.0)
    assert save.is_alive(), "the save must wait while the backup holds the write lock"
    release.set()
    backup.join(60)
    save.join(60)
    assert errors == []
    saved = results["save"]
    assert isinstance(saved, Outcome) and saved.value.version == record.version + 1
    assert services.outreach.get(admin, record.id).draft.place == "Hội trường UBND xã"
    actions = [row.action for row in services.maintenance.recent_audit(admin, limit=5)]
    assert "backup" in actions and "outreach.update" in actions
