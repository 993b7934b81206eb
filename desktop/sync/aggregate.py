"""Aggregate bundles: a province hub's suppressed figures of one period, sealed for the national hub.

The format is the written spec `format/aggregate_v<N>.toml` (see format/AGGREGATE.md); this module
writes exactly its fields and refuses anything else at the national hub. The outer container is a
commune bundle's (envelope, age payload, minisign signature), so the stock tools check it too.
"""

from __future__ import annotations

import functools
import json
import math
import tomllib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.db.models import SentAggregate
from desktop.domain.problems import DomainError
from desktop.sync import age_crypto, minisign
from desktop.sync.cards import hub_recipients, trusted_card
from desktop.sync.container import (
    MANIFEST_NAME,
    read_container,
    read_inner_payload,
    write_container,
    write_inner_payload,
)
from desktop.sync.format import FieldSpec, field_spec
from desktop.sync.keys import (
    all_identities,
    current_recipient,
    current_signing_key,
    own_office,
)
from desktop.sync.minisign import PublicKey
from desktop.sync.payload import sha256

AGGREGATE_FORMAT = 1  # the aggregate format this release writes, and the newest it reads
AGGREGATE_SUFFIX = ".hna"
KIND = "aggregate"
SMALL_COUNT_LIMIT = 5  # the same limit as desktop/reports/model.py: a visible 1-4 of client figures is refused
_MAX_PAYLOAD = 64 * 1024 * 1024


@dataclass(frozen=True)
class AggregateSpec:
    version: int
    envelope_keys: frozenset[str]
    manifest_keys: frozenset[str]
    hidden_marks: frozenset[str]
    files: Mapping[str, tuple[FieldSpec, ...]]


@functools.cache
def aggregate_spec(version: int = AGGREGATE_FORMAT) -> AggregateSpec:
    data = tomllib.loads(resources.files("desktop.sync.format").joinpath(f"aggregate_v{version}.toml")
                         .read_text(encoding="utf-8"))
    if data.get("format") != version or data.get("kind") != KIND:
        raise ValueError(f"aggregate_v{version}.toml says format {data.get('format')}")
    files = {name: tuple(field_spec(name, entry) for entry in table["fields"]) for name, table in data["files"].items()}
    return AggregateSpec(version, frozenset(data["envelope"]), frozenset(data["manifest"]),
                         frozenset(data["hidden_marks"]), files)


@dataclass(frozen=True)
class AggregateContent:
    """What the province sends, as plain lines keyed by the spec's field names (built by the service)."""

    period_code: str
    period_start: str
    period_end: str
    programme: str
    definitions: str
    indicators: tuple[dict[str, Any], ...]
    values: tuple[dict[str, Any], ...]
    completeness: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Written:
    path: Path
    bundle_id: str
    sequence: int
    payload_sha256: str


@dataclass(frozen=True)
class Received:
    """A verified aggregate bundle: every file checked against the spec and the suppression rule."""

    envelope: dict[str, Any]
    manifest: dict[str, Any]
    content: AggregateContent
    payload_sha256: str
    province_name: str

    @property
    def bundle_id(self) -> str:
        return str(self.envelope["bundle_id"])


def aggregate_comment(envelope: Mapping[str, Any]) -> str:
    """The signed trusted comment: binds the envelope's routing facts to the payload's signature."""
    return (f"hoanhap-aggregate id={envelope['bundle_id']} sender={envelope['sender_unit']} "
            f"device={envelope['sender_device']} sequence={envelope['sequence']} period={envelope['period']} "
            f"created={envelope['created_at']}")


def file_name(province: str, period_code: str, sequence: int) -> str:
    """`25-2026-Q3-000002.hna`: province, period and number, nothing about the subject."""
    return f"{province}-{period_code}-{sequence:06d}{AGGREGATE_SUFFIX}"


