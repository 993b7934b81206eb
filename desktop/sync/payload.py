"""What a bundle carries: synced tables as JSON lines (local-only columns left out) and the manifest."""

from __future__ import annotations

import functools
import hashlib
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, Numeric, String, Table, Text, select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.db.base import UTCDateTime, local_only_columns
from desktop.db.models import synced_models
from desktop.domain.problems import DomainError
from desktop.domain.time import office_time
from desktop.sync.format import CURRENT, bundle_format

FORMAT = CURRENT  # the bundle format this release writes
# Vietnam keeps UTC+7 all year; the months a bundle covers are the officer's calendar months.
_INT64 = 2**63

Converter = Callable[[Any], Any]


@dataclass(frozen=True)
class ColumnSpec:
    """One column that travels: its JSON kind and what an incoming value may be."""

    name: str
    kind: str  # str | int | bool | float | date | datetime
    nullable: bool
    max_length: int | None
    default: Any  # used when an older sender's bundle lacks the column
    required: bool  # no usable default: a record without it is refused


@dataclass(frozen=True)
class TableSpec:
    """A table of the current bundle format joined to its model: `columns` are model column names."""

    name: str
    table: Table
    columns: tuple[ColumnSpec, ...]
    # The names the current format gives those columns on the wire, in the same order.
    field_names: tuple[str, ...]
    # Local-only columns get their defaults when the hub inserts a record it never saw.
    local_defaults: Mapping[str, Any]
    # (column, referred table): an erased record's children are found through these.
    references: tuple[tuple[str, str], ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def model_kind(column: Any) -> str:
    """The bundle type of a model column (how packaging/dev/format_spec.py and the format test see it)."""
    kind_of = column.type
    if isinstance(kind_of, UTCDateTime):
        return "datetime"
    for sql_type, kind in ((Boolean, "bool"), (Date, "date"), (Integer, "int"), (Float, "float"),
                           (Numeric, "float"), (String, "str"), (Text, "str")):
        if isinstance(kind_of, sql_type):
            return kind
    raise TypeError(f"{column.table.name}.{column.name}: no bundle encoding for {kind_of!r}")


def scalar_default(column: Any) -> tuple[bool, Any]:
    default = column.default
    if default is None:
        return (True, None) if column.nullable else (False, None)
    if getattr(default, "is_scalar", False):
        return True, default.arg
    return False, None  # callables (new ids, clock) make no sense for another office's record


@functools.cache
def table_specs() -> dict[str, TableSpec]:
    """Every table of the current bundle format by name, in parent-before-child order.

    Fields come from the written spec (desktop/sync/format/bundle_v<CURRENT>.toml); the models
    only say where each field is stored. A spec field naming a local-only column, or a column
    that does not exist, stops the program here: the exclusion of local data is structural.
    """
    spec = bundle_format(CURRENT)
    specs: dict[str, TableSpec] = {}
    for model in synced_models():
        table = model.__table__
        if table.name not in spec.tables:
            continue  # a synced model the format does not carry yet (the format test names it)
        hidden = local_only_columns(model)
        fields = spec.tables[table.name].fields
        mapped = {f.column for f in fields}
        for field in fields:
            if field.column in hidden or field.column not in table.columns:
                raise TypeError(f"format {CURRENT}: {table.name}.{field.name} maps to no synced column {field.column!r}")
        columns = tuple(ColumnSpec(f.column, f.kind, f.nullable, f.max_length, f.default, f.required) for f in fields)
        # Columns outside the format (local-only ones) get their defaults when the hub inserts a record.
        local_defaults = {}
        for column in table.columns:
            if column.name not in mapped:
                has_default, value = scalar_default(column)
                local_defaults[column.name] = value if has_default else None
        references = tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                           if fk.parent.name in mapped)
        specs[table.name] = TableSpec(table.name, table, columns, tuple(f.name for f in fields), local_defaults,
                                      references)
    missing = set(spec.tables) - set(specs)
    if missing:
        raise TypeError(f"format {CURRENT}: tables without a synced model: {sorted(missing)}")
    return specs


