"""Turns one measure (optionally grouped by one dimension) into one SQLAlchemy Core statement."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (Boolean, ColumnElement, CompoundSelect, FromClause, Select, String, Table, TypeDecorator, and_, bindparam,
                        case, func, literal, or_, select, type_coerce, union_all)
from sqlalchemy.types import Numeric
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import Label
from sqlalchemy.sql.selectable import Subquery
from sqlalchemy.sql.visitors import InternalTraversal

from desktop.domain.age_bands import AGE_BANDS
from desktop.domain.periods import Period
from desktop.reports import schema
from desktop.reports.dimensions import Dimension, DimensionKind
from desktop.reports.measures import Aggregate, Condition, Measure, Op

GROUP = "g"
VALUE = "v"


@dataclass(frozen=True)
class Window:
    """What every measure is restricted to: the period, and the communes of the scope (None = all)."""

    period: Period
    units: tuple[str, ...] | None
    # Rows (table, date column, until column) whose communes in the period are all in `units`, as counted
    # (merged.py): their statements need no commune filter.
    whole: frozenset[tuple[str, str | None, str | None]] = frozenset()


class Source:
    """A measure's table, plus each referred table joined once, on demand, by its foreign key."""

    def __init__(self, table: str) -> None:
        self.name = table
        self.table: Table = schema.tables()[table]
        self._joins: dict[str, tuple[FromClause, ColumnElement[bool]]] = {}

    def column(self, path: str) -> ColumnElement[Any]:
        step = schema.resolve(self.name, path)
        if step.via is None:
            return self.table.c[step.column]
        if step.via not in self._joins:
            key = next(iter(self.table.c[step.via].foreign_keys))
            alias = schema.tables()[step.target or ""].alias(f"ref_{step.via}")
            self._joins[step.via] = (alias, self.table.c[step.via] == alias.c[key.column.name])
        return self._joins[step.via][0].c[step.column]

    def clause(self) -> FromClause:
        joined: FromClause = self.table
        for alias, on in self._joins.values():
            joined = joined.outerjoin(alias, on)
        return joined


def _condition(source: Source, condition: Condition, *,
               base: Callable[[str], ColumnElement[Any]]) -> ColumnElement[bool]:
    column = base(condition.path)
    values: Sequence[object] = condition.values
    match condition.op:
        case Op.EQ:
            return column == values[0]
        case Op.IN:
            return column.in_(values)
        case Op.NOT_IN:
            return or_(column.is_(None), column.not_in(values))
        case Op.MIN:
            return column >= values[0]
        case Op.MAX:
            return column <= values[0]
        case Op.NULL:
            return column.is_(None) if values[0] else column.is_not(None)
        case Op.HAS:
            # Space-separated code lists: pad with spaces so 'law' does not match 'lawyer'.
            padded = literal(" ").concat(column).concat(" ")
            return or_(*(padded.like(f"% {v} %") for v in values))
    raise AssertionError(condition.op)


class Unindexed(ColumnElement[Any]):
    """A column SQLite must not pick an index for: rendered `+column` there, plain elsewhere.

    Without statistics SQLite ranges over the (deleted_at, held_on) index for a whole year and
    then looks every row up: 0.5 s for a province where the origin_unit index takes 3 ms
    (measured on the synthetic national year, tests/benchmarks/test_bench_reports.py).
    """

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


class InUnits(ColumnElement[bool]):
    """`origin_unit` among the scope's communes, sent as ONE parameter however many communes there are.

    A national scope is 3,321 communes: as an IN list that was 3,321 bound parameters in each of the
    report's ~50 statements, which SQLAlchemy renders one by one and psycopg sends and PostgreSQL parses
    one by one (30–45 ms per statement before it read a row, on the synthetic national year of
    tests/benchmarks/test_bench_reports.py). PostgreSQL gets one array (`= ANY(...)`), SQLite one JSON
    array read by json_each; elsewhere a plain IN list.
    """

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a condition as it stands, not a column SQLite must compare with 1
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement),
                           ("units", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any], units: Sequence[str]) -> None:
        self.column = column
        self.listed = tuple(units)
        # The value travels in whatever form the dialect renders (see below); unique: one statement
        # may carry several windows (pair_select).
        self.units = bindparam("units", value=self.listed, unique=True, type_=_UnitList())