def write_aggregate(session: Session, content: AggregateContent, *, folder: Path, now: datetime,
                    author_id: str) -> Written:
    """Seal and write the aggregate for the national hub(s) enrolled here; record it in aggregates_sent."""
    office = own_office(session)
    if office.role != "hub":
        raise DomainError("national.province_only")
    nationals = hub_recipients(session, role="national")
    if not nationals:
        raise DomainError("national.no_recipient")
    spec = aggregate_spec()
    files = {f"{name}.jsonl": _lines(name, getattr(content, name), spec) for name in spec.files}
    _check_suppressed(content.indicators, content.values, spec)
    sequence = (session.execute(select(func.max(SentAggregate.sequence))).scalar_one() or 0) + 1
    key = current_signing_key(session)
    bundle_id = str(uuid.uuid4())
    recipients = [*nationals, current_recipient(session)]
    envelope: dict[str, Any] = {
        "format": AGGREGATE_FORMAT, "kind": KIND, "bundle_id": bundle_id, "sender_unit": office.origin_unit,
        "sender_province": office.province_code, "sender_device": office.device_id, "sender_key_id": key.key_id_hex,
        "sequence": sequence, "period": content.period_code, "created_at": now.isoformat(),
        "recipients": recipients,
    }
    manifest = {
        "format": AGGREGATE_FORMAT, "kind": KIND, **{k: envelope[k] for k in (
            "bundle_id", "sender_unit", "sender_device", "sequence", "created_at", "period")},
        "period_start": content.period_start, "period_end": content.period_end, "closed_at": now.isoformat(),
        "app_version": __version__, "programme": content.programme, "definitions": content.definitions,
        "suppression": {"limit": SMALL_COUNT_LIMIT, "marks": sorted(spec.hidden_marks - {""})},
        "files": {name: {"sha256": sha256(data), "records": data.count(b"\n")} for name, data in sorted(files.items())},
    }
    inner = write_inner_payload({MANIFEST_NAME: json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1)
                                 .encode("utf-8"), **files})
    payload = age_crypto.encrypt(inner, recipients)
    signature = minisign.sign(key, payload, trusted_comment=aggregate_comment(envelope))
    path = folder / file_name(office.province_code, content.period_code, sequence)
    write_container(path, envelope=envelope, payload=payload, signature=signature)
    written = Written(path, bundle_id, sequence, sha256(payload))
    session.add(SentAggregate(id=written.bundle_id, period_code=content.period_code, sequence=sequence,
                              file_name=path.name, payload_sha256=written.payload_sha256,
                              communes=len({c["unit_code"] for c in content.completeness}),
                              communes_reporting=len({c["unit_code"] for c in content.completeness if c["reported"]}),
                              created_at=now, created_by=author_id))
    session.flush()
    return written


def read_aggregate(session: Session, source: Path | bytes) -> Received:
    """Check an aggregate bundle completely (sender enrolled, signature, hashes, spec, suppression)."""
    if own_office(session).role != "national":
        raise DomainError("national.national_only")
    container = read_container(source, max_payload_bytes=_MAX_PAYLOAD)
    envelope = container.envelope
    if envelope.get("kind") != KIND:
        raise DomainError("national.not_aggregate")
    version = envelope.get("format")
    if type(version) is int and version > AGGREGATE_FORMAT:
        raise DomainError("national.format_newer", version=version, supported=AGGREGATE_FORMAT)
    spec = aggregate_spec()
    if version != AGGREGATE_FORMAT or set(envelope) != spec.envelope_keys or not all(
            isinstance(envelope[k], str) for k in ("bundle_id", "sender_unit", "sender_device", "sender_key_id",
                                                   "period", "created_at")) or type(envelope["sequence"]) is not int:
        raise DomainError("sync.envelope_malformed")
    card = trusted_card(session, envelope["sender_key_id"], role="hub")
    if card.origin_unit != envelope["sender_unit"] or card.device_id != envelope["sender_device"]:
        raise DomainError("sync.sender_mismatch", claimed=envelope["sender_unit"][:24], actual=card.origin_unit)
    comment = minisign.verify(PublicKey.from_minisign(card.minisign_public), container.payload, container.signature)
    if comment != aggregate_comment(envelope):
        raise DomainError("sync.envelope_mismatch")
    inner = age_crypto.decrypt(container.payload, all_identities(session))
    files = read_inner_payload(inner, max_total=_MAX_PAYLOAD * 4)
    manifest = _manifest(files, envelope, spec)
    tables = {name: _parse(name, files.get(f"{name}.jsonl", b""), spec) for name in spec.files}
    _check_suppressed(tables["indicators"], tables["values"], spec)
    content = AggregateContent(envelope["period"], str(manifest["period_start"]), str(manifest["period_end"]),
                               str(manifest["programme"]), str(manifest["definitions"]), tables["indicators"],
                               tables["values"], tables["completeness"])
    return Received(dict(envelope), manifest, content, sha256(container.payload), card.unit_name)


