"""Importing a bundle at the hub: every check first, then one transaction; a dry run stops before writing."""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, insert, or_, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session, SessionTransaction

from desktop.db import server_schema
from desktop.db.locks import hub_write_lock
from desktop.db.models import AdminUnit, ImportedBundle
from desktop.db.uow import WRITE_INTENT
from desktop.domain.problems import DomainError
from desktop.sync import age_crypto, minisign
from desktop.sync.cards import trusted_card
from desktop.sync.container import MANIFEST_NAME, read_container, read_inner_payload
from desktop.sync.derived import rederive_incoming
from desktop.sync.export import bundle_comment
from desktop.sync.keys import all_identities, own_office, own_signing_keys
from desktop.sync.merge import MergeCounts, apply_merge, plan_merge
from desktop.sync.minisign import PublicKey
from desktop.sync.format import CURRENT, OLDEST
from desktop.sync.format.upgrade import upgrade_payload
from desktop.sync.payload import parse_manifest, sha256
from desktop.sync.quarantine import HeldRecord, hold_breaking, store_held
from desktop.sync.rules import check_day
from desktop.sync.state import missing_sequences
from desktop.sync.validation import IncomingTable, check_closures, check_files, parse_tables

_KEY_ID = re.compile(r"[0-9A-F]{16}")
# Page cache while importing (SQLite's default is 2 MB): hot index pages stay decrypted in memory.
IMPORT_CACHE_KIB = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on what a bundle may make us read; a commune-year is a few MB, these are far above."""

    max_payload_bytes: int = 128 * 1024 * 1024
    max_expanded_bytes: int = 512 * 1024 * 1024
    # JSON lines deflate about 5-10 times; a payload inflating far more is a bomb, whatever it declares.
    expansion_ratio: int = 100


@dataclass(frozen=True)
class Envelope:
    format: int  # the payload's format version, OLDEST..CURRENT
    bundle_id: str
    sender_unit: str
    sender_device: str
    key_id: str
    sequence: int
    part: int
    parts: int
    created_at: datetime
    raw: dict[str, Any]


@dataclass(frozen=True)
class Counts:
    new: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0
    unchanged: int = 0
    erased: int = 0
    held: int = 0


@dataclass(frozen=True)
class BundleReport:
    """What a bundle holds or did: shown in the preview, the per-bundle result and the CLI."""

    status: str  # preview | imported | already_imported | verified
    bundle_id: str
    sender_unit: str
    sender_name: str
    sender_device: str
    sequence: int
    part: int
    parts: int
    created_at: datetime
    periods: tuple[str, ...]
    periods_closed: tuple[str, ...]
    records: int
    counts: Counts
    missing: tuple[int, ...]  # this device's sequence numbers still not received
    held: tuple[HeldRecord, ...] = ()  # records breaking a domain rule: held back (or would be, in a preview)


@dataclass(frozen=True)
class _Unpacked:
    manifest: dict[str, Any]
    incoming: list[IncomingTable]


def _envelope(raw: dict[str, Any]) -> Envelope:
    version: Any = raw.get("format")  # unchecked JSON until `checks` below
    if type(version) is int and version > CURRENT:
        # Written by a newer release: the commune keeps the file (and its outbox) until this hub is updated.
        raise DomainError("sync.format_unsupported", version=version, supported=CURRENT)
    try:
        created_at = datetime.fromisoformat(raw["created_at"])
        checks = (
            type(version) is int and OLDEST <= version and raw.get("kind", "bundle") == "bundle",
            str(uuid.UUID(raw["bundle_id"])) == raw["bundle_id"],
            isinstance(raw["sender_unit"], str) and 0 < len(raw["sender_unit"]) <= 24,
            isinstance(raw["sender_device"], str) and 0 < len(raw["sender_device"]) <= 36,
            isinstance(raw["sender_key_id"], str) and _KEY_ID.fullmatch(raw["sender_key_id"]) is not None,
            type(raw["sequence"]) is int and 1 <= raw["sequence"] < 2**31,
            type(raw.get("part", 1)) is int and type(raw.get("parts", 1)) is int
            and 1 <= raw.get("part", 1) <= raw.get("parts", 1) < 10_000,
            created_at.tzinfo is not None,
            isinstance(raw["recipients"], list) and all(isinstance(r, str) for r in raw["recipients"]),
        )
    except (ValueError, TypeError, AttributeError):
        raise DomainError("sync.envelope_malformed") from None
    if not all(checks):
        raise DomainError("sync.envelope_malformed")
    return Envelope(version, raw["bundle_id"], raw["sender_unit"], raw["sender_device"], raw["sender_key_id"], raw["sequence"],
                    raw.get("part", 1), raw.get("parts", 1), created_at, raw)


def _authenticate(source: Path | bytes, limits: Limits,
                  public_key_for: Callable[[Envelope], PublicKey]) -> tuple[Envelope, bytes]:
    """Container, envelope, trusted key, signature, and the envelope bound to the signed comment."""
    container = read_container(source, max_payload_bytes=limits.max_payload_bytes)
    envelope = _envelope(container.envelope)
    comment = minisign.verify(public_key_for(envelope), container.payload, container.signature)
    if comment != bundle_comment(envelope.raw):
        raise DomainError("sync.envelope_mismatch")
    return envelope, container.payload


def _unpack(payload: bytes, envelope: Envelope, *, identities: list[str], limits: Limits) -> _Unpacked:
    """Decrypt, then check the manifest against the envelope, the files against the manifest, every record."""
    inner = age_crypto.decrypt(payload, identities)
    budget = min(limits.max_expanded_bytes, max(len(inner) * limits.expansion_ratio, 1024 * 1024))
    files = read_inner_payload(inner, max_total=budget)
    manifest = parse_manifest(files[MANIFEST_NAME], version=envelope.format)
    for field in ("bundle_id", "sender_unit", "sender_device", "sequence", "part", "parts", "created_at"):
        if manifest[field] != envelope.raw.get(field, 1):
            raise DomainError("sync.manifest_mismatch", field=field)
    # The format decides what the payload holds; the sender's database revision is information only.
    tables = check_files(files, manifest, version=envelope.format)
    manifest, tables = upgrade_payload(envelope.format, manifest, tables)
    incoming = parse_tables(tables, manifest, sender_origin=envelope.sender_unit)
    rederive_incoming(incoming)  # the hub folds search texts itself, never trusting the sender's
    check_closures(manifest, incoming)
    return _Unpacked(manifest, incoming)


def _check_chain(envelope: Envelope, manifest: dict[str, Any], payload_sha: str, history: list[Any]) -> None:
    """The previous-bundle hash links this bundle to its neighbours already here, in either order."""
    previous_sha = manifest["previous_sha256"]
    broken = envelope.sequence == 1 and previous_sha != ""
    for neighbour in history:
        if neighbour.sequence == envelope.sequence - 1 and neighbour.payload_sha256 != previous_sha:
            broken = True
        if neighbour.sequence == envelope.sequence + 1 and neighbour.previous_sha256 != payload_sha:
            broken = True
    if broken:
        raise DomainError("sync.chain_broken", unit=envelope.sender_unit, sequence=envelope.sequence)


def _report(status: str, envelope: Envelope, *, sender_name: str, manifest: dict[str, Any] | None,
            counts: MergeCounts | Counts, missing: tuple[int, ...], held: tuple[HeldRecord, ...] = ()) -> BundleReport:
    closures = tuple(c.get("period", "") for c in manifest["period_closures"]) if manifest else ()
    records = sum(f["records"] for f in manifest["files"].values()) if manifest else 0
    return BundleReport(status, envelope.bundle_id, envelope.sender_unit, sender_name, envelope.sender_device,
                        envelope.sequence, envelope.part, envelope.parts, envelope.created_at,
                        tuple(manifest["periods"]) if manifest else (), closures, records, Counts(**asdict(counts)),
                        missing, held)


def _history(session: Session, envelope: Envelope, payload_sha: str) -> tuple[list[Any], list[Any]]:
    """(bundles sharing this id or payload, bundles from this device): one query for every replay check."""
    b = ImportedBundle
    rows = session.execute(select(b.id, b.sender_device, b.sequence, b.payload_sha256, b.previous_sha256).where(
        or_(b.id == envelope.bundle_id, b.payload_sha256 == payload_sha, b.sender_device == envelope.sender_device)
    )).all()
    same = [r for r in rows if r.id == envelope.bundle_id or r.payload_sha256 == payload_sha]
    return same, [r for r in rows if r.sender_device == envelope.sender_device]


def _missing(device: list[Any], envelope: Envelope, *, including: bool) -> tuple[int, ...]:
    received = [r.sequence for r in device]
    return missing_sequences([*received, envelope.sequence] if including else received)


def _cached(session: Session, key: str, load: Callable[[], Any]) -> Any:
    # Office role and decryption identities do not change during an import of many bundles.
    if key not in session.info:
        session.info[key] = load()
    return session.info[key]


def _imported(envelope: Envelope, manifest: dict[str, Any], counts: MergeCounts, *, payload_sha: str, now: datetime,
              actor_id: str) -> dict[str, Any]:
    return dict(
        id=envelope.bundle_id, sender_unit=envelope.sender_unit, sender_device=envelope.sender_device,
        key_id=envelope.key_id, sequence=envelope.sequence, payload_sha256=payload_sha,
        previous_sha256=manifest["previous_sha256"], schema_version=manifest["schema_version"][:32],
        periods=json.dumps(manifest["periods"]), created_at=envelope.created_at, imported_at=now,
        imported_by=actor_id, new_count=counts.new, changed_count=counts.changed, deleted_count=counts.deleted,
        conflict_count=counts.conflicts, unchanged_count=counts.unchanged)


def import_bundle(session: Session, source: Path | bytes, *, now: datetime, actor_id: str, dry_run: bool = False,
                  limits: Limits = Limits()) -> BundleReport:
    """Check a commune's bundle completely, then merge it into the caller's transaction (unless dry run).

    Every refusal is a DomainError raised before the first write, so the caller's rollback
    leaves the register exactly as it was.
    """
    if _cached(session, "sync.office_role", lambda: own_office(session).role) != "hub":
        raise DomainError("sync.hub_only")
    cards: dict[str, Any] = {}

    def public_key_for(envelope: Envelope) -> PublicKey:
        card = trusted_card(session, envelope.key_id, role="commune")
        if card.origin_unit != envelope.sender_unit or card.device_id != envelope.sender_device:
            raise DomainError("sync.sender_mismatch", claimed=envelope.sender_unit, actual=card.origin_unit)
        cards["card"] = card
        return PublicKey.from_minisign(card.minisign_public)

    envelope, payload = _authenticate(source, limits, public_key_for)
    sender_name = cards["card"].unit_name
    payload_sha = sha256(payload)
    if not dry_run:
        # Before "already imported?": the same bundle imported at the same moment from another PC
        # waits here for the first import's commit and then finds it (PostgreSQL; a no-op on SQLite).
        hub_write_lock(session)
    same, device = _history(session, envelope, payload_sha)
    for earlier in same:
        if earlier.id == envelope.bundle_id and earlier.payload_sha256 == payload_sha:
            return _report("already_imported", envelope, sender_name=sender_name, manifest=None, counts=Counts(),
                           missing=_missing(device, envelope, including=False))
    for earlier in same:
        if earlier.id == envelope.bundle_id:
            raise DomainError("sync.bundle_id_reused", bundle_id=envelope.bundle_id)
        raise DomainError("sync.replay", previous=earlier.id)
    if any(r.sequence == envelope.sequence for r in device):
        raise DomainError("sync.sequence_reused", unit=envelope.sender_unit, sequence=envelope.sequence)
    identities = _cached(session, "sync.identities", lambda: all_identities(session))
    unpacked = _unpack(payload, envelope, identities=identities, limits=limits)
    _check_chain(envelope, unpacked.manifest, payload_sha, device)
    plan = plan_merge(session, unpacked.incoming, sender_origin=envelope.sender_unit)
    # The domain's rules on every record: a breaking record is held back, the rest goes in.
    held = tuple(hold_breaking(session, plan, today=check_day(envelope.created_at)))
    if dry_run:
        return _report("preview", envelope, sender_name=sender_name, manifest=unpacked.manifest, counts=plan.counts,
                       missing=_missing(device, envelope, including=True), held=held)
    try:
        apply_merge(session, plan, bundle_id=envelope.bundle_id, now=now)
        store_held(session, plan, list(held), origin_unit=envelope.sender_unit, bundle_id=envelope.bundle_id, now=now)
        session.execute(insert(ImportedBundle.__table__), [_imported(
            envelope, unpacked.manifest, plan.counts, payload_sha=payload_sha, now=now, actor_id=actor_id)])
    except (IntegrityError, DataError) as error:
        # Checks above should leave nothing for the database to refuse; if it still does (a
        # unique code taken by another commune's record), the caller's rollback undoes it all.
        raise DomainError("sync.apply_failed", detail=type(error.orig).__name__) from None
    return _report("imported", envelope, sender_name=sender_name, manifest=unpacked.manifest, counts=plan.counts,
                   missing=_missing(device, envelope, including=True), held=held)


def verify_own_bundle(session: Session, source: Path | bytes, *, limits: Limits = Limits()) -> BundleReport:
    """A commune checks a bundle it wrote: its own signature, its own key decrypts, every record reads."""
    office = own_office(session)
    keys = own_signing_keys(session)

    def public_key_for(envelope: Envelope) -> PublicKey:
        if envelope.key_id not in keys:
            raise DomainError("sync.key_unknown", key_id=envelope.key_id)
        if envelope.sender_unit != office.origin_unit:
            raise DomainError("sync.sender_mismatch", claimed=envelope.sender_unit, actual=office.origin_unit)
        return keys[envelope.key_id].public_key()

    envelope, payload = _authenticate(source, limits, public_key_for)
    unpacked = _unpack(payload, envelope, identities=all_identities(session), limits=limits)
    total = sum(len(t.records) for t in unpacked.incoming)
    return _report("verified", envelope, sender_name=office.unit_name, manifest=unpacked.manifest,
                   counts=Counts(new=total), missing=())


def unit_name(session: Session, origin_unit: str) -> str:
    code, _, version = origin_unit.partition("@")
    row = session.get(AdminUnit, (code, version))
    return row.name if row else code


def _guard_server_transaction(_session: Session, transaction: SessionTransaction, connection: Connection) -> None:
    if transaction.nested:
        return  # a savepoint inside a transaction already guarded
    server_schema.guard_transaction(connection)


@contextlib.contextmanager
def import_session(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """A session whose transaction does not enforce foreign keys, for applying bundles at the hub.

    Bundles may arrive out of order: a child record (an inspection) can come before the
    bundle holding its parent (the establishment). The hub mirrors what communes checked;
    a dangling reference lasts only until the gap is filled, and the gap is shown. SQLite
    only allows switching enforcement outside a transaction, hence a connection of its own.

    `write`: on SQLite each transaction begins IMMEDIATE, so a second process importing at the same
    moment waits for the writer lock before its first read instead of failing on a stale snapshot
    (PostgreSQL serialises importers with `hub_write_lock`).
    """
    with engine.connect() as connection:
        if write:  # take the write lock when the transaction begins (a dry run only reads)
            connection.execution_options(**{WRITE_INTENT: True})
        relaxed = connection.dialect.name == "sqlite"
        raw = connection.connection.dbapi_connection
        if relaxed and raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        try:
            with Session(bind=connection, expire_on_commit=False) as session:
                if write and not relaxed:
                    # On a server each transaction of the import (one per batch) first waits out another
                    # PC's migration and refuses a schema this release does not know, like every other writer.
                    event.listen(session, "after_begin", _guard_server_transaction)
                yield session
        finally:
            if relaxed and raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
                raw.execute("PRAGMA cache_size = -2000")
