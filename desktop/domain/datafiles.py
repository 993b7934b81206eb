"""Strict reading of the JSON data files in resources/ (checklists, sanctions): every error names file and item."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from desktop.domain.problems import DomainError

T = TypeVar("T")
WHOLE_FILE = "*"  # the `item` parameter of an error about the file's top level




def read_json(path: Path) -> Any:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DomainError("datafile.unreadable", file=path.name, detail=str(error)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DomainError("datafile.not_json", file=path.name, line=error.lineno) from None


class Fields:
    """One JSON object checked against its schema: unknown or missing fields are refused by name."""

    def __init__(self, data: Any, *, file: str, item: str, required: AbstractSet[str],
                 optional: AbstractSet[str] = frozenset()) -> None:
        self.file, self.item = file, item
        if not isinstance(data, Mapping):
            raise DomainError("datafile.not_object", file=file, item=item)
        for name in sorted(data):
            if name not in required and name not in optional:
                raise DomainError("datafile.unknown_field", file=file, item=item, field=name)
        for name in sorted(required):
            if name not in data:
                raise DomainError("datafile.missing_field", file=file, item=item, field=name)
        self._data = data

    def bad(self, name: str) -> DomainError:
        return DomainError("datafile.bad_value", file=self.file, item=self.item, field=name,
                           value=str(self._data.get(name))[:60])

    def get(self, name: str, kind: type[T], default: T | None = None) -> T:
        value = self._data.get(name, default)
        # bool is an int in Python; a count written as true is still a mistake in the file.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.bad(name)
        return value

    def text(self, name: str, *, allow_empty: bool = False) -> str:
        value = self.get(name, str, "")
        if not allow_empty and not value.strip():
            raise self.bad(name)
        return value.strip()

    def optional_int(self, name: str) -> int | None:
        value = self._data.get(name)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.bad(name)
        return value

    def day(self, name: str, *, optional: bool = False) -> date | None:
        value = self._data.get(name)
        if value is None and optional:
            return None
        try:
            return date.fromisoformat(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise self.bad(name) from None

    def choice(self, name: str, allowed: Callable[[str], T]) -> T:
        try:
            return allowed(self.get(name, str))
        except ValueError:
            raise self.bad(name) from None

    def items(self, name: str) -> list[Any]:
        value = self.get(name, list)
        if not value:
            raise self.bad(name)
        return value
