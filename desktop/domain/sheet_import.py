"""Reading a commune's own Excel book, whatever the area: which column is which, and each cell in the forms' terms.

The establishments, outreach-session and baseline-figure imports each describe their sheet with a
`SheetLayout`; the guessing of columns, the cell readers and the pick-list matching are shared here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem
from desktop.domain.text import fold

# Every template's hidden sheet of pick-lists, and what Excel says when a cell is typed off the list.
TEMPLATE_LISTS = QT_TRANSLATE_NOOP("Import", "Danh mục")
TEMPLATE_PICK = QT_TRANSLATE_NOOP("Import", "Hãy chọn từ danh sách.")

_DATE_TEXT = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
# "1.234" and "12.500.000" are thousands as Vietnamese write them; "1,5" is one and a half.
_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


@dataclass(frozen=True)
class SheetLayout:
    """One area's sheet: its template columns (form field, Vietnamese header) and the words books use for them."""

    columns: tuple[tuple[str, str], ...]
    aliases: Mapping[str, tuple[str, ...]]
    required: tuple[str, ...]
    fields: tuple[str, ...] = field(init=False)
    _exact: Mapping[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", tuple(name for name, _header in self.columns))
        object.__setattr__(self, "_exact", {fold(header): name for name, header in self.columns})

    @property
    def headers(self) -> dict[str, str]:
        return dict(self.columns)

    def guess_field(self, header: str) -> str | None:
        """The form field a sheet's column header means, or None; the template's own header first."""
        folded = fold(header)
        if not folded:
            return None
        if folded in self._exact:
            return self._exact[folded]
        best: tuple[int, str] | None = None
        for name, aliases in self.aliases.items():
            for alias in aliases:
                if alias in folded and (best is None or len(alias) > best[0]):
                    best = (len(alias), name)
        return best[1] if best else None

    def guess_mapping(self, headers: list[str], remembered: Mapping[str, str]) -> dict[int, str]:
        """Column index -> field; a header the officer mapped before keeps its field (the mapping is remembered)."""
        mapping: dict[int, str] = {}
        for index, header in enumerate(headers):
            chosen = remembered.get(fold(header)) or self.guess_field(header)
            if chosen in self.fields and chosen not in mapping.values():
                mapping[index] = chosen
        return mapping


class ChoiceList:
    """A code list as a book writes it: the label, the code, or one part of the label ("nhà nghỉ")."""

    def __init__(self, labels: Mapping[Any, str]) -> None:
        self._table = tuple(
            (str(getattr(code, "value", code)), fold(text),
             tuple(p.strip() for p in re.split(r"[,()]", fold(text)) if p.strip()))
            for code, text in labels.items())
        self._cache: dict[str, str | None] = {}  # a sheet repeats the same few words thousands of times

    def match(self, text: str) -> str | None:
        """The code of a folded cell text, or None."""
        if text in self._cache:
            return self._cache[text]
        found = next((code for code, label, _parts in self._table if text in (label, code)), None)
        if found is None:  # "nhà nghỉ" is one part of "Khách sạn, nhà nghỉ (cơ sở lưu trú)"
            found = next((code for code, _label, parts in self._table
                          if text in parts or any(text.startswith(part + " ") for part in parts)), None)
        if len(self._cache) < 4096:
            self._cache[text] = found
        return found

    def choice(self, value: Any, *, default: str | None) -> str | None:
        text = fold(parse_text(value))
        return self.match(text) if text else default


def parse_date(value: Any) -> date | None | Problem:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_TEXT.match(str(value))
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    return Problem("date.invalid", "", {"value": str(value)})


def parse_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a registration number Excel stored as 1234.0
    if isinstance(value, (datetime, date)):
        return f"{value:%d/%m/%Y}"
    return str(value).strip()


def parse_count(value: Any) -> int | None | Problem:
    """A head count or a number of leaflets: 12, 12.0, "1.234" (thousands), " 45 "; None when blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return Problem("number.invalid", "", {"value": str(value)})
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else Problem("number.invalid", "", {"value": str(value)})
    text = str(value).strip().replace(" ", "")
    if _THOUSANDS.match(text):
        text = text.replace(".", "")
    try:
        return int(text)
    except ValueError:
        return Problem("number.invalid", "", {"value": str(value)})


def unsaved_formulas(values: list[Any], written: list[Any], mapping: Mapping[int, str]) -> list[str]:
    """Mapped fields whose cell holds a formula Excel never calculated and saved (a value we cannot know)."""
    return [name for index, name in mapping.items()
            if index < len(written) and isinstance(written[index], str) and written[index].startswith("=")
            and (index >= len(values) or values[index] is None)]


def cells_of(cells: list[Any], mapping: Mapping[int, str]) -> dict[str, Any]:
    """The mapped cells of one row by field (a short row's missing cells are None)."""
    return {name: cells[index] if index < len(cells) else None for index, name in mapping.items()}


def merged_problems(found: list[Problem], rules: list[Problem], *, unsaved: list[str]) -> list[Problem]:
    """The reader's problems, then the form's rules not already said of the same field.

    A cell the reader could not read ("31/02/2026") is blank to the form: "required" would say it twice."""
    known = {(p.code, p.field) for p in found} | {("required", f) for f in (*unsaved, *(p.field for p in found))}
    return found + [p for p in rules if (p.code, p.field) not in known]


@dataclass(frozen=True)
class ParsedRow:
    line: int  # the sheet's own row number, as the officer sees it in Excel
    draft: Any
    problems: list[Problem] = field(default_factory=list)


class RowParser(Protocol):
    """One sheet row as the area's draft plus every problem, worded by the same codes as the form's."""

    def __call__(self, line: int, cells: list[Any], mapping: dict[int, str], *, today: date,
                 unsaved_formulas: list[str] | None = None) -> ParsedRow: ...
