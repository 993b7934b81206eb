"""Reading the year's baseline figures (an office's own annual targets, as the province's plan sets them) from Excel.

Each row is one indicator's figure in one target column for one year, checked with the rule the
"Chỉ tiêu năm" dialog and the hub's sync rules use (`domain/targets.target_problems`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain import periods
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem
from desktop.domain.sheet_import import (
    ParsedRow, RowParser, SheetLayout, cells_of, merged_problems, parse_count, parse_text,
)
from desktop.domain.targets import target_problems
from desktop.domain.text import fold

COLUMNS: tuple[tuple[str, str], ...] = (
    ("year", QT_TRANSLATE_NOOP("Import", "Năm")),
    ("indicator", QT_TRANSLATE_NOOP("Import", "Mã chỉ tiêu")),
    ("name", QT_TRANSLATE_NOOP("Import", "Tên chỉ tiêu")),
    ("target_set", QT_TRANSLATE_NOOP("Import", "Cột chỉ tiêu")),
    ("target", QT_TRANSLATE_NOOP("Import", "Chỉ tiêu")),
)
TEMPLATE_SHEET = QT_TRANSLATE_NOOP("Import", "Chỉ tiêu năm")
REQUIRED = ("year", "indicator", "target")
_ALIASES: dict[str, tuple[str, ...]] = {
    "year": ("nam ke hoach", "nam"),
    "indicator": ("ma chi tieu", "ma so", "ma"),
    "name": ("ten chi tieu", "noi dung chi tieu", "noi dung"),
    "target_set": ("cot chi tieu", "cap giao", "theo"),
    "target": ("chi tieu", "muc tieu", "ke hoach", "so lieu"),
}
LAYOUT = SheetLayout(COLUMNS, _ALIASES, REQUIRED)
# A plain number in a plan's sheet is a figure to reach: "3500" or "70%" mean "at least".
_PLAIN = re.compile(r"^\s*(\d+(?:[.,]\d+)*)\s*%?\s*$")


@dataclass(frozen=True)
class TargetDraft:
    year: int | None
    indicator: str
    target_set: str
    target: str  # as the dialog stores it: ">= 3500", "≥ 70"
    name: str = ""  # the indicator's name as the sheet wrote it: read, never stored
    column_name: str = ""  # the target column's name in the year's set, for the preview


@dataclass(frozen=True)
class YearTargets:
    """What may be entered for one year: the year's set's indicators (code -> is a share) and target columns."""

    indicators: Mapping[str, bool]
    columns: Mapping[str, str]  # code -> Vietnamese name
    default_column: str


# The year's targets, or None when no set of indicators covers that year.
Catalogue = Callable[[int], YearTargets | None]


def target_text(value: Any) -> str:
    """A cell as the target dialog would store it; a bare number (or share) is an "at least"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f">= {value:g}"
    text = parse_text(value)
    plain = _PLAIN.match(text)
    return f">= {plain[1]}" if plain else text


def _column(value: Any, year: YearTargets) -> str:
    text = fold(parse_text(value))
    if not text:
        return year.default_column
    for code, name in year.columns.items():
        if text in (fold(code), fold(name)):
            return code
    return parse_text(value)


def row_parser(catalogue: Catalogue) -> RowParser:
    """The parser of one office's sheet, knowing which indicators and columns each year's set has."""

    def parse_row(line: int, cells: list[Any], mapping: dict[int, str], *, today: date,
                  unsaved_formulas: list[str] | None = None) -> ParsedRow:
        values = cells_of(cells, mapping)
        problems: list[Problem] = [Problem("import.formula_without_value", name) for name in unsaved_formulas or ()]
        year = parse_count(values.get("year"))
        if isinstance(year, Problem) or (year is not None and not 2000 <= year <= today.year + 5):
            problems.append(Problem("import.bad_year", "year", {"value": parse_text(values.get("year"))}))
            year = None
        indicator = parse_text(values.get("indicator")).upper()
        text = target_text(values.get("target"))
        found = catalogue(year) if year is not None else None
        target_set = ""
        rules: list[Problem] = []
        if year is None and not any(p.field == "year" for p in problems):
            rules.append(Problem("required", "year"))
        elif year is not None and found is None:
            rules.append(Problem("reports.no_set", "year", {"period": periods.year(year).label_vi()}))
        if not indicator:
            rules.append(Problem("required", "indicator"))
        if found is not None:
            target_set = _column(values.get("target_set"), found)
            if indicator and indicator not in found.indicators:
                rules.append(Problem("reports.unknown_indicator", "indicator", {"name": indicator, "period": str(year)}))
            if target_set not in found.columns:
                rules.append(Problem("reports.unknown_target_column", "target_set", {"name": target_set}))
        if text:  # the same rule as the dialog's and the hub's; a row without a figure is left out (left_blank)
            rules += target_problems(text, is_share=bool(found and found.indicators.get(indicator)))
        column_name = found.columns.get(target_set, target_set) if found is not None else target_set
        draft = TargetDraft(year, indicator, target_set, text, parse_text(values.get("name")), column_name)
        return ParsedRow(line, draft, merged_problems(problems, rules, unsaved=list(unsaved_formulas or ())))

    return parse_row


def duplicate_key(draft: TargetDraft) -> str | None:
    """One figure per office, year, indicator and target column."""
    if draft.year is None or not draft.indicator:
        return None
    return f"{draft.year}|{draft.indicator}|{draft.target_set}"


def left_blank(draft: TargetDraft) -> bool:
    """A template row (year, code and name written out) whose figure the office did not fill in."""
    return not draft.target
