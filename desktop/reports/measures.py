"""The counting vocabulary of indicator definitions: which rows of which synced table, and what of them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop.reports import schema
from desktop.reports.toml_source import Where

if TYPE_CHECKING:
    from desktop.reports.dimensions import Dimension


class Aggregate(StrEnum):
    ROWS = "rows"  # how many records (lượt, buổi)
    SUM = "sum"  # the sum of a count column (participants)
    DISTINCT = "distinct"  # how many different values (người: distinct client_id)
    UNITS = "units"  # how many communes have at least `min_rows` matching records (T1)


class Op(StrEnum):
    EQ = "eq"
    IN = "in"
    NOT_IN = "not"
    MIN = "min"
    MAX = "max"
    NULL = "null"
    HAS = "has"  # a word of a space-separated code column, such as topics


@dataclass(frozen=True)
class Condition:
    path: str
    op: Op
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Measure:
    """`{count = "outreach_sessions", date = "held_on", where = {...}, sum = "participants_total"}`."""

    table: str
    aggregate: Aggregate
    column: str | None = None  # the summed or distinct column path
    date: str | None = None  # records dated inside the period
    until: str | None = None  # records dated on or before the period's end (a stock, such as businesses)
    where: tuple[Condition, ...] = ()
    min_rows: int = 1

    @property
    def sum(self) -> str | None:
        return self.column if self.aggregate is Aggregate.SUM else None


_KEYS = frozenset({"count", "date", "until", "where", "sum", "distinct", "units"})
_OPS = {"not": Op.NOT_IN, "min": Op.MIN, "max": Op.MAX, "null": Op.NULL, "has": Op.HAS}


def parse_measure(where: Where, raw: Any, *, field: str) -> Measure:
    if not isinstance(raw, dict):
        where.fail("indicators.bad_value", field=field, name=field, value=str(raw))
    where.check_keys(raw, _KEYS, required=frozenset({"count"}))
    table = raw["count"]
    if not isinstance(table, str) or table not in schema.tables():
        where.fail("indicators.unknown_table", field="count", table=str(table))
    chosen = [k for k in ("sum", "distinct", "units") if k in raw]
    if len(chosen) > 1:
        where.fail("indicators.bad_value", field=chosen[1], name=chosen[1], value=str(raw[chosen[1]]))
    aggregate, column, min_rows = Aggregate.ROWS, None, 1
    if chosen == ["units"]:
        aggregate, min_rows = Aggregate.UNITS, raw["units"]
        if not isinstance(min_rows, int) or isinstance(min_rows, bool) or min_rows < 1:
            where.fail("indicators.bad_value", field="units", name="units", value=str(min_rows))
    elif chosen:
        aggregate, column = Aggregate(chosen[0]), raw[chosen[0]]
        step = _step(where, table, path=column, field=chosen[0])
        if aggregate is Aggregate.SUM and not schema.is_number(step):
            where.fail("indicators.not_a_number", field="sum", table=table, column=str(column))
    for key in ("date", "until"):
        if key in raw and not schema.is_date(_step(where, table, path=raw[key], field=key)):
            where.fail("indicators.not_a_date", field=key, table=table, column=str(raw[key]))
    if "date" in raw and "until" in raw:
        where.fail("indicators.bad_value", field="until", name="until", value=str(raw["until"]))
    return Measure(table, aggregate, column, raw.get("date"), raw.get("until"),
                   _conditions(where, table, raw=raw.get("where", {})), min_rows)


def _step(where: Where, table: str, *, path: Any, field: str) -> schema.Step:
    if not isinstance(path, str):
        where.fail("indicators.bad_value", field=field, name=field, value=str(path))
    try:
        return schema.resolve(table, path)
    except schema.PathError as error:
        where.fail(error.code, field=field, **error.params)


def _conditions(where: Where, table: str, *, raw: Any) -> tuple[Condition, ...]:
    if not isinstance(raw, dict):
        where.fail("indicators.bad_value", field="where", name="where", value=str(raw))
    found: list[Condition] = []
    for path, spec in raw.items():
        _step(where, table, path=path, field=path)
        if isinstance(spec, list):
            found.append(Condition(path, Op.IN, tuple(spec)))
        elif isinstance(spec, dict):
            if len(spec) != 1 or next(iter(spec)) not in _OPS:
                where.fail("indicators.unknown_field", field=path, name=", ".join(spec))
            key, value = next(iter(spec.items()))
            op = _OPS[key]
            values = tuple(value) if isinstance(value, list) else (value,)
            if op is Op.NULL and not isinstance(value, bool):
                where.fail("indicators.bad_value", field=path, name=key, value=str(value))
            found.append(Condition(path, op, values))
        else:
            found.append(Condition(path, Op.EQ, (spec,)))
    return tuple(found)


def check_dimension(where: Where, dimension: Dimension) -> None:
    """Every column a dimension names must exist on its table; split columns must be numbers."""
    paths: list[tuple[str, str, str]] = [(t, p, "columns") for t, p in dimension.columns.items()]
    paths += [(t, p, "birth_year") for t, p in dimension.birth_year.items()]
    paths += [(t, c, "split") for t, cols in dimension.split.items() for _, c in cols]
    for table, path, field in paths:
        if table not in schema.tables():
            where.fail("indicators.unknown_table", field=field, table=table)
        step = _step(where, table, path=path, field=field)
        if field != "columns" and not schema.is_number(step):
            where.fail("indicators.not_a_number", field=field, table=table, column=path)
    if dimension.default_column:
        for table in schema.tables():
            if dimension.default_column not in schema.tables()[table].c:
                where.fail("indicators.unknown_column", field="column", table=table, column=dimension.default_column)


def labels_of(dimension: Dimension, listed: Mapping[str, str]) -> dict[str, str]:
    return {**listed, **dict(dimension.labels)}
