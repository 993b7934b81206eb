"""Writing new records at the hub fast: straight through the driver, a column at a time.

At a hub nearly every record of a bundle is new. SQLAlchemy's per-row parameter handling costs
more than the database's own insert, so rows go through the driver (SQLite's executemany,
PostgreSQL's COPY), with the column types' own bind processors (or exact shortcuts for the
date types) keeping the stored form exactly what the ORM would write.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from operator import attrgetter, itemgetter, methodcaller
from typing import Any

from sqlalchemy import Date, insert
from sqlalchemy.orm import Session

from desktop.db.base import UTCDateTime
from desktop.sync.payload import TableSpec


def insert_new(session: Session, spec: TableSpec, records: list[dict[str, Any]]) -> None:
    """Insert new records; on SQLite straight through the driver's executemany.

    At a hub nearly every record is new, and SQLAlchemy's per-row parameter handling costs
    more than SQLite's insert itself; the column types' own bind processors keep the stored
    form exactly what the ORM would write. Rows are assembled column by column.
    (PostgreSQL: `apply_merge` sends every table's new records at once, `insert_columns`.)
    """
    defaults = spec.local_defaults
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        session.execute(insert(spec.table), [{**defaults, **record} for record in records] if defaults else records)
        return
    sql = _insert_plan(spec, dialect)[0]
    connection.exec_driver_sql(sql, list(zip(*stored_columns(spec, records, dialect), strict=True)))


def stored_columns(spec: TableSpec, records: list[dict[str, Any]], dialect: Any) -> list[Sequence[Any]]:
    """The records' values as stored, one list per column: travelling columns, then the local defaults."""
    _, processors, fixed = _insert_plan(spec, dialect)
    columns: list[Sequence[Any]] = []
    for name, process in processors:
        values = list(map(itemgetter(name), records))
        columns.append(values if process is None else _bulk(process, values))
    columns.extend([value] * len(records) for value in fixed)
    return columns


def records_copy_text(spec: TableSpec, records: list[dict[str, Any]], dialect: Any) -> bytes | None:
    """`copy_text(stored_columns(spec, records, dialect))`, the UTC times written without making naive copies first."""
    if not records:
        return None
    _, processors, fixed = _insert_plan(spec, dialect)
    texts: list[Sequence[str] | None] = []
    for name, process in processors:
        values = list(map(itemgetter(name), records))
        text = _utc_text(values) if process is server_utc else None
        texts.append(text if text is not None else _column_text(values if process is None else _bulk(process, values)))
    texts.extend(None if (text := _column_text([value])) is None else list(text) * len(records) for value in fixed)
    return _rows_of(texts)


# (table, column names, one sequence of stored values per column, or those rows as COPY text already)
ColumnWrite = tuple[str, Sequence[str], Sequence[Sequence[Any]] | bytes]


def insert_columns(connection: Any, writes: Sequence[ColumnWrite]) -> None:
    """PostgreSQL: new rows through COPY FROM STDIN, in the open transaction (the server's fastest way in).

    Each table's rows as COPY text already (`copy_text`, `records_copy_text`), or a column at a time (as
    `stored_columns` builds them) for the driver to convert row by row when they hold a type copy_text leaves. Measured against an
    `INSERT … SELECT FROM unnest(<arrays>)` and a pipelined executemany, COPY was several times
    faster for both the client and the server. The driver's own errors are raised as SQLAlchemy's
    (a duplicate key is an IntegrityError), as an INSERT through SQLAlchemy would, so the import's
    refusal and retry paths stay the same.
    """
    from sqlalchemy.exc import DBAPIError

    quote = connection.dialect.identifier_preparer.quote
    raw = connection.connection.dbapi_connection
    dbapi = connection.dialect.loaded_dbapi
    statement = ""
    try:
        with raw.cursor() as cursor:
            for table, names, columns in writes:
                if not columns or (not isinstance(columns, bytes) and not len(columns[0])):
                    continue
                statement = f"COPY {quote(table)} ({', '.join(quote(name) for name in names)}) FROM STDIN"
                with cursor.copy(statement) as copy:
                    if isinstance(columns, bytes):
                        copy.write(columns)
                        continue
                    for row in zip(*columns, strict=True):
                        copy.write_row(row)
    except dbapi.Error as error:
        raise DBAPIError.instance(statement, None, error, dbapi.Error) from error


# COPY's text format (one line per row, tab between values, \\N for null): a column of one plain type is
# written with built-ins a column at a time, which costs the client about a third of the driver's
# row-by-row conversion. Only these types; a column of anything else (or an unusual value) goes
# through the driver's write_row, as before. The server parses the text into the same stored values.
_NULL = "\\N"
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_BOOL_TEXT = {True: "t", False: "f", None: _NULL}
_NONE_TYPE = type(None)
_AS_TEXT = methodcaller("translate", _COPY_ESCAPES)
_ISO_SPACE = methodcaller("isoformat", " ")
_NO_OFFSET = itemgetter(slice(None, -6))


def copy_text(columns: Sequence[Sequence[Any]]) -> bytes | None:
    """The rows of `columns` in COPY's text format, or None when a column holds a type not handled here."""
    return _rows_of([_column_text(values) for values in columns])


def _rows_of(texts: Sequence[Sequence[str] | None]) -> bytes | None:
    """Columns of COPY text joined into rows; None when one column could not be written as text."""
    if any(text is None for text in texts):
        return None
    return ("\n".join(map("\t".join, zip(*texts, strict=True))) + "\n").encode("utf-8")


def _utc_text(values: list[Any]) -> Sequence[str] | None:
    """A UTCDateTime column's COPY text straight from aware UTC values (as parsed), else None."""
    present = [v for v in values if v is not None]
    if not present:
        return [_NULL] * len(values)
    if set(map(type, present)) != {datetime} or set(map(_ZONE, present)) != {UTC}:
        return None
    text = list(map(_NO_OFFSET, map(_ISO_SPACE, present)))  # "… 01:00:00+00:00" less "+00:00": the naive UTC time
    if len(present) == len(values):
        return text
    rest = iter(text)
    return [_NULL if v is None else next(rest) for v in values]


def _column_text(values: Sequence[Any]) -> Sequence[str] | None:
    kinds = set(map(type, values))
    nulls = _NONE_TYPE in kinds
    kinds.discard(_NONE_TYPE)
    if not kinds:
        return [_NULL] * len(values)
    if len(kinds) > 1:
        return None
    kind = kinds.pop()
    present = [v for v in values if v is not None] if nulls else values
    text: list[str]
    if kind is str:
        joined = "".join(present)
        escape = any(c in joined for c in "\\\t\n\r")
        text = list(map(_AS_TEXT, present)) if escape else list(present)
    elif kind is bool:
        return [_BOOL_TEXT[v] for v in values]
    elif kind is int:
        text = list(map(str, present))
    elif kind is date:
        text = list(map(_ISO, present))
    elif kind is datetime:
        if set(map(_ZONE, present)) != {None}:
            return None  # only naive UTC reaches here (server_utc); anything else as the driver would
        text = list(map(_ISO_SPACE, present))
    elif kind is float:
        if not all(map(math.isfinite, present)):
            return None
        text = list(map(repr, present))  # the shortest text giving back the same double
    else:
        return None  # Decimal, JSON, ...: the driver's own conversion
    if not nulls:
        return text
    rest = iter(text)
    return [_NULL if v is None else next(rest) for v in values]


_INSERT_PLANS: dict[tuple[str, str], tuple[str, list[tuple[str, Any]], tuple[Any, ...]]] = {}


def _insert_plan(spec: TableSpec, dialect: Any) -> tuple[str, list[tuple[str, Any]], tuple[Any, ...]]:
    """(INSERT statement, (column, bind processor) per travelling column, stored local defaults)."""
    key = (spec.name, dialect.name)
    if key not in _INSERT_PLANS:
        defaults = spec.local_defaults
        names = [*spec.column_names, *defaults]
        quote = dialect.identifier_preparer.quote
        sql = (f"INSERT INTO {quote(spec.name)} ({', '.join(quote(n) for n in names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        processors = [(name, _processor(spec.table.c[name], dialect)) for name in spec.column_names]
        fixed = tuple(value if (p := _processor(spec.table.c[name], dialect)) is None else p(value)
                      for name, value in defaults.items())
        _INSERT_PLANS[key] = (sql, processors, fixed)
    return _INSERT_PLANS[key]


def sqlite_utc(value: datetime | None) -> str | None:
    """What UTCDateTime stores on SQLite ('2026-11-28 02:30:00.000000'), a tenth of the generic cost."""
    return None if value is None else value.astimezone(UTC).isoformat(" ", "microseconds")[:26]


def _sqlite_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def server_utc(value: datetime | None) -> datetime | None:
    """What UTCDateTime binds on PostgreSQL (naive UTC; a naive value is refused, as there)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value.astimezone(UTC).replace(tzinfo=None)


_UTC = methodcaller("astimezone", UTC)
_ISO_MICRO = methodcaller("isoformat", " ", "microseconds")
_NO_ZONE = itemgetter(slice(None, 26))
_ISO = methodcaller("isoformat")
_NAIVE = methodcaller("replace", tzinfo=None)
_ZONE = attrgetter("tzinfo")


def _bulk(process: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    """`process` applied to every value; for a date column without nulls, through built-ins only."""
    try:
        if process is sqlite_utc:
            return list(map(_NO_ZONE, map(_ISO_MICRO, map(_UTC, values))))
        if process is _sqlite_date:
            return list(map(_ISO, values))
        if process is server_utc and None not in set(map(_ZONE, values)):
            return list(map(_NAIVE, map(_UTC, values)))
    except AttributeError:  # a null among them
        pass
    return list(map(process, values))


_PROCESSORS: dict[tuple[str, str, str], Callable[[Any], Any] | None] = {}


def _processor(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The column's bind processor, with exact shortcuts for the date types we use (SQLite's two, UTC on a server)."""
    key = (column.table.name, column.name, dialect.name)
    if key not in _PROCESSORS:
        if dialect.name == "sqlite" and isinstance(column.type, UTCDateTime):
            _PROCESSORS[key] = sqlite_utc
        elif dialect.name == "postgresql" and isinstance(column.type, UTCDateTime):
            _PROCESSORS[key] = server_utc
        elif dialect.name == "sqlite" and type(column.type) is Date:
            _PROCESSORS[key] = _sqlite_date
        else:
            _PROCESSORS[key] = column.type.dialect_impl(dialect).bind_processor(dialect)
    return _PROCESSORS[key]
