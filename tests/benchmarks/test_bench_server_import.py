"""Benchmark: a province-year imported at a hub on PostgreSQL, against the same import on SQLCipher and against
PostgreSQL's own `COPY` of the same rows (issue 12: import at least 1/3 of COPY's speed).

Run explicitly (pytest ignores tests/benchmarks by default), with a server from HOANHAP_TEST_PG or a
throw-away cluster (tests/engines.py):
    python -m pytest -p no:cacheprovider tests/benchmarks/test_bench_server_import.py -s
HOANHAP_BENCH_SERVER_COMMUNES=<n> sizes the run (default 148, Phú Thọ's communes).
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
from sqlalchemy import select

from desktop.bootstrap import build_services
from desktop.db.base import Base
from desktop.db.datadir import DataDir
from desktop.db.keyring import FAST_KDF
from desktop.db.models import DeviceKey
from desktop.db.server import ServerAddress, open_server_engine
from desktop.domain import admin_units
from desktop.domain.codes import OfficeRole
from desktop.services.accounts import auth
from desktop.services.context import FixedClock
from desktop.services.accounts.server_hub import initialise_on_server
from desktop.services.accounts.setup import SetupRequest
from desktop.sync import receipts
from desktop.sync.payload import table_specs
from tests.benchmarks.test_bench_sync import Corpus, _build, _hub, _raw_rows
from tests.conftest import ADMIN, NOW, PASSWORD, Opened
from tests.engines import create_database, drop_database

TARGET = 1 / 3


def _server_hub(server: str, root: Path, clock: FixedClock) -> Iterator[Opened]:
    name = f"hoanhap_bench_{secrets.token_hex(3)}"
    url = create_database(server, name)
    result = initialise_on_server(DataDir(root), SetupRequest(
        office_role=OfficeRole.HUB, province_code="25", commune_code=None, admin_username=ADMIN,
        admin_display_name="Quản trị", admin_password=PASSWORD, admin_confirm=PASSWORD,
    ), ServerAddress.parse(url), clock=clock, kdf=FAST_KDF).value
    register, admin = auth.login(DataDir(root), ADMIN, PASSWORD, clock=clock)
    try:
        yield Opened(build_services(register), admin, DataDir(root), clock, result.recovery_key)
    finally:
        register.close()
        drop_database(server, name)


def _import(hub: Opened, corpus: Corpus, folder: Path) -> float:
    """Seconds of the import proper: the service's time less the receipts it writes after (timed again alone,
    as test_bench_sync does: one signed, fsynced file per commune, not part of taking the rows in)."""
    started = time.perf_counter()
    summary = hub.services.sync.import_bundles(hub.admin, [corpus.folder], receipt_folder=folder)
    service = time.perf_counter() - started
    refused = [i for i in summary.value.items if i.refused]
    assert not refused, refused[:3]
    started = time.perf_counter()
    with hub.services.register.uow() as uow:
        for item in summary.value.items:
            receipts.write_receipt(uow.session, folder=folder, now=NOW,
                                   commune_unit=item.report.sender_unit)  # type: ignore[union-attr]
    return service - (time.perf_counter() - started)


def _identity(hub: Opened) -> str:
    with hub.services.register.uow() as uow:
        return uow.session.execute(select(DeviceKey.secret).where(DeviceKey.kind == "age")).scalar_one()


def _copy(server: str, corpus: Corpus, identity: str) -> float:
    """Seconds PostgreSQL's COPY FROM STDIN takes for the same rows into the same tables, one transaction.

    Decrypting and parsing the bundles is not timed: COPY is the floor of what the server can take in.
    """
    name = f"hoanhap_copy_{secrets.token_hex(3)}"
    url = create_database(server, name)
    engine = open_server_engine(ServerAddress.parse(url))
    Base.metadata.create_all(engine)
    engine.dispose()
    specs = table_specs()
    rows = [_raw_rows(bundle, identity) for bundle in corpus.bundles]
    conninfo = ServerAddress.parse(url).url.set(drivername="postgresql").render_as_string(hide_password=False)
    spent = 0.0
    try:
        with psycopg.connect(conninfo) as conn:
            started = time.perf_counter()
            with conn.cursor() as cursor:
                for bundle_rows in rows:
                    for table, values in bundle_rows.items():
                        spec = specs[table]
                        columns = ", ".join(f'"{c}"' for c in [*spec.column_names, *spec.local_defaults])
                        with cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
                            for row in values:
                                copy.write_row(row)
            conn.commit()
            spent = time.perf_counter() - started
    finally:
        drop_database(server, name)
    return spent


def test_province_year_on_postgresql_against_sqlcipher_and_copy(pg_server: str, tmp_path: Path) -> None:
    wanted = int(os.environ.get("HOANHAP_BENCH_SERVER_COMMUNES", "148"))
    units = list(admin_units.communes("25"))[:wanted] if wanted <= 148 else list(admin_units.all_communes())[:wanted]
    clock = FixedClock(NOW)
    for hub in _hub(tmp_path / "sqlite-hub", clock):
        corpus = _build(hub, units, tmp_path / "for-sqlite")
        sqlite_s = _import(hub, corpus, tmp_path / "r1")
    for hub in _server_hub(pg_server, tmp_path / "pg-hub", clock):
        corpus = _build(hub, units, tmp_path / "for-pg")
        pg_s = _import(hub, corpus, tmp_path / "r2")
        copy_s = _copy(pg_server, corpus, _identity(hub))
    n = corpus.records
    print(f"\n[province-year on PostgreSQL] {len(corpus.bundles)} bundles, {n:,} records")
    print(f"  hub import on PostgreSQL (verify, decrypt, validate, rule checks, merge, audit, commit): "
          f"{pg_s:.1f} s = {n / pg_s:,.0f} rec/s")
    print(f"  the same import on SQLCipher: {sqlite_s:.1f} s = {n / sqlite_s:,.0f} rec/s "
          f"-> PostgreSQL at {sqlite_s / pg_s:.2f}x of SQLCipher's speed")
    print(f"  PostgreSQL COPY of the same rows, one transaction: {copy_s:.1f} s = {n / copy_s:,.0f} rec/s "
          f"-> import at {copy_s / pg_s:.2f}x of COPY (target >= {TARGET:.2f})")
