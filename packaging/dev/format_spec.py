"""Print bundle-format spec entries (TOML) for synced tables, read from the live models.

A starting point when a table or column is added to the bundle format (desktop/sync/FORMAT.md):
    python packaging/dev/format_spec.py                  # every synced table
    python packaging/dev/format_spec.py tips inspection_plans
Paste the output into the new version's desktop/sync/format/bundle_v<N>.toml and review it: a field
added after format 1 needs `required = false` and a `default` (or nullable) so older bundles still read.
"""

from __future__ import annotations

import sys

from desktop.db.base import local_only_columns
from desktop.db.models import synced_models
from desktop.sync.payload import model_kind, scalar_default


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def table_entry(model: type) -> str:
    table = model.__table__  # type: ignore[attr-defined]
    hidden = local_only_columns(model)
    lines = [f"[tables.{table.name}]", "fields = ["]
    for column in table.columns:
        if column.name in hidden:
            continue  # local-only: never in the format
        has_default, default = scalar_default(column)
        parts = [f'name = "{column.name}"', f'type = "{model_kind(column)}"']
        length = getattr(column.type, "length", None)
        if length is not None:
            parts.append(f"max_length = {length}")
        if column.nullable:
            parts.append("nullable = true")
        parts.append(f"required = {_value(not has_default)}")
        if has_default and default is not None:
            parts.append(f"default = {_value(default)}")
        lines.append("  { " + ", ".join(parts) + " },")
    lines.append("]")
    return "\n".join(lines)


def main(names: list[str]) -> None:
    models = [m for m in synced_models() if not names or m.__table__.name in names]  # type: ignore[attr-defined]
    print("\n\n".join(table_entry(m) for m in models))


if __name__ == "__main__":
    main(sys.argv[1:])
