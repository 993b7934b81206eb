"""Several analysts' PCs on one hub database: one migrates at a time, and an older release never writes.

The first PC that starts a newer release migrates the shared database under an exclusive advisory
lock (after a dump). Every write transaction on a server takes the same lock *shared* and reads the
schema revision first: it waits while a migration runs, and a PC still on the older release then
finds a revision it does not know and is refused with a message telling it to update, before it
wrote anything (`server.newer_schema`).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.db import migrate
from desktop.domain.problems import DomainError

# Shared by the migrating PC (exclusive, for the whole migration) and every write transaction (shared).
MIGRATION_LOCK = 0x484E_0001


@functools.cache
def _known() -> frozenset[str]:
    return migrate.known_revisions()  # reads the migration scripts: once per process


def newer_schema(revision: str) -> DomainError:
    return DomainError("server.newer_schema", revision=revision[:32], version=__version__)


def check_known(revision: str | None) -> None:
    """Refuse a database a newer release migrated: this release's models do not describe it."""
    if revision is not None and revision not in _known():
        raise newer_schema(revision)


def _revision(conn: Connection) -> str | None:
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def guard_write(session: Session) -> None:
    """First statement of a write unit of work on a server: wait out a migration, then refuse a newer schema."""
    guard_transaction(session.connection())


def guard_transaction(conn: Connection) -> None:
    """The same, on a connection whose transaction has just begun (the hub import's own session)."""
    conn.execute(text("SELECT pg_advisory_xact_lock_shared(:k)"), {"k": MIGRATION_LOCK})
    check_known(_revision(conn))


@contextlib.contextmanager
def migration_turn(engine: Engine) -> Iterator[None]:
    """Held while one PC migrates: other PCs' migrations and every PC's writes wait for it."""
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
        conn.commit()  # the lock is the session's; no transaction stays open beside the migration
        try:
            yield
        finally:
            with contextlib.suppress(Exception):
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                conn.commit()