def _manifest(files: Mapping[str, bytes], envelope: Mapping[str, Any], spec: AggregateSpec) -> dict[str, Any]:
    try:
        manifest = json.loads(files[MANIFEST_NAME].decode("utf-8"))
    except (ValueError, RecursionError):
        raise DomainError("sync.manifest_malformed") from None
    if not isinstance(manifest, dict) or set(manifest) != spec.manifest_keys:
        raise DomainError("sync.manifest_malformed")
    for field in ("bundle_id", "sender_unit", "sender_device", "sequence", "created_at", "period"):
        if manifest[field] != envelope[field]:
            raise DomainError("sync.manifest_mismatch", field=field)
    listed = manifest["files"]
    expected = {f"{name}.jsonl" for name in spec.files}
    if not isinstance(listed, dict) or set(listed) != expected or set(files) != expected | {MANIFEST_NAME}:
        raise DomainError("sync.manifest_malformed")
    for name in expected:
        entry = listed[name]
        if not isinstance(entry, dict) or entry.get("sha256") != sha256(files[name]):
            raise DomainError("sync.manifest_hash_mismatch", name=name)
    return manifest


def _lines(name: str, rows: Sequence[Mapping[str, Any]], spec: AggregateSpec) -> bytes:
    fields = spec.files[name]
    out = []
    for row in rows:
        line = {f.name: row[f.name] for f in fields}
        _check_row(name, line, fields, spec)
        out.append(json.dumps(line, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n")
    return b"".join(out)


def _parse(name: str, data: bytes, spec: AggregateSpec) -> tuple[dict[str, Any], ...]:
    fields = spec.files[name]
    rows = []
    for raw in data.splitlines():
        try:
            row = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            raise DomainError("national.malformed", file=name) from None
        if not isinstance(row, dict) or set(row) != {f.name for f in fields}:
            raise DomainError("national.malformed", file=name)
        _check_row(name, row, fields, spec)
        rows.append(row)
    return tuple(rows)


def _check_row(name: str, row: Mapping[str, Any], fields: tuple[FieldSpec, ...], spec: AggregateSpec) -> None:
    for f in fields:
        value = row[f.name]
        if value is None and f.nullable:
            continue
        ok = {
            "str": isinstance(value, str) and "\0" not in value and (f.max_length is None or len(value) <= f.max_length),
            "bool": isinstance(value, bool),
            "int": type(value) is int,
            "float": type(value) in (int, float) and math.isfinite(value),
        }.get(f.kind, False)
        if not ok:
            raise DomainError("national.malformed", file=name)
    if name == "values" and row["hidden"] not in spec.hidden_marks:
        raise DomainError("national.malformed", file=name)


def _check_suppressed(indicators: Sequence[Mapping[str, Any]], values: Sequence[Mapping[str, Any]],
                      spec: AggregateSpec) -> None:
    """No number behind a hidden mark, and no visible client figure of 1-4: refused at both ends."""
    sensitive = {i["code"] for i in indicators if i["sensitive"]}
    known = {i["code"] for i in indicators}
    for v in values:
        if v["indicator"] not in known:
            raise DomainError("national.malformed", file="values")
        numbers = (v["value"], v["numerator"], v["denominator"])
        if (v["hidden"] or not v["reported"]) and any(n is not None for n in numbers):
            raise DomainError("national.unsuppressed", indicator=v["indicator"], unit=v["unit_code"] or "-")
        counted = v["numerator"] if v["numerator"] is not None else v["value"]
        if v["indicator"] in sensitive and counted is not None and 0 < counted < SMALL_COUNT_LIMIT:
            raise DomainError("national.unsuppressed", indicator=v["indicator"], unit=v["unit_code"] or "-")
