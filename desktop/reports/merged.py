"""One pass per table and grouping: the figures several indicators need from the same rows, in one statement.

A hub report asks every indicator for its per-commune figures, and several indicators for the same
breakdown (sessions by target group: TT1 counts them, TT2 sums their participants). Each was its own
GROUP BY over the same rows of the period: 79 statements for the default set, most of them reading the
same two big tables again (tests/benchmarks/test_bench_reports.py). Here every such figure of one table,
date column and grouping becomes a conditional aggregate of one statement (count(CASE WHEN ...),
sum(CASE WHEN ...), count(DISTINCT CASE WHEN ...)), so the rows are read once per grouping.

The values are exactly sql.measure_select's: the rows every figure shares (not deleted, in the period,
from the scope's communes) are the statement's WHERE; a figure's own conditions move into its CASE; a
group none of a figure's rows fall into is left out of that figure, as its own WHERE would have left it
(a count per figure says which). Split sums (participants by sex) ride along the per-commune pass of
their rows, summed over the communes; communes counted by a threshold in any other grouping keep their
own statements.

Breakdowns through a referred table (sql.crossed_select: a client's sex and age band, for contacts) that
several figures ask of the same rows come from one statement too (_crossed_run): per reference, a count
(and sum) per figure under its CASE; then per combination of the referred columns, the references a
figure has rows for (its distinct count), or the sum of its counts or sums.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, func, select

from desktop.reports import sql
from desktop.reports.dimensions import Dimension, DimensionKind
from desktop.reports.indicators import DefinitionSet, Indicator
from desktop.reports.measures import Aggregate, Measure

TOTAL = ""  # the grouping "none": one row over the whole window
# From how many communes a scope is asked of the store without a commune filter first (see compute).
WHOLE_STORE_MIN = 1000


@dataclass(frozen=True)
class _Pass:
    """The rows one statement reads: one table, the same date restriction, one grouping."""

    table: str
    date: str | None
    until: str | None
    dimension: str  # a dimension code, or TOTAL


@dataclass
class Figures:
    """What the merged statements found: per (measure, grouping) the value of each group it has rows in,
    and per summed measure how many of its rows lack the summed figure (sql.unknown_select)."""

    grouped: dict[tuple[Measure, str], dict[Any, Any]] = field(default_factory=dict)
    unknown: dict[Measure, int] = field(default_factory=dict)
    # (measure, split dimension) -> {split code: the sum sql.split_select gives}, from the per-commune pass.
    split: dict[tuple[Measure, str], dict[str, Any]] = field(default_factory=dict)
    # The rows (table, date, until) found to hold only the scope's communes: sql.Window.whole.
    whole: set[tuple[str, str | None, str | None]] = field(default_factory=set)
    # (measure, dimension codes) -> the rows sql.crossed_select(measure, dimensions) gives: (g0, g1, ..., v).
    crossed: dict[tuple[Measure, tuple[str, ...]], list[tuple[Any, ...]]] = field(default_factory=dict)

    def of(self, measure: Measure, dimension: str) -> dict[Any, Any] | None:
        return self.grouped.get((measure, dimension))


@dataclass(frozen=True)
class _Crossed:
    """The references one crossed statement counts: one table and date restriction, one foreign key,
    the same referred dimensions."""

    table: str
    date: str | None
    until: str | None
    via: str
    dimensions: tuple[str, ...]


def crossed_plan(definitions: DefinitionSet) -> dict[_Crossed, list[Measure]]:
    """The crossed breakdowns (engine._Run._crossed) of `definitions`, by statement: those several figures share."""
    wanted: dict[_Crossed, list[Measure]] = {}
    for ind in definitions.indicators:
        if ind.denominator is not None and ind.denominator.measure is not None:
            continue  # engine._crossed leaves shares counted on both sides alone
        by_reference: dict[str, list[str]] = {}
        for code in ind.breakdowns:
            via = sql.reference_of(ind.measure, definitions.dimensions[code])
            if via is not None:
                by_reference.setdefault(via, []).append(code)
        for via, codes in by_reference.items():
            if len(codes) < 2 and ind.measure.aggregate is not Aggregate.DISTINCT:
                continue
            key = _Crossed(ind.measure.table, ind.measure.date, ind.measure.until, via, tuple(codes))
            found = wanted.setdefault(key, [])
            if ind.measure not in found:
                found.append(ind.measure)
    return {key: measures for key, measures in wanted.items() if len(measures) > 1}


def mergeable(measure: Measure, dimension: Dimension | None) -> bool:
    """Whether measure_select(measure, dimension) is one plain GROUP BY over the measure's table."""
    if dimension is None:
        return measure.aggregate is not Aggregate.UNITS
    kind = dimension.kind_on(measure.table)
    if kind not in (DimensionKind.COLUMN, DimensionKind.AGE_BAND):
        return False
    if measure.aggregate is Aggregate.UNITS:  # only per commune: a commune counts once if it has enough rows
        return kind is DimensionKind.COLUMN and dimension.path_on(measure.table) == "origin_unit"
    return sql.reference_of(measure, dimension) is None


