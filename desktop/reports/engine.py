"""Computes a Report from a definition set with one SQL statement per indicator and per breakdown (at a hub,
the figures of one table and grouping come from one statement: merged.py; merge=False keeps one per figure)."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Connection

from desktop.domain.periods import Period
from desktop.domain.problems import DomainError
from desktop.domain.targets import Comparison
from desktop.reports import codes, merged, sql, suppression
from desktop.reports.reading import report_cache
from desktop.reports.scope import ParameterValues, Scope, parameter_values
from desktop.reports.dimensions import Dimension, DimensionKind
from desktop.reports.indicators import (
    DefinitionSet,
    Denominator,
    Indicator,
    Target,
)
from desktop.reports.measures import Aggregate, labels_of
from desktop.reports.model import (
    NOT_REPORTED,
    Breakdown,
    BreakdownRow,
    Figure,
    IndicatorResult,
    Report,
    Section,
    Status,
    TargetCheck,
    TargetColumn,
)

Pairs = dict[Any, tuple[float, float | None]]
# How a note names the records of a table that lack a summed figure.
_RECORD_NOUNS = {"outreach_sessions": "buổi truyền thông"}
_FIGURE_NOUNS = {"newly_reached": "số người lần đầu được tiếp cận trong năm"}  # group -> (numerator, denominator) as SQL counted them

# The hub's per-commune sheet: every synced record says which commune it came from.
UNIT_DIMENSION = Dimension(code="by_unit", name_vi="Xã, phường", name_en="Commune", codes=codes.COMMUNE, labels=(),
                           columns={}, default_column="origin_unit", birth_year={}, split={})


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A national report makes some 300,000 small objects (the figures and rows of 39 per-commune sheets),
    none in a reference cycle; the cyclic collector walked them all again on each of its passes while they
    were made: 0.2–0.4 s of CPU on the synthetic national year (tests/benchmarks/test_bench_reports.py).
    It runs again as soon as the report is made."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compute_report(conn: Connection, definitions: DefinitionSet, *, period: Period, scope: Scope,
                   generated_on: date, merge: bool = True) -> Report:
    """Every indicator of `definitions` for `period` over the scope's communes; parameter denominators
    come from the communes' report_parameters records (see ParameterValues).

    At a hub the figures several indicators need from the same rows come from one statement per table
    and grouping (merged.py); `merge=False` asks every figure with its own statement (the reference the
    tests compare the merged figures with)."""
    with _no_cycle_collection():
        return _compute_report(conn, definitions, period=period, scope=scope, generated_on=generated_on, merge=merge)


def _compute_report(conn: Connection, definitions: DefinitionSet, *, period: Period, scope: Scope,
                    generated_on: date, merge: bool) -> Report:
    if not scope.units:
        raise DomainError("reports.no_units")
    window = sql.Window(period, scope.counted)
    parameters = parameter_values(conn, period=period, units=scope.counted) if definitions.parameters else None
    if scope.is_hub:
        report_cache(conn)
    figures = (merged.compute(conn, definitions, window=window, per_commune=UNIT_DIMENSION)
               if merge and scope.is_hub and scope.counted else merged.Figures())
    window = dataclasses.replace(window, whole=frozenset(figures.whole))  # see merged.compute
    run = _Run(conn, definitions, window=window, scope=scope, parameters=parameters, figures=figures)
    sections = tuple(
        Section(s.code, s.name_vi, tuple(run.indicator(i) for i in definitions.in_section(s.code)))
        for s in definitions.sections
    )
    programme = definitions.programme
    title = f"{programme.name_vi} ({programme.extra})" if programme.extra else programme.name_vi
    unknown_notes = tuple(_unknown_note(i, definitions.indicator(i.code)) for s in sections for i in s.indicators
                          if i.figure.unknown)
    return Report(
        title=definitions.title_vi, programme=title, period=period, province_name=scope.province_name,
        unit_name=scope.unit_name, is_hub=scope.is_hub, units=scope.units,
        target_columns=tuple(TargetColumn(t.code, t.name_vi, t.extra) for t in definitions.target_sets),
        sections=sections, suppress_small=scope.is_hub, generated_on=generated_on, definitions=definitions.source,
        notes_extra=unknown_notes,
    )


NO_SET_TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM"


def no_set_report(*, period: Period, scope: Scope, generated_on: date) -> Report:
    """A report for a period no indicator set covers: no figures, a request to load a set (layout.no_set_line)."""
    return Report(title=NO_SET_TITLE, programme="", period=period, province_name=scope.province_name,
                  unit_name=scope.unit_name, is_hub=scope.is_hub, units=scope.units, target_columns=(), sections=(),
                  suppress_small=scope.is_hub, generated_on=generated_on, definitions="", no_definitions=True)


def _unknown_note(result: IndicatorResult, ind: Indicator) -> str:
    noun = _RECORD_NOUNS.get(ind.measure.table, "bản ghi")
    what = _FIGURE_NOUNS.get(ind.measure.column or "", "số liệu được cộng")
    return (f"{result.code}: {result.figure.unknown} {noun} chưa ghi {what} (không rõ) nên không được tính; "
            "kết quả là mức tối thiểu.")


def _additive(ind: Indicator) -> bool:
    measures = [ind.measure] + ([ind.denominator.measure] if ind.denominator and ind.denominator.measure else [])
    return all(m.aggregate is not Aggregate.DISTINCT for m in measures)


def _share(numerator: float | None, denominator: float | None) -> Figure:
    if numerator is None or not denominator:
        return Figure(None, numerator, denominator)
    return Figure(numerator * 100 / denominator, numerator, denominator)


def check(target: Target, figure: Figure, *, period: Period, share: bool) -> TargetCheck:
    text = target.text + ("%" if share else "")
    if target.per is not None and period.kind != target.per:
        return TargetCheck(target.set_code, text, Status.NOT_JUDGED)
    if figure.value is None:
        return TargetCheck(target.set_code, text, Status.NO_DATA)
    # Judge the number as printed (one decimal), so 69.96 shown as 70.0% is not called "not met".
    value = round(figure.value, 1) if share else figure.value
    if share and value > 100:
        return TargetCheck(target.set_code, text, Status.OVER_100)  # repeats counted: never "met"
    met = value >= target.value if target.comparison is Comparison.AT_LEAST else value <= target.value
    if not met and figure.unknown and target.comparison is Comparison.AT_LEAST:
        # Records without the figure could lift it over the target: too little data to say "not met".
        return TargetCheck(target.set_code, text, Status.NO_DATA)
    return TargetCheck(target.set_code, text, Status.MET if met else Status.NOT_MET)


class _Run:
    def __init__(self, conn: Connection, definitions: DefinitionSet, *, window: sql.Window, scope: Scope,
                 parameters: ParameterValues | None, figures: merged.Figures) -> None:
        self.conn = conn
        self.figures = figures
        self.definitions = definitions
        self.window = window
        self.scope = scope
        self.parameters = parameters
        # What every per-commune sheet shares, worked out once per report rather than per indicator.
        self.silent = frozenset(scope.codes) - frozenset(scope.counted)
        self.unit_names = {u.code: u.name for u in scope.units}
        self.shown: dict[tuple[Any, ...], Figure] = {}

    def indicator(self, ind: Indicator) -> IndicatorResult:
        if not self.scope.counted:
            return self._nobody_reported(ind)
        by_unit: Breakdown | None = None
        per_unit: Pairs = {}
        if self.scope.is_hub:
            by_unit, per_unit = self._breakdown(ind, UNIT_DIMENSION)
        crossed, crossed_total = self._crossed(ind)
        # A count or sum over the communes adds up: the total comes from the per-commune figures
        # instead of a second pass over the table. Distinct persons do not (one may visit two communes).
        if by_unit is not None and _additive(ind):
            total = self._total_of(ind, per_unit)
        elif crossed_total is not None:
            total = self._total_of(ind, {None: (crossed_total, None)})
        else:
            total = self._total(ind)
        breakdowns = tuple(self._breakdown(ind, self.definitions.dimensions[d], pairs=crossed.get(d))[0]
                           for d in ind.breakdowns)
        unknown_stmt = sql.unknown_select(ind.measure, self.window)
        if unknown_stmt is not None and total.value is not None:
            unknown = self.figures.unknown.get(ind.measure)
            total = dataclasses.replace(total, unknown=int(self._scalar(unknown_stmt) if unknown is None else unknown))
        targets = tuple(check(t, total, period=self.window.period, share=ind.is_share) for t in ind.targets)
        if self.scope.is_hub and ind.sensitive:
            total = suppression.hide_small(total)
            breakdowns = tuple(Breakdown(b.dimension, b.title, suppression.protect(b.rows, total)) for b in breakdowns)
            if by_unit is not None:
                by_unit = Breakdown(by_unit.dimension, by_unit.title, suppression.protect(by_unit.rows, total))
        return IndicatorResult(ind.code, ind.name_vi, ind.unit, total, targets, breakdowns, by_unit, ind.sensitive,
                               ind.note_vi)

    def _nobody_reported(self, ind: Indicator) -> IndicatorResult:
        """No commune of the scope sent data: every figure is "chưa báo cáo", no target is judged."""
        missing = Figure(None, hidden=NOT_REPORTED)
        by_unit = None
        if self.scope.is_hub:
            by_unit = Breakdown(UNIT_DIMENSION.code, UNIT_DIMENSION.name_vi,
                                tuple(BreakdownRow(u.code, u.name, missing) for u in self.scope.units))
        targets = tuple(TargetCheck(t.set_code, t.text + ("%" if ind.is_share else ""), Status.NO_DATA)
                        for t in ind.targets)
        return IndicatorResult(ind.code, ind.name_vi, ind.unit, missing, targets, (), by_unit, ind.sensitive,
                               ind.note_vi)

    def _scalar(self, stmt: Any) -> float:
        return self.conn.execute(stmt).scalar_one() or 0

    def _total(self, ind: Indicator) -> Figure:
        den = ind.denominator
        found = self.figures.of(ind.measure, merged.TOTAL)
        if found is not None and (den is None or den.measure is None):
            value = found[None] or 0
            return Figure(value, value) if den is None else _share(value, self._fixed_denominator(den, grouped=False))
        counted = self.figures.of(den.measure, merged.TOTAL) if den is not None and den.measure is not None else None
        if found is not None and counted is not None:
            return _share(found[None] or 0, counted[None] or 0)
        if den is None:
            value = self._scalar(sql.measure_select(ind.measure, self.window))
            return Figure(value, value)
        if den.measure is not None:
            n, d = self.conn.execute(sql.pair_select(ind.measure, den.measure, window=self.window)).one()
            return _share(n or 0, d or 0)
        numerator = self._scalar(sql.measure_select(ind.measure, self.window))
        return _share(numerator, self._fixed_denominator(den, grouped=False))

    def _total_of(self, ind: Indicator, per_unit: Mapping[Any, tuple[float, float | None]]) -> Figure:
        numerator = sum(n for n, _ in per_unit.values())
        den = ind.denominator
        if den is None:
            return Figure(numerator, numerator)
        if den.measure is not None:
            return _share(numerator, sum(d or 0 for _, d in per_unit.values()))
        return _share(numerator, self._fixed_denominator(den, grouped=False))

    def _fixed_denominator(self, den: Denominator, *, grouped: bool, per_commune: bool = False,
                           unit: Any = None) -> float | None:
        """A denominator that is not counted: the communes (1 each when grouped by commune), a constant,
        or a parameter — entered per commune, so known for the whole scope (ParameterValues.total) and
        for one commune's group (`unit`), unknown for any other group (sex, target group...)."""
        if den.communes:
            return 1 if per_commune else len(self.scope.counted)
        if den.constant is not None:
            return den.constant
        if den.parameter is not None and self.parameters is not None:
            if not grouped:
                return self.parameters.total(den.parameter)
            if per_commune and unit is not None:
                return self.parameters.of(den.parameter, str(unit))
        return None

    def _per_group_denominators(self, den: Denominator | None) -> bool:
        return den is not None and den.measure is None and den.parameter is not None

    def _crossed(self, ind: Indicator) -> tuple[dict[str, Pairs], float | None]:
        """Breakdowns by columns of one referred table from a single statement (sql.crossed_select),
        and for distinct references the total too: each reference is counted once in it."""
        den = ind.denominator
        if den is not None and den.measure is not None:
            return {}, None
        by_reference: dict[str, list[Dimension]] = {}
        for code in ind.breakdowns:
            dim = self.definitions.dimensions[code]
            via = sql.reference_of(ind.measure, dim)
            if via is not None:
                by_reference.setdefault(via, []).append(dim)
        distinct = ind.measure.aggregate is Aggregate.DISTINCT
        fixed = None if den is None else self._fixed_denominator(den, grouped=True)
        found: dict[str, Pairs] = {}
        total: float | None = None
        for dims in by_reference.values():
            if len(dims) < 2 and not distinct:
                continue  # a single breakdown is crossed_select on its own in _breakdown
            rows = self.figures.crossed.get((ind.measure, tuple(d.code for d in dims)))
            if rows is None:
                rows = self.conn.execute(sql.crossed_select(ind.measure, self.window, dimensions=dims)).all()
            for n, dim in enumerate(dims):
                sums: dict[Any, float] = {}
                for row in rows:  # a few dozen combinations, already counted by SQL
                    sums[row[n]] = sums.get(row[n], 0) + row[-1]
                found[dim.code] = {key: (value, fixed) for key, value in sums.items()}
            if distinct:
                total = sum(row[-1] for row in rows)
        return found, total

    def _breakdown(self, ind: Indicator, dim: Dimension, *,
                   pairs: Pairs | None = None) -> tuple[Breakdown, Pairs]:
        """The rows of one breakdown, and the raw (numerator, denominator) per group they came from."""
        table = ind.measure.table
        kind = dim.kind_on(table)
        per_commune = kind is DimensionKind.COLUMN and dim.path_on(table) == "origin_unit"
        if pairs is None:
            pairs = self._grouped(ind, dim, per_commune=per_commune)
        # Communes that sent nothing show "chưa báo cáo", never a 0 that reads as "did nothing".
        silent = self.silent if dim.codes == codes.COMMUNE else frozenset()
        missing = Figure(None, hidden=NOT_REPORTED)
        figure = self._figure
        share = ind.is_share
        # A group without rows: its denominator does not depend on the group unless it is a commune's own.
        den = ind.denominator
        same_zero = not (per_commune and den is not None and den.measure is None and den.parameter is not None)
        zero = (0, self._zero_den(ind, per_commune)) if same_zero else None
        rows = tuple(
            BreakdownRow(code, label, missing if key in silent else
                         figure(share, pairs[key] if key in pairs else
                                zero if zero is not None else (0, self._zero_den(ind, per_commune, key))))
            for key, code, label in self._ordered(dim, pairs)
        )
        return Breakdown(dim.code, dim.name_vi, rows), pairs

    def _grouped(self, ind: Indicator, dim: Dimension, *, per_commune: bool) -> Pairs:
        """(numerator, denominator) per group, from one statement."""
        table = ind.measure.table
        den = ind.denominator
        if dim.kind_on(table) is DimensionKind.SPLIT:
            row = self.figures.split.get((ind.measure, dim.code))
            if row is None:
                row = self.conn.execute(sql.split_select(ind.measure, self.window, dimension=dim)).one()._mapping
            fixed = None if den is None else self._fixed_denominator(den, grouped=True)
            return {code: (row[code], fixed) for code, _ in dim.split[table]}
        found = self.figures.of(ind.measure, dim.code)
        if den is not None and den.measure is not None and dim.kind_on(den.measure.table):
            counted = self.figures.of(den.measure, dim.code)
            if found is not None and counted is not None:  # what pair_select's union of both sides gives
                return {g: (found.get(g) or 0, counted.get(g) or 0) for g in {**found, **counted}}
            stmt = sql.pair_select(ind.measure, den.measure, window=self.window, dimension=dim)
            return {g: (n or 0, d or 0) for g, n, d in self.conn.execute(stmt)}
        rows: Any = (found.items() if found is not None
                     else self.conn.execute(sql.measure_select(ind.measure, self.window, dimension=dim)))
        if den is None or den.measure is not None:
            return {g: (v or 0, None) for g, v in rows}
        if per_commune and self._per_group_denominators(den):
            return {g: (v or 0, self._fixed_denominator(den, grouped=True, per_commune=True, unit=g))
                    for g, v in rows}
        fixed = self._fixed_denominator(den, grouped=True, per_commune=per_commune)
        return {g: (v or 0, fixed) for g, v in rows}

    def _zero_den(self, ind: Indicator, per_commune: bool, key: Any = None) -> float | None:
        den = ind.denominator
        if den is None or den.measure is not None:
            return 0 if den is not None else None
        return self._fixed_denominator(den, grouped=True, per_commune=per_commune, unit=key)

    def _figure(self, share: bool, pair: tuple[float, float | None]) -> Figure:
        """The figure of one group; equal groups share one (frozen) Figure: a national report has 130,000."""
        numerator, denominator = pair
        key = (share, numerator, denominator, type(numerator), type(denominator))  # 3 and 3.0 stay apart
        found = self.shown.get(key)
        if found is None:
            found = self.shown[key] = _share(numerator, denominator) if share else Figure(numerator, numerator)
        return found

    def _ordered(self, dim: Dimension, found: Mapping[Any, Any]) -> list[tuple[Any, str, str]]:
        """(key in results, code, label): the code list's order with zeros kept, then codes not in it."""
        if dim.codes == codes.COMMUNE:
            listed = self.unit_names
        else:
            listed = labels_of(dim, codes.labels(dim.codes))
        rows: list[tuple[Any, str, str]] = [(code, code, label) for code, label in listed.items()]
        extra = sorted((k for k in found if k not in listed and k is not None), key=str)
        rows += [(k, str(k), str(k)) for k in extra]
        if None in found:
            rows.append((None, codes.UNKNOWN, codes.UNKNOWN_LABEL))
        return rows
