"""Encrypted backups through SQLite's online backup API, rotated, and a checked restore."""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime
from pathlib import Path

import sqlcipher3

from desktop.db.engine import _connect
from desktop.db.errors import storage_errors
from desktop.domain.problems import DomainError

KEEP_DAILY = 14
KEEP_BEFORE_MIGRATION = 5


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def backup(database: Path, key: bytes, folder: Path, *, reason: str, now: datetime) -> Path:
    """Copy the live register to `folder` (still encrypted with the same key) and rotate old copies."""
    with storage_errors(str(folder)):
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"register-{_stamp(now)}-{reason}.db"
        partial = target.with_suffix(".partial")
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        source = _connect(database, key)
        dest = _connect(partial, key)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    _rotate(folder, reason, KEEP_DAILY if reason == "daily" else KEEP_BEFORE_MIGRATION)
    return target


def _rotate(folder: Path, reason: str, keep: int) -> None:
    copies = sorted(folder.glob(f"register-*-{reason}.db"))
    for old in copies[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()


def list_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("register-*.db"), reverse=True)


def latest_backup_time(folder: Path) -> datetime | None:
    copies = list_backups(folder)
    if not copies:
        return None
    return datetime.fromtimestamp(copies[0].stat().st_mtime).astimezone()


def verify_backup(path: Path, key: bytes) -> None:
    if not path.exists():
        raise DomainError("backup.not_found", path=str(path))
    try:
        conn = _connect(path, key)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            conn.execute("SELECT count(*) FROM office").fetchone()
        finally:
            conn.close()
    except sqlcipher3.DatabaseError as error:
        raise DomainError("backup.invalid", path=str(path)) from error
    if not ok or ok[0] != "ok":
        raise DomainError("backup.invalid", path=str(path))


def restore(backup_file: Path, database: Path, key: bytes, *, safety_folder: Path, now: datetime) -> Path | None:
    """Replace the register with a checked backup; the current one is kept as a safety copy first."""
    verify_backup(backup_file, key)
    safety = None
    if database.exists():
        safety = backup(database, key, safety_folder, reason="before-restore", now=now)
    with storage_errors(str(database.parent)):
        staging = database.with_suffix(".restoring")
        shutil.copyfile(backup_file, staging)
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(database) + suffix).unlink()
        os.replace(staging, database)
    return safety
