"""Indicator definitions as data: the model, and the loader that validates a file item by item."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.domain import periods
from desktop.domain.periods import Period, PeriodKind
from desktop.domain.problems import DomainError
from desktop.domain.shipped import resources_dir
from desktop.domain.targets import TARGET_PATTERN, Comparison, parse_target  # noqa: F401 - parse_target re-exported
from desktop.reports import codes
from desktop.reports.dimensions import Dimension, DimensionKind
from desktop.reports.measures import Measure, check_dimension, parse_measure
from desktop.reports.toml_source import TomlSource, Where

FORMAT = 1
RESOURCES = resources_dir() / "indicators"
DEFAULT_FILE = RESOURCES / "programme-2021-2025.toml"

# What a count is of (DOMAIN §2: every count says lượt or người); "%" only for shares.
UNITS = frozenset({"lượt", "người", "cơ sở", "buổi", "xã", "vụ", "tờ", "chiếc", "đồng", "mô hình", "%"})
_CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,24}$")
_TARGET = TARGET_PATTERN  # the reading of a typed target is the domain's (desktop/domain/targets.py)


@dataclass(frozen=True)
class Target:
    set_code: str
    comparison: Comparison
    value: float
    per: PeriodKind | None = None  # judged only on reports of this period kind (T8: 20% per year)

    @property
    def text(self) -> str:
        sign = "≥" if self.comparison is Comparison.AT_LEAST else "≤"
        # 3500 people read "≥ 3.500" as Vietnamese write it; shares stay "≥ 70".
        number = f"{int(self.value):,}".replace(",", ".") if float(self.value).is_integer() else f"{self.value:g}"
        return f"{sign} {number}"


@dataclass(frozen=True)
class Denominator:
    """Exactly one of: a counted measure, a per-period parameter, the number of communes, a constant."""

    measure: Measure | None = None
    parameter: str | None = None
    communes: bool = False
    constant: float | None = None


@dataclass(frozen=True)
class Indicator:
    code: str
    section: str
    name_vi: str
    name_en: str
    unit: str
    measure: Measure  # the value, or the numerator of a share
    denominator: Denominator | None
    breakdowns: tuple[str, ...]  # dimension codes
    targets: tuple[Target, ...]
    sensitive: bool  # client data: small counts hidden at the hub
    note_vi: str

    @property
    def is_share(self) -> bool:
        return self.denominator is not None


@dataclass(frozen=True)
class NamedItem:
    code: str
    name_vi: str
    name_en: str
    extra: str = ""  # basis of a target set, unit of a parameter


@dataclass(frozen=True)
class DefinitionSet:
    source: str  # the file name it came from
    text: str  # exactly what was validated, so the register can store it as loaded
    programme: NamedItem  # extra = legal basis
    programme_period: Period  # the validity: reports of periods inside it use this set
    title_vi: str
    title_en: str
    target_sets: tuple[NamedItem, ...]
    parameters: tuple[NamedItem, ...]
    sections: tuple[NamedItem, ...]
    dimensions: Mapping[str, Dimension]
    indicators: tuple[Indicator, ...]

    def in_section(self, section: str) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.section == section)

    def indicator(self, code: str) -> Indicator:
        return next(i for i in self.indicators if i.code == code)


def load_file(path: Path) -> DefinitionSet:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        raise DomainError("indicators.unreadable", file=path.name) from None
    return parse(text, source=path.name)


def load_default() -> DefinitionSet:
    return load_file(DEFAULT_FILE)


def load_bundled() -> tuple[DefinitionSet, ...]:
    """Every set shipped in resources/indicators, in order of validity."""
    return tuple(sorted((load_file(p) for p in sorted(RESOURCES.glob("*.toml"))), key=lambda d: d.programme_period))


def parse(text: str, *, source: str) -> DefinitionSet:
    """Validate every item; the first problem raises a DomainError naming file, line and item."""
    doc = TomlSource(text, file=source)
    data = doc.data
    top = Where(doc, "", 0, source)
    top.check_keys(data, frozenset({"format", "programme", "target_sets", "parameters", "sections",
                                    "dimensions", "indicators"}),
                   required=frozenset({"format", "programme", "sections", "indicators"}))
    if data["format"] != FORMAT:
        top.fail("indicators.bad_value", field="format", name="format", value=str(data["format"]))
    programme, period, titles = _programme(doc, data["programme"])
    target_sets = _named_items(doc, data, key="target_sets", extra="basis")
    parameters = _named_items(doc, data, key="parameters", extra="unit")
    sections = _named_items(doc, data, key="sections", names=("title_vi", "title_en"))
    dimensions = {d.code: d for d in (_dimension(Where(doc, "dimensions", i, str(raw.get("code", f"#{i + 1}"))), raw)
                                      for i, raw in enumerate(_array(top, data, key="dimensions")))}
    known = _Known(frozenset(s.code for s in target_sets), frozenset(p.code for p in parameters),
                   frozenset(s.code for s in sections), dimensions)
    indicators: list[Indicator] = []
    for index, raw in enumerate(_array(top, data, key="indicators")):
        where = Where(doc, "indicators", index, str(raw.get("code", f"#{index + 1}")))
        indicator = _indicator(where, raw, known=known)
        if any(i.code == indicator.code for i in indicators):
            where.fail("indicators.duplicate", field="code", name=indicator.code)
        indicators.append(indicator)
    return DefinitionSet(source, text, programme, period, titles[0], titles[1], target_sets, parameters,
                         sections, dimensions, tuple(indicators))


def _array(where: Where, data: Mapping[str, Any], *, key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        where.fail("indicators.bad_value", field=key, name=key, value=type(value).__name__)
    return value


def _programme(doc: TomlSource, raw: Any) -> tuple[NamedItem, Period, tuple[str, str]]:
    where = Where(doc, "programme", 0, "programme")
    if not isinstance(raw, dict):
        where.fail("indicators.bad_value", name="programme", value=type(raw).__name__)
    where.check_keys(raw, frozenset({"code", "name_vi", "name_en", "basis", "period", "valid_from", "valid_to",
                                     "title_vi", "title_en"}),
                     required=frozenset({"code", "name_vi", "title_vi"}))
    period = _validity(where, raw)
    item = NamedItem(where.text(raw, "code"), where.text(raw, "name_vi"), where.text(raw, "name_en", default=""),
                     where.text(raw, "basis", default=""))
    return item, period, (where.text(raw, "title_vi"), where.text(raw, "title_en", default=""))


def _validity(where: Where, raw: Mapping[str, Any]) -> Period:
    """valid_from / valid_to (dates, both required), or the older `period = "2021-01-01..2025-12-31"`."""
    if "valid_from" not in raw and "valid_to" not in raw:
        if "period" not in raw:
            where.fail("indicators.missing_field", name="valid_from")
        period_text = where.text(raw, "period")
        try:
            return periods.parse(period_text)
        except DomainError:
            where.fail("indicators.bad_period", field="period", value=period_text)
    bounds: list[date] = []
    for key in ("valid_from", "valid_to"):
        value = raw.get(key)
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value.strip())
            except ValueError:
                where.fail("indicators.bad_period", field=key, value=value)
        if not isinstance(value, date) or isinstance(value, datetime):
            where.fail("indicators.bad_period", field=key, value=str(value) if value is not None else key)
        bounds.append(value)
    if bounds[1] < bounds[0]:
        where.fail("indicators.bad_period", field="valid_to", value=f"{bounds[0]}..{bounds[1]}")
    return Period(bounds[0], bounds[1])


def _named_items(doc: TomlSource, data: Mapping[str, Any], *, key: str, extra: str = "",
                 names: tuple[str, str] = ("name_vi", "name_en")) -> tuple[NamedItem, ...]:
    items: list[NamedItem] = []
    for index, raw in enumerate(_array(Where(doc, "", 0, doc.file), data, key=key)):
        where = Where(doc, key, index, str(raw.get("code", f"#{index + 1}")))
        where.check_keys(raw, frozenset({"code", *names, *([extra] if extra else [])}),
                         required=frozenset({"code", names[0]}))
        code = _code(where, raw)
        if any(i.code == code for i in items):
            where.fail("indicators.duplicate", field="code", name=code)
        value = where.text(raw, extra, default="") if extra else ""
        if key == "parameters" and value not in UNITS - {"%"}:
            where.fail("indicators.bad_value", field="unit", name="unit", value=value)
        items.append(NamedItem(code, where.text(raw, names[0]), where.text(raw, names[1], default=""), value))
    return tuple(items)


def _code(where: Where, raw: Mapping[str, Any]) -> str:
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        where.fail("indicators.bad_value", field="code", name="code", value=str(code))
    return code


def _dimension(where: Where, raw: dict[str, Any]) -> Dimension:
    where.check_keys(raw, frozenset({"code", "name_vi", "name_en", "codes", "labels", "columns", "column",
                                     "birth_year", "split"}), required=frozenset({"code", "name_vi"}))
    list_name = where.text(raw, "codes", default="")
    if list_name and list_name not in codes.known_lists():
        where.fail("indicators.unknown_code_list", field="codes", name=list_name)
    tables = {k: _str_map(where, raw, key=k) for k in ("labels", "columns", "birth_year")}
    split_raw = raw.get("split", {})
    if not isinstance(split_raw, dict):
        where.fail("indicators.bad_value", field="split", name="split", value=str(split_raw))
    split = {t: tuple(_str_map(where, {t: cols}, key=t).items()) for t, cols in split_raw.items()}
    dimension = Dimension(_code(where, raw), where.text(raw, "name_vi"), where.text(raw, "name_en", default=""),
                          list_name, tuple(tables["labels"].items()), tables["columns"],
                          where.text(raw, "column", default=""), tables["birth_year"], split)
    check_dimension(where, dimension)
    return dimension


def _str_map(where: Where, raw: Mapping[str, Any], *, key: str) -> dict[str, str]:
    value = raw.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        where.fail("indicators.bad_value", field=key, name=key, value=str(value))
    return dict(value)


@dataclass(frozen=True)
class _Known:
    target_sets: frozenset[str]
    parameters: frozenset[str]
    sections: frozenset[str]
    dimensions: Mapping[str, Dimension]


_INDICATOR_KEYS = frozenset({"code", "section", "name_vi", "name_en", "unit", "value", "numerator", "denominator",
                             "breakdowns", "targets", "sensitive", "note_vi"})


def _indicator(where: Where, raw: dict[str, Any], *, known: _Known) -> Indicator:
    where.check_keys(raw, _INDICATOR_KEYS, required=frozenset({"code", "section", "name_vi", "unit"}))
    code = _code(where, raw)
    section = where.text(raw, "section")
    if section not in known.sections:
        where.fail("indicators.unknown_section", field="section", name=section)
    unit = where.text(raw, "unit")
    if unit not in UNITS:
        where.fail("indicators.bad_value", field="unit", name="unit", value=unit)
    is_share = "numerator" in raw or "denominator" in raw
    if is_share == ("value" in raw) or (is_share and not ("numerator" in raw and "denominator" in raw)):
        where.fail("indicators.value_or_share")
    if (unit == "%") != is_share:
        where.fail("indicators.bad_value", field="unit", name="unit", value=unit)
    measure = parse_measure(where, raw["numerator" if is_share else "value"], field="numerator" if is_share else "value")
    denominator = _denominator(where, raw["denominator"], known=known) if is_share else None
    breakdowns = raw.get("breakdowns", [])
    if not isinstance(breakdowns, list):
        where.fail("indicators.bad_value", field="breakdowns", name="breakdowns", value=str(breakdowns))
    for name in breakdowns:
        dimension = known.dimensions.get(name)
        if dimension is None:
            where.fail("indicators.unknown_dimension", field="breakdowns", name=str(name))
        kind = dimension.kind_on(measure.table)
        if kind is None or (kind is DimensionKind.SPLIT and measure.sum is None):
            where.fail("indicators.dimension_not_on_table", field="breakdowns", name=name, table=measure.table)
    sensitive = raw.get("sensitive", False)
    if not isinstance(sensitive, bool):
        where.fail("indicators.bad_value", field="sensitive", name="sensitive", value=str(sensitive))
    return Indicator(code, section, where.text(raw, "name_vi"), where.text(raw, "name_en", default=""), unit, measure,
                     denominator, tuple(breakdowns), _targets(where, raw.get("targets", {}), known=known), sensitive,
                     where.text(raw, "note_vi", default=""))


def _denominator(where: Where, raw: Any, *, known: _Known) -> Denominator:
    if not isinstance(raw, dict):
        where.fail("indicators.bad_value", field="denominator", name="denominator", value=str(raw))
    if "count" in raw:
        return Denominator(measure=parse_measure(where, raw, field="denominator"))
    where.check_keys(raw, frozenset({"parameter", "scope", "value"}))
    if len(raw) != 1:
        where.fail("indicators.bad_value", field="denominator", name="denominator", value=str(raw))
    if "parameter" in raw:
        if raw["parameter"] not in known.parameters:
            where.fail("indicators.unknown_parameter", field="parameter", name=str(raw["parameter"]))
        return Denominator(parameter=raw["parameter"])
    if "scope" in raw:
        if raw["scope"] != "communes":
            where.fail("indicators.bad_value", field="scope", name="scope", value=str(raw["scope"]))
        return Denominator(communes=True)
    value = raw["value"]
    if not isinstance(value, int | float) or isinstance(value, bool):
        where.fail("indicators.bad_value", field="value", name="value", value=str(value))
    if value == 0:
        where.fail("indicators.division_by_zero", field="denominator")
    return Denominator(constant=float(value))


def _targets(where: Where, raw: Any, *, known: _Known) -> tuple[Target, ...]:
    if not isinstance(raw, dict):
        where.fail("indicators.bad_value", field="targets", name="targets", value=str(raw))
    result: list[Target] = []
    for set_code, spec in raw.items():
        if set_code not in known.target_sets:
            where.fail("indicators.unknown_target_set", field="targets", name=set_code)
        per: PeriodKind | None = None
        if isinstance(spec, dict):
            where.check_keys(spec, frozenset({"target", "per"}), required=frozenset({"target"}))
            per_text = spec.get("per")
            if per_text is not None:
                if per_text not in PeriodKind.__members__.values() or per_text == PeriodKind.RANGE:
                    where.fail("indicators.bad_period", field="per", value=str(per_text))
                per = PeriodKind(per_text)
            spec = spec["target"]
        found = _TARGET.match(spec) if isinstance(spec, str) else None
        if found is None:
            where.fail("indicators.bad_target", field=set_code, value=str(spec))
        comparison = Comparison.AT_LEAST if found[1] in (">=", "≥") else Comparison.AT_MOST
        value = float(found[2].replace(",", "."))
        # "≥ 0" is always met and would make "share of target reached" a division by zero.
        if value <= 0 and comparison is Comparison.AT_LEAST:
            where.fail("indicators.zero_target", field=set_code, value=str(spec))
        result.append(Target(set_code, comparison, value, per))
    return tuple(result)
