"""Backups people can rely on: rotation by day/week/month, copies on an external drive and the reminder,
the restore drill that shows what a copy holds, and a copy from another office refused."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.db import backup as backups
from desktop.db import config as config_file
from desktop.db.engine import _connect
from desktop.domain.problems import DomainError
from desktop.services.home import home
from desktop.services.maintenance.maintenance import restore_backup
from tests.conftest import Opened
from tests.sync.sync_helpers import outreach


def _codes(opened: Opened) -> dict[str, str]:
    items = home.attention(opened.services.register, opened.admin)
    return {i.code: i.severity.value for i in items if "backup" in i.code}


def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month() -> None:
    start = datetime(2025, 1, 1, 8, 0).astimezone()
    times = {Path(f"copy-{n}"): start + timedelta(days=n) for n in range(400)}  # one a day for 400 days
    kept = backups.scheduled_to_keep(times, backups.Rotation(daily=7, weekly=4, monthly=12))
    days = sorted(times[p] for p in kept)
    newest = start + timedelta(days=399)
    assert days[-7:] == [newest - timedelta(days=n) for n in range(6, -1, -1)]  # the last seven days
    assert len({d.isocalendar()[:2] for d in days}) >= 4
    assert len({(d.year, d.month) for d in days}) == 12 and days[0] > newest - timedelta(days=366)
    assert len(kept) <= 7 + 4 + 12


def test_scheduled_backups_rotate_with_the_counts_from_the_config(opened: Opened) -> None:
    data = opened.data_dir
    config_file.save(data.config, replace(config_file.load(data.config), backup_keep_daily=3, backup_keep_weekly=2,
                                          backup_keep_monthly=2))
    for _ in range(70):  # the app opened every day for ten weeks
        opened.clock.current += timedelta(days=1)
        assert opened.services.maintenance.backup_if_due(opened.admin) is not None
    assert opened.services.maintenance.backup_if_due(opened.admin) is None  # not due again the same day
    copies = sorted(data.backups.glob("register-*-daily.db"))
    stamps = [backups.copy_time(c) for c in copies]
    assert len(copies) <= 3 + 2 + 2 and len(copies) >= 4
    assert stamps[-1] is not None and stamps[-1].date() == opened.clock.current.date()
    assert all(backups.sidecar(c).exists() for c in copies)
    assert not [p for p in data.backups.glob("*.json") if not p.with_suffix(".db").exists()]  # no orphan notes


def test_external_backup_and_its_reminder_on_the_home_screen(opened: Opened, tmp_path: Path) -> None:
    assert _codes(opened)["home.external_backup_never"] == "warning"
    stick = tmp_path / "usb"
    copy = opened.services.maintenance.backup_to(opened.admin, stick).value.path
    assert copy.parent == stick and copy.name.endswith("-external.db")
    backups.verify_backup(copy, opened.services.register.key)
    assert b"Xu\xc3\xa2n" not in copy.read_bytes()  # encrypted on the stick too
    assert not [p for p in stick.iterdir() if p.name.startswith(".")]
    assert _codes(opened)["home.external_backup_recent"] == "ok"
    opened.clock.current += timedelta(days=9)
    assert _codes(opened)["home.external_backup_old"] == "warning"
    config_file.save(opened.data_dir.config, replace(config_file.load(opened.data_dir.config),
                                                     external_backup_days=14))
    assert "home.external_backup_recent" in _codes(opened)


def test_the_restore_drill_shows_what_a_backup_holds_without_touching_the_register(opened: Opened) -> None:
    outreach(opened)
    outreach(opened, place="Chợ xã")
    path = opened.services.maintenance.backup_now(opened.admin).value.path
    outreach(opened, place="Sau sao lưu")
    before = opened.data_dir.database.read_bytes()
    preview = opened.services.maintenance.preview_backup(opened.admin, path)
    assert preview.unit_code == "08500" and preview.unit_name.endswith("Xuân Lũng") and preview.role == "commune"
    assert preview.counts["outreach_sessions"] == 2 and preview.counts["audit_log"] >= 3
    assert preview.app_version == "0.1.0" and preview.schema
    assert preview.integrity_ok and preview.audit_ok and preview.restorable
    assert preview.taken_at is not None and preview.taken_at == opened.clock.now()
    assert opened.data_dir.database.read_bytes() == before


def test_a_backup_from_another_office_is_refused_by_name(opened: Opened, hub: Opened) -> None:
    foreign = hub.services.maintenance.backup_now(hub.admin).value.path
    before = opened.data_dir.database.read_bytes()
    for action in (lambda: opened.services.maintenance.preview_backup(opened.admin, foreign),
                   lambda: restore_backup(opened.services.register, opened.admin, foreign)):
        with pytest.raises(DomainError) as error:
            action()
        assert error.value.code == "backup.other_office"
        assert error.value.params["unit"] == "Tỉnh Phú Thọ" and error.value.params["ours"].endswith("Xuân Lũng")
    assert opened.data_dir.database.read_bytes() == before


def test_a_copy_whose_office_row_names_another_commune_is_refused_even_without_its_note(opened: Opened) -> None:
    path = opened.services.maintenance.backup_now(opened.admin).value.path
    backups.sidecar(path).unlink()
    conn = _connect(path, opened.services.register.key)
    conn.execute("UPDATE office SET unit_code = '08503', unit_name = 'Xã Khác'")
    conn.close()
    with pytest.raises(DomainError) as error:
        restore_backup(opened.services.register, opened.admin, path)
    assert error.value.code == "backup.other_office" and error.value.params["unit"] == "Xã Khác"


def test_a_backup_from_a_newer_release_is_refused(opened: Opened) -> None:
    path = opened.services.maintenance.backup_now(opened.admin).value.path
    conn = _connect(path, opened.services.register.key)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    note = backups.sidecar(path)
    note.write_text(json.dumps({**json.loads(note.read_text("utf-8")), "app_version": "9.0.0"}), "utf-8")
    with pytest.raises(DomainError) as error:
        restore_backup(opened.services.register, opened.admin, path)
    assert error.value.code == "backup.newer_release" and error.value.params["version"] == "9.0.0"
