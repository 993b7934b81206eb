"""The versions of what offices exchange: bundle payloads, office cards, receipts (see ../FORMAT.md).

Each bundle format version has a written spec, `bundle_v<N>.toml` in this package: the tables that
travel and each one's fields (type, required, nullable, length, default, model column). The spec,
not the models, decides what a bundle carries, so a column added to a model does not change the
format by accident: it must be added to a new format version (a test says so). A release writes
`CURRENT` and reads every version from `OLDEST` up, bringing older payloads up to `CURRENT` with the
converters of `upgrade.py`.
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

# The bundle payload format this release writes, and the newest it reads.
CURRENT = 2
# The oldest bundle format this release still reads (format 1: releases up to a2ebe13).
OLDEST = 1
# Office cards and receipts carry their own version numbers, checked the same way.
CARD_VERSION = 1
# Receipt 2 (issue 14) adds `held`: the commune's records the hub holds back, with their rule codes.
# Receipt 3 adds `refused` and `hub_reads`: bundles the hub cannot read yet (written by a newer release).
RECEIPT_VERSION = 3

KINDS = frozenset({"str", "int", "bool", "float", "date", "datetime"})
_FIELD_KEYS = frozenset({"name", "type", "required", "nullable", "max_length", "default", "column"})


@dataclass(frozen=True)
class FieldSpec:
    """One field of a table in one format version, and the model column that holds it."""

    name: str
    kind: str  # str | int | bool | float | date | datetime
    required: bool  # a record without it is refused; else `default` fills it in
    nullable: bool
    max_length: int | None
    default: Any
    column: str  # the model column (differs from `name` only after a column rename)


@dataclass(frozen=True)
class TableFormat:
    name: str
    fields: tuple[FieldSpec, ...]

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def renames(self) -> bool:
        return any(f.name != f.column for f in self.fields)


@dataclass(frozen=True)
class BundleFormat:
    version: int
    manifest_keys: frozenset[str]
    tables: Mapping[str, TableFormat]


def spec_bytes(version: int) -> bytes:
    """The spec file of one format version, as stored in the package (wheel and installer too)."""
    return resources.files(__package__).joinpath(f"bundle_v{version}.toml").read_bytes()


def spec_sha256(version: int) -> str:
    return hashlib.sha256(spec_bytes(version)).hexdigest()


@functools.cache
def bundle_format(version: int) -> BundleFormat:
    """The parsed spec of `version` (OLDEST..CURRENT); a malformed spec is a programming error."""
    if not OLDEST <= version <= CURRENT:
        raise ValueError(f"no bundle format {version}")
    data = tomllib.loads(spec_bytes(version).decode("utf-8"))
    if data.get("format") != version:
        raise ValueError(f"bundle_v{version}.toml says format {data.get('format')}")
    tables = {name: TableFormat(name, tuple(_field(name, entry) for entry in table["fields"]))
              for name, table in data["tables"].items()}
    return BundleFormat(version, frozenset(data["manifest"]), tables)


def _field(table: str, entry: Mapping[str, Any]) -> FieldSpec:
    unknown = set(entry) - _FIELD_KEYS
    kind = entry["type"]
    if unknown or kind not in KINDS:
        raise ValueError(f"{table}.{entry.get('name')}: bad spec entry {sorted(unknown) or kind}")
    nullable = bool(entry.get("nullable", False))
    required = bool(entry["required"])
    if not required and "default" not in entry and not nullable:
        raise ValueError(f"{table}.{entry['name']}: an optional field needs a default or nullable = true")
    return FieldSpec(entry["name"], kind, required, nullable, entry.get("max_length"), entry.get("default"),
                     entry.get("column", entry["name"]))


def field_spec(table: str, entry: Mapping[str, Any]) -> FieldSpec:
    """One field entry of a spec file (bundle or aggregate format), checked like the bundle specs' own."""
    return _field(table, entry)

