"""Writing the next bundle: what changed since the last one (or everything), sealed and signed."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, insert, or_, select
from sqlalchemy.orm import Session

from desktop.db.errors import storage_errors
from desktop.db.files import atomic_path
from desktop.db.migrate import head_revision
from desktop.db.models import ExportedBundle, SentRecord
from desktop.domain.problems import DomainError
from desktop.sync import age_crypto, minisign
from desktop.sync.cards import hub_recipients
from desktop.sync.container import read_container, write_container, write_inner_payload
from desktop.sync.keys import current_recipient, current_signing_key, own_office
from desktop.sync.minisign import SigningKey
from desktop.sync.payload import FORMAT, build_manifest, encode_row, months_covered, read_rows, sha256, table_specs
from desktop.sync.state import device_state

BUNDLE_SUFFIX = ".hnb"
# Common mail services refuse attachments over 20-25 MB; warn (and offer to split) above this.
EMAIL_LIMIT_BYTES = 20 * 1024 * 1024
_CLOSURES = "period_closures"
_LEFTOVER_LIMIT = 512 * 1024 * 1024


@dataclass(frozen=True)
class Sender:
    """Who signs a bundle: the tagged unit ('08500@2025-07'), its province, device and key."""

    unit: str
    province: str
    device: str
    key: SigningKey

    @property
    def unit_code(self) -> str:
        return self.unit.partition("@")[0]


@dataclass(frozen=True)
class Sealed:
    envelope: dict[str, Any]
    payload: bytes
    signature: str
    payload_sha256: str


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    bundle_id: str
    sequence: int
    size: int
    records: int
    part: int
    parts: int


@dataclass(frozen=True)
class ExportResult:
    files: tuple[ExportedFile, ...]
    counts: Mapping[str, int]
    periods_closed: tuple[str, ...]
    full_resend: bool
    over_email_limit: bool  # a file exceeds EMAIL_LIMIT_BYTES: offer to split it

    @property
    def record_count(self) -> int:
        return sum(self.counts.values())


@dataclass
class _Line:
    table: str
    record_id: str
    version: int
    updated_at: datetime
    data: bytes
    closure: dict[str, Any] | None


def bundle_comment(envelope: Mapping[str, Any]) -> str:
    """The signed trusted comment: binds the envelope's routing facts to the payload's signature."""
    return (f"hoanhap-bundle id={envelope['bundle_id']} sender={envelope['sender_unit']} "
            f"device={envelope['sender_device']} sequence={envelope['sequence']} "
            f"part={envelope.get('part', 1)}/{envelope.get('parts', 1)} created={envelope['created_at']}")


def bundle_file_name(province: str, unit_code: str, sequence: int) -> str:
    """`25-08500-000042.hnb`: unit and number only, nothing about what the data is."""
    return f"{province}-{unit_code}-{sequence:06d}{BUNDLE_SUFFIX}"


def seal_bundle(*, sender: Sender, recipients: Sequence[str], bundle_id: str, sequence: int, created_at: datetime,
                tables: Mapping[str, Sequence[bytes]], previous_sha256: str, periods: Sequence[str] = (),
                period_closures: Sequence[Mapping[str, Any]] = (), part: int = 1, parts: int = 1,
                full_resend: bool = False, schema_version: str | None = None) -> Sealed:
    """Envelope, age-encrypted payload and minisign signature for one bundle's table lines."""
    envelope = {
        "format": FORMAT, "kind": "bundle", "bundle_id": bundle_id, "sender_unit": sender.unit,
        "sender_province": sender.province, "sender_device": sender.device, "sender_key_id": sender.key.key_id_hex,
        "sequence": sequence, "part": part, "parts": parts, "created_at": created_at.isoformat(),
        "recipients": list(recipients),
    }
    files = {f"{name}.jsonl": b"".join(line + b"\n" for line in lines) for name, lines in tables.items() if lines}
    counts = {name: len(lines) for name, lines in tables.items() if lines}
    manifest = build_manifest(envelope=envelope, schema_version=schema_version or head_revision(),
                              previous_sha256=previous_sha256, files=files, counts=counts, periods=periods,
                              period_closures=period_closures, part=part, parts=parts, full_resend=full_resend)
    payload = age_crypto.encrypt(write_inner_payload({"manifest.json": manifest, **files}), recipients)
    signature = minisign.sign(sender.key, payload, trusted_comment=bundle_comment(envelope))
    return Sealed(envelope, payload, signature, sha256(payload))


def _changed_lines(session: Session, *, full: bool) -> list[_Line]:
    """Records whose version or change time differs from what the last bundle carried; tombstones too."""
    sent = SentRecord.__table__
    lines = []
    for name, spec in table_specs().items():
        table = spec.table
        if full:
            rows = read_rows(session, spec)
        else:
            joined = table.outerjoin(sent, and_(sent.c.table_name == name, sent.c.record_id == table.c.id))
            rows = read_rows(session, spec, or_(sent.c.record_id.is_(None), sent.c.version != table.c.version,
                                                sent.c.updated_at != table.c.updated_at), select_from=joined)
        names = spec.column_names
        for row in rows:
            values = dict(zip(names, row, strict=True))  # by model column
            closure = None
            if name == _CLOSURES and values["deleted_at"] is None:
                closure = {"id": values["id"], "period": values["period_code"], "nil_report": values["nil_report"],
                           "closed_at": values["closed_at"].isoformat()}
            lines.append(_Line(name, values["id"], values["version"], values["updated_at"],
                               encode_row(spec.field_names, row), closure))
    return lines


