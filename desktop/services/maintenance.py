"""Backups, restore, schema migration and the audit-chain check, for the CLI and Settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.db import backup as backups
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register, daily_backup_due


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
        path = backups.backup(r.data_dir.database, r.key, r.data_dir.backups, reason=reason, now=r.clock.now())
        with r.uow() as uow:
            audit.record(uow.session, actor, "backup", at=r.clock.now(), entity="backup", detail={"file": path.name})
            uow.commit()
        return Outcome(BackupInfo(path, path.stat().st_size), Changes.BACKUP)

    def backup_to(self, actor: Actor, folder: Path) -> Outcome[BackupInfo]:
        """A copy on an external drive (still encrypted): the one that survives a lost or broken PC."""
        require(actor, Permission.BACKUP)
        r = self._register
        path = backups.backup(r.data_dir.database, r.key, folder, reason="external", now=r.clock.now())
        with r.uow() as uow:
            audit.record(uow.session, actor, "backup.external", at=r.clock.now(), entity="backup",
                         detail={"file": path.name})
            uow.commit()
        return Outcome(BackupInfo(path, path.stat().st_size), Changes.BACKUP)

    def backup_if_due(self, actor: Actor) -> Outcome[BackupInfo] | None:
        """The automatic daily copy, taken at login when the newest one is older than a day."""
        if not daily_backup_due(self._register.data_dir, self._register.clock):
            return None
        return self.backup_now(actor, reason="daily")

    def list_backups(self, actor: Actor) -> list[BackupInfo]:
        require(actor, Permission.BACKUP)
        return [BackupInfo(p, p.stat().st_size) for p in backups.list_backups(self._register.data_dir.backups)]

    def verify_audit(self, actor: Actor) -> audit.ChainCheck:
        require(actor, Permission.VIEW_AUDIT)
        with self._register.uow() as uow:
            return audit.verify(uow.session)

    def recent_audit(self, actor: Actor, *, limit: int = 200) -> list[audit.AuditRow]:
        require(actor, Permission.VIEW_AUDIT)
        with self._register.uow() as uow:
            return audit.recent(uow.session, limit=limit)


def restore_backup(register: Register, actor: Actor, backup_file: Path) -> Path | None:
    """Replace the register with a backup; the caller must close and reopen the register after this."""
    require(actor, Permission.BACKUP)
    r = register
    backups.verify_backup(backup_file, r.key)
    r.close()
    try:
        return backups.restore(backup_file, r.data_dir.database, r.key, safety_folder=r.data_dir.backups, now=r.clock.now())
    except DomainError:
        raise
