"""An opened register: the engine over the decrypted database, this office, and the clock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from desktop.db import backup as backups
from desktop.db import migrate, server_schema
from desktop.db.datadir import DataDir
from desktop.db.engine import open_engine, session_factory
from desktop.db.models import Office
from desktop.db.uow import UnitOfWork
from desktop.domain.codes import OfficeRole
from desktop.domain.problems import DomainError
from desktop.services.context import Clock


@dataclass(frozen=True)
class OfficeInfo:
    role: OfficeRole
    province_code: str
    unit_code: str
    unit_name: str
    admin_version: str
    device_id: str

    @property
    def origin_unit(self) -> str:
        return f"{self.unit_code}@{self.admin_version}"

    @property
    def is_hub(self) -> bool:
        """A province hub, or the national one: offices that aggregate and never enter records."""
        return self.role in (OfficeRole.HUB, OfficeRole.NATIONAL)

    @property
    def is_national(self) -> bool:
        return self.role is OfficeRole.NATIONAL


class Register:
    """Everything a use case needs to reach the data; built once per login by open_register."""

    def __init__(self, data_dir: DataDir, engine: Engine, key: bytes, clock: Clock) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.key = key
        self.clock = clock
        self._sessions = session_factory(engine)
        self._office: OfficeInfo | None = None

    def uow(self, *, write: bool = False) -> UnitOfWork:
        """A unit of work; `write=True` when the use case will change data (it takes the write lock first).

        On a server a writer first checks that no newer release migrated the shared database meanwhile.
        """
        return UnitOfWork(self._sessions, write=write,
                          before_write=server_schema.guard_write if self.on_server else None)

    @property
    def office(self) -> OfficeInfo:
        if self._office is None:
            with self.uow() as uow:
                row = uow.session.execute(select(Office)).scalar_one_or_none()
                if row is None:
                    raise DomainError("store.corrupt")
                self._office = OfficeInfo(OfficeRole(row.role), row.province_code, row.unit_code,
                                          row.unit_name, row.admin_version, row.device_id)
        return self._office

    @property
    def on_server(self) -> bool:
        """A hub on a PostgreSQL server (no SQLCipher key; passwords checked against the accounts table)."""
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        self.engine.dispose()


def open_register(data_dir: DataDir, key: bytes, clock: Clock) -> Register:
    """Open the encrypted database; migrate it (after a backup) when the app is newer than the data."""
    engine = open_engine(data_dir.database, key)
    try:
        revision = migrate.current_revision(engine)
        if revision is not None and revision not in migrate.known_revisions():
            # Made by a newer release: refuse before the backup or any write, so the file stays as it is.
            raise DomainError("store.newer_release", revision=revision[:32])
        if migrate.needs_upgrade(engine):
            if migrate.current_revision(engine) is not None:
                backups.backup(data_dir.database, key, data_dir.backups, reason="before-migration", now=clock.now())
            migrate.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Register(data_dir, engine, key, clock)


def require_commune(register: Register) -> None:
    """A hub keeps the communes' records as they sent them: a change there would fork the data."""
    if register.office.is_hub:
        raise DomainError("office.hub_read_only")


def daily_backup_due(data_dir: DataDir, clock: Clock) -> bool:
    # Due once per calendar day: "older than 24 hours" skipped every other day for a PC opened
    # a little earlier each morning.
    latest = backups.latest_backup_time(data_dir.backups)
    return latest is None or latest.astimezone(clock.now().tzinfo).date() < clock.now().date()