class _UnitList(TypeDecorator[Any]):
    """The scope's communes as one bound value: a list for PostgreSQL's array, JSON text for SQLite."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import ARRAY

            return dialect.type_descriptor(ARRAY(String()))
        return dialect.type_descriptor(String())

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return list(value) if dialect.name == "postgresql" else json.dumps(list(value))


@compiles(InUnits)
def _in_list(element: InUnits, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.in_(element.listed), **kw))


@compiles(InUnits, "postgresql")
def _any_of_array(element: InUnits, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} = ANY({compiler.process(element.units, **kw)})"


@compiles(InUnits, "sqlite")
def _in_json_each(element: InUnits, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} IN (SELECT value FROM json_each({compiler.process(element.units, **kw)}))"


@compiles(Unindexed)
def _plain(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(Unindexed, "sqlite")
def _unary_plus(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


def window_filters(source: Source, measure: Measure, *, window: Window) -> list[ColumnElement[bool]]:
    """The rows a measure counts; only origin_unit may drive an index (see Unindexed)."""
    table = source.table

    def base(path: str) -> ColumnElement[Any]:
        column = source.column(path)
        return Unindexed(column) if column.table is table else column

    found: list[ColumnElement[bool]] = [Unindexed(table.c.deleted_at).is_(None)]
    if measure.date:
        found.append(base(measure.date).between(window.period.start, window.period.end))
    if measure.until:
        found.append(base(measure.until) <= window.period.end)
    if window.units is not None and (source.name, measure.date, measure.until) not in window.whole:
        found.append(InUnits(table.c.origin_unit, window.units))
    found += [_condition(source, c, base=base) for c in measure.where]
    return found


def conditions(source: Source, measure: Measure) -> list[ColumnElement[bool]]:
    """A measure's own conditions (its `where`) on plain columns, for a CASE WHEN (merged.py)."""
    return [_condition(source, c, base=source.column) for c in measure.where]


def plain_number(expression: ColumnElement[Any]) -> ColumnElement[Any]:
    return type_coerce(expression, _PlainNumber())


def _age_band(birth_year: ColumnElement[Any], year: int) -> ColumnElement[Any]:
    """The band code of the age reached in `year` (desktop.domain.age_bands: birth year only)."""
    age = literal(year) - birth_year
    whens: list[tuple[ColumnElement[bool], str | None]] = [(birth_year.is_(None), None)]
    whens += [(age <= band.high, band.code) for band in AGE_BANDS if band.high is not None]
    return case(*whens, else_=AGE_BANDS[-1].code)


def group_column(source: Source, dimension: Dimension, *, window: Window) -> ColumnElement[Any]:
    path = dimension.path_on(source.name)
    if dimension.kind_on(source.name) is DimensionKind.AGE_BAND:
        return _age_band(source.column(path), window.period.end.year)
    return source.column(path)


class _PlainNumber(TypeDecorator[Any]):
    """PostgreSQL's sum() of integers is numeric (psycopg gives Decimal); SQLite's is an int: give int or float."""

    impl = Numeric
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None or isinstance(value, int | float):
            return value
        return int(value) if value == int(value) else float(value)


def _sum(expression: Any) -> ColumnElement[Any]:
    return type_coerce(func.sum(expression), _PlainNumber())


def _aggregate(source: Source, measure: Measure) -> ColumnElement[Any]:
    match measure.aggregate:
        case Aggregate.ROWS:
            return func.count()
        case Aggregate.SUM:
            return type_coerce(func.coalesce(func.sum(source.column(measure.column or "")), 0), _PlainNumber())
        case Aggregate.DISTINCT:
            return func.count(func.distinct(source.column(measure.column or "")))
    raise AssertionError(measure.aggregate)


def measure_select(measure: Measure, window: Window, *, dimension: Dimension | None = None) -> Select[Any]:
    """Rows (g, v) grouped by the dimension, or a single row (v) without one."""
    if dimension is not None and reference_of(measure, dimension) is not None:
        return crossed_select(measure, window, dimensions=[dimension])
    source = Source(measure.table)
    group: Label[Any] | None = group_column(source, dimension, window=window).label(GROUP) if dimension else None
    filters = window_filters(source, measure, window=window)
    if measure.aggregate is Aggregate.UNITS:
        # Communes with at least min_rows matching records, counted per group.
        keys = [c for c in (group, source.table.c.origin_unit) if c is not None]
        inner = (select(*keys).select_from(source.clause()).where(and_(*filters)).group_by(*keys)
                 .having(func.count() >= measure.min_rows).subquery())
        outer_group = [inner.c[GROUP]] if group is not None else []
        return select(*outer_group, func.count().label(VALUE)).select_from(inner).group_by(*outer_group)
    columns = [c for c in (group,) if c is not None]
    stmt = select(*columns, _aggregate(source, measure).label(VALUE)).select_from(source.clause()).where(and_(*filters))
    return stmt.group_by(group) if group is not None else stmt


def unknown_select(measure: Measure, window: Window) -> Select[Any] | None:
    """How many counted records lack the summed figure (a nullable column left empty), or None if it cannot.

    T3–T5 sum the people newly reached per session; sessions recorded before the question was asked
    have none, and the report must say the share leaves them out rather than count them as 0.
    """
    if measure.aggregate is not Aggregate.SUM or measure.column is None:
        return None
    source = Source(measure.table)
    column = source.column(measure.column)
    if not getattr(column, "nullable", False):
        return None
    filters = [*window_filters(source, measure, window=window), column.is_(None)]
    return select(func.count()).select_from(source.clause()).where(and_(*filters))


