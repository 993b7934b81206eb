"""One writer at a time on a hub's PostgreSQL server: a transaction-scoped advisory lock.

Several analysts' PCs share one database. The audit log is a hash chain (each entry names the one
before it), imports check "already imported?" before writing, and a conflict is resolved once: each
needs the writers one after another. The lock is held until the transaction ends, so a second
analyst's import waits for the first one's commit and then sees it. On SQLite the database itself
admits one writer and the instance lock keeps a second process away; there this is a no-op.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

HUB_WRITES = 0x484E_0002  # "HN" and a number: an application-chosen advisory lock key


def hub_write_lock(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": HUB_WRITES})