def plan(definitions: DefinitionSet, *, per_commune: Dimension) -> dict[_Pass, list[Measure]]:
    """Every (measure, grouping) a hub report of `definitions` asks measure_select for, by pass."""
    wanted: dict[_Pass, list[Measure]] = {}

    def want(measure: Measure, dimension: Dimension | None) -> None:
        key = _Pass(measure.table, measure.date, measure.until, dimension.code if dimension else TOTAL)
        found = wanted.setdefault(key, [])
        if measure not in found:
            found.append(measure)

    for ind in definitions.indicators:
        dimensions: list[Dimension | None] = [per_commune, *(definitions.dimensions[d] for d in ind.breakdowns)]
        if _needs_total(ind, definitions):
            dimensions.append(None)
        for dim in dimensions:
            measures = _measures(ind, dim)
            if measures and all(mergeable(m, dim) for m in measures):
                for measure in measures:
                    want(measure, dim)
    return wanted


def _measures(ind: Indicator, dimension: Dimension | None) -> list[Measure]:
    den = ind.denominator
    if den is not None and den.measure is not None and (dimension is None or dimension.kind_on(den.measure.table)):
        return [ind.measure, den.measure]  # a share counted on both sides (sql.pair_select)
    return [ind.measure]


def _needs_total(ind: Indicator, definitions: DefinitionSet) -> bool:
    """A total the per-commune figures cannot give: distinct references (one person, two communes), unless
    the breakdowns through the referred table give it already (engine._crossed)."""
    measures = [ind.measure] + ([ind.denominator.measure] if ind.denominator and ind.denominator.measure else [])
    if all(m.aggregate is not Aggregate.DISTINCT for m in measures):
        return False
    crossed = ind.measure.aggregate is Aggregate.DISTINCT and (ind.denominator is None or ind.denominator.measure is None)
    return not (crossed and any(sql.reference_of(ind.measure, definitions.dimensions[d]) for d in ind.breakdowns))


