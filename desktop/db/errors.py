"""Turns SQLite / SQLCipher (and PostgreSQL connection) failures into coded errors the user can act on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from desktop.domain.problems import DomainError


def classify(error: BaseException, *, path: str = "") -> DomainError | None:
    text = str(getattr(error, "orig", None) or error).lower()
    if "file is not a database" in text or "malformed" in text or "not an error" in text:
        return DomainError("store.corrupt")
    if "disk is full" in text or "disk i/o error" in text and "full" in text:
        return DomainError("store.disk_full")
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return DomainError("store.read_only", path=path)
    if "database is locked" in text or "database is busy" in text:
        return DomainError("store.locked")
    if any(sign in text for sign in _CONNECTION_LOST):
        # A hub on a server: the transaction died with the connection, so nothing of it was kept.
        return DomainError("server.connection_lost")
    return None


# libpq's and psycopg's words for a server connection that ended under a running statement.
_CONNECTION_LOST = ("terminating connection", "server closed the connection", "connection already closed",
                    "consuming input failed", "the connection is closed", "connection is lost", "ssl syscall error")


@contextlib.contextmanager
def storage_errors(path: str = "") -> Iterator[None]:
    """Re-raise driver errors we can explain as DomainError; others pass through unchanged."""
    try:
        yield
    except OSError as error:
        import errno

        if error.errno == errno.ENOSPC:
            raise DomainError("store.disk_full") from error
        if error.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            raise DomainError("store.read_only", path=path or str(error.filename or "")) from error
        # A USB stick pulled out mid-write (the crash drills): a raw traceback told the user nothing.
        if error.errno in (errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOTCONN, errno.ESTALE):
            raise DomainError("store.device_gone", path=path or str(error.filename or "")) from error
        raise
    except Exception as error:
        # Imported here, not at the top: the login window must not pay for loading SQLAlchemy.
        from sqlalchemy.exc import DBAPIError

        coded = classify(error, path=path) if isinstance(error, DBAPIError) else None
        if coded is None:
            raise
        raise coded from error
