"""Reads an indicator file as TOML and finds the line of an item or field, so errors can name it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from desktop.domain.problems import DomainError

_ARRAY = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]")
_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True)
class Block:
    name: str  # "indicators", "programme"
    first: int  # 1-based line of the header
    last: int  # last line before the next header


class TomlSource:
    """The parsed document plus where each [[array]] item and [table] starts.

    tomllib gives no positions for values, so we keep our own map of headers; a field's line is
    the first `field =` inside its item's block (inline tables keep a field on the item's lines).
    """

    def __init__(self, text: str, *, file: str) -> None:
        self.file = file
        try:
            self.data: dict[str, Any] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            found = _TOML_POSITION.search(str(error))
            raise DomainError("indicators.syntax", file=file, line=int(found[1]) if found else 0,
                              detail=_TOML_POSITION.sub("", str(error)).strip()) from None
        self._lines = text.splitlines()
        self._blocks = self._scan()

    def _scan(self) -> list[Block]:
        heads: list[tuple[str, int]] = []
        for number, line in enumerate(self._lines, start=1):
            found = _ARRAY.match(line) or _TABLE.match(line)
            if found:
                heads.append((found[1], number))
        ends = [n - 1 for _, n in heads[1:]] + [len(self._lines)]
        return [Block(name, first, last) for (name, first), last in zip(heads, ends, strict=True)]

    def block(self, name: str, index: int = 0) -> Block | None:
        matching = [b for b in self._blocks if b.name == name]
        return matching[index] if index < len(matching) else None

    def line(self, name: str, *, index: int = 0, field: str | None = None) -> int:
        """The line of item `index` of [[name]] (or of [name]), or of `field` inside it; 0 if unknown."""
        found = self.block(name, index)
        if found is None:
            return self._top_level_line(field) if field else 0
        if field:
            pattern = re.compile(rf'^\s*"?{re.escape(field)}"?\s*=|[{{,]\s*"?{re.escape(field)}"?\s*=')
            for number in range(found.first, found.last + 1):
                if pattern.search(self._lines[number - 1]):
                    return number
        return found.first

    def _top_level_line(self, field: str) -> int:
        pattern = re.compile(rf'^\s*"?{re.escape(field)}"?\s*=')
        limit = self._blocks[0].first if self._blocks else len(self._lines) + 1
        for number in range(1, limit):
            if pattern.search(self._lines[number - 1]):
                return number
        return 0


@dataclass(frozen=True)
class Where:
    """The place an error is reported: file, line and the item's name (an indicator code, a section...)."""

    source: TomlSource
    block: str
    index: int
    item: str

    def fail(self, code: str, *, field: str | None = None, **params: Any) -> NoReturn:
        line = self.source.line(self.block, index=self.index, field=field)
        raise DomainError(code, file=self.source.file, line=line, item=self.item, **params)

    def check_keys(self, table: Mapping[str, Any], allowed: frozenset[str], *,
                   required: frozenset[str] = frozenset()) -> None:
        for key in table:
            if key not in allowed:
                self.fail("indicators.unknown_field", field=key, name=key)
        for key in sorted(required):
            if key not in table:
                self.fail("indicators.missing_field", name=key)

    def text(self, table: Mapping[str, Any], key: str, *, default: str | None = None) -> str:
        value = table.get(key, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            self.fail("indicators.bad_value", field=key, name=key, value=str(value))
        return value
