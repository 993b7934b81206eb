"""Indicator definition files: the shipped set loads, and each kind of mistake names its file, line and item."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.messages import render
from desktop.domain.periods import PeriodKind
from desktop.domain.problems import DomainError
from desktop.reports import indicators
from desktop.reports.indicators import Comparison, DimensionKind
from desktop.reports.measures import Aggregate, Op
from tests.report_data import MINIMAL_DEFINITIONS as MINIMAL


def _error(text: str, name: str = "bad.toml") -> DomainError:
    with pytest.raises(DomainError) as caught:
        indicators.parse(text, source=name)
    return caught.value


def _line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_the_shipped_set_covers_the_programme_indicators() -> None:
    found = indicators.load_default()
    assert found.programme.code == "2021-2025" and "1629" in found.programme.extra
    assert [s.code for s in found.sections][:3] == ["outreach", "support", "inspection"]
    assert "tip_offs" in [s.code for s in found.sections]
    codes = [i.code for i in found.indicators]
    assert {"T1", "T3", "T4", "T5", "T8", "HT1", "HT2", "CS1", "KT1", "KT2", "KT4"} <= set(codes)
    assert [t.code for t in found.target_sets] == ["national", "province"]
    t3 = found.indicator("T3")
    assert t3.denominator is not None and t3.denominator.parameter == "workers_high_risk"
    assert [(t.set_code, t.comparison, t.value) for t in t3.targets] == [
        ("national", Comparison.AT_LEAST, 70.0), ("province", Comparison.AT_LEAST, 25.0)]
    assert found.indicator("T8").targets[0].per is PeriodKind.YEAR
    assert found.indicator("HT1").sensitive and not found.indicator("KT1").sensitive
    assert found.dimensions["sex"].kind_on("outreach_sessions") is DimensionKind.SPLIT
    assert found.dimensions["sex"].kind_on("client_contacts") is DimensionKind.COLUMN
    assert found.dimensions["age_band"].kind_on("clients") is DimensionKind.AGE_BAND


def test_the_vocabulary_is_read_into_measures() -> None:
    found = indicators.parse(MINIMAL, source="min.toml")
    x2 = found.indicator("X2")
    assert x2.is_share and x2.unit == "%"
    assert (x2.measure.table, x2.measure.aggregate, x2.measure.column, x2.measure.date) == (
        "outreach_sessions", Aggregate.SUM, "target_members", "held_on")
    assert [(c.path, c.op, c.values) for c in x2.measure.where] == [("target_group", Op.EQ, ("students",))]
    assert found.indicator("X1").breakdowns == ("form",)
    assert found.text == MINIMAL and found.source == "min.toml"


def test_an_unknown_field_names_file_line_and_item() -> None:
    text = MINIMAL.replace('breakdowns = ["form"]', 'breakdowns = ["form"]\ncolour = "red"')
    error = _error(text)
    assert error.code == "indicators.unknown_field"
    assert error.params == {"file": "bad.toml", "line": _line_of(text, "colour"), "item": "X1", "name": "colour"}
    assert render(error.code, error.params) == (
        f"Tệp chỉ tiêu bad.toml, dòng {_line_of(text, 'colour')}, mục X1: không có trường “colour”.")


def test_an_unknown_field_inside_a_measure_is_found_too() -> None:
    text = MINIMAL.replace('date = "held_on" }\nbreakdowns', 'date = "held_on", distinc = "id" }\nbreakdowns')
    error = _error(text)
    assert (error.code, error.params["item"], error.params["name"]) == ("indicators.unknown_field", "X1", "distinc")
    assert error.params["line"] == _line_of(text, "distinc")


@pytest.mark.parametrize(("old", "new", "code", "params"), [
    ('target_group = "students"', 'target_grup = "students"', "indicators.unknown_column",
     {"table": "outreach_sessions", "column": "target_grup"}),
    ('value = { count = "outreach_sessions"', 'value = { count = "outreach"', "indicators.unknown_table",
     {"table": "outreach"}),
    ('date = "held_on" }\nbreakdowns', 'date = "place" }\nbreakdowns', "indicators.not_a_date",
     {"table": "outreach_sessions", "column": "place"}),
    ('sum = "target_members"', 'sum = "organiser"', "indicators.not_a_number",
     {"table": "outreach_sessions", "column": "organiser"}),
    # a local-only column (free-text notes) may never feed a report that leaves the PC
    ('where = { target_group = "students" }', 'where = { notes = "x" }', "indicators.local_only",
     {"table": "outreach_sessions", "column": "notes"}),
    ('breakdowns = ["form"]', 'breakdowns = ["sex"]', "indicators.unknown_dimension", {"name": "sex"}),
    ('section = "a"\nname_vi = "Số buổi"', 'section = "b"\nname_vi = "Số buổi"', "indicators.unknown_section",
     {"name": "b"}),
    ('{ parameter = "students" }', '{ parameter = "pupils" }', "indicators.unknown_parameter", {"name": "pupils"}),
    ('targets = { national = ">= 70" }', 'targets = { provincial = ">= 70" }', "indicators.unknown_target_set",
     {"name": "provincial"}),
    ('unit = "buổi"', 'unit = "%"', "indicators.bad_value", {"name": "unit", "value": "%"}),
    ('targets = { national = ">= 70" }', 'targets = { national = "about 70" }', "indicators.bad_target",
     {"value": "about 70"}),
])
def test_each_mistake_has_its_own_code(old: str, new: str, code: str, params: dict[str, str]) -> None:
    assert old in MINIMAL
    error = _error(MINIMAL.replace(old, new, 1))
    assert error.code == code
    assert error.params["file"] == "bad.toml" and error.params["line"] > 0
    assert {k: error.params[k] for k in params} == params
    assert "{" not in render(error.code, error.params)  # every placeholder is filled


def test_a_bad_programme_period_is_refused() -> None:
    text = MINIMAL.replace('"2026-01-01..2035-12-31"', '"2026-13-01..2035-12-31"')
    error = _error(text)
    assert (error.code, error.params["item"], error.params["value"]) == (
        "indicators.bad_period", "programme", "2026-13-01..2035-12-31")
    assert error.params["line"] == _line_of(text, "2026-13-01")


def test_a_target_for_an_unknown_period_kind_is_refused() -> None:
    error = _error(MINIMAL.replace('national = ">= 70"', 'national = { target = ">= 20", per = "decade" }'))
    assert (error.code, error.params["item"], error.params["value"]) == ("indicators.bad_period", "X2", "decade")


def test_a_zero_target_and_a_zero_denominator_are_refused() -> None:
    zero_target = _error(MINIMAL.replace('">= 70"', '">= 0"'))
    assert (zero_target.code, zero_target.params["item"]) == ("indicators.zero_target", "X2")
    zero_denominator = _error(MINIMAL.replace('{ parameter = "students" }', "{ value = 0 }"))
    assert (zero_denominator.code, zero_denominator.params["item"]) == ("indicators.division_by_zero", "X2")
    # "at most 0" is a real target (no violations), not a division by zero
    assert indicators.parse(MINIMAL.replace('">= 70"', '"<= 0"'), source="ok.toml").indicator("X2").targets[0].value == 0


def test_a_syntax_error_names_the_line() -> None:
    text = MINIMAL.replace('unit = "buổi"', 'unit = "buổi')
    error = _error(text)
    assert error.code == "indicators.syntax"
    assert error.params["line"] == _line_of(text, 'unit = "buổi')


def test_duplicate_codes_and_missing_fields() -> None:
    twice = MINIMAL.replace('code = "X2"', 'code = "X1"')
    error = _error(twice)
    assert (error.code, error.params["name"]) == ("indicators.duplicate", "X1")
    missing = _error(MINIMAL.replace('unit = "buổi"\n', ""))
    assert (missing.code, missing.params["item"], missing.params["name"]) == ("indicators.missing_field", "X1", "unit")


def test_an_unreadable_file_is_a_coded_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes("tên = 'Hòa'".encode("latin-1"))
    with pytest.raises(DomainError) as caught:
        indicators.load_file(path)
    assert caught.value.params == {"file": "latin1.toml"}
