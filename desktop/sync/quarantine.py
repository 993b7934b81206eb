"""Holding back, at the hub, each incoming record that breaks a domain rule (desktop/sync/rules.py).

A held record leaves the merge plan, so it never enters the register nor any figure, and the rest
of the commune's bundle goes in as usual. It waits in `quarantined_records` until a higher version
arrives (held again, or accepted and the hold cleared) or an officer releases it with a reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.db.models import Inspection, QuarantinedRecord
from desktop.domain.problems import DomainError, Problem
from desktop.db.base import new_id
from desktop.sync.derived import rederive
from desktop.sync.bulk_insert import copy_text, insert_columns, sqlite_utc
from desktop.sync.merge import MergePlan
from desktop.sync.payload import converter, table_specs, to_json_value
from desktop.sync.rules import linked_record_problems, record_problems, referral_moves
from desktop.sync.rules_links import load_links


@dataclass(frozen=True)
class HeldRecord:
    """One record held back: where it is from and the rules it breaks."""

    table: str
    record_id: str
    version: int
    problems: tuple[Problem, ...]
    record: dict[str, Any]


# The C encoder with dates handed to to_json_value: exactly payload.content_json's text, several times faster
# (only dates and times are not JSON already). A bundle of junk can hold back every record it has.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=to_json_value).encode


def rules_json(problems: tuple[Problem, ...] | list[Problem]) -> str:
    return _CANONICAL([{"code": p.code, "field": p.field, "params": p.params} for p in problems])


def hold_breaking(session: Session, plan: MergePlan, *, today: date) -> list[HeldRecord]:
    """Take every record breaking a rule out of `plan` (adjusting its counts); return them."""
    held: list[HeldRecord] = []
    days = _inspection_days(session, plan)
    links = load_links(session, plan.tables)  # the other records the linked rules need, in bulk (rules_links.py)
    for table_plan in plan.tables:
        name = table_plan.spec.name
        kept = []
        for record in table_plan.inserts:
            problems = record_problems(name, record, today=today, inspected_on=days.get(record.get("inspection_id", "")))
            problems += linked_record_problems(name, record, links, today=today)
            if problems:
                held.append(HeldRecord(name, record["id"], record["version"], tuple(problems), record))
                if record["deleted_at"] is None:
                    plan.counts.new -= 1
            else:
                kept.append(record)
        if len(kept) != len(table_plan.inserts):
            table_plan.inserts = kept
        if not table_plan.updates:
            continue
        statuses = _stored_statuses(session, table_plan) if name == "referrals" else {}
        kept = []
        for record in table_plan.updates:
            problems = record_problems(name, record, today=today, inspected_on=days.get(record.get("inspection_id", "")))
            problems += linked_record_problems(name, record, links, today=today)
            if record["id"] in statuses and record["deleted_at"] is None:
                problems += referral_moves({"status": statuses[record["id"]]}, record)
            if problems:
                held.append(HeldRecord(name, record["id"], record["version"], tuple(problems), record))
                plan.counts.changed -= 1
            else:
                kept.append(record)
        table_plan.updates = kept
    plan.counts.held = len(held)
    return held


def _inspection_days(session: Session, plan: MergePlan) -> dict[str, date]:
    """The day of each inspection this bundle's violations belong to: from the bundle, else the hub's register.

    One bulk query per bundle (like the referral lifecycle); an inspection the hub has not seen is left out.
    """
    by_name = {tp.spec.name: tp for tp in plan.tables}
    violations = by_name.get("violations")
    if violations is None or not (violations.inserts or violations.updates):
        return {}
    wanted = {r["inspection_id"] for r in (*violations.inserts, *violations.updates) if r.get("inspection_id")}
    days: dict[str, date] = {}
    inspections = by_name.get("inspections")
    if inspections is not None:
        days.update({r["id"]: r["inspected_on"] for r in (*inspections.inserts, *inspections.updates)
                     if r["id"] in wanted and r.get("inspected_on") is not None})
    missing = sorted(wanted - days.keys())
    table = Inspection.__table__
    stmt = select(table.c.id, table.c.inspected_on).where(table.c.id.in_(bindparam("ids", expanding=True)))
    for start in range(0, len(missing), 500):
        days.update(dict(session.execute(stmt, {"ids": missing[start:start + 500]}).all()))
    return days


def _stored_statuses(session: Session, table_plan: Any) -> dict[str, str]:
    table = table_plan.spec.table
    ids = [r["id"] for r in table_plan.updates]
    stmt = select(table.c.id, table.c.status).where(table.c.id.in_(bindparam("ids", expanding=True)))
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        found.update(dict(session.execute(stmt, {"ids": ids[start:start + 500]}).all()))
    return found


_HELD_COLUMNS = ("id", "table_name", "record_id", "record_version", "origin_unit", "bundle_id", "rules", "content",
                 "status", "held_at", "released_by", "released_at", "release_reason")


def store_held(session: Session, plan: MergePlan, held: list[HeldRecord], *, origin_unit: str, bundle_id: str,
               now: datetime) -> None:
    """Clear holds that a higher version replaces, then hold this bundle's breaking records.

    One query for the commune's open holds (a handful), none per record.
    """
    q = QuarantinedRecord
    open_holds = {(row.table_name, row.record_id): (row.id, row.record_version) for row in session.execute(
        select(q.id, q.table_name, q.record_id, q.record_version).where(q.origin_unit == origin_unit,
                                                                       q.status == "held"))}
    replaced = []
    same_again = set()
    if open_holds:
        arriving = [(tp.spec.name, r["id"], r["version"]) for tp in plan.tables for r in (*tp.inserts, *tp.updates)]
        arriving += [(h.table, h.record_id, h.version) for h in held]
        for table, record_id, version in arriving:
            hold = open_holds.get((table, record_id))
            if hold is None:
                continue
            if version > hold[1]:
                replaced.append(hold[0])
            elif version == hold[1]:
                same_again.add((table, record_id))  # a full re-send of what is already held
    if replaced:
        session.execute(update(q).where(q.id.in_(bindparam("ids", expanding=True))).values(
            status="replaced", released_at=now), {"ids": replaced})
    fresh = [h for h in held if (h.table, h.record_id) not in same_again]
    if not fresh:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # Straight through the driver, as bulk_insert.insert_new does: a bundle of junk may hold every record it has.
        stamp = sqlite_utc(now)
        connection.exec_driver_sql(
            "INSERT INTO quarantined_records (id, table_name, record_id, record_version, origin_unit, bundle_id, "
            "rules, content, status, held_at, released_by, released_at, release_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'held', ?, '', NULL, '')",
            [(new_id(), h.table, h.record_id, h.version, origin_unit, bundle_id, rules_json(h.problems),
              _CANONICAL(h.record), stamp) for h in fresh])
        return
    if connection.dialect.name == "postgresql":
        # As merge.apply_merge does on a server (bulk_insert.insert_columns): one array per column, one round trip; naive UTC as UTCDateTime stores it.
        count = len(fresh)
        columns: list[list[Any]] = [
            [new_id() for _ in fresh], [h.table for h in fresh], [h.record_id for h in fresh],
            [h.version for h in fresh], [origin_unit] * count, [bundle_id] * count,
            [rules_json(h.problems) for h in fresh], [_CANONICAL(h.record) for h in fresh], ["held"] * count,
            [now.astimezone(UTC).replace(tzinfo=None)] * count, [""] * count, [None] * count, [""] * count]
        insert_columns(connection, [("quarantined_records", _HELD_COLUMNS, copy_text(columns) or columns)])
        return
    session.execute(insert(q.__table__), [dict(
        id=new_id(), table_name=h.table, record_id=h.record_id, record_version=h.version, origin_unit=origin_unit,
        bundle_id=bundle_id, rules=rules_json(h.problems), content=_CANONICAL(h.record), status="held", held_at=now,
        released_by="", released_at=None, release_reason="") for h in fresh])


def release(session: Session, hold_id: str, *, reason: str, now: datetime, actor_id: str) -> QuarantinedRecord:
    """Write a held record into the register as the commune sent it; the reason is kept with the hold."""
    if not reason.strip():
        raise DomainError("sync.quarantine_reason_required")
    row = session.get(QuarantinedRecord, hold_id)
    if row is None or row.status != "held":
        raise DomainError("sync.quarantine_not_found")
    spec = table_specs()[row.table_name]
    raw = json.loads(row.content)
    values = {c.name: converter(c)(raw[c.name]) if c.name in raw else c.default for c in spec.columns}
    rederive(spec.name, values)  # a hold stored before the hub folded search texts itself
    table = spec.table
    stored = session.execute(select(table.c.version).where(table.c.id == row.record_id)).scalar_one_or_none()
    if stored is None:
        session.execute(insert(table), [{**spec.local_defaults, **values}])
    elif stored < row.record_version:
        session.execute(update(table).where(table.c.id == row.record_id)
                        .values({k: v for k, v in values.items() if k != "id"}))
    row.status = "released"
    row.released_by = actor_id
    row.released_at = now
    row.release_reason = reason.strip()[:2000]
    session.flush()
    return row


def held_counts(session: Session) -> dict[str, int]:
    """Records held back per commune (origin unit), for the completeness view."""
    q = QuarantinedRecord
    counts: dict[str, int] = {}
    for origin, in session.execute(select(q.origin_unit).where(q.status == "held")):
        counts[origin] = counts.get(origin, 0) + 1
    return counts
