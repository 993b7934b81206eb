"""What the record commands share: options built from a draft's fields, and rows out as text, JSON or CSV.

A register's record commands (`list`, `add`, `edit`, `delete`) look alike in every area; building their
options from the draft dataclass keeps them in step with the form (a new field needs only its help line).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.cli.registry import _language, _login_options, open_services
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.messages import render
from desktop.domain.problems import DomainError, ValidationFailed

FORMATS = ("text", "json", "csv")


def action(actions: Any, name: str, help: str) -> argparse.ArgumentParser:
    """A sub-command (`outreach add`…) whose marked Vietnamese line is also its own --help description."""
    parser: argparse.ArgumentParser = actions.add_parser(name, help=help, description=help)
    _login_options(parser)
    return parser


def format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="text", help=QT_TRANSLATE_NOOP(
        "Cli", "cách in: text (để đọc), json hoặc csv (cho tập lệnh, đủ mọi cột)"))


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(render("cli.not_a_date", {"value": text}, _language())) from None


def words(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _parse_type(annotation: str) -> Callable[[str], Any]:
    kind = annotation.replace(" | None", "").strip()
    if kind == "date":
        return day
    if kind == "int":
        return int
    if kind == "float":
        return float
    if kind.startswith("tuple[str"):
        return words
    return str


def draft_options(parser: argparse.ArgumentParser, draft: type, helps: Mapping[str, str], *, adding: bool,
                  choices: Mapping[str, type[StrEnum]] | None = None) -> None:
    """One `--field-name` per draft field that has a help line; adding: fields without a default are required."""
    for field in dataclasses.fields(draft):
        if field.name not in helps:
            continue
        annotation = str(field.type)
        required = adding and field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
        if annotation == "bool":
            parser.add_argument(f"--{field.name.replace('_', '-')}", dest=field.name, choices=("yes", "no"),
                                required=required, help=helps[field.name])
            continue
        enum = (choices or {}).get(field.name)
        parser.add_argument(f"--{field.name.replace('_', '-')}", dest=field.name, required=required,
                            type=_parse_type(annotation), choices=[c.value for c in enum] if enum else None,
                            help=helps[field.name])


def draft_values(args: argparse.Namespace, draft: type) -> dict[str, Any]:
    """The draft fields given on the command line (an edit changes only these)."""
    given: dict[str, Any] = {}
    for field in dataclasses.fields(draft):
        value = getattr(args, field.name, None)
        if value is not None:
            given[field.name] = (value == "yes") if str(field.type) == "bool" else value
    return given


def run(args: argparse.Namespace, work: Callable[[Any, Any], None]) -> int:
    """Log in, do the work; input problems are printed one per line in the CLI's language (nothing saved)."""
    services, actor = open_services(args)
    try:
        work(services, actor)
    except ValidationFailed as failed:
        for problem in failed.problems:
            where = f"{problem.field}: " if problem.field else ""
            print(where + render(problem.code, problem.params, _language()), file=sys.stderr)
        return 2
    finally:
        services.register.close()
    return 0


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {key: _plain(v) for key, v in value.items()}
    return value


def rows_of(items: Iterable[Any]) -> list[dict[str, Any]]:
    """Frozen dataclass rows as plain dictionaries (dates as YYYY-MM-DD)."""
    return [{key: _plain(value) for key, value in dataclasses.asdict(item).items()} for item in items]


def emit(rows: Sequence[Mapping[str, Any]], fmt: str, columns: Sequence[str]) -> None:
    """JSON (a list of objects) and CSV carry every field; text shows `columns`, one line per row."""
    if fmt == "json":
        print(json.dumps(list(rows), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        names = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "|".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
    else:
        for row in rows:
            print("  ".join(str(row.get(name, "")) for name in columns))


def _typed(hint: Any, value: Any) -> Any:
    """A JSON value as the draft's field wants it: ISO dates and times, tuples, nested drafts."""
    if value is None:
        return None
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and arguments:
        return _typed(arguments[0], value)
    if typing.get_origin(hint) is tuple:
        return tuple(_typed(arguments[0], item) for item in value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    if dataclasses.is_dataclass(hint):
        return draft_from_json(hint, value)  # type: ignore[arg-type]  # a draft class chosen at run time
    return value


def draft_from_json[T](draft: type[T], data: Mapping[str, Any], base: T | None = None) -> T:
    """A draft from a JSON object (fields by name); with `base`, only the fields present replace base's."""
    hints = typing.get_type_hints(draft)
    known = {field.name for field in dataclasses.fields(draft)}  # type: ignore[arg-type]  # a draft class chosen at run time
    unknown = sorted(set(data) - known)
    if unknown:
        raise DomainError("cli.unknown_fields", fields=", ".join(unknown))
    values = {name: _typed(hints[name], value) for name, value in data.items()}
    return dataclasses.replace(base, **values) if base is not None else draft(**values)  # type: ignore[type-var]  # a draft class chosen at run time


def read_json(path: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise DomainError("cli.bad_json", path=path, reason=str(error)) from None
    if not isinstance(data, dict):
        raise DomainError("cli.bad_json", path=path, reason="{…}")
    return data