def _split(lines: list[_Line], split_bytes: int | None) -> list[list[_Line]]:
    """Parts of at most `split_bytes` of uncompressed lines each (a bigger single record goes alone)."""
    if split_bytes is None or not lines:
        return [lines]
    parts: list[list[_Line]] = [[]]
    size = 0
    for line in lines:
        if parts[-1] and size + len(line.data) + 1 > split_bytes:
            parts.append([])
            size = 0
        parts[-1].append(line)
        size += len(line.data) + 1
    return parts


def export_bundle(session: Session, *, folder: Path, now: datetime, author_id: str, commit: Callable[[ExportResult], None],
                  full: bool = False, split_bytes: int | None = None) -> ExportResult:
    """Write the next bundle(s) to `folder`; `commit(result)` runs before the files take their real names.

    So a full USB stick or a failed commit leaves neither a file nor a record, and the next
    export resends. A crash or a pulled stick between the commit and the rename leaves the
    recorded bundle under its temporary name; the next export to that folder finishes it
    (`finish_interrupted`), so the hub sees no gap.
    """
    office = own_office(session)
    if office.role != "commune":
        raise DomainError("sync.commune_only")
    finish_interrupted(session, folder)
    hubs = hub_recipients(session)
    if not hubs:
        raise DomainError("sync.no_recipients")
    recipients = [*hubs, current_recipient(session)]
    sender = Sender(office.origin_unit, office.province_code, office.device_id, current_signing_key(session))
    state = device_state(session, office.device_id)
    lines = _changed_lines(session, full=full)
    parts = _split(lines, split_bytes)
    files: list[ExportedFile] = []
    closed: list[str] = []
    counts: dict[str, int] = {}
    with contextlib.ExitStack() as stack:
        for index, part_lines in enumerate(parts, start=1):
            sequence = state.last_sequence + 1
            bundle_id = str(uuid.uuid4())
            tables: dict[str, list[bytes]] = {}
            for line in part_lines:
                tables.setdefault(line.table, []).append(line.data)
                counts[line.table] = counts.get(line.table, 0) + 1
            closures = [line.closure for line in part_lines if line.closure]
            sealed = seal_bundle(sender=sender, recipients=recipients, bundle_id=bundle_id, sequence=sequence,
                                 created_at=now, tables=tables, previous_sha256=state.last_payload_sha256,
                                 periods=months_covered(line.updated_at for line in part_lines),
                                 period_closures=closures, part=index, parts=len(parts), full_resend=full)
            path = folder / bundle_file_name(office.province_code, office.unit_code, sequence)
            temporary = stack.enter_context(atomic_path(path))
            write_container(temporary, envelope=sealed.envelope, payload=sealed.payload, signature=sealed.signature)
            size = temporary.stat().st_size
            part_counts = {name: len(rows) for name, rows in tables.items()}
            session.add(ExportedBundle(
                id=bundle_id, device_id=office.device_id, sequence=sequence, file_name=path.name,
                payload_sha256=sealed.payload_sha256, file_size=size, created_at=now, created_by=author_id,
                full_resend=full, part=index, parts=len(parts), record_count=len(part_lines),
                counts=json.dumps(part_counts, sort_keys=True),
                periods_closed=json.dumps([c["period"] for c in closures])))
            state.last_sequence = sequence
            state.last_payload_sha256 = sealed.payload_sha256
            state.last_export_at = now
            closed.extend(c["period"] for c in closures)
            files.append(ExportedFile(path, bundle_id, sequence, size, len(part_lines), index, len(parts)))
        _remember_sent(session, lines)
        session.flush()
        over = any(f.size > EMAIL_LIMIT_BYTES for f in files)
        result = ExportResult(tuple(files), counts, tuple(closed), full, over)
        commit(result)
    return result


def finish_interrupted(session: Session, folder: Path) -> list[Path]:
    """Complete or remove the temporary files an export killed mid-way left in `folder`.

    Found by the crash drills: a kill (or a pulled stick) after the commit but before the rename
    left a recorded bundle only under its temporary name, so the hub saw its number missing;
    a kill before the commit left temporary files the hub's folder import then tried to read.
    A temporary file whose bundle the register recorded is given its real name; any other
    (unrecorded or torn) is deleted, and the next export resends its records.
    """
    completed: list[Path] = []
    if not folder.is_dir():  # the stick was pulled out after the folder was chosen
        raise DomainError("store.device_gone", path=str(folder))
    recorded = {row.id: row.file_name for row in session.execute(
        select(ExportedBundle.id, ExportedBundle.file_name)).all()}
    for temporary in sorted(folder.glob(f".tmp-*{BUNDLE_SUFFIX}")):
        with storage_errors(str(folder)):
            try:
                bundle_id = read_container(temporary, max_payload_bytes=_LEFTOVER_LIMIT).envelope.get("bundle_id")
            except (DomainError, OSError, ValueError, KeyError):
                bundle_id = None
            final = folder / recorded[bundle_id] if bundle_id in recorded else None
            if final is not None and not final.exists():
                with open(temporary, "rb+") as handle:
                    os.fsync(handle.fileno())
                os.replace(temporary, final)
                completed.append(final)
            else:
                with contextlib.suppress(FileNotFoundError):
                    temporary.unlink()
    return completed


def _remember_sent(session: Session, lines: list[_Line]) -> None:
    sent = SentRecord.__table__
    by_table: dict[str, list[_Line]] = {}
    for line in lines:
        by_table.setdefault(line.table, []).append(line)
    for name, group in by_table.items():
        ids = [line.record_id for line in group]
        for start in range(0, len(ids), 500):
            session.execute(delete(sent).where(sent.c.table_name == name, sent.c.record_id.in_(ids[start:start + 500])))
        session.execute(insert(sent), [{"table_name": name, "record_id": line.record_id, "version": line.version,
                                        "updated_at": line.updated_at} for line in group])
