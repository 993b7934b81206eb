"""Strict reading of the JSON data files in resources/ (checklists, sanctions): every error names file and item."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from desktop.domain.problems import DomainError

T = TypeVar("T")
WHOLE_FILE = "*"  # the `item` parameter of an error about the file's top level




UNKNOWN_LINE = "?"  # an object built in code, not read from a file, has no line to name


class LocatedObject(dict[str, Any]):
    """A JSON object that remembers the line of its opening brace, so an error can name it."""

    line: int | None = None


def line_of(data: Any) -> int | str:
    line = getattr(data, "line", None)
    return line if isinstance(line, int) else UNKNOWN_LINE


class _LocatingDecoder(json.JSONDecoder):
    # The pure-Python scanner calls back into `parse_object`, which the C scanner does not; data files
    # are small, so the slower scanner costs nothing noticeable.
    def __init__(self) -> None:
        super().__init__()
        self.parse_object = self._located_object
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]  # private in typeshed

    @staticmethod
    def _located_object(s_and_end: tuple[str, int], *args: Any, **kwargs: Any) -> tuple[LocatedObject, int]:
        text, start = s_and_end
        value, end = json.decoder.JSONObject(s_and_end, *args, **kwargs)  # type: ignore[attr-defined]  # not in typeshed
        located = LocatedObject(value)
        located.line = text.count("\n", 0, start) + 1
        return located, end


def parse_json(text: str, *, file: str) -> Any:
    """JSON text whose objects carry their line numbers; a syntax error names the file and line."""
    try:
        return _LocatingDecoder().decode(text)
    except json.JSONDecodeError as error:
        raise DomainError("datafile.not_json", file=file, line=error.lineno) from None


def read_json(path: Path) -> Any:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DomainError("datafile.unreadable", file=path.name, detail=str(error)) from None
    return parse_json(text, file=path.name)


class Fields:
    """One JSON object checked against its schema: unknown or missing fields are refused by name."""

    def __init__(self, data: Any, *, file: str, item: str, required: AbstractSet[str],
                 optional: AbstractSet[str] = frozenset()) -> None:
        self.file, self.item, self.line = file, item, line_of(data)
        if not isinstance(data, Mapping):
            raise DomainError("datafile.not_object", file=file, line=self.line, item=item)
        for name in sorted(data):
            if name not in required and name not in optional:
                raise DomainError("datafile.unknown_field", file=file, line=self.line, item=item, field=name)
        for name in sorted(required):
            if name not in data:
                raise DomainError("datafile.missing_field", file=file, line=self.line, item=item, field=name)
        self._data = data

    def bad(self, name: str) -> DomainError:
        return DomainError("datafile.bad_value", file=self.file, line=self.line, item=self.item, field=name,
                           value=str(self._data.get(name))[:60])

    def error(self, code: str, **params: Any) -> DomainError:
        """Any other refusal about this object, located like the field errors."""
        return DomainError(code, file=self.file, line=self.line, item=self.item, **params)

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
            return date.fromisoformat(value)  # type: ignore[arg-type]  # not a str: TypeError, caught below
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

    def texts(self, name: str) -> tuple[str, ...]:
        """A list of non-empty strings (absent: empty), e.g. additional penalties."""
        value = self._data.get(name, [])
        if not isinstance(value, list):
            raise self.bad(name)
        if not all(isinstance(v, str) and v.strip() for v in value):
            raise self.bad(name)
        return tuple(v.strip() for v in value)
