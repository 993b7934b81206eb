"""The SQLCipher engine: opened with the raw 256-bit key, WAL, synchronous=FULL, foreign keys on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.db.errors import classify
from desktop.db.uow import WRITE_INTENT
from desktop.domain.problems import DomainError

KEY_BYTES = 32
# How long a write waits for another writer (a long sync import, the backup's audit entry) before
# "database is locked". Writes run on the worker thread, so waiting never freezes the window.
BUSY_TIMEOUT_SECONDS = 30


def _connect(path: Path, key: bytes) -> Any:
    # check_same_thread=False: the GUI's single DB worker thread uses connections the pool made.
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA foreign_keys = ON")
    # We issue BEGIN ourselves (see the "begin" listener) so a save is exactly one transaction.
    conn.isolation_level = None
    return conn


def _check_key(path: Path, key: bytes) -> None:
    """Fail fast with a coded error if the key is wrong or the file is not a register."""
    try:
        conn = _connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        finally:
            conn.close()
    except sqlcipher3.DatabaseError as error:
        coded = classify(error, path=str(path.parent))
        raise (coded or DomainError("store.corrupt")) from error


def open_engine(path: Path, key: bytes, *, must_exist: bool = True) -> Engine:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    if must_exist and not path.exists():
        raise DomainError("store.not_initialised", path=str(path.parent))
    _check_key(path, key)
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, key),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA synchronous = FULL")
        dbapi_conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's implicit BEGIN is deferred; an explicit one keeps every save one transaction. A
        # unit of work that will write, and the hub's import, take the write lock at once (WRITE_INTENT).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_INTENT) else "BEGIN")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