def compute(conn: Connection, definitions: DefinitionSet, *, window: sql.Window, per_commune: Dimension) -> Figures:
    """Every merged figure. On PostgreSQL a scope of many communes (a national one: 3,321) is first
    counted per commune without the commune filter: when every commune those rows come from is in the
    scope, the filter keeps every row, and the other statements over the same rows go without it
    (Figures.whole); the per-commune figures keep the scope's communes only, which is what the filter
    would have given."""
    figures = Figures()
    dimensions = {d.code: d for d in (per_commune, *definitions.dimensions.values())}
    passes = plan(definitions, per_commune=per_commune)
    splits = _splits(definitions, passes, per_commune=per_commune)
    # PostgreSQL only: on SQLite the origin_unit index is what drives every pass (sql.Unindexed); without
    # the filter its planner scans by other indexes, slower on the synthetic national year.
    many = window.units is not None and len(window.units) >= WHOLE_STORE_MIN
    scope = frozenset(window.units or ()) if many and conn.dialect.name == "postgresql" else None
    for key, measures in passes.items():
        if scope is not None and key.dimension == per_commune.code:
            unfiltered = sql.Window(window.period, window.units, frozenset({(key.table, key.date, key.until)}))
            if _run(conn, key, measures, dimension=per_commune, window=unfiltered, into=figures, scope=scope,
                    splits=splits.get(key, ())):
                figures.whole.add((key.table, key.date, key.until))
    window = sql.Window(window.period, window.units, frozenset(figures.whole))
    for key, measures in passes.items():
        if scope is None or key.dimension != per_commune.code:
            _run(conn, key, measures, dimension=dimensions.get(key.dimension), window=window, into=figures,
                 splits=splits.get(key, ()))
    for crossed, measures in crossed_plan(definitions).items():
        _crossed_run(conn, crossed, measures, dimensions=[dimensions[c] for c in crossed.dimensions], window=window,
                     into=figures)
    return figures


def _rows_of(key: _Pass | _Crossed, window: sql.Window) -> tuple[sql.Source, list[ColumnElement[bool]]]:
    """The table a pass reads and the conditions every figure of it shares: the period, the commune filter."""
    source = sql.Source(key.table)
    return source, sql.window_filters(source, Measure(key.table, Aggregate.ROWS, date=key.date, until=key.until),
                                      window=window)


def _crossed_run(conn: Connection, key: _Crossed, measures: Sequence[Measure], *, dimensions: Sequence[Dimension],
                 window: sql.Window, into: Figures) -> None:
    """sql.crossed_select of every measure at once. Per measure: how many references have its rows (a
    combination none has is left out, as its own statement would), and its value there."""
    source, shared = _rows_of(key, window)
    via = source.table.c[key.via]
    per_reference: list[ColumnElement[Any]] = [via]
    for n, measure in enumerate(measures):
        matched = sql.conditions(source, measure)
        per_reference.append(_count(matched).label(f"n{n}"))
        if measure.aggregate is Aggregate.SUM:
            column = source.column(measure.column or "")
            per_reference.append(func.coalesce(func.sum(_when(matched, column)), 0).label(f"s{n}"))
    inner = select(*per_reference).select_from(source.clause()).where(and_(*shared)).group_by(via).subquery()
    groups, joined = sql.referred_groups(inner, via, key.table, dimensions, window=window)
    columns: list[ColumnElement[Any]] = list(groups)
    for n, measure in enumerate(measures):
        has_rows = inner.c[f"n{n}"] > 0
        columns.append(func.count(case((has_rows, 1))).label(f"r{n}"))
        if measure.aggregate is Aggregate.SUM:
            columns.append(sql.plain_number(func.sum(inner.c[f"s{n}"])).label(f"v{n}"))
        elif measure.aggregate is Aggregate.ROWS:
            columns.append(sql.plain_number(func.sum(inner.c[f"n{n}"])).label(f"v{n}"))
    rows = conn.execute(select(*columns).select_from(joined).group_by(*groups)).all()
    width = len(groups)
    at = width
    for measure in measures:
        references = at
        value = at if measure.aggregate is Aggregate.DISTINCT else at + 1
        at = value + 1
        into.crossed[(measure, key.dimensions)] = [(*row[:width], row[value]) for row in rows if row[references]]


def _splits(definitions: DefinitionSet, passes: dict[_Pass, list[Measure]], *,
            per_commune: Dimension) -> dict[_Pass, list[tuple[Measure, Dimension]]]:
    """Split sums (participants by sex: one sum per column) ride along the per-commune pass of their rows:
    a sum over the communes is the sum over their rows, so no pass of their own."""
    found: dict[_Pass, list[tuple[Measure, Dimension]]] = {}
    for ind in definitions.indicators:
        for code in ind.breakdowns:
            dim = definitions.dimensions[code]
            measure = ind.measure
            key = _Pass(measure.table, measure.date, measure.until, per_commune.code)
            if (dim.kind_on(measure.table) is DimensionKind.SPLIT and measure in passes.get(key, ())
                    and measure.aggregate is not Aggregate.UNITS and (measure, dim) not in found.get(key, [])):
                found.setdefault(key, []).append((measure, dim))
    return found


