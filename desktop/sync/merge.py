"""Merging a checked bundle's records into this register by version, with conflicts and erasures."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import bindparam, delete, insert, select, text, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from desktop.db.locks import hub_write_lock
from desktop.db.models import SyncConflict
from desktop.domain.problems import DomainError
from desktop.sync.bulk_insert import insert_columns, insert_new, records_copy_text, stored_columns
from desktop.sync.derived import rederive
from desktop.sync.payload import TableSpec, content_json, converter, table_specs
from desktop.sync.validation import IncomingTable

ERASURES = "erasures"  # the clients area's marker table: entity (table name) + entity_id
_CHUNK = 500  # well under every SQLite build's limit on bound parameters


@dataclass
class MergeCounts:
    new: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0
    unchanged: int = 0
    erased: int = 0  # records hard-deleted here because an erasure marker arrived
    held: int = 0  # records breaking a domain rule, held back at the hub (sync/quarantine.py)


@dataclass
class TablePlan:
    spec: TableSpec
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (local, incoming)


@dataclass
class MergePlan:
    tables: list[TablePlan]
    erasures: list[tuple[str, str]]  # (table, record id) to hard-delete with its children
    counts: MergeCounts


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _existing(session: Session, spec: TableSpec, ids: Sequence[str],
              present: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The stored travelling columns of those `ids` already here (at a hub, usually none).

    `present`: those of `ids` already here, when the caller looked them up beforehand (`_lookup`).
    """
    if present is None:
        present = _present(session, spec, ids)
    if not present:
        return {}
    names = spec.column_names
    stmt = select(*(spec.table.c[name] for name in names)).where(
        spec.table.c.id.in_(bindparam("ids", expanding=True)))
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(present):
        for row in session.execute(stmt, {"ids": list(chunk)}):
            values = dict(zip(names, row, strict=True))
            found[values["id"]] = values
    return found


def _lookup(session: Session, incoming: list[IncomingTable]) -> tuple[dict[str, list[str]], set[tuple[str, str]]] | None:
    """PostgreSQL: which incoming ids each table already holds, and every erasure, in one round trip.

    A bundle carries up to a dozen tables; one statement per table was a dozen waits on the server
    per bundle (on a busy server, more than the checks themselves). None on other engines.
    """
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return None
    quote = connection.dialect.identifier_preparer.quote
    parts: list[str] = []
    params: dict[str, list[str]] = {}
    for number, batch in enumerate(incoming):
        parts.append(f"SELECT {number}, id, '' FROM {quote(batch.spec.name)} WHERE id = ANY(%(ids{number})s)")
        params[f"ids{number}"] = [r["id"] for r in batch.records]
    if ERASURES in table_specs():
        parts.append(f"SELECT -1, entity_id, entity FROM {quote(ERASURES)}")
    present: dict[str, list[str]] = {batch.spec.name: [] for batch in incoming}
    erased: set[tuple[str, str]] = set()
    raw: Any = connection.connection.dbapi_connection  # psycopg's own connection: open, in a session
    found: list[Any] = []
    if parts:
        # The tables grow all through a province's import and are not analysed meanwhile: the planner,
        # going by their size when last measured, scans each whole (EXPLAIN ANALYZE: 12 sequential scans,
        # the server's cost growing with every bundle). Sequential scans are turned off for this one
        # statement, in the same round trip (several statements, hence values bound here by the driver):
        # the ids are probed through their primary keys.
        from psycopg import ClientCursor  # only a hub on a server gets here

        with ClientCursor(raw) as cursor:
            cursor.execute(f"SET LOCAL enable_seqscan = off; {' UNION ALL '.join(parts)}; "
                           "SET LOCAL enable_seqscan TO DEFAULT", params)
            cursor.nextset()
            found = cursor.fetchall()
    for number, record_id, entity in found:
        if number < 0:
            erased.add((entity, record_id))
        else:
            present[incoming[number].spec.name].append(record_id)
    return present, erased


def _present(session: Session, spec: TableSpec, ids: Sequence[str]) -> list[str]:
    # Probing through the driver's own cursor on SQLite: the statement machinery costs more than the lookups.
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        stmt = select(spec.table.c.id).where(spec.table.c.id.in_(bindparam("ids", expanding=True)))
        return [row[0] for chunk in _chunks(ids) for row in session.execute(stmt, {"ids": list(chunk)})]
    table = connection.dialect.identifier_preparer.quote(spec.name)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]  # open: in a session
    found: list[str] = []
    try:
        for chunk in _chunks(ids):
            sql = f"SELECT id FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})"
            found.extend(row[0] for row in cursor.execute(sql, tuple(chunk)))
    finally:
        cursor.close()
    return found


