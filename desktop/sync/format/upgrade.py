"""Bringing an older bundle payload up to the current format, one version at a time (FORMAT.md, converters).

Tables a step does not touch pass through as the bytes that arrived (the hub's fast reader sees
them unchanged); only a table with a record converter, or one whose current fields are stored
under other column names, is decoded line by line and written again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.problems import DomainError
from desktop.sync.format import CURRENT, bundle_format

Record = dict[str, Any]


@dataclass(frozen=True)
class Step:
    """What changed from format `source` to `source + 1`, as functions over the older payload."""

    source: int
    manifest: Callable[[dict[str, Any]], dict[str, Any]]
    # Newer table name -> function over one record of the older version (rename, drop, split a field).
    records: Mapping[str, Callable[[Record], Record]] = field(default_factory=dict)
    renamed_tables: Mapping[str, str] = field(default_factory=dict)  # older name -> newer name
    dropped_tables: frozenset[str] = frozenset()


def _manifest_1_to_2(manifest: dict[str, Any]) -> dict[str, Any]:
    # Format-1 writers did not name their release; the tables are the same.
    return {**manifest, "format": 2, "app_version": ""}


# STEPS[n] turns a format-n payload into format n+1; one entry per format version below CURRENT.
STEPS: dict[int, Step] = {
    1: Step(1, _manifest_1_to_2),
}


def upgrade_payload(version: int, manifest: dict[str, Any],
                    tables: dict[str, bytes]) -> tuple[dict[str, Any], dict[str, bytes]]:
    """A checked format-`version` payload as the current format has it, keyed by model column names."""
    for source in range(version, CURRENT):
        step = STEPS[source]
        older = bundle_format(source)
        manifest = step.manifest(dict(manifest))
        files = dict(manifest["files"])
        newer: dict[str, bytes] = {}
        for name, data in tables.items():
            entry = files.pop(f"{name}.jsonl")
            if name in step.dropped_tables:
                continue
            target = step.renamed_tables.get(name, name)
            convert = step.records.get(target)
            files[f"{target}.jsonl"] = entry
            if convert is None:
                # Untouched bytes: still, a field that only later versions have is not this version's.
                _refuse_later_fields(name, data, set(bundle_format(source + 1).tables[target].field_names)
                                     - set(older.tables[name].field_names))
                newer[target] = data
            else:
                newer[target] = _rewrite(name, data, convert, known=older.tables[name].field_names)
        manifest["files"] = files
        tables = newer
    current = bundle_format(CURRENT)
    for name, data in list(tables.items()):
        table = current.tables[name]
        if table.renames:
            columns = {f.name: f.column for f in table.fields}
            def renamed(record: Record, c: dict[str, str] = columns) -> Record:
                return {c[k]: v for k, v in record.items()}
            tables[name] = _rewrite(name, data, renamed, known=table.field_names)
    return manifest, tables


def _refuse_later_fields(table: str, data: bytes, later: set[str]) -> None:
    """Refuse a record carrying a key that its format version does not have, without decoding every line.

    A key is a quoted name after `{` or `,` and before `:`; inside a JSON string a quote is escaped,
    so the pattern cannot match text within a value. (A key spelt with \\u escapes slips past and is
    read as the current version's field: the sender is authenticated, so nothing worse follows.)
    """
    for name in sorted(later):
        found = re.search(rb'[{,]\s*"' + re.escape(name.encode()) + rb'"\s*:', data)
        if found:
            raise DomainError("sync.record_unknown_column", table=table, line=data.count(b"\n", 0, found.start()) + 1,
                              column=name)


def _rewrite(table: str, data: bytes, convert: Callable[[Record], Record], *, known: Collection[str]) -> bytes:
    """Each JSON line checked against its version's fields, converted, and encoded again."""
    allowed = frozenset(known)
    out = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line:
            continue
        try:
            record = json.loads(line.decode("utf-8"))
        except (ValueError, RecursionError):
            raise DomainError("sync.record_malformed", table=table, line=number) from None
        if type(record) is not dict:
            raise DomainError("sync.record_malformed", table=table, line=number)
        unknown = sorted(record.keys() - allowed)
        if unknown:
            raise DomainError("sync.record_unknown_column", table=table, line=number, column=unknown[0][:40])
        out.append(json.dumps(convert(record), ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
    return b"".join(out)