# --- outgoing -------------------------------------------------------------------------------


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_row(names: Sequence[str], row: Sequence[Any]) -> bytes:
    """One JSON line; keys in column order so equal records give equal bytes."""
    record = {name: to_json_value(value) for name, value in zip(names, row, strict=True)}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def content_json(record: Mapping[str, Any]) -> str:
    """The canonical text of a record's synced columns: what conflicts compare and store."""
    return json.dumps({k: to_json_value(v) for k, v in record.items()}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def months_covered(stamps: Iterable[datetime]) -> list[str]:
    return sorted({f"{office_time(s):%Y-%m}" for s in stamps})


def build_manifest(*, envelope: Mapping[str, Any], schema_version: str, previous_sha256: str,
                   files: Mapping[str, bytes], counts: Mapping[str, int], periods: Sequence[str],
                   period_closures: Sequence[Mapping[str, Any]], part: int, parts: int, full_resend: bool) -> bytes:
    manifest = {
        "format": FORMAT,
        "bundle_id": envelope["bundle_id"],
        "sender_unit": envelope["sender_unit"],
        "sender_device": envelope["sender_device"],
        "sequence": envelope["sequence"],
        "created_at": envelope["created_at"],
        "schema_version": schema_version,
        "app_version": __version__,
        "previous_sha256": previous_sha256,
        "periods": list(periods),
        "part": part,
        "parts": parts,
        "full_resend": full_resend,
        "files": {name: {"sha256": sha256(data), "records": counts[name.removesuffix(".jsonl")]}
                  for name, data in sorted(files.items())},
        "period_closures": list(period_closures),
    }
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


# --- incoming -------------------------------------------------------------------------------


def parse_manifest(raw: bytes, *, version: int) -> dict[str, Any]:
    """The manifest of a format-`version` bundle, each field of the type expected; else sync.manifest_malformed."""
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise DomainError("sync.manifest_malformed") from None
    if not isinstance(value, dict) or not bundle_format(version).manifest_keys <= value.keys():
        raise DomainError("sync.manifest_malformed")
    if value["format"] != version:
        raise DomainError("sync.manifest_mismatch", field="format")
    if "app_version" in value and not isinstance(value["app_version"], str):
        raise DomainError("sync.manifest_malformed")
    files = value["files"]
    ok = (
        isinstance(value["bundle_id"], str) and isinstance(value["sender_unit"], str)
        and isinstance(value["sender_device"], str) and _is_int(value["sequence"])
        and isinstance(value["schema_version"], str) and isinstance(value["previous_sha256"], str)
        and isinstance(value["periods"], list) and all(isinstance(p, str) for p in value["periods"])
        and isinstance(files, dict) and isinstance(value["period_closures"], list)
        and all(isinstance(c, dict) and isinstance(c.get("id"), str) for c in value["period_closures"])
        and _is_int(value["part"]) and _is_int(value["parts"]) and isinstance(value["full_resend"], bool)
        and all(isinstance(f, dict) and isinstance(f.get("sha256"), str) and _is_int(f.get("records"))
                for f in files.values())
    )
    if not ok:
        raise DomainError("sync.manifest_malformed")
    return value


def _refuse_constant(token: str) -> Any:
    raise ValueError(token)


def _is_int(value: Any) -> bool:
    return type(value) is int and -_INT64 <= value < _INT64


def converter(spec: ColumnSpec) -> Converter:
    """A function turning a JSON value into the column's Python value; ValueError when it cannot."""
    parse = _PARSERS[spec.kind]
    limit = spec.max_length
    nullable = spec.nullable

    def convert(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise ValueError("null")
        result = parse(value)
        if limit is not None and len(result) > limit:
            raise ValueError("too long")
        return result

    return convert


def _parse_str(value: Any) -> str:
    if type(value) is not str:
        raise ValueError("not text")
    if "\x00" in value:
        raise ValueError("NUL")
    return value


def _parse_int(value: Any) -> int:
    if type(value) is not int or not -_INT64 <= value < _INT64:
        raise ValueError("not an integer")
    return value


def _parse_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise ValueError("not a boolean")
    return value


def _parse_float(value: Any) -> float:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise ValueError("not a number")
    return float(value)


def _parse_date(value: Any) -> date:
    if type(value) is not str or len(value) != 10:
        raise ValueError("not a date")
    return date.fromisoformat(value)


def _parse_datetime(value: Any) -> datetime:
    if type(value) is not str or len(value) > 40:
        raise ValueError("not a time")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("no time zone")
    return parsed.astimezone(UTC)


_PARSERS: dict[str, Converter] = {
    "str": _parse_str, "int": _parse_int, "bool": _parse_bool, "float": _parse_float,
    "date": _parse_date, "datetime": _parse_datetime,
}


def read_rows(session: Session, spec: TableSpec, where: Any = None, *, select_from: Any = None) -> list[Any]:
    """Rows of a synced table's travelling columns, optionally filtered; for export and comparison."""
    stmt = select(*(spec.table.c[name] for name in spec.column_names))
    if select_from is not None:
        stmt = stmt.select_from(select_from)
    if where is not None:
        stmt = stmt.where(where)
    return list(session.execute(stmt.order_by(spec.table.c.id)))
