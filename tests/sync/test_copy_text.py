"""The hub's COPY text (bulk_insert.copy_text) stores exactly what the driver's row-by-row COPY stores."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import psycopg

from desktop.db.server import ServerAddress
from desktop.sync.bulk_insert import copy_text

# Values a bundle can bring, the awkward ones included: COPY's own escapes, control characters,
# backslash-N and backslash-dot spelled out, Vietnamese, nulls in every column, large and negative numbers.
COLUMNS: list[list[Any]] = [
    ["Xã Xuân Lũng", "tab\there", "line\nnext", "cr\rhere", "back\\slash", "\\N", "\\.", "\x01\x07\x1b", "", None],
    [0, -1, 2**62, -(2**63), 7, 8, 9, 10, 11, None],
    [True, False, True, False, True, False, True, False, True, None],
    [date(2026, 1, 2), date(1, 1, 1), date(9999, 12, 31), date(2019, 1, 1), date(2026, 12, 3), date(2020, 2, 29),
     date(2026, 1, 2), date(2026, 1, 2), date(2026, 1, 2), None],
    [datetime(2026, 1, 1, 1, 2, 3, 4), datetime(2026, 1, 1), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
     datetime(2026, 6, 30, 12), datetime(2026, 1, 1), datetime(2026, 1, 1), datetime(2026, 1, 1), datetime(2026, 1, 1),
     None],
    [0.1, -2.5, 1e16, 1e-300, 123456.789, 0.0, -0.0, 3.0, 2.0 / 3.0, None],
    [None] * 10,
]
TABLE = ("CREATE TEMP TABLE t (id serial, s varchar(100), i bigint, b boolean, d date, ts timestamp, "
         "f double precision, n varchar(10))")
NAMES = "s, i, b, d, ts, f, n"


def _stored(conninfo: str, write: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(conninfo) as conn, conn.cursor() as cursor:
        cursor.execute(TABLE)
        with cursor.copy(f"COPY t ({NAMES}) FROM STDIN") as copy:
            write(copy)
        return cursor.execute(f"SELECT {NAMES} FROM t ORDER BY id").fetchall()


def test_copy_text_stores_what_the_drivers_write_row_stores(pg_server: str) -> None:
    conninfo = ServerAddress.parse(pg_server).url.set(drivername="postgresql").render_as_string(hide_password=False)
    data = copy_text(COLUMNS)
    assert data is not None

    def by_rows(copy: Any) -> None:
        for row in zip(*COLUMNS, strict=True):
            copy.write_row(row)

    expected = _stored(conninfo, by_rows)
    assert _stored(conninfo, lambda copy: copy.write(data)) == expected
    assert expected[0][0] == "Xã Xuân Lũng" and expected[5][0] == "\\N" and expected[9] == (None,) * 7


def test_copy_text_leaves_other_types_and_mixed_columns_to_the_driver() -> None:
    assert copy_text([["a"], [Decimal("1.5")]]) is None
    assert copy_text([[1, "1"]]) is None
    assert copy_text([[float("nan")]]) is None
    assert copy_text([[datetime(2026, 1, 1).astimezone()]]) is None  # only naive UTC is ours to write
    assert copy_text([[1, None], [None, None]]) == b"1\t\\N\n\\N\t\\N\n"


def test_records_copy_text_is_the_copy_text_of_the_stored_columns() -> None:
    from datetime import UTC, timedelta, timezone

    from sqlalchemy.dialects.postgresql import psycopg as pg

    from desktop.sync.bulk_insert import records_copy_text, stored_columns
    from desktop.sync.payload import table_specs
    from desktop.sync.validation import _parse_table
    from tests.benchmarks.test_bench_sync import Synthetic

    dialect = pg.dialect()
    tables = Synthetic(clean=True).commune_year("26380@2025", "device-1")
    assert len(tables) >= 10
    for name, lines in tables.items():
        spec = table_specs()[name]
        records = _parse_table(spec, b"\n".join(lines), sender_origin="26380@2025")
        records[0]["deleted_at"] = datetime(2026, 5, 1, 3, 4, 5, 6, tzinfo=UTC)  # nulls and times in one column
        assert records_copy_text(spec, records, dialect) == copy_text(stored_columns(spec, records, dialect)), name
        # A time in another zone (never from the parser): written as the stored columns make it, in UTC.
        records[1]["updated_at"] = datetime(2026, 5, 1, 10, tzinfo=timezone(timedelta(hours=7)))
        assert records_copy_text(spec, records, dialect) == copy_text(stored_columns(spec, records, dialect)), name
