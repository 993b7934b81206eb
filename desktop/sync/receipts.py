"""Signed receipts: the hub lists what it received from a commune; the commune marks those bundles acknowledged."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.db.files import write_atomically
from desktop.db.models import ExportedBundle, HeldNotice, HubRefusal, ImportedBundle, ImportedReceipt, QuarantinedRecord
from desktop.domain.problems import DomainError
from desktop.sync import minisign
from desktop.sync.cards import trusted_card
from desktop.sync.format import RECEIPT_VERSION
from desktop.sync.keys import current_signing_key, own_office
from desktop.sync.minisign import PublicKey
from desktop.sync.payload import table_specs
from desktop.sync.refusals import hub_reads, refused_for
from desktop.sync.state import missing_sequences

RECEIPT_FORMAT = "hoanhap-receipt"
RECEIPT_SUFFIX = ".hnr"
RECEIPT_MAX_BYTES = 1024 * 1024
_BODY_KEYS = frozenset({"format", "version", "receipt_id", "hub_unit", "hub_key_id", "commune_unit", "created_at",
                        "bundles", "missing"})


def _comment(body: dict[str, Any]) -> str:
    return f"hoanhap-receipt id={body['receipt_id']} hub={body['hub_unit']} for={body['commune_unit']}"


def write_receipt(session: Session, *, folder: Path, commune_unit: str, now: datetime) -> Path:
    """A receipt listing every bundle received from `commune_unit` so far; losing one costs nothing."""
    office = own_office(session)
    key = current_signing_key(session)
    bundles = session.execute(select(ImportedBundle).where(ImportedBundle.sender_unit == commune_unit)
                              .order_by(ImportedBundle.sender_device, ImportedBundle.sequence)).scalars().all()
    devices: dict[str, list[int]] = {}
    for bundle in bundles:
        devices.setdefault(bundle.sender_device, []).append(bundle.sequence)
    body = {
        "format": RECEIPT_FORMAT, "version": RECEIPT_VERSION, "receipt_id": str(uuid.uuid4()), "hub_unit": office.origin_unit,
        "hub_key_id": key.key_id_hex, "commune_unit": commune_unit, "created_at": now.isoformat(),
        "bundles": [{"bundle_id": b.id, "sequence": b.sequence, "payload_sha256": b.payload_sha256,
                     "imported_at": b.imported_at.isoformat()} for b in bundles],
        "missing": {device: list(missing_sequences(seqs)) for device, seqs in devices.items()},
        # Receipt 3: the commune's bundles this hub cannot read yet, and the newest format it reads.
        "refused": refused_for(session, commune_unit), "hub_reads": hub_reads(),
    }
    text = _signed_text(body, held=_held(session, commune_unit))
    document = {"receipt": text, "signature": minisign.sign(key, text.encode("utf-8"), trusted_comment=_comment(body))}
    code = commune_unit.partition("@")[0]
    path = folder / f"{office.province_code}-{code}-{now:%Y%m%d%H%M%S}{RECEIPT_SUFFIX}"
    write_atomically(path, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return path


# The C encoder (json.dumps with `indent` runs the pure-Python one: a province's receipts with a few
# thousand held records each took ~25 s of the ~27 s they cost; see _signed_text).
_COMPACT = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(", ", ": ")).encode


def _signed_text(body: dict[str, Any], *, held: list[str]) -> str:
    """The receipt's JSON text: keys sorted, one line per key and per listed bundle or held record.

    `held` entries come already encoded (their rules are stored as canonical JSON at the hub).
    """
    parts = []
    for key in sorted([*body, "held"]):
        value = body.get(key)
        if key == "held" or isinstance(value, list):
            items = held if key == "held" else [_COMPACT(v) for v in value]  # type: ignore[union-attr]  # a list value, checked above
            parts.append(f"{_COMPACT(key)}: [" + ("\n" + ",\n".join(items) + "\n" if items else "") + "]")
        else:
            parts.append(f"{_COMPACT(key)}: {_COMPACT(value)}")
    return "{\n" + ",\n".join(parts) + "\n}"


def _held(session: Session, commune_unit: str) -> list[str]:
    """Every record of the commune the hub holds back now (a receipt lists all, so the newest one is the truth).

    Each as its JSON text, keys in order; the rules column is the canonical JSON quarantine.rules_json wrote.
    """
    q = QuarantinedRecord
    rows = session.execute(select(q.table_name, q.record_id, q.record_version, q.rules).where(
        q.origin_unit == commune_unit, q.status == "held").order_by(q.table_name, q.record_id))
    return [f'{{"record_id": {_COMPACT(r)}, "rules": {rules}, "table": {_COMPACT(t)}, "version": {int(v)}}}'
            for t, r, v, rules in rows]


@dataclass(frozen=True)
class ReceiptResult:
    receipt_id: str
    hub_name: str
    already_imported: bool
    acknowledged: int  # bundles newly marked acknowledged by this receipt
    listed: int
    missing: tuple[int, ...]  # this device's sequence numbers the hub says it has not received
    held: int = 0  # records of ours the hub holds back (receipt version 2)
    unknown_held: tuple[tuple[str, str], ...] = ()  # (table, record id) listed as held but not on this PC
    refused: tuple[Refusal, ...] = ()  # our bundles the hub cannot read yet (receipt version 3)


@dataclass(frozen=True)
class Refusal:
    """One of our bundles the hub refused as written by a newer release: it waits in the outbox."""

    bundle_id: str
    sequence: int
    bundle_format: int
    hub_reads: int
    reason: str = "format_newer"


class _Newer(Exception):
    def __init__(self, version: int) -> None:
        self.version = version


def _read(data: bytes) -> tuple[dict[str, Any], bytes, str]:
    if not data:
        raise DomainError("sync.empty_file")
    if len(data) > RECEIPT_MAX_BYTES:
        raise DomainError("sync.receipt_malformed")
    try:
        document = json.loads(data.decode("utf-8"))
        text, signature = document["receipt"], document["signature"]
        if not isinstance(text, str) or not isinstance(signature, str):
            raise ValueError("types")
        body = json.loads(text)
        version = body.get("version") if isinstance(body, dict) else None
        if type(version) is int and version > RECEIPT_VERSION:
            raise _Newer(version)
        if version == 1:
            body = {**body, "held": []}  # receipt 1 (before issue 14) held nothing back
        if version in (1, 2):
            body = {**body, "refused": [], "hub_reads": 0}  # receipts 1 and 2 never refused a newer bundle
        ok = (version in (1, 2, RECEIPT_VERSION) and _BODY_KEYS <= body.keys() and body["format"] == RECEIPT_FORMAT
              and _held_ok(body.get("held")) and _refused_ok(body.get("refused"), body.get("hub_reads"))
              and isinstance(body["bundles"], list) and isinstance(body["missing"], dict)
              and all(isinstance(b, dict) and isinstance(b.get("bundle_id"), str)
                      and isinstance(b.get("payload_sha256"), str) and isinstance(b.get("imported_at"), str)
                      for b in body["bundles"])
              and all(isinstance(v, str) for k, v in body.items() if k.endswith(("_id", "_unit", "_at"))))
        if not ok:
            raise ValueError("fields")
        datetime.fromisoformat(body["created_at"])
    except _Newer as newer:
        raise DomainError("sync.receipt_newer", version=newer.version, supported=RECEIPT_VERSION) from None
    except (ValueError, KeyError, TypeError, RecursionError):
        raise DomainError("sync.receipt_malformed") from None
    return body, text.encode("utf-8"), signature


def _held_ok(held: Any) -> bool:
    return isinstance(held, list) and len(held) <= 100_000 and all(
        isinstance(h, dict) and isinstance(h.get("table"), str) and isinstance(h.get("record_id"), str)
        and type(h.get("version")) is int and isinstance(h.get("rules"), list)
        and all(isinstance(r, dict) and isinstance(r.get("code"), str) for r in h["rules"]) for h in held)


def _refused_ok(refused: Any, reads: Any) -> bool:
    return type(reads) is int and isinstance(refused, list) and len(refused) <= 100_000 and all(
        isinstance(r, dict) and isinstance(r.get("bundle_id"), str) and isinstance(r.get("device"), str)
        and type(r.get("sequence")) is int and type(r.get("format")) is int and isinstance(r.get("reason"), str)
        for r in refused)


def import_receipt(session: Session, source: Path | bytes, *, now: datetime) -> ReceiptResult:
    """Verify a receipt against the enrolled hub card, then mark the bundles it lists as acknowledged."""
    office = own_office(session)
    if office.role != "commune":
        raise DomainError("sync.commune_only")
    if isinstance(source, Path):
        try:
            if source.stat().st_size > RECEIPT_MAX_BYTES:
                raise DomainError("sync.receipt_malformed")
            source = source.read_bytes()
        except OSError:
            raise DomainError("sync.file_unreadable", path=str(source)) from None
    body, signed, signature = _read(source)
    card = trusted_card(session, body["hub_key_id"], role="hub")
    comment = minisign.verify(PublicKey.from_minisign(card.minisign_public), signed, signature)
    if comment != _comment(body):
        raise DomainError("sync.receipt_malformed")
    if card.origin_unit != body["hub_unit"]:
        raise DomainError("sync.sender_mismatch", claimed=body["hub_unit"], actual=card.origin_unit)
    if body["commune_unit"] != office.origin_unit:
        raise DomainError("sync.receipt_wrong_unit", unit=body["commune_unit"][:24])
    missing = tuple(n for n in body["missing"].get(office.device_id, []) if type(n) is int)
    if session.get(ImportedReceipt, body["receipt_id"]) is not None:
        return ReceiptResult(body["receipt_id"], card.unit_name, True, 0, len(body["bundles"]), missing)
    acknowledged = 0
    listed = {b["bundle_id"]: b for b in body["bundles"]}
    if listed:
        rows = session.execute(select(ExportedBundle).where(ExportedBundle.id.in_(list(listed)[:10_000]))).scalars()
        for row in rows:
            entry = listed[row.id]
            # The hash too: a receipt for a bundle of the same id but other content proves nothing.
            if row.acknowledged_at is None and entry["payload_sha256"] == row.payload_sha256:
                row.acknowledged_at = _time(entry["imported_at"], now)
                row.receipt_id = body["receipt_id"]
                acknowledged += 1
    held, unknown = _store_held(session, body["held"], receipt_id=body["receipt_id"][:36], now=now)
    refused = _store_refused(session, body, device=office.device_id, now=now)
    session.add(ImportedReceipt(id=body["receipt_id"][:36], hub_unit=body["hub_unit"][:24], key_id=card.key_id,
                                created_at=_time(body["created_at"], now), imported_at=now, acknowledged=acknowledged))
    session.flush()
    return ReceiptResult(body["receipt_id"], card.unit_name, False, acknowledged, len(listed), missing, held, unknown,
                         refused)


def _store_refused(session: Session, body: dict[str, Any], *, device: str, now: datetime) -> tuple[Refusal, ...]:
    """Replace what this commune knows the hub cannot read with the receipt's list (ours, still unacknowledged).

    The bundles themselves are untouched: they stay unacknowledged in the sent list and in the
    outbox, and the next export continues the same sequence, so the updated hub gets every number.
    """
    session.execute(delete(HubRefusal))
    ours = [r for r in body["refused"] if r["device"] == device]
    if not ours:
        return ()
    ids = [r["bundle_id"] for r in ours][:10_000]
    waiting = set(session.execute(select(ExportedBundle.id).where(
        ExportedBundle.id.in_(ids), ExportedBundle.acknowledged_at.is_(None))).scalars())
    found = tuple(Refusal(r["bundle_id"], r["sequence"], r["format"], body["hub_reads"], r["reason"][:32])
                  for r in ours if r["bundle_id"] in waiting)
    session.add_all(HubRefusal(bundle_id=r.bundle_id, sequence=r.sequence, bundle_format=r.bundle_format,
                               hub_reads=r.hub_reads, reason=r.reason,
                               receipt_id=body["receipt_id"][:36], noticed_at=now) for r in found)
    return found


def _store_held(session: Session, listed: list[dict[str, Any]], *, receipt_id: str,
                now: datetime) -> tuple[int, tuple[tuple[str, str], ...]]:
    """Replace what this commune knows is held with the receipt's list; records it does not have are named back.

    One query per table listed, none per record.
    """
    specs = table_specs()
    by_table: dict[str, list[dict[str, Any]]] = {}
    unknown: list[tuple[str, str]] = []
    for entry in listed:
        if entry["table"] in specs:
            by_table.setdefault(entry["table"], []).append(entry)
        else:
            unknown.append((entry["table"][:40], entry["record_id"][:36]))
    session.execute(delete(HeldNotice))
    rows = []
    for table, entries in by_table.items():
        column = specs[table].table.c.id
        ids = [e["record_id"] for e in entries]
        present = {row[0] for start in range(0, len(ids), 500)
                   for row in session.execute(select(column).where(column.in_(ids[start:start + 500])))}
        for e in entries:
            if e["record_id"] not in present:
                unknown.append((table, e["record_id"][:36]))
                continue
            rules = [{"code": r["code"][:64], "field": r.get("field"), "params": r.get("params") or {}}
                     for r in e["rules"]]
            rows.append(HeldNotice(table_name=table, record_id=e["record_id"], record_version=e["version"],
                                   rules=json.dumps(rules, ensure_ascii=False), receipt_id=receipt_id, noticed_at=now))
    session.add_all(rows)
    return len(rows), tuple(unknown)


def _time(text: str, fallback: datetime) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return fallback
    return value if value.tzinfo is not None else fallback
