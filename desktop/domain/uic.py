"""The pseudonymous client code (UIC): a versioned recipe turns typed facts into a code; facts are never kept."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.text import fold

TAKES = ("letters", "year_digits", "map")
_NOT_ALNUM = re.compile(r"[^A-Z0-9]")

# Labels for the facts the shipped recipes ask for; a province's own recipe may name others
# and give a "label" in its JSON instead.
FACT_LABELS: dict[str, str] = {
    "mother_given_name": QT_TRANSLATE_NOOP("Codes", "Tên của mẹ (chỉ tên, không họ)"),
    "father_given_name": QT_TRANSLATE_NOOP("Codes", "Tên của bố (chỉ tên, không họ)"),
    "own_given_name": QT_TRANSLATE_NOOP("Codes", "Tên của người được hỗ trợ (chỉ tên)"),
    "birth_month": QT_TRANSLATE_NOOP("Codes", "Tháng sinh"),
    "sex": QT_TRANSLATE_NOOP("Codes", "Giới tính"),
    "birth_year": QT_TRANSLATE_NOOP("Codes", "Năm sinh"),
}
# Facts the client record itself carries: the form does not ask for them twice.
RECORD_FACTS = frozenset({"sex", "birth_year"})


@dataclass(frozen=True)
class UicPart:
    fact: str
    take: str  # letters | year_digits | map
    count: int = 1
    optional: bool = False
    pad: str = "X"  # stands in for letters a short or unknown name lacks
    mapping: Mapping[str, str] = field(default_factory=dict)
    label: str = ""


@dataclass(frozen=True)
class UicRecipe:
    version: str
    parts: tuple[UicPart, ...]
    description: str = ""

    @property
    def facts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.fact for p in self.parts))

    @property
    def typed_facts(self) -> tuple[str, ...]:
        """The facts the worker types only to make the code (parents' names...), then forgets."""
        return tuple(f for f in self.facts if f not in RECORD_FACTS)


def parse_recipe(data: Mapping[str, Any]) -> UicRecipe:
    """A recipe from its JSON form; anything malformed is refused as a whole."""
    version = str(data.get("version", "")).strip()
    try:
        parts = tuple(
            UicPart(fact=str(p["fact"]), take=str(p["take"]), count=int(p.get("count", 1)),
                    optional=bool(p.get("optional", False)), pad=str(p.get("pad", "X")),
                    mapping={str(k): str(v) for k, v in dict(p.get("map", {})).items()},
                    label=str(p.get("label", "")))
            for p in data["parts"]
        )
    except (KeyError, TypeError, ValueError):
        raise DomainError("uic.recipe_invalid", version=version) from None
    if not version or not parts or any(p.take not in TAKES or not 1 <= p.count <= 4 for p in parts):
        raise DomainError("uic.recipe_invalid", version=version)
    if any(p.take == "map" and not p.mapping for p in parts):
        raise DomainError("uic.recipe_invalid", version=version)
    return UicRecipe(version, parts, str(data.get("description", "")))


def code_letters(text: str) -> str:
    """NFC-independent letters: 'Hoà' and 'Hòa' both give 'HOA', 'Đức' gives 'DUC'."""
    return _NOT_ALNUM.sub("", fold(text).upper())


def given_name(text: str) -> str:
    """The given name is the last word of a Vietnamese full name ('Nguyễn Thị Hòa' -> 'HOA')."""
    words = fold(text).split()
    return code_letters(words[-1]) if words else ""


def normalise_code(text: str) -> str:
    """How a typed code is compared: upper case, no diacritics, spaces or dashes."""
    return code_letters(text)


def _value(facts: Mapping[str, object], name: str) -> str:
    value = facts.get(name)
    return "" if value is None else str(value).strip()


def uic_problems(recipe: UicRecipe, facts: Mapping[str, object]) -> list[Problem]:
    problems: list[Problem] = []
    for part in recipe.parts:
        value = _value(facts, part.fact)
        if not value:
            if not part.optional:
                problems.append(Problem("uic.fact_missing", part.fact, {"fact": part.fact}))
            continue
        if part.take == "letters" and not given_name(value):
            problems.append(Problem("uic.fact_invalid", part.fact, {"fact": part.fact}))
        elif part.take == "year_digits" and not value.isdigit():
            problems.append(Problem("uic.fact_invalid", part.fact, {"fact": part.fact}))
        elif part.take == "map" and value not in part.mapping:
            problems.append(Problem("uic.fact_invalid", part.fact, {"fact": part.fact}))
    return problems


def _piece(part: UicPart, value: str) -> str:
    if not value:
        return part.pad * part.count
    match part.take:
        case "letters":
            return given_name(value)[: part.count].ljust(part.count, part.pad)
        case "year_digits":
            return value[-part.count:].rjust(part.count, "0")
    return part.mapping[value]


def build_uic(recipe: UicRecipe, facts: Mapping[str, object]) -> str:
    """The code for these facts; a pure function, so nothing of the facts outlives the call."""
    fail_if(uic_problems(recipe, facts))
    return "".join(_piece(part, _value(facts, part.fact)) for part in recipe.parts)
