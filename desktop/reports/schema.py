"""The synced tables indicator definitions may count, checked against the SQLAlchemy metadata."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Date, Float, Integer, Numeric, Table

from desktop.db.base import LOCAL_ONLY, Base


def tables() -> dict[str, Table]:
    import desktop.db.models  # noqa: F401 - registers every mapped table on Base.metadata

    # Only records that travel (origin_unit, deleted_at): accounts, audit and settings are not counted.
    return {name: t for name, t in Base.metadata.tables.items() if "origin_unit" in t.c and "deleted_at" in t.c}


@dataclass(frozen=True)
class Step:
    """A path 'client_id.sex' resolved: follow foreign key `via` of `table` to `target`, read `column`."""

    table: str
    column: str
    via: str | None = None  # the foreign-key column on `table` when the column is on a referred table
    target: str | None = None  # the referred table


class PathError(Exception):
    """Why a column path does not resolve; the loader turns it into a coded error naming the item."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def resolve(table: str, path: str) -> Step:
    """'sex' on clients, or 'client_id.sex' on client_contacts (one foreign-key hop at most)."""
    known = tables()
    if table not in known:
        raise PathError("indicators.unknown_table", table=table)
    head, _, tail = path.partition(".")
    base = known[table]
    if head not in base.c:
        raise PathError("indicators.unknown_column", table=table, column=head)
    if not tail:
        _readable(base.c[head], table)
        return Step(table, head)
    keys = list(base.c[head].foreign_keys)
    if len(keys) != 1 or "." in tail:
        raise PathError("indicators.not_a_reference", table=table, column=head)
    target = keys[0].column.table
    if tail not in target.c:
        raise PathError("indicators.unknown_column", table=target.name, column=tail)
    _readable(target.c[tail], target.name)
    return Step(table, tail, via=head, target=target.name)


def _readable(column: Column[Any], table: str) -> None:
    # A report leaves the PC: a local-only column (nickname, notes) may never feed one.
    if column.info.get(LOCAL_ONLY):
        raise PathError("indicators.local_only", table=table, column=column.name)


def column_type(step: Step) -> object:
    table = tables()[step.target or step.table]
    return table.c[step.column].type


def is_date(step: Step) -> bool:
    return isinstance(column_type(step), Date)


def is_number(step: Step) -> bool:
    return isinstance(column_type(step), Integer | Numeric | Float)
