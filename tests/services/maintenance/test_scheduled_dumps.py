"""Automatic backups on both stores a hub can have: the same daily rule and the same keep policy.

On a server, the copy is a `pg_dump` (`.pgdump`) taken once a day for the hub (whichever analyst's PC
logs in first), and the home screen's "last backup" reads the hub's newest copy.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.bootstrap import open_session
from desktop.db import backup as backups
from desktop.db.datadir import DataDir
from desktop.services.maintenance.server_maintenance import schedule_turn
from tests.conftest import ADMIN, PASSWORD, Opened


def _suffix(hub: Opened) -> str:
    return ".pgdump" if hub.services.register.on_server else ".db"


def _backup_item(hub: Opened) -> tuple[str, dict[str, object]]:
    [item] = [i for i in hub.services.home.attention(hub.admin) if i.code.startswith("home.backup_")]
    return item.code, dict(item.params)


def test_the_daily_copy_is_taken_once_a_day_and_the_home_screen_says_when(hub: Opened) -> None:
    suffix = _suffix(hub)
    assert _backup_item(hub)[0] == "home.backup_never"
    first = hub.services.maintenance.backup_if_due(hub.admin)
    assert first is not None and first.value.path.name.endswith(f"-daily{suffix}")
    assert backups.read_facts(first.value.path)["reason"] == "daily"  # described beside it, like the SQLite copies
    assert hub.services.maintenance.backup_if_due(hub.admin) is None  # the same day: not again
    code, params = _backup_item(hub)
    assert (code, params["when"], params["days"]) == ("home.backup_last", "28/11/2026 09:30", 0)

    hub.clock.current += timedelta(days=1, hours=-2)  # the next morning, earlier than yesterday
    second = hub.services.maintenance.backup_if_due(hub.admin)
    assert second is not None and second.value.path != first.value.path
    assert [b.path.name for b in hub.services.maintenance.list_backups(hub.admin)][:2] == [
        second.value.path.name, first.value.path.name]


def _old_daily_copies(folder: Path, suffix: str, now: datetime, days: int) -> list[Path]:
    """Copies the scheduler would have left over `days` days (files named as the app names them)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for back in range(1, days + 1):
        stamp = (now - timedelta(days=back)).astimezone().strftime("%Y%m%d-%H%M%S")
        copy = folder / f"register-{stamp}-daily{suffix}"
        copy.write_bytes(b"old copy")
        copy.with_suffix(".json").write_text("{}", "utf-8")
        made.append(copy)
    return made


def test_old_automatic_copies_are_rotated_with_the_same_keep_policy(hub: Opened) -> None:
    suffix, folder = _suffix(hub), hub.data_dir.backups
    old = _old_daily_copies(folder, suffix, hub.clock.now(), 400)
    done = hub.services.maintenance.backup_if_due(hub.admin)
    assert done is not None
    every = [*old, done.value.path]
    times = {p: t for p in every if (t := backups.copy_time(p)) is not None}
    expected = backups.scheduled_to_keep(times, backups.Rotation())
    left = set(folder.glob(f"register-*-daily{suffix}"))
    assert left == expected and done.value.path in left
    assert 12 <= len(left) <= 7 + 4 + 12  # days, weeks and months, each copy counted once
    assert {p.with_suffix(".json") for p in left} == set(folder.glob("register-*-daily.json"))  # descriptions go too

    # Copies taken by hand: the newest five of them, as for the SQLite register.
    for _ in range(7):
        hub.clock.current += timedelta(minutes=1)
        hub.services.maintenance.backup_now(hub.admin)
    assert len(list(folder.glob(f"register-*-manual{suffix}"))) == backups.KEEP_BEFORE_MIGRATION


@pytest.mark.parametrize("hub_engine", ["postgresql"])
def test_on_a_server_the_first_analyst_of_the_day_dumps_the_hub_and_the_others_do_not(
        hub: Opened, tmp_path: Path) -> None:
    other_dir = DataDir(tmp_path / "pc-b")
    other_dir.root.mkdir()
    for path in (hub.data_dir.server, hub.data_dir.server_passfile):
        if path.exists():
            shutil.copy2(path, other_dir.root / path.name)
    other = open_session(other_dir, ADMIN, PASSWORD, clock=hub.clock)
    try:
        # While another PC is taking the dump (it holds the schedule lock), this one does not start a second.
        with schedule_turn(other.register) as mine:
            assert mine
            assert hub.services.maintenance.backup_if_due(hub.admin) is None
        done = hub.services.maintenance.backup_if_due(hub.admin)
        assert done is not None and done.value.path.parent == hub.data_dir.backups
        # The other PC: today's dump of the hub exists (on the first PC): not due, and its home screen says so.
        assert other.services.maintenance.backup_if_due(other.actor) is None
        assert not other_dir.backups.exists()
        [item] = [i for i in other.services.home.attention(other.actor) if i.code.startswith("home.backup_")]
        assert (item.code, item.params["when"]) == ("home.backup_last", "28/11/2026 09:30")
        with other.register.engine.connect() as conn:
            dumps = conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'backup'")).scalar_one()
        assert dumps == 1
    finally:
        other.close()
