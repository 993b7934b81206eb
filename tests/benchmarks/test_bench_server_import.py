"""Benchmark: a province-year imported at a hub on PostgreSQL, against the same import on SQLCipher and against
PostgreSQL's own `COPY` of the same rows (issue 12: import at least 1/3 of COPY's speed).

Run explicitly (pytest ignores tests/benchmarks by default), with a server from HOANHAP_TEST_PG or a
throw-away cluster (tests/engines.py):
    python -m pytest -p no:cacheprovider tests/benchmarks/test_bench_server_import.py -s
HOANHAP_BENCH_SERVER_COMMUNES=<n> sizes the run (default 148, Phú Thọ's communes).

Both data sets of test_bench_sync run: clean (every record keeps the forms' rules, the realistic case)
and dirty (about three records in four held in the quarantine, which COPY does not do at all).
Wall time on a shared PC depends on who else runs; the CPU figures (this process plus, when the server
runs on this machine, every process of the server) much less, so both are printed, as ratios of the
same run.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from desktop.bootstrap import build_services
from desktop.db.base import Base
from desktop.db import migrate
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


@dataclass(frozen=True)
class Spent:
    wall: float
    cpu: float  # this process
    server_cpu: float | None  # every process of the server, when it runs on this machine

    @property
    def total_cpu(self) -> float | None:
        return None if self.server_cpu is None else self.cpu + self.server_cpu

    def __sub__(self, other: Spent) -> Spent:
        server = None if self.server_cpu is None or other.server_cpu is None else self.server_cpu - other.server_cpu
        return Spent(self.wall - other.wall, self.cpu - other.cpu, server)


def server_cpu_meter(server: str) -> Callable[[], float | None]:
    """CPU seconds used so far by the server's processes: the postmaster, its live children and the ones it reaped.

    Read from /proc through the postmaster.pid of the server's data directory; a server elsewhere gives None.
    """
    engine = open_server_engine(ServerAddress.parse(server))
    try:
        with engine.connect() as conn:
            data_dir = conn.execute(text("SELECT current_setting('data_directory')")).scalar_one()
        pid = int((Path(data_dir) / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, DBAPIError):  # not ours to read: a remote or locked-down server
        return lambda: None
    finally:
        engine.dispose()
    tick = os.sysconf("SC_CLK_TCK")

    def fields(proc: Path) -> list[str]:
        return proc.read_text().rsplit(")", 1)[1].split()  # after the command name: state, ppid, ...

    def meter() -> float | None:
        try:
            own = fields(Path(f"/proc/{pid}/stat"))
        except OSError:
            return None
        total = sum(int(v) for v in own[11:15])  # utime, stime, cutime, cstime (reaped backends)
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                stat = fields(proc / "stat")
            except OSError:
                continue  # ended meanwhile
            if stat[1] == str(pid):
                total += int(stat[11]) + int(stat[12])
        return total / tick
    return meter


def _spent(meter: Callable[[], float | None], since: tuple[float, float, float | None]) -> Spent:
    server = meter()
    return Spent(time.perf_counter() - since[0], time.process_time() - since[1],
                 None if server is None or since[2] is None else server - since[2])


def _start(meter: Callable[[], float | None]) -> tuple[float, float, float | None]:
    return time.perf_counter(), time.process_time(), meter()


def _import(hub: Opened, corpus: Corpus, folder: Path, meter: Callable[[], float | None] = lambda: None) -> Spent:
    """The import proper: the service's time less the receipts it writes after (timed again alone,
    as test_bench_sync does: one signed, fsynced file per commune, not part of taking the rows in)."""
    started = _start(meter)
    summary = hub.services.sync.import_bundles(hub.admin, [corpus.folder], receipt_folder=folder)
    service = _spent(meter, started)
    refused = [i for i in summary.value.items if i.refused]
    assert not refused, refused[:3]
    started = _start(meter)
    with hub.services.register.uow() as uow:
        for item in summary.value.items:
            receipts.write_receipt(uow.session, folder=folder, now=NOW,
                                   commune_unit=item.report.sender_unit)  # type: ignore[union-attr]
    return service - _spent(meter, started)


def _identity(hub: Opened) -> str:
    with hub.services.register.uow() as uow:
        return uow.session.execute(select(DeviceKey.secret).where(DeviceKey.kind == "age")).scalar_one()


def _copy(server: str, corpus: Corpus, identity: str, meter: Callable[[], float | None] = lambda: None, *,
          migrated: bool = False) -> Spent:
    """Time PostgreSQL's COPY FROM STDIN takes for the same rows into the same tables, one transaction.

    Decrypting and parsing the bundles is not timed: COPY is the floor of what the server can take in.
    `migrated`: tables made by the hub's migrations (with the list search's trigram indexes, migration
    0011, which the import maintains too); else by the models alone (no trigram index).
    """
    name = f"hoanhap_copy_{secrets.token_hex(3)}"
    url = create_database(server, name)
    engine = open_server_engine(ServerAddress.parse(url))
    if migrated:
        migrate.upgrade(engine)
    else:
        Base.metadata.create_all(engine)
    engine.dispose()
    specs = table_specs()
    rows = [_raw_rows(bundle, identity) for bundle in corpus.bundles]
    conninfo = ServerAddress.parse(url).url.set(drivername="postgresql").render_as_string(hide_password=False)
    spent = Spent(0.0, 0.0, None)
    try:
        with psycopg.connect(conninfo) as conn:
            started = _start(meter)
            with conn.cursor() as cursor:
                for bundle_rows in rows:
                    for table, values in bundle_rows.items():
                        spec = specs[table]
                        columns = ", ".join(f'"{c}"' for c in [*spec.column_names, *spec.local_defaults])
                        with cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
                            for row in values:
                                copy.write_row(row)
            conn.commit()
            spent = _spent(meter, started)
    finally:
        drop_database(server, name)
    return spent


def _ratio(fast: float | None, slow: float | None) -> str:
    return "n/a (server not on this PC)" if fast is None or slow is None else f"{fast / slow:.2f}x"


@pytest.mark.parametrize("data", ["clean", "dirty"])
def test_province_year_on_postgresql_against_sqlcipher_and_copy(pg_server: str, tmp_path: Path, data: str) -> None:
    wanted = int(os.environ.get("HOANHAP_BENCH_SERVER_COMMUNES", "148"))
    units = list(admin_units.communes("25"))[:wanted] if wanted <= 148 else list(admin_units.all_communes())[:wanted]
    clock = FixedClock(NOW)
    clean = data == "clean"
    meter = server_cpu_meter(pg_server)
    for hub in _hub(tmp_path / "sqlite-hub", clock):
        corpus = _build(hub, units, tmp_path / "for-sqlite", clean=clean)
        sqlite = _import(hub, corpus, tmp_path / "r1")
    for hub in _server_hub(pg_server, tmp_path / "pg-hub", clock):
        corpus = _build(hub, units, tmp_path / "for-pg", clean=clean)
        pg = _import(hub, corpus, tmp_path / "r2", meter)
        copy = _copy(pg_server, corpus, _identity(hub), meter, migrated=True)
        bare = _copy(pg_server, corpus, _identity(hub), meter)
    n = corpus.records
    print(f"\n[province-year on PostgreSQL, {data} data] {len(corpus.bundles)} bundles, {n:,} records")
    print(f"  hub import on PostgreSQL (verify, decrypt, validate, rule checks, merge, audit, commit): "
          f"{pg.wall:.1f} s = {n / pg.wall:,.0f} rec/s; CPU here {pg.cpu:.1f} s, server "
          f"{'n/a' if pg.server_cpu is None else f'{pg.server_cpu:.1f} s'}")
    print(f"  the same import on SQLCipher: {sqlite.wall:.1f} s = {n / sqlite.wall:,.0f} rec/s, CPU {sqlite.cpu:.1f} s "
          f"-> PostgreSQL at {sqlite.wall / pg.wall:.2f}x of SQLCipher's speed (wall), "
          f"{_ratio(sqlite.cpu, pg.total_cpu)} (CPU, server included)")
    for label, spent in (("into the hub's tables (migrations, trigram indexes included)", copy),
                         ("into tables from the models alone (no trigram index)", bare)):
        print(f"  PostgreSQL COPY of the same rows {label}, one transaction: {spent.wall:.1f} s = "
              f"{n / spent.wall:,.0f} rec/s; CPU here {spent.cpu:.1f} s, server "
              f"{'n/a' if spent.server_cpu is None else f'{spent.server_cpu:.1f} s'}")
        print(f"    -> import at {spent.wall / pg.wall:.2f}x of this COPY (wall), "
              f"{_ratio(spent.total_cpu, pg.total_cpu)} (CPU of client and server) (target >= {TARGET:.2f})")