def _erased(session: Session, incoming: list[IncomingTable],
            known: set[tuple[str, str]] | None = None) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
    """What has been erased (here or by this bundle), and the markers this bundle brings.

    `known`: the erasures stored here, when the caller read them already (`_lookup`).
    """
    specs = table_specs()
    if ERASURES not in specs:
        return set(), []
    if known is None:
        table = specs[ERASURES].table
        known = {(entity, entity_id) for entity, entity_id in session.execute(select(table.c.entity, table.c.entity_id))}
    markers = []
    for batch in incoming:
        if batch.spec.name != ERASURES:
            continue
        for number, record in enumerate(batch.records, start=1):
            if record["entity"] not in specs or record["entity"] == ERASURES:
                raise DomainError("sync.erasure_bad_target", line=number, table=str(record["entity"])[:40])
            markers.append((record["entity"], record["entity_id"]))
    return known | set(markers), markers


def plan_merge(session: Session, incoming: list[IncomingTable], *, sender_origin: str) -> MergePlan:
    """Decide, without writing, what each incoming record does: insert, update, nothing, or conflict.

    Higher version wins. An equal version with other content, or a lower version that is not
    simply older (a restored backup edited again), goes to the conflict queue. A lower and
    older version is a bundle that arrived out of order and is skipped.
    """
    looked_up = _lookup(session, incoming)
    erased, markers = _erased(session, incoming, None if looked_up is None else looked_up[1])
    counts = MergeCounts()
    plans = []
    for batch in incoming:
        spec = batch.spec
        plan = TablePlan(spec)
        existing = _existing(session, spec, [r["id"] for r in batch.records],
                             None if looked_up is None else looked_up[0][spec.name])
        if not existing and not erased:
            # The usual case at a hub: every record is new here.
            plan.inserts = list(batch.records)
            deleted = sum(1 for r in batch.records if r["deleted_at"] is not None)
            counts.deleted += deleted
            counts.new += len(batch.records) - deleted
            plans.append(plan)
            continue
        for record in batch.records:
            record_id = record["id"]
            if erased and spec.name != ERASURES and (
                (spec.name, record_id) in erased
                or any((parent, record[column]) in erased for column, parent in spec.references)
            ):
                # An older bundle must not bring an erased person back, nor their children.
                erased.add((spec.name, record_id))
                counts.unchanged += 1
                continue
            local = existing.get(record_id)
            if local is None:
                plan.inserts.append(record)
                if record["deleted_at"] is not None:
                    counts.deleted += 1
                else:
                    counts.new += 1
                continue
            if local["origin_unit"] != sender_origin:
                raise DomainError("sync.foreign_record", table=spec.name, record=record_id, owner=local["origin_unit"])
            if record["version"] > local["version"]:
                plan.updates.append(record)
                if record["deleted_at"] is not None and local["deleted_at"] is None:
                    counts.deleted += 1
                else:
                    counts.changed += 1
            elif record["version"] == local["version"]:
                if content_json(record) == content_json(local):
                    counts.unchanged += 1
                else:
                    plan.conflicts.append((local, record))
                    counts.conflicts += 1
            elif record["updated_at"] <= local["updated_at"]:
                counts.unchanged += 1
            else:
                plan.conflicts.append((local, record))
                counts.conflicts += 1
        plans.append(plan)
    targets = _erasure_targets(session, markers, sender_origin=sender_origin)
    counts.erased = len(targets)
    return MergePlan(plans, targets, counts)


def _erasure_targets(session: Session, markers: list[tuple[str, str]], *, sender_origin: str) -> list[tuple[str, str]]:
    specs = table_specs()
    targets = []
    for entity, entity_id in markers:
        table = specs[entity].table
        owner = session.execute(select(table.c.origin_unit).where(table.c.id == entity_id)).scalar_one_or_none()
        if owner is None:
            continue
        if owner != sender_origin:
            raise DomainError("sync.foreign_record", table=entity, record=entity_id, owner=owner)
        targets.append((entity, entity_id))
    return targets


