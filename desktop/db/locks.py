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
_HELD_IN = "db.hub_write_lock.held_in"  # session.info: the root transaction that holds the lock


def hub_write_lock(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    root = session.get_transaction()
    if root is not None and session.info.get(_HELD_IN) is root:
        # Taken earlier in this transaction and held until it ends: a batch of bundles (each bundle
        # and its audit entry asks) would otherwise pay a round trip to the server each time.
        return
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": HUB_WRITES})
    if not session.in_nested_transaction():
        # Only a lock taken outside a savepoint is remembered: one taken inside is given back
        # if that savepoint rolls back.
        session.info[_HELD_IN] = root
