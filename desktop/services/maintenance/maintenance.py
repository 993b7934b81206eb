"""Backups (scheduled, rotated, to an external drive), the restore drill and restore, the audit-chain check."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db import backup as backups
from desktop.db import config as config_file
from desktop.db import migrate
from desktop.db.engine import open_engine
from desktop.db.models import AuditEntry
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.maintenance import server_maintenance
from desktop.services.maintenance.backup_preview import BackupPreview
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register, daily_backup_due

EXTERNAL_ACTION = "backup.external"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int


class MaintenanceService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def backup_now(self, actor: Actor, *, reason: str = "manual") -> Outcome[BackupInfo]:
        require(actor, Permission.BACKUP)
        r = self._register
        if r.on_server:
            path = server_maintenance.dump(r, reason=reason)
        else:
            path = backups.backup(r.data_dir.database, r.key, r.data_dir.backups, reason=reason, now=r.clock.now(),
                                  rotation=_rotation(r))
        with r.uow(write=True) as uow:
            audit.record(uow.session, actor, "backup", at=r.clock.now(), entity="backup", detail={"file": path.name})
            uow.commit()
        return Outcome(BackupInfo(path, path.stat().st_size), Changes.BACKUP)

    def backup_if_due(self, actor: Actor) -> Outcome[BackupInfo] | None:
        """The scheduled copy (at login and every hour the window is open) when the newest is older than a day.

        A hub on a server: a `pg_dump` on the same rule, but once a day for the hub (the shared audit log
        says when any analyst's PC last dumped it), taken by one PC at a time (packaging/SERVER.md).
        """
        r = self._register
        if not r.on_server:
            if not daily_backup_due(r.data_dir, r.clock):
                return None
            return self.backup_now(actor, reason=backups.SCHEDULED)
        require(actor, Permission.BACKUP)
        if not server_maintenance.dump_due(r):
            return None
        with server_maintenance.schedule_turn(r) as mine:
            # Asked again under the lock: the PC that held it may have just written today's dump.
            if not mine or not server_maintenance.dump_due(r):
                return None
            return self.backup_now(actor, reason=backups.SCHEDULED)

    def backup_to(self, actor: Actor, folder: Path) -> Outcome[BackupInfo]:
        """A copy on an external drive (USB stick, disk): the one that survives a stolen or burnt PC."""
        require(actor, Permission.BACKUP)
        r = self._register
        if r.on_server:
            local = server_maintenance.dump(r, reason=backups.EXTERNAL)
        else:
            local = backups.backup(r.data_dir.database, r.key, r.data_dir.backups, reason=backups.EXTERNAL,
                                   now=r.clock.now())
        target = backups.copy_to(local, folder)
        with r.uow(write=True) as uow:
            audit.record(uow.session, actor, EXTERNAL_ACTION, at=r.clock.now(), entity="backup",
                         detail={"file": target.name, "folder": str(folder)})
            uow.commit()
        return Outcome(BackupInfo(target, target.stat().st_size), Changes.BACKUP)

    def last_external_backup(self) -> datetime | None:
        with self._register.uow() as uow:
            return last_external_backup(uow.session)

    def list_backups(self, actor: Actor) -> list[BackupInfo]:
        require(actor, Permission.BACKUP)
        if self._register.on_server:
            return [BackupInfo(p, p.stat().st_size) for p in server_maintenance.list_dumps(self._register)]
        return [BackupInfo(p, p.stat().st_size) for p in backups.list_backups(self._register.data_dir.backups)]

    def preview_backup(self, actor: Actor, backup_file: Path) -> BackupPreview:
        """The restore drill: refuse another office's copy, else restore it into a scratch folder and report."""
        require(actor, Permission.BACKUP)
        return preview(self._register, backup_file)

    def verify_audit(self, actor: Actor) -> audit.ChainCheck:
        require(actor, Permission.VIEW_AUDIT)
        with self._register.uow() as uow:
            return audit.verify(uow.session)

    def recent_audit(self, actor: Actor, *, limit: int = 200) -> list[audit.AuditRow]:
        require(actor, Permission.VIEW_AUDIT)
        with self._register.uow() as uow:
            return audit.recent(uow.session, limit=limit)


def _rotation(register: Register) -> backups.Rotation:
    config = config_file.load(register.data_dir.config)
    return backups.Rotation(config.backup_keep_daily, config.backup_keep_weekly, config.backup_keep_monthly)


def last_external_backup(session: Session) -> datetime | None:
    return session.execute(select(func.max(AuditEntry.at)).where(AuditEntry.action == EXTERNAL_ACTION)).scalar()


def _check_office(register: Register, found: dict[str, Any], backup_file: Path) -> None:
    office = register.office
    unit = found.get("unit")
    if not unit:
        return
    if (found.get("role"), found.get("province"), unit) != (office.role.value, office.province_code, office.unit_code):
        raise DomainError("backup.other_office", path=backup_file.name, unit=found.get("unit_name") or unit,
                          ours=office.unit_name)


def preview(register: Register, backup_file: Path) -> BackupPreview:
    if register.on_server:
        return server_maintenance.preview(register, backup_file)
    # The description beside the copy names its office before the key is even tried: a copy
    # from another office (another key) is refused by name, not as "damaged".
    facts = backups.read_facts(backup_file)
    _check_office(register, facts, backup_file)
    with tempfile.TemporaryDirectory(prefix="hoanhap-drill-") as scratch:
        contents = backups.read_contents(backup_file, register.key, Path(scratch))
        _check_office(register, {"role": contents.role, "province": contents.province, "unit": contents.unit,
                                 "unit_name": contents.unit_name}, backup_file)
        audit_ok, entries = _audit_of(Path(scratch) / "drill.db", register.key)
    taken = facts.get("created_at")
    return BackupPreview(
        path=backup_file, taken_at=datetime.fromisoformat(taken) if taken else backups.copy_time(backup_file),
        unit_code=contents.unit, unit_name=contents.unit_name, role=contents.role,
        app_version=str(facts.get("app_version", "")), schema=contents.schema, counts=contents.counts,
        integrity_ok=contents.integrity == "ok", audit_ok=audit_ok, audit_entries=entries)


def _audit_of(copy: Path, key: bytes) -> tuple[bool, int]:
    engine = open_engine(copy, key)
    try:
        with Session(engine) as session:
            check = audit.verify(session)
        return check.ok, check.entries
    finally:
        engine.dispose()


def restore_backup(register: Register, actor: Actor, backup_file: Path) -> Path | None:
    """Replace the register with a backup; the caller must close and reopen the register after this.

    Refused, with nothing changed: another office's copy, a damaged one, one whose audit chain
    does not verify, and one made by a newer release than this app (it could not open it).
    """
    require(actor, Permission.BACKUP)
    r = register
    found = preview(r, backup_file)
    if found.schema not in migrate.known_revisions():
        raise DomainError("backup.newer_release", path=backup_file.name, version=found.app_version or found.schema)
    if not found.restorable:
        raise DomainError("backup.invalid", path=str(backup_file))
    if r.on_server:
        return server_maintenance.restore(r, backup_file)
    r.close()
    return backups.restore(backup_file, r.data_dir.database, r.key, safety_folder=r.data_dir.backups, now=r.clock.now())
