"""Checking a decrypted payload against its manifest and every record against the models."""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.problems import DomainError
from desktop.sync.container import MANIFEST_NAME
from desktop.sync.payload import TableSpec, converter, sha256, table_specs

_MISSING = object()
_DECODER = json.JSONDecoder()
_INT64 = 2**63
# Ids are our own UUIDs; a longer or odd "id" is someone else's file, not a record of ours.
_ID_CHARS = frozenset("0123456789abcdefABCDEF-")


@dataclass(frozen=True)
class IncomingTable:
    spec: TableSpec
    records: list[dict[str, Any]]  # Python values for every travelling column, in file order


def check_files(files: Mapping[str, bytes], manifest: Mapping[str, Any]) -> dict[str, bytes]:
    """The table files by table name, once names, hashes and the manifest's list all agree."""
    declared: Mapping[str, Mapping[str, Any]] = manifest["files"]
    present = {name for name in files if name != MANIFEST_NAME}
    specs = table_specs()
    for name in sorted(present | set(declared)):
        table = name.removesuffix(".jsonl")
        if not name.endswith(".jsonl") or table not in specs:
            raise DomainError("sync.unknown_table", table=_shown(table))
    for name in sorted(present ^ set(declared)):
        raise DomainError("sync.manifest_files_mismatch", name=name)
    for name in sorted(present):
        if not hmac.compare_digest(sha256(files[name]), declared[name]["sha256"]):
            raise DomainError("sync.manifest_hash_mismatch", name=name)
    return {name.removesuffix(".jsonl"): files[name] for name in present}


def parse_tables(tables: Mapping[str, bytes], manifest: Mapping[str, Any], *, sender_origin: str) -> list[IncomingTable]:
    """Every record read and type-checked, in parent-before-child order; the first fault refuses all."""
    result = []
    for name, spec in table_specs().items():
        if name not in tables:
            continue
        records = _parse_table(spec, tables[name], sender_origin=sender_origin)
        declared = manifest["files"][f"{name}.jsonl"]["records"]
        if declared != len(records):
            raise DomainError("sync.manifest_count_mismatch", table=name, found=len(records), declared=declared)
        result.append(IncomingTable(spec, records))
    return result


def _plan(spec: TableSpec) -> list[tuple[Any, ...]]:
    """Per column: (name, plain JSON type or None, max length, nullable, required, default, parser)."""
    plain = {"str": str, "int": int, "bool": bool}
    return [(c.name, plain.get(c.kind), c.max_length, c.nullable, c.required, c.default,
             None if c.kind in plain else converter(c)) for c in spec.columns]


def _parse_table(spec: TableSpec, data: bytes, *, sender_origin: str) -> list[dict[str, Any]]:
    table = spec.name
    known = frozenset(spec.column_names)
    plan = _plan(spec)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DomainError("sync.record_malformed", table=table, line=data.count(b"\n", 0, error.start) + 1) from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        try:
            # raw_decode skips decode()'s whitespace scans; anything after the object is refused.
            values, end = _DECODER.raw_decode(line)
        except (ValueError, RecursionError):
            raise DomainError("sync.record_malformed", table=table, line=number) from None
        if type(values) is not dict or end != len(line):
            raise DomainError("sync.record_malformed", table=table, line=number)
        if not values.keys() <= known:
            column = sorted(values.keys() - known)[0]
            raise DomainError("sync.record_unknown_column", table=table, line=number, column=_shown(column))
        name = ""
        try:
            # Checked in place: text, whole numbers and booleans are already what the columns take;
            # only dates and times are parsed. A hub reads a million records; this loop is the cost.
            for name, plain, limit, nullable, required, default, parse in plan:
                value = values.get(name, _MISSING)
                if value is None:
                    if not nullable:
                        raise ValueError("null")
                elif value is _MISSING:
                    if required:
                        raise DomainError("sync.record_missing_column", table=table, line=number, column=name)
                    values[name] = default
                elif plain is None:
                    values[name] = parse(value)
                elif type(value) is not plain:
                    raise ValueError("type")
                elif plain is str:
                    if (limit is not None and len(value) > limit) or "\x00" in value:
                        raise ValueError("text")
                elif plain is int and not -_INT64 <= value < _INT64:
                    raise ValueError("range")
        except (ValueError, TypeError, OverflowError):
            raise DomainError("sync.record_bad_value", table=table, line=number, column=name) from None
        record_id = values["id"]
        if not record_id or len(record_id) > 36 or not _ID_CHARS.issuperset(record_id):
            raise DomainError("sync.record_bad_value", table=table, line=number, column="id")
        if values["version"] < 1:
            raise DomainError("sync.record_bad_value", table=table, line=number, column="version")
        if values["origin_unit"] != sender_origin:
            raise DomainError("sync.record_foreign_origin", table=table, line=number,
                              origin=_shown(values["origin_unit"]), sender=sender_origin)
        if record_id in seen:
            raise DomainError("sync.duplicate_record", table=table, record=record_id)
        seen.add(record_id)
        records.append(values)
    return records


def check_closures(manifest: Mapping[str, Any], incoming: list[IncomingTable]) -> None:
    """Each period-close declaration the manifest lists must travel as a record in this bundle."""
    listed = {c["id"] for c in manifest["period_closures"]}
    carried = {r["id"] for t in incoming if t.spec.name == "period_closures" for r in t.records}
    missing = sorted(listed - carried)
    if missing:
        raise DomainError("sync.manifest_mismatch", field="period_closures")


def _shown(text: str) -> str:
    printable = "".join(char if char.isprintable() else "?" for char in str(text))
    return printable if len(printable) <= 40 else printable[:37] + "…"