def split_select(measure: Measure, window: Window, *, dimension: Dimension) -> Select[Any]:
    """One row with one sum per split column (participants male / female / other)."""
    source = Source(measure.table)
    sums = [type_coerce(func.coalesce(func.sum(source.column(col)), 0), _PlainNumber()).label(code)
            for code, col in dimension.split[measure.table]]
    return select(*sums).select_from(source.clause()).where(and_(*window_filters(source, measure, window=window)))


def pair_select(numerator: Measure, denominator: Measure, *, window: Window,
                dimension: Dimension | None = None) -> Select[Any]:
    """Numerator and denominator of a share in one statement: (n, d), or (g, n, d) per group."""
    if dimension is None:
        return select(measure_select(numerator, window).scalar_subquery().label("n"),
                      measure_select(denominator, window).scalar_subquery().label("d"))
    num = measure_select(numerator, window, dimension=dimension).subquery()
    den = measure_select(denominator, window, dimension=dimension).subquery()
    both = union_all(
        select(num.c[GROUP], num.c[VALUE].label("n"), literal(0).label("d")),
        select(den.c[GROUP], literal(0).label("n"), den.c[VALUE].label("d")),
    ).subquery()
    return select(both.c[GROUP], _sum(both.c.n).label("n"), _sum(both.c.d).label("d")).group_by(both.c[GROUP])


def reference_of(measure: Measure, dimension: Dimension) -> str | None:
    """The foreign key a breakdown can be counted through (see crossed_select), or None.

    Only where the result is the same as the plain join: rows, sums of the table's own columns,
    or distinct references, with every filter on the table's own columns.
    """
    kind = dimension.kind_on(measure.table)
    if kind not in (DimensionKind.COLUMN, DimensionKind.AGE_BAND) or measure.aggregate is Aggregate.UNITS:
        return None
    step = schema.resolve(measure.table, dimension.path_on(measure.table))
    own = [measure.date, measure.until, *(c.path for c in measure.where)]
    if measure.aggregate is not Aggregate.DISTINCT:
        own.append(measure.column)
    if step.via is None or any(p and "." in p for p in own):
        return None
    if measure.aggregate is Aggregate.DISTINCT and measure.column != step.via:
        return None
    return step.via


def crossed_select(measure: Measure, window: Window, *, dimensions: Sequence[Dimension]) -> Select[Any]:
    """Breakdowns by columns of one referred table (a client's sex and age band, for contacts):
    count per reference first, then look each referred row up once instead of once per counted row.

    Rows (g0, g1, ..., v) per combination; each reference is counted once, so the figures of one
    dimension are the sums over the others. Half the time of the plain join on the synthetic
    national year (500,000 contacts, 100,000 clients). Every dimension must pass reference_of.
    """
    source = Source(measure.table)
    via = source.table.c[reference_of(measure, dimensions[0]) or ""]
    counted = [] if measure.aggregate is Aggregate.DISTINCT else [_aggregate(source, measure).label(VALUE)]
    inner = (select(via, *counted).select_from(source.clause()).where(and_(*window_filters(source, measure, window=window)))
             .group_by(via).subquery())
    groups, joined = referred_groups(inner, via, measure.table, dimensions, window=window)
    value = func.count() if measure.aggregate is Aggregate.DISTINCT else _sum(inner.c[VALUE])
    return select(*groups, value.label(VALUE)).select_from(joined).group_by(*groups)


def referred_groups(inner: Subquery, via: ColumnElement[Any], table: str, dimensions: Sequence[Dimension], *,
                    window: Window) -> tuple[list[Label[Any]], FromClause]:
    """The referred row of each reference counted in `inner` (joined once), and its dimensions' group columns."""
    first = schema.resolve(table, dimensions[0].path_on(table))
    referred = schema.tables()[first.target or ""].alias("ref")
    key = next(iter(via.foreign_keys)).column.name
    groups = []
    for n, dimension in enumerate(dimensions):
        column: ColumnElement[Any] = referred.c[schema.resolve(table, dimension.path_on(table)).column]
        if dimension.kind_on(table) is DimensionKind.AGE_BAND:
            column = _age_band(column, window.period.end.year)
        groups.append(column.label(GROUP if len(dimensions) == 1 else f"{GROUP}{n}"))
    return groups, inner.outerjoin(referred, inner.c[via.name] == referred.c[key])


def parameters_select(period: Period, units: Sequence[str]) -> CompoundSelect[*tuple[Any, ...]]:
    """Rows (code, origin_unit, value, 1) per commune's live report parameter of the period, then
    (code, NULL, sum, communes) per parameter over the same communes: one statement for both."""
    table = schema.tables()["report_parameters"]
    live = and_(table.c.deleted_at.is_(None), table.c.period_code == period.code, InUnits(table.c.origin_unit, units))
    per_unit = select(table.c.code, table.c.origin_unit, table.c.value, literal(1).label("n")).where(live)
    summed = (select(table.c.code, literal(None, table.c.origin_unit.type).label("origin_unit"),
                     func.sum(table.c.value).label("value"), func.count(func.distinct(table.c.origin_unit)).label("n"))
              .where(live).group_by(table.c.code))
    return union_all(per_unit, summed)
