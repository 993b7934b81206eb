"""Encrypted backups through SQLite's online backup API, rotated, described, and a checked restore."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop import __version__
from desktop.db.engine import _connect
from desktop.db.errors import storage_errors
from desktop.db.files import write_atomically
from desktop.domain.problems import DomainError

KEEP_BEFORE_MIGRATION = 5
SCHEDULED = "daily"  # the reason of the automatic copies, rotated by Rotation
EXTERNAL = "external"
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Rotation:
    """How many automatic copies to keep: the newest of each of the last N days, weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _stamp(now: datetime) -> str:
    # Local time, as `copy_time` reads it back (the clock may carry another offset).
    return now.astimezone().strftime("%Y%m%d-%H%M%S")


def copy_time(path: Path) -> datetime | None:
    """When a copy was taken, from its name (`register-20261128-093000-daily.db`), in local time."""
    parts = path.stem.split("-")
    try:
        return datetime.strptime(f"{parts[1]}-{parts[2]}", "%Y%m%d-%H%M%S").astimezone()
    except (IndexError, ValueError):
        return None


def sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def _describe(source: Any, now: datetime, reason: str) -> dict[str, Any]:
    """What the copy is, readable before the key is tried: which office, which release, when."""
    office = source.execute("SELECT role, province_code, unit_code, unit_name FROM office").fetchone()
    schema = source.execute("SELECT version_num FROM alembic_version").fetchone()
    return {"format": 1, "app_version": __version__, "schema": schema[0] if schema else "",
            "role": office[0] if office else "", "province": office[1] if office else "",
            "unit": office[2] if office else "", "unit_name": office[3] if office else "",
            "created_at": now.isoformat(), "reason": reason}


def backup(database: Path, key: bytes, folder: Path, *, reason: str, now: datetime,
           rotation: Rotation = Rotation(), describe: bool = True) -> Path:
    """Copy the live register to `folder` (still encrypted with the same key) and rotate old copies."""
    with storage_errors(str(folder)):
        folder.mkdir(parents=True, exist_ok=True)
        # A copy a crash cut short keeps its temporary name; the drills showed they pile up.
        for leftover in folder.glob("register-*.partial"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        target = folder / f"register-{_stamp(now)}-{reason}.db"
        partial = target.with_suffix(".partial")
        source = _connect(database, key)
        dest = _connect(partial, key)
        try:
            source.backup(dest)
            facts = _describe(source, now, reason) if describe else None
        finally:
            dest.close()
            source.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if facts is not None:
            write_atomically(sidecar(target), json.dumps(facts, ensure_ascii=False, indent=1).encode("utf-8"))
        os.replace(partial, target)
    if reason == SCHEDULED:
        _rotate_scheduled(folder, rotation)
    else:
        _rotate(folder, reason, KEEP_BEFORE_MIGRATION)
    return target


def copy_to(backup_file: Path, folder: Path) -> Path:
    """Copy a finished backup (and its description) to an external drive: temporary name, fsync, rename.

    Written chunk by chunk so a stick pulled out or a full drive stops the copy with an error
    at once, and only a dot-named temporary file can be left behind.
    """
    with storage_errors(str(folder)):
        folder.mkdir(parents=True, exist_ok=True)
        # What a stick pulled out during an earlier copy kept (nothing could delete it then).
        for leftover in folder.glob(".tmp-register-*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        target = folder / backup_file.name.replace(f"-{backup_file.stem.split('-')[-1]}.db", f"-{EXTERNAL}.db")
        temporary = folder / f".tmp-{target.name}"
        try:
            with open(backup_file, "rb") as source, open(temporary, "wb") as dest:
                while chunk := source.read(_CHUNK):
                    dest.write(chunk)
                dest.flush()
                os.fsync(dest.fileno())
            if sidecar(backup_file).exists():
                facts = json.loads(sidecar(backup_file).read_text("utf-8"))
                write_atomically(sidecar(target), json.dumps({**facts, "reason": EXTERNAL}, ensure_ascii=False,
                                                             indent=1).encode("utf-8"))
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
    return target


def _remove(copy: Path) -> None:
    for path in (copy, sidecar(copy)):
        with contextlib.suppress(OSError):
            path.unlink()


def _rotate(folder: Path, reason: str, keep: int) -> None:
    copies = sorted(folder.glob(f"register-*-{reason}.db"))
    for old in copies[:-keep]:
        _remove(old)


def scheduled_to_keep(times: dict[Path, datetime], rotation: Rotation) -> set[Path]:
    """Grandfather-father-son: the newest copy of each of the last `daily` days, `weekly` weeks, `monthly` months."""
    newest_first = sorted(times, key=lambda p: times[p], reverse=True)
    keep: set[Path] = set()
    buckets: list[tuple[int, Any]] = [
        (rotation.daily, lambda d: d.date()),
        (rotation.weekly, lambda d: d.isocalendar()[:2]),
        (rotation.monthly, lambda d: (d.year, d.month)),
    ]
    for count, bucket in buckets:
        seen: list[object] = []
        for path in newest_first:
            label = bucket(times[path])
            if label in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(label)
            keep.add(path)
    return keep


def _rotate_scheduled(folder: Path, rotation: Rotation) -> None:
    times = {p: t for p in folder.glob(f"register-*-{SCHEDULED}.db") if (t := copy_time(p)) is not None}
    keep = scheduled_to_keep(times, rotation)
    for copy in times:
        if copy not in keep:
            _remove(copy)


def list_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("register-*.db"), reverse=True)


def latest_backup_time(folder: Path) -> datetime | None:
    """When the newest copy was taken: from its name (the app's clock), else the file's time.

    A PC of a hub on a server keeps `pg_dump` copies (`.pgdump`) in the same folder: they count too.
    """
    copies = [*list_backups(folder), *folder.glob("register-*.pgdump")]
    times = [copy_time(p) or datetime.fromtimestamp(p.stat().st_mtime).astimezone() for p in copies]
    return max(times, default=None)


@dataclass(frozen=True)
class Contents:
    """What a backup holds, read from a scratch copy (a restore drill): nothing of the register is touched."""

    facts: dict[str, Any]  # the description written beside it (app version...), {} for older copies
    role: str
    province: str
    unit: str
    unit_name: str
    schema: str
    counts: dict[str, int]
    integrity: str


def read_facts(path: Path) -> dict[str, Any]:
    """The description written beside a copy ({} for copies made before backups were described)."""
    try:
        facts = json.loads(sidecar(path).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return facts if isinstance(facts, dict) else {}


def read_contents(path: Path, key: bytes, scratch: Path) -> Contents:
    """Copy the backup to `scratch`, open it there, check every page and count the rows of every table."""
    verify_backup(path, key)
    facts = read_facts(path)
    copy = scratch / "drill.db"
    with storage_errors(str(scratch)):
        shutil.copyfile(path, copy)
    conn = _connect(copy, key)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        office = conn.execute("SELECT role, province_code, unit_code, unit_name FROM office").fetchone()
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608
    except sqlcipher3.DatabaseError as error:
        raise DomainError("backup.invalid", path=str(path)) from error
    finally:
        conn.close()
    role, province, unit, unit_name = office or ("", "", "", "")
    return Contents(facts, role, province, unit, unit_name, schema[0] if schema else "", counts, str(integrity))


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
