"""What a backup holds, shown before a restore replaces anything: read by maintenance (an SQLCipher copy) and
server_maintenance (a pg_dump), each in its own way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, found by restoring it into a scratch folder: shown before anything is replaced."""

    path: Path
    taken_at: datetime | None
    unit_code: str
    unit_name: str
    role: str
    app_version: str  # "" for copies made before backups were described
    schema: str
    counts: dict[str, int]
    integrity_ok: bool
    audit_ok: bool
    audit_entries: int

    @property
    def restorable(self) -> bool:
        return self.integrity_ok and self.audit_ok
