"""The DHIS2 data values of a period: each mapped indicator per commune (its total, or one of its breakdowns),
suppressed as the hub's reports are, and checked against the mapping row by row before anything is written.

Small counts: the province report already hides 1–4 in its per-commune row and covers it with a second
hidden commune. A breakdown per commune is a two-way table (communes × options) whose margins the hub
publishes (each commune's total, the province's breakdown), so a hidden cell needs a second hidden cell in
its row and in its column: the hub's own `protect` is applied both ways until nothing changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.problems import Problem, ValidationFailed
from desktop.reports.dhis2_mapping import Dhis2Mapping, Element, adx_period, iso_period
from desktop.reports.model import (
    SECONDARY,
    SMALL,
    BreakdownRow,
    Figure,
    IndicatorResult,
    Report,
)
from desktop.reports.suppression import protect


@dataclass(frozen=True)
class DataValue:
    org_unit: str
    commune: str  # plain commune code, for the messages
    data_element: str
    category_option_combo: str
    adx: tuple[tuple[str, str], ...]  # the ADX disaggregator attribute and its code, none for a total
    value: str  # as DHIS2 takes it: "12", "66.7"


@dataclass(frozen=True)
class Dhis2Values:
    period: str  # DHIS2's ISO period, "2026Q3"
    adx_period: str  # "2026-07-01/P3M"
    values: tuple[DataValue, ...]
    withheld: int  # figures of 1–4 people (and their cover) that are not sent


def _text(figure: Figure, *, share: bool) -> str | None:
    """The value to send, or None: hidden, not reported, or no data."""
    if figure.hidden or figure.value is None:
        return None
    value = round(figure.value, 1) if share else figure.value
    return str(int(value)) if float(value).is_integer() else str(value)


def _plain(code: str) -> str:
    return code.partition("@")[0]


def dhis2_values(mapping: Dhis2Mapping, province: Report, communes: Mapping[str, Report]) -> Dhis2Values:
    """The values for `province`'s period; `communes`: each commune's own report (plain code -> report).

    Raises ValidationFailed naming each row the mapping cannot place (nothing is half done).
    """
    period = province.period
    problems: list[Problem] = []
    if period.kind.value not in mapping.periods:
        problems.append(Problem("dhis2.period_not_mapped", f"periods.{period.kind.value}",
                                {"period": period.code, "kind": period.kind.value}))
    org_units = {}
    # Only the communes that sent data for the period have values to place; the others need no org unit yet.
    for unit in (province.coverage.reporting if province.coverage is not None else province.units):
        plain = unit.plain_code
        if plain in mapping.org_units:
            org_units[plain] = mapping.org_units[plain]
        else:
            problems.append(Problem("dhis2.commune_not_mapped", f"org_units.{plain}", {"code": plain, "name": unit.name}))
    indicators = {i.code: i for i in province.indicators}
    for element in mapping.elements:
        where = f"data_elements.{element.indicator}"
        found = indicators.get(element.indicator)
        if found is None:
            problems.append(Problem("dhis2.unknown_indicator", where, {"indicator": element.indicator,
                                                                       "period": period.code}))
        elif element.disaggregation:
            problems += _option_problems(mapping, element, found, where)
    if problems:
        raise ValidationFailed(problems)
    values: list[DataValue] = []
    withheld = 0
    for element in mapping.elements:
        found = indicators[element.indicator]
        cells = _cells(element, found, communes, org_units)
        for (commune, option), figure in sorted(cells.items()):
            text = _text(figure, share=found.is_share)
            if text is None:
                withheld += figure.hidden in (SMALL, SECONDARY)
                continue
            combo: str = mapping.default_combo
            adx: tuple[tuple[str, str], ...] = ()
            if option is not None:
                dis = mapping.disaggregations[element.disaggregation]
                combo, adx = dis.options[option].category_option_combo, ((dis.adx_attribute,
                                                                          dis.options[option].adx_code),)
            values.append(DataValue(org_units[commune], commune, element.uid, combo, adx, text))
    return Dhis2Values(iso_period(period), adx_period(period), tuple(values), withheld)


def _option_problems(mapping: Dhis2Mapping, element: Element, found: IndicatorResult, where: str) -> list[Problem]:
    breakdown = next((b for b in found.breakdowns if b.dimension == element.disaggregation), None)
    if breakdown is None:
        return [Problem("dhis2.unknown_dimension", where, {"indicator": element.indicator,
                                                           "dimension": element.disaggregation})]
    options = mapping.disaggregations[element.disaggregation].options
    return [Problem("dhis2.option_not_mapped", f"disaggregations.{element.disaggregation}.options.{row.code}",
                    {"indicator": element.indicator, "dimension": element.disaggregation, "option": row.code})
            for row in breakdown.rows if row.code not in options]


Cells = dict[tuple[str, str | None], Figure]


def _cells(element: Element, province_ind: IndicatorResult, communes: Mapping[str, Report],
           org_units: Mapping[str, str]) -> Cells:
    """Each commune's figure (option None: its total), hidden where the hub hides it."""
    totals = {_plain(r.code): r.figure for r in (province_ind.by_unit.rows if province_ind.by_unit else ())
              if _plain(r.code) in org_units}
    if not element.disaggregation:
        return {(commune, None): figure for commune, figure in totals.items() if commune in org_units}
    cells: Cells = {}
    for commune, report in communes.items():
        ind = next((i for i in report.indicators if i.code == element.indicator), None)
        breakdown = next((b for b in ind.breakdowns if b.dimension == element.disaggregation), None) if ind else None
        for row in breakdown.rows if breakdown else ():
            cells[(commune, row.code)] = row.figure
    if province_ind.sensitive:
        province_rows = next(b for b in province_ind.breakdowns if b.dimension == element.disaggregation).rows
        cells = _protect_both_ways(cells, totals, {r.code: r.figure for r in province_rows})
    return cells


def _protect_both_ways(cells: Cells, commune_totals: Mapping[str, Figure], option_totals: Mapping[str, Figure]) -> Cells:
    for _ in range(len(cells) + 1):  # each pass hides at least one more cell or stops
        before = sum(1 for f in cells.values() if f.hidden)
        for commune, total in commune_totals.items():
            keys = [k for k in cells if k[0] == commune]
            cells.update(zip(keys, (r.figure for r in protect(
                tuple(BreakdownRow(str(k[1]), "", cells[k]) for k in keys), total)), strict=True))
        for option, total in option_totals.items():
            keys = [k for k in cells if k[1] == option]
            cells.update(zip(keys, (r.figure for r in protect(
                tuple(BreakdownRow(k[0], "", cells[k]) for k in keys), total)), strict=True))
        if sum(1 for f in cells.values() if f.hidden) == before:
            break
    return cells