def _run(conn: Connection, key: _Pass, measures: Sequence[Measure], *, dimension: Dimension | None,
         window: sql.Window, into: Figures, scope: frozenset[str] | None = None,
         splits: Sequence[tuple[Measure, Dimension]] = ()) -> bool:
    """One pass into `into`; with `scope` (per commune, unfiltered), only its communes' rows are kept, and
    whether those were all the rows is returned."""
    source, shared = _rows_of(key, window)
    columns: list[ColumnElement[Any]] = []
    if dimension is not None:
        columns.append(sql.group_column(source, dimension, window=window).label(sql.GROUP))
    # Where each figure's columns are in a row: (matched rows, value, rows lacking the summed figure).
    at: list[tuple[int, int, int | None]] = []
    for n, measure in enumerate(measures):
        matched = sql.conditions(source, measure)
        columns.append(_count(matched).label(f"n{n}"))
        counted = value = len(columns) - 1
        lacking = None
        if measure.aggregate is Aggregate.SUM:
            column = source.column(measure.column or "")
            columns.append(sql.plain_number(func.coalesce(func.sum(_when(matched, column)), 0)).label(f"v{n}"))
            value = len(columns) - 1
            if getattr(column, "nullable", False) and measure not in into.unknown:
                columns.append(_count([*matched, column.is_(None)]).label(f"u{n}"))
                lacking = len(columns) - 1
        elif measure.aggregate is Aggregate.DISTINCT:
            column = source.column(measure.column or "")
            columns.append(func.count(func.distinct(_when(matched, column))).label(f"v{n}"))
            value = len(columns) - 1
        at.append((counted, value, lacking))
    split_at: list[tuple[Measure, Dimension, list[tuple[str, int]]]] = []
    for measure, dim in splits:
        matched = sql.conditions(source, measure)
        sums = []
        for code, path in dim.split[key.table]:
            columns.append(sql.plain_number(func.coalesce(func.sum(_when(matched, source.column(path))), 0))
                           .label(f"s{len(columns)}"))
            sums.append((code, len(columns) - 1))
        split_at.append((measure, dim, sums))
    stmt = select(*columns).select_from(source.clause()).where(and_(*shared))
    if dimension is not None:
        stmt = stmt.group_by(columns[0])
    rows = conn.execute(stmt).all()
    whole = True
    if scope is not None:
        kept = [row for row in rows if row[0] in scope]
        whole, rows = len(kept) == len(rows), kept
    for measure, (counted, value, lacking) in zip(measures, at, strict=True):
        found = into.grouped.setdefault((measure, key.dimension), {})
        for row in rows:
            group = row[0] if dimension is not None else None
            if measure.aggregate is Aggregate.UNITS:
                if row[counted] >= measure.min_rows:
                    found[group] = 1
            elif dimension is None or row[counted]:  # a total is there even over no rows
                found[group] = row[value]
        if lacking is not None:
            into.unknown[measure] = sum(row[lacking] for row in rows)
    for measure, dim, sums in split_at:
        into.split[(measure, dim.code)] = {code: sum(row[at_] for row in rows) for code, at_ in sums}
    return whole


def _when(matched: Iterable[ColumnElement[bool]], value: ColumnElement[Any]) -> ColumnElement[Any]:
    conditions = list(matched)
    return case((and_(*conditions), value)) if conditions else value


def _count(matched: Iterable[ColumnElement[bool]]) -> ColumnElement[Any]:
    conditions = list(matched)
    return func.count(case((and_(*conditions), 1))) if conditions else func.count()
