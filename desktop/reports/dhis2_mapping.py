"""The administrator's DHIS2 mapping file: indicators to data elements, breakdowns to category option combos, communes
to org units, period kinds to DHIS2 period types. Every wrong or missing entry is named, none is guessed.

Formats read (recorded in resources/dhis2/README.md): DHIS2's dataValueSets import (Web API, "Data values") and
the IHE QRPH Aggregate Data Exchange (ADX) profile as DHIS2 documents it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.periods import Period, PeriodKind
from desktop.domain.problems import Problem, ValidationFailed

# DHIS2's identifiers: 11 characters, letters and digits, a letter first (its CodeGenerator's rule).
UID = re.compile(r"[A-Za-z][A-Za-z0-9]{10}")
# A DHIS2 code (idScheme CODE): free text up to 50 characters; we keep to what survives an XML attribute and a URL.
CODE = re.compile(r"[A-Za-z0-9_.\-]{1,50}")
# Our period kinds and the one DHIS2 period type each is (ISO periods: 202609, 2026Q3, 2026S2, 2026).
PERIOD_TYPES: dict[PeriodKind, str] = {PeriodKind.MONTH: "Monthly", PeriodKind.QUARTER: "Quarterly",
                                       PeriodKind.HALF: "SixMonthly", PeriodKind.YEAR: "Yearly"}
FILE_NAME = "dhis2-mapping.toml"  # the hub's own copy, in its data folder


@dataclass(frozen=True)
class Option:
    category_option_combo: str
    adx_code: str


@dataclass(frozen=True)
class Disaggregation:
    """One of our breakdowns (sex, age band...) as a DHIS2 category: its ADX attribute, its options."""

    dimension: str
    adx_attribute: str
    options: dict[str, Option]


@dataclass(frozen=True)
class Element:
    indicator: str
    uid: str
    disaggregation: str = ""  # a breakdown to send instead of the total ("" = the total, default combo)


@dataclass(frozen=True)
class Dhis2Mapping:
    id_scheme: str  # "UID" or "CODE": how org_units name the org units
    data_set: str
    default_combo: str
    periods: dict[str, str]  # our period kind -> DHIS2 period type
    elements: tuple[Element, ...]
    disaggregations: dict[str, Disaggregation]
    org_units: dict[str, str] = field(default_factory=dict)  # commune code (plain) -> org unit UID or code


def iso_period(period: Period) -> str:
    """DHIS2's ISO period of ours: 202609, 2026Q3, 2026S2, 2026."""
    y, m = period.start.year, period.start.month
    match period.kind:
        case PeriodKind.MONTH:
            return f"{y}{m:02d}"
        case PeriodKind.QUARTER:
            return f"{y}Q{(m - 1) // 3 + 1}"
        case PeriodKind.HALF:
            return f"{y}S{1 if m <= 6 else 2}"
    return f"{y}"


def adx_period(period: Period) -> str:
    """ADX's period: the ISO 8601 start date and duration, "2026-07-01/P3M"."""
    months = {PeriodKind.MONTH: "P1M", PeriodKind.QUARTER: "P3M", PeriodKind.HALF: "P6M", PeriodKind.YEAR: "P1Y"}
    return f"{period.start.isoformat()}/{months[period.kind]}"


def _uid(value: Any, where: str, problems: list[Problem]) -> str:
    text = value if isinstance(value, str) else ""
    if not UID.fullmatch(text):
        problems.append(Problem("dhis2.bad_uid", where, {"value": str(value), "where": where}))
    return text


