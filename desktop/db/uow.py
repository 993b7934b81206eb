"""Unit of work: one session, one transaction; nothing is written unless commit() is called."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from desktop.db.errors import storage_errors

# Execution option a writing unit of work puts on its connection before the transaction begins. The
# SQLite engine answers it with BEGIN IMMEDIATE (desktop.db.engine); an engine that needs nothing of the
# kind (a PostgreSQL hub) ignores it.
WRITE_INTENT = "hoanhap_write_intent"


class UnitOfWork:
    """`write=True` for a use case that will change data: it takes the write lock when it starts.

    SQLite's default (deferred) transaction reads first and asks for the write lock at its first
    INSERT/UPDATE; when another connection wrote in between (the backup's audit entry on the worker,
    another window) that upgrade fails at once with "database is locked", whatever the busy timeout.
    Asking at the start means waiting (up to the busy timeout) for the other writer, then succeeding.
    """

    def __init__(self, factory: sessionmaker[Session], *, write: bool = False,
                 before_write: Callable[[Session], None] | None = None) -> None:
        self._factory = factory
        self._write = write
        self._before_write = before_write  # a check the store asks of every writer first (server_schema)
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        assert self._session is not None, "use the unit of work inside a with-block"
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        if self._write:
            # Procure the connection now, with the option set before its transaction begins.
            try:
                with storage_errors():
                    self._session.connection(execution_options={WRITE_INTENT: True})
                    if self._before_write is not None:
                        self._before_write(self._session)
            except BaseException:
                self._session.close()
                self._session = None
                raise
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def commit(self) -> None:
        with storage_errors():
            self.session.commit()