def apply_merge(session: Session, plan: MergePlan, *, bundle_id: str, now: datetime) -> None:
    """Write the plan in the caller's transaction: inserts, updates, conflicts, then erasures.

    On PostgreSQL every table's new records go first, in one round trip (`insert_columns`): no
    foreign keys tie synced tables together there, and an update only touches a record already here.
    """
    connection = session.connection()
    server = connection.dialect.name == "postgresql"
    if server:
        insert_columns(connection, [
            (tp.spec.name, [*tp.spec.column_names, *tp.spec.local_defaults],
             records_copy_text(tp.spec, tp.inserts, connection.dialect)
             or stored_columns(tp.spec, tp.inserts, connection.dialect)) for tp in plan.tables if tp.inserts])
    for table_plan in plan.tables:
        spec = table_plan.spec
        if table_plan.inserts and not server:
            insert_new(session, spec, table_plan.inserts)
        if table_plan.updates:
            names = [name for name in spec.column_names if name != "id"]
            stmt = (update(spec.table).where(spec.table.c.id == bindparam("record_id"))
                    .values({name: bindparam(name) for name in names}))
            session.execute(stmt, [{"record_id": r["id"], **{n: r[n] for n in names}} for r in table_plan.updates])
        _queue_conflicts(session, spec, table_plan.conflicts, bundle_id=bundle_id, now=now)
    if plan.erasures and session.connection().dialect.name == "sqlite":
        # As at the commune: freed pages are overwritten, not merely unlinked.
        session.execute(text("PRAGMA secure_delete = ON"))
    for entity, entity_id in plan.erasures:
        hard_delete(session, entity, [entity_id])


def _queue_conflicts(session: Session, spec: TableSpec, pairs: list[tuple[dict[str, Any], dict[str, Any]]], *,
                     bundle_id: str, now: datetime) -> None:
    if not pairs:
        return
    ids = [incoming["id"] for _, incoming in pairs]
    already: set[tuple[Any, ...]] = set()
    for chunk in _chunks(ids):
        stmt = select(SyncConflict.record_id, SyncConflict.incoming_version, SyncConflict.incoming_content).where(
            SyncConflict.table_name == spec.name, SyncConflict.status == "open", SyncConflict.record_id.in_(chunk))
        already.update(tuple(row) for row in session.execute(stmt))
    for local, incoming in pairs:
        content = content_json(incoming)
        if (incoming["id"], incoming["version"], content) in already:
            continue  # the same disagreement re-sent (a full re-send): one queue entry is enough
        session.add(SyncConflict(table_name=spec.name, record_id=incoming["id"], origin_unit=incoming["origin_unit"],
                                 bundle_id=bundle_id, local_version=local["version"], local_content=content_json(local),
                                 incoming_version=incoming["version"], incoming_content=content, status="open",
                                 detected_at=now))
    session.flush()


def hard_delete(session: Session, table_name: str, ids: Sequence[str], *, depth: int = 0) -> int:
    """Delete records and, first, every synced record that refers to them; queued conflicts too.

    Done explicitly rather than through ON DELETE CASCADE: the hub applies bundles with
    foreign keys relaxed (see importer), and erasure must reach every table all the same.
    """
    if not ids or depth > 8:
        return 0
    specs = table_specs()
    removed = 0
    for child in specs.values():
        for column, parent in child.references:
            if parent != table_name:
                continue
            child_ids = [row[0] for chunk in _chunks(ids) for row in
                         session.execute(select(child.table.c.id).where(child.table.c[column].in_(chunk)))]
            removed += hard_delete(session, child.name, child_ids, depth=depth + 1)
    table = specs[table_name].table
    for chunk in _chunks(ids):
        removed += cast(CursorResult[Any], session.execute(delete(table).where(table.c.id.in_(chunk)))).rowcount or 0
        session.execute(delete(SyncConflict).where(SyncConflict.table_name == table_name,
                                                   SyncConflict.record_id.in_(chunk)))
    return removed


def resolve_conflict(session: Session, conflict_id: str, *, choose: str, now: datetime, actor_id: str) -> SyncConflict:
    """Keep this register's version, or adopt the incoming one exactly as the commune sent it."""
    if choose not in ("local", "incoming"):
        raise DomainError("sync.conflict_bad_choice")
    hub_write_lock(session)  # two analysts on one conflict: the second finds it resolved
    conflict = session.get(SyncConflict, conflict_id, populate_existing=True)
    if conflict is None or conflict.status != "open":
        raise DomainError("sync.conflict_not_found")
    if choose == "incoming":
        spec = table_specs()[conflict.table_name]
        raw = json.loads(conflict.incoming_content)
        values = {c.name: converter(c)(raw[c.name]) if c.name in raw else c.default for c in spec.columns}
        rederive(spec.name, values)  # a conflict queued before the hub folded search texts itself
        table = spec.table
        exists = session.execute(select(table.c.id).where(table.c.id == conflict.record_id)).first()
        if exists is None:
            session.execute(insert(table), [{**spec.local_defaults, **values}])
        else:
            session.execute(update(table).where(table.c.id == conflict.record_id)
                            .values({k: v for k, v in values.items() if k != "id"}))
    conflict.status = "resolved"
    conflict.resolution = choose
    conflict.resolved_by = actor_id
    conflict.resolved_at = now
    session.flush()
    return conflict
