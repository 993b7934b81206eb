"""Unit-of-work helpers for the records that travel to the hub: new, edit with a version check, delete.

Each service used to write these steps out by hand; here they are written once, so every synced
record gets the same origin fields, the same stale-edit refusal and an audit entry in the same
transaction. They run inside `with register.uow(write=True) as uow:`; the caller commits once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.domain.problems import DomainError
from desktop.services import audit
from desktop.services.context import Actor
from desktop.services.register import OfficeInfo


class SyncedRow(Protocol):
    """What desktop.db.base.Synced gives every synced model."""

    id: str
    version: int
    updated_at: datetime

    def record_change(self, *, author: str, at: datetime) -> None: ...

    def tombstone(self, *, author: str, at: datetime) -> None: ...


def new_record[R: SyncedRow](session: Session, model: type[R], *, actor: Actor, office: OfficeInfo, now: datetime) -> R:
    """A new row of `model` made here: this office and PC as its origin, the actor as author, version 1."""
    row = model(origin_unit=office.origin_unit, origin_device=office.device_id,  # type: ignore[call-arg]  # every Synced model takes these
                created_at=now, author=actor.account_id, version=1)
    session.add(row)
    return row


def edit_record[R: SyncedRow](row: R, *, actor: Actor, now: datetime, expected_version: int | None, stale: str) -> R:
    """Refuse an edit made on an old copy (someone saved the record since the form opened: `stale` is
    the area's error code), else note the change: the version goes up so the hub's merge sees it."""
    if expected_version is not None and row.version != expected_version:
        raise DomainError(stale)
    row.record_change(author=actor.account_id, at=now)
    return row


def saved(session: Session, row: SyncedRow, *, actor: Actor, now: datetime, action: str, entity: str) -> None:
    """After the fields are set: stamp the change, give a new row its id, and write the audit entry."""
    row.updated_at = now
    session.flush()
    audit.record(session, actor, action, at=now, entity=entity, entity_id=row.id)


def delete_record(session: Session, row: SyncedRow, *, actor: Actor, now: datetime, action: str,
                  entity: str) -> None:
    """A tombstone, not a hard delete, so the deletion travels to the hub (DESIGN §4), with its audit entry."""
    row.tombstone(author=actor.account_id, at=now)
    audit.record(session, actor, action, at=now, entity=entity, entity_id=row.id)
