"""The hash-chained audit log: record an action, verify the chain, list entries."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.locks import hub_write_lock
from desktop.db.models import AuditEntry
from desktop.services.context import Actor

GENESIS = "0" * 64


def _digest(prev_hash: str, seq: int, at: datetime, account_id: str, account_name: str,
            action: str, entity: str, entity_id: str, detail: str) -> str:
    material = json.dumps(
        [prev_hash, seq, at.isoformat(), account_id, account_name, action, entity, entity_id, detail],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor | None, action: str, *, at: datetime,
           entity: str = "", entity_id: str = "", detail: dict[str, Any] | None = None,
           account_name: str | None = None) -> None:
    """Append one entry in the caller's transaction, chained to the previous entry's hash."""
    hub_write_lock(session)  # on a server, two PCs must not both chain onto the same last entry
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    account_id = actor.account_id if actor else ""
    name = account_name if account_name is not None else (actor.username if actor else "")
    text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    # Microseconds dropped: what is hashed must equal what the database gives back.
    at = at.astimezone(UTC).replace(microsecond=0)
    session.add(AuditEntry(
        seq=seq, at=at, account_id=account_id, account_name=name, action=action, entity=entity,
        entity_id=entity_id, detail=text, prev_hash=prev,
        hash=_digest(prev, seq, at, account_id, name, action, entity, entity_id, text),
    ))
    session.flush()


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_bad_seq: int | None

    @property
    def ok(self) -> bool:
        return self.first_bad_seq is None


def verify(session: Session) -> ChainCheck:
    """Walk the chain; the first entry whose hash or link does not match is reported."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for row in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        count += 1
        recomputed = _digest(row.prev_hash, row.seq, row.at, row.account_id or "", row.account_name,
                             row.action, row.entity, row.entity_id, row.detail)
        if row.seq != expected_seq or row.prev_hash != prev or row.hash != recomputed:
            return ChainCheck(count, row.seq)
        prev = row.hash
        expected_seq += 1
    return ChainCheck(count, None)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    account_name: str
    action: str
    entity: str
    entity_id: str
    detail: str


def recent(session: Session, *, limit: int = 200, offset: int = 0) -> list[AuditRow]:
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit).offset(offset)).scalars()
    return [AuditRow(r.seq, r.at, r.account_name, r.action, r.entity, r.entity_id, r.detail) for r in rows]


def count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
