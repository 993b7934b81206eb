"""Checking a decrypted payload against its manifest and every record against the models."""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from operator import attrgetter, itemgetter, methodcaller
from typing import Any

from desktop.domain.problems import DomainError
from desktop.sync.container import MANIFEST_NAME
from desktop.sync.format import bundle_format
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


def check_files(files: Mapping[str, bytes], manifest: Mapping[str, Any], *, version: int) -> dict[str, bytes]:
    """The table files by table name, once names (of format `version`), hashes and the manifest's list agree."""
    declared: Mapping[str, Mapping[str, Any]] = manifest["files"]
    present = {name for name in files if name != MANIFEST_NAME}
    specs = bundle_format(version).tables
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
    """The table's records: checked a column at a time when all is well, else line by line for the fault."""
    records = _parse_columns(spec, data, sender_origin=sender_origin)
    return records if records is not None else _parse_lines(spec, data, sender_origin=sender_origin)


_JSON_TYPES = {"str": str, "int": int, "bool": bool, "date": str, "datetime": str}
_TZINFO = attrgetter("tzinfo")
_AS_UTC = methodcaller("astimezone", UTC)
_NONE = frozenset({type(None)})


def _parse_columns(spec: TableSpec, data: bytes, *, sender_origin: str) -> list[dict[str, Any]] | None:
    """The fast path: the same records `_parse_lines` gives, or None at the first doubt.

    Whole columns are checked with built-ins instead of one value at a time; a table with
    anything wrong (or unusual, like a column an older sender did not have) returns None and
    is read again line by line, which finds and names the fault exactly as before.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    # No escaped NUL anywhere (JSON cannot carry a raw one), and each line exactly one object.
    if not lines or "\\u0000" in text or not all(line[:1] == "{" and line[-1:] == "}" for line in lines):
        return None
    try:
        records: list[dict[str, Any]] = json.loads("[" + ",".join(lines) + "]")  # each a dict: checked next
        if len(records) != len(lines) or set(map(type, records)) != {dict}:
            return None
        # Only known columns, and as many as there are: every record has every column.
        if not set().union(*records) <= frozenset(spec.column_names) or set(map(len, records)) != {len(spec.columns)}:
            return None
        columns: dict[str, list[Any]] = {}
        for column in spec.columns:
            name = column.name
            values = list(map(itemgetter(name), records))
            columns[name] = values
            found = set(map(type, values))
            types = found - _NONE if column.nullable else found
            kind = column.kind
            if not types:
                continue  # all null, and allowed to be
            if kind == "float" or (kind != "str" and column.max_length is not None):
                parsed = list(map(converter(column), values))
            else:
                if types != {_JSON_TYPES[kind]}:
                    return None
                present = [v for v in values if v is not None] if len(found) > 1 else values
                if kind == "str":
                    if column.max_length is not None and max(map(len, present)) > column.max_length:
                        return None
                    continue
                if kind == "int":
                    if not (-_INT64 <= min(present) and max(present) < _INT64):
                        return None
                    continue
                if kind == "bool":
                    continue
                # Dates and times: what payload's parsers do, a column at a time.
                lengths = set(map(len, present))
                if kind == "date":
                    if lengths != {10}:
                        return None
                    parsed = list(map(date.fromisoformat, present))
                else:
                    if max(lengths) > 40:
                        return None
                    parsed = list(map(datetime.fromisoformat, present))
                    if None in set(map(_TZINFO, parsed)):
                        return None
                    parsed = list(map(_AS_UTC, parsed))
                if present is not values:
                    rest = iter(parsed)
                    parsed = [None if v is None else next(rest) for v in values]
            for record, value in zip(records, parsed, strict=True):
                record[name] = value
            columns[name] = parsed
        ids = columns["id"]
        if (len(set(ids)) != len(ids) or min(map(len, ids)) < 1 or max(map(len, ids)) > 36
                or not _ID_CHARS.issuperset("".join(ids))):
            return None
        if min(columns["version"]) < 1 or set(columns["origin_unit"]) != {sender_origin}:
            return None
    except (ValueError, TypeError, OverflowError, RecursionError, KeyError):
        return None
    return records


def _parse_lines(spec: TableSpec, data: bytes, *, sender_origin: str) -> list[dict[str, Any]]:
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
