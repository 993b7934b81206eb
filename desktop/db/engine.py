"""The SQLCipher engine: opened with the raw 256-bit key, WAL, synchronous=FULL, foreign keys on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.db.errors import classify
from desktop.domain.problems import DomainError

KEY_BYTES = 32
# Connection.info flag: begin transactions IMMEDIATE (take the writer lock before the first read).
BEGIN_IMMEDIATE = "hoanhap.begin_immediate"


def _connect(path: Path, key: bytes) -> Any:
    # check_same_thread=False: the GUI's single DB worker thread uses connections the pool made.
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=5.0)
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
        dbapi_conn.execute("PRAGMA busy_timeout = 5000")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's implicit BEGIN is deferred; an explicit one keeps every save one transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get(BEGIN_IMMEDIATE) else "BEGIN")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