def parse_mapping(text: str, *, source: str) -> Dhis2Mapping:
    """The mapping in `text`; raises ValidationFailed naming every wrong entry (dhis2.* codes)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValidationFailed([Problem("dhis2.mapping_unreadable", source,
                                        {"path": source, "detail": str(error)})]) from None
    problems: list[Problem] = []
    if raw.get("format") != 1:
        problems.append(Problem("dhis2.mapping_format", "format", {"value": str(raw.get("format"))}))
    scheme = str(raw.get("id_scheme", "UID")).upper()
    if scheme not in ("UID", "CODE"):
        problems.append(Problem("dhis2.bad_id_scheme", "id_scheme", {"value": str(raw.get("id_scheme"))}))
    data_set = _uid(raw["data_set"], "data_set", problems) if "data_set" in raw else ""
    default = _uid(raw.get("default_category_option_combo"), "default_category_option_combo", problems)
    periods: dict[str, str] = {}
    for kind, value in _table(raw, "periods", problems).items():
        try:
            expected = PERIOD_TYPES[PeriodKind(kind)]
        except (ValueError, KeyError):
            problems.append(Problem("dhis2.unknown_period_kind", f"periods.{kind}", {"kind": kind}))
            continue
        if value != expected:
            problems.append(Problem("dhis2.period_type_mismatch", f"periods.{kind}",
                                    {"kind": kind, "value": str(value), "expected": expected}))
        periods[kind] = expected
    disaggregations = {name: _disaggregation(name, entry, problems)
                       for name, entry in _table(raw, "disaggregations", problems).items()}
    attributes = [d.adx_attribute for d in disaggregations.values()]
    problems += [Problem("dhis2.duplicate_adx_attribute", "disaggregations", {"value": a})
                 for a in sorted({a for a in attributes if attributes.count(a) > 1})]
    elements = []
    for code, entry in _table(raw, "data_elements", problems).items():
        where = f"data_elements.{code}"
        entry = entry if isinstance(entry, dict) else {"uid": entry}
        dimension = str(entry.get("disaggregation", ""))
        if dimension and dimension not in disaggregations:
            problems.append(Problem("dhis2.unknown_disaggregation", where, {"indicator": code, "dimension": dimension}))
        elements.append(Element(code, _uid(entry.get("uid"), where, problems), dimension))
    if not elements:
        problems.append(Problem("dhis2.nothing_mapped", "data_elements"))
    org_units = {}
    for commune, value in _table(raw, "org_units", problems).items():
        where = f"org_units.{commune}"
        if scheme == "CODE":
            if not (isinstance(value, str) and CODE.fullmatch(value)):
                problems.append(Problem("dhis2.bad_code", where, {"value": str(value), "where": where}))
            org_units[commune] = str(value)
        else:
            org_units[commune] = _uid(value, where, problems)
    if problems:
        raise ValidationFailed(problems)
    return Dhis2Mapping(scheme, data_set, default, periods, tuple(elements), disaggregations, org_units)


def _table(raw: dict[str, Any], name: str, problems: list[Problem]) -> dict[str, Any]:
    value = raw.get(name, {})
    if not isinstance(value, dict):
        problems.append(Problem("dhis2.mapping_not_a_table", name, {"name": name}))
        return {}
    return value


def _disaggregation(name: str, entry: Any, problems: list[Problem]) -> Disaggregation:
    where = f"disaggregations.{name}"
    entry = entry if isinstance(entry, dict) else {}
    attribute = str(entry.get("adx_attribute", ""))
    # An ADX disaggregator is an XML attribute of <dataValue>: an XML name, not one ADX itself uses.
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,49}", attribute) or attribute in ("dataElement", "value"):
        problems.append(Problem("dhis2.bad_code", f"{where}.adx_attribute", {"value": attribute, "where": where}))
    options = {}
    for option, value in (entry.get("options") or {}).items():
        at = f"{where}.options.{option}"
        value = value if isinstance(value, dict) else {}
        combo = _uid(value.get("category_option_combo"), at, problems)
        code = str(value.get("adx_code", ""))
        if not CODE.fullmatch(code):
            problems.append(Problem("dhis2.bad_code", f"{at}.adx_code", {"value": code, "where": at}))
        options[option] = Option(combo, code)
    if not options:
        problems.append(Problem("dhis2.no_options", where, {"dimension": name}))
    return Disaggregation(name, attribute, options)
