"""Unit-of-work helpers for the records that travel to the hub: new, edit with a version check, delete.

Each service used to write these steps out by hand; here they are written once, so every synced
record gets the same origin fields, the same stale-edit refusal and an audit entry in the same
transaction. They run inside `with register.uow(write=True) as uow:`; the caller commits once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, Protocol

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


def new_record[R: SyncedRow](session: Session, model: type[R], *, actor: Actor, office: OfficeInfo, now: datetime,
                             **values: Any) -> R:
    """A new row of `model` made here: this office and PC as its origin, the actor as author, version 1, made and
    changed `now` (so a child row saved without an audit entry of its own is stamped too); `values` fill its fields."""
    row = model(origin_unit=office.origin_unit, origin_device=office.device_id,  # type: ignore[call-arg]  # every Synced model takes these
                created_at=now, updated_at=now, author=actor.account_id, version=1, **values)
    session.add(row)
    return row


def edit_record[R: SyncedRow](row: R, *, actor: Actor, now: datetime, expected_version: int | None = None,
                              stale: str = "") -> R:
    """Refuse an edit made on an old copy (someone saved the record since the form opened: `stale` is
    the area's error code, named by every caller that passes `expected_version`), else note the change:
    the version goes up so the hub's merge sees it."""
    if expected_version is not None and row.version != expected_version:
        raise DomainError(stale)
    row.record_change(author=actor.account_id, at=now)
    return row


def new_or_edited[R: SyncedRow](session: Session, model: type[R], record_id: str | None, *,
                                live: Callable[[Session, str], R], actor: Actor, office: OfficeInfo, now: datetime,
                                expected_version: int | None = None, stale: str = "") -> R:
    """What a create-or-update form saves into: a new row when `record_id` is None, else the live row (`live`
    raises the area's not-found) edited as `edit_record` does."""
    if record_id is None:
        return new_record(session, model, actor=actor, office=office, now=now)
    return edit_record(live(session, record_id), actor=actor, now=now, expected_version=expected_version, stale=stale)


def saved(session: Session, row: SyncedRow, *, actor: Actor, now: datetime, action: str, entity: str,
          detail: dict[str, Any] | None = None, entity_id: str | None = None) -> None:
    """After the fields are set: stamp the change, give a new row its id, and write the audit entry (about the
    row itself unless `entity_id` names the record the action is filed under, e.g. a consent under its client)."""
    row.updated_at = now
    session.flush()
    audit.record(session, actor, action, at=now, entity=entity, entity_id=row.id if entity_id is None else entity_id,
                 detail=detail)


def delete_record(session: Session, row: SyncedRow, *, actor: Actor, now: datetime, action: str,
                  entity: str, detail: dict[str, Any] | None = None) -> None:
    """A tombstone, not a hard delete, so the deletion travels to the hub (DESIGN §4), with its audit entry."""
    row.tombstone(author=actor.account_id, at=now)
    audit.record(session, actor, action, at=now, entity=entity, entity_id=row.id, detail=detail)


def bury(rows: Iterable[SyncedRow], *, actor: Actor, now: datetime) -> None:
    """Tombstones for child rows (a roster, a plan's entries, an inspection's results) replaced or deleted with
    their parent: the parent's own audit entry covers them."""
    for row in rows:
        row.tombstone(author=actor.account_id, at=now)
