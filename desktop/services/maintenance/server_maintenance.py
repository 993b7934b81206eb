"""Backups of a hub on a PostgreSQL server through the same use cases as SQLCipher's: dump, drill, restore."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.db import backup as backups
from desktop.db import config as config_file
from desktop.db import server_backup
from desktop.db.models import AuditEntry
from desktop.db.server import ServerSettings, load_settings
from desktop.domain.problems import DomainError
from desktop.domain.time import office_time
from desktop.services import audit
from desktop.services.maintenance.backup_preview import BackupPreview
from desktop.services.register import Register


def settings_of(register: Register) -> ServerSettings:
    return load_settings(register.data_dir.server, register.data_dir.server_passfile)


# The audited actions that are a copy of the whole hub (backup_now, backup_to): whichever analyst's PC made it.
DUMP_ACTIONS = ("backup", "backup.external")
# Two analysts logging in at the same minute: one takes the day's dump, the other skips it.
_SCHEDULE_LOCK = 0x484E_0003  # beside locks.HUB_WRITES (2) and server_schema.MIGRATION_LOCK (1)


def dump(register: Register, *, reason: str) -> Path:
    config = config_file.load(register.data_dir.config)
    rotation = backups.Rotation(config.backup_keep_daily, config.backup_keep_weekly, config.backup_keep_monthly)
    return server_backup.dump(settings_of(register), register.data_dir.backups, reason=reason,
                              now=register.clock.now(), rotation=rotation)


def last_dump_time(register: Register) -> datetime | None:
    """The newest copy of the hub, by any analyst's PC (from the shared audit log), or this PC's own dumps."""
    with register.uow() as uow:
        audited = uow.session.execute(select(func.max(AuditEntry.at))
                                      .where(AuditEntry.action.in_(DUMP_ACTIONS))).scalar()
    local = backups.latest_backup_time(register.data_dir.backups)
    latest = max((t for t in (audited, local) if t is not None), default=None)
    return None if latest is None else office_time(latest)  # read by people: the office's clock, not UTC


def dump_due(register: Register) -> bool:
    """The SQLite register's rule (once per office day), over the whole hub: one dump a day, not one per analyst."""
    latest = last_dump_time(register)
    now = register.clock.now()
    return latest is None or latest.astimezone(now.tzinfo).date() < now.date()


@contextlib.contextmanager
def schedule_turn(register: Register) -> Iterator[bool]:
    """True when this PC may take the scheduled dump now: no other PC is taking it (a session advisory lock)."""
    with register.engine.connect() as conn:
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _SCHEDULE_LOCK}).scalar())
        conn.commit()
        try:
            yield got
        finally:
            if got:
                with contextlib.suppress(Exception):
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _SCHEDULE_LOCK})
                    conn.commit()


def _check_office(register: Register, found: dict[str, object], backup_file: Path) -> None:
    office = register.office
    unit = found.get("unit")
    if unit and (found.get("role"), found.get("province"), unit) != (office.role.value, office.province_code,
                                                                    office.unit_code):
        raise DomainError("backup.other_office", path=backup_file.name, unit=found.get("unit_name") or unit,
                          ours=office.unit_name)


def preview(register: Register, backup_file: Path) -> BackupPreview:
    """The drill: the dump restored into a scratch database, its office, counts and audit chain read there."""
    facts = server_backup.read_facts(backup_file)
    _check_office(register, facts, backup_file)
    with server_backup.scratch_copy(settings_of(register), backup_file) as engine:
        with engine.connect() as conn:
            office = conn.execute(text("SELECT role, province_code, unit_code, unit_name FROM office")).first()
            schema = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none() or ""
        role, province, unit, unit_name = office or ("", "", "", "")
        _check_office(register, {"role": role, "province": province, "unit": unit, "unit_name": unit_name},
                      backup_file)
        counts = server_backup.counts(engine)
        with Session(engine) as session:
            chain = audit.verify(session)
    taken = facts.get("created_at")
    return BackupPreview(
        path=backup_file, taken_at=datetime.fromisoformat(str(taken)) if taken else None, unit_code=unit,
        unit_name=unit_name, role=role, app_version=str(facts.get("app_version", "")), schema=str(schema),
        counts=counts, integrity_ok=True, audit_ok=chain.ok, audit_entries=chain.entries)


def restore(register: Register, backup_file: Path) -> Path:
    """After the caller's checks: a dump of the present state first, then pg_restore in one transaction."""
    settings = settings_of(register)
    register.close()
    return server_backup.restore(settings, backup_file, safety_folder=register.data_dir.backups,
                                 now=register.clock.now())


def list_dumps(register: Register) -> list[Path]:
    return server_backup.list_dumps(register.data_dir.backups)
