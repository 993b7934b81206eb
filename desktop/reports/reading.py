"""How a hub report reads an SQLite register: with a page cache that holds the tables it reads again.

A hub report reads the same tables once per grouping (merged.py). SQLCipher decrypts and checks every
page it reads into its cache; with the default cache (8 MB here) each pass over a year of a big hub
decrypted the same pages again: half the report's CPU time on the synthetic national year
(tests/benchmarks/test_bench_reports.py). So a hub report lets the connection's cache grow to
REPORT_CACHE_MB.

The cache is kept for the (pooled) connection's life rather than set back after the report: an officer
looks at a report and then prints or exports it, and each computes it again. Setting it back threw the
decrypted pages away, and decrypting them again was 0.5 s of the next national report (same benchmark).
The price is memory: up to REPORT_CACHE_MB per pooled connection that ran a hub report, and only as
many pages as the report read. (temp_store cannot be changed inside the report's transaction, so
GROUP BY sorting keeps the register's setting.) PostgreSQL keeps its own shared buffers: nothing to do there.
"""

from __future__ import annotations

from sqlalchemy import Connection

REPORT_CACHE_MB = 256


def report_cache(conn: Connection) -> None:
    """Give the connection (SQLite) the report's page cache, unless it has one at least as large already."""
    if conn.dialect.name != "sqlite":
        return
    cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    # A negative cache_size is in KiB, a positive one in pages (4 KiB here, SQLCipher's default page size).
    held_kib = -cache if cache < 0 else cache * 4
    if held_kib < REPORT_CACHE_MB * 1024:
        conn.exec_driver_sql(f"PRAGMA cache_size = -{REPORT_CACHE_MB * 1024}")
