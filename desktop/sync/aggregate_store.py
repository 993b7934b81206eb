"""The national hub keeps each province's aggregates: once per bundle, the newest send of a period in force."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from desktop.db.base import new_id
from desktop.db.models import AggregateValue, ReceivedAggregate
from desktop.domain.problems import DomainError
from desktop.sync.aggregate import Received


@dataclass(frozen=True)
class Stored:
    status: str  # imported | already_imported | older (kept, but a newer send of the period is in force)
    bundle_id: str
    province_unit: str
    province_name: str
    period_code: str
    sequence: int
    replaced: str | None = None  # the earlier send of the same province and period this one replaces


def store_aggregate(session: Session, received: Received, *, now: datetime, actor_id: str) -> Stored:
    """Insert a verified aggregate in the caller's transaction; a second import of the same file changes nothing."""
    env = received.envelope
    r = ReceivedAggregate
    stored = Stored("imported", received.bundle_id, env["sender_unit"], received.province_name, env["period"],
                    env["sequence"])
    same = session.execute(select(r.id, r.payload_sha256, r.sender_device, r.sequence).where(or_(
        r.id == received.bundle_id, r.payload_sha256 == received.payload_sha256,
        (r.sender_device == env["sender_device"]) & (r.sequence == env["sequence"])))).all()
    for row in same:
        if row.id == received.bundle_id and row.payload_sha256 == received.payload_sha256:
            return Stored("already_imported", *_facts(stored))
    for row in same:
        if row.id == received.bundle_id:
            raise DomainError("sync.bundle_id_reused", bundle_id=received.bundle_id)
        if row.payload_sha256 == received.payload_sha256:
            raise DomainError("sync.replay", previous=row.id)
        raise DomainError("sync.sequence_reused", unit=env["sender_unit"], sequence=env["sequence"])
    created = datetime.fromisoformat(env["created_at"])
    current = session.execute(select(r).where(r.province_unit == env["sender_unit"], r.period_code == env["period"],
                                              r.replaced_by.is_(None))).scalars().all()
    newer = [c for c in current if (c.created_at, c.sequence) > (created, env["sequence"])]
    content = received.content
    session.add(ReceivedAggregate(
        id=received.bundle_id, province_unit=env["sender_unit"], province_name=received.province_name,
        sender_device=env["sender_device"], key_id=env["sender_key_id"], sequence=env["sequence"],
        period_code=env["period"], payload_sha256=received.payload_sha256, created_at=created, imported_at=now,
        imported_by=actor_id, programme=content.programme[:2000],
        indicators=json.dumps(list(content.indicators), ensure_ascii=False),
        completeness=json.dumps(list(content.completeness), ensure_ascii=False),
        communes=len({c["unit_code"] for c in content.completeness}),
        communes_reporting=len({c["unit_code"] for c in content.completeness if c["reported"]}),
        replaced_by=newer[0].id if newer else None, replaced_at=now if newer else None))
    session.flush()
    rows = [{"id": new_id(), "aggregate_id": received.bundle_id, "unit_code": v["unit_code"],
             "indicator_code": v["indicator"], "value": v["value"], "numerator": v["numerator"],
             "denominator": v["denominator"], "hidden": v["hidden"], "reported": int(v["reported"])}
            for v in content.values]
    if rows:
        session.execute(insert(AggregateValue), rows)
    if newer:
        return Stored("older", *_facts(stored), replaced=None)
    replaced = None
    for old in current:
        old.replaced_by, old.replaced_at = received.bundle_id, now
        replaced = old.id
    return Stored("imported", *_facts(stored), replaced=replaced)


def _facts(stored: Stored) -> tuple[str, str, str, str, int]:
    return stored.bundle_id, stored.province_unit, stored.province_name, stored.period_code, stored.sequence
