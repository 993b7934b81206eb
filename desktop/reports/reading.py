"""How a hub report reads an SQLite register: with a page cache that holds the tables it reads again.

A hub report reads the same tables once per grouping (merged.py). SQLCipher decrypts and checks every
page it reads into its cache; with the default cache (8 MB here) each pass over a year of a big hub
decrypted the same pages again: half the report's CPU time on the synthetic national year
(tests/benchmarks/test_bench_reports.py). For the report only, the connection's cache may grow to
REPORT_CACHE_MB; it is set back afterwards, which gives the cache's pages back. (temp_store cannot be
changed inside the report's transaction, so GROUP BY sorting keeps the register's setting.) PostgreSQL
keeps its own shared buffers: nothing to do there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

REPORT_CACHE_MB = 256


@contextmanager
def report_cache(conn: Connection) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{REPORT_CACHE_MB * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
