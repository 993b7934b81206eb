"""Pytest plugin: the hub tests run on both stores a hub can have, SQLCipher and a PostgreSQL server.

`HOANHAP_TEST_PG` names a server where the tests may create databases (postgresql://user@host/postgres,
a role with CREATEDB); without it, when PostgreSQL's binaries are found, a throw-away cluster is
started in a temporary folder on a unix socket. `HOANHAP_TEST_PG_REQUIRED=1` (CI) makes a missing
server fail the run instead of skipping the PostgreSQL half. `HOANHAP_TEST_ENGINES=sqlite` runs one engine.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

PG_URL_VAR = "HOANHAP_TEST_PG"
PG_REQUIRED_VAR = "HOANHAP_TEST_PG_REQUIRED"
ENGINES_VAR = "HOANHAP_TEST_ENGINES"
ENGINES = ("sqlite", "postgresql")
_BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin",
             "/usr/lib/postgresql/14/bin", "/usr/lib/postgresql/13/bin")


def chosen_engines() -> list[str]:
    wanted = [e.strip() for e in os.environ.get(ENGINES_VAR, ",".join(ENGINES)).split(",") if e.strip()]
    return [e for e in ENGINES if e in wanted]


def _missing(reason: str) -> None:
    if os.environ.get(PG_REQUIRED_VAR) == "1":
        pytest.fail(f"PostgreSQL required ({PG_REQUIRED_VAR}=1) but {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server: {reason} (set {PG_URL_VAR} or install PostgreSQL's binaries)")


def pg_bin_dir() -> Path | None:
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    return next((Path(d) for d in _BIN_DIRS if (Path(d) / "initdb").exists()), None)


class ThrowAwayCluster:
    """initdb + pg_ctl in a temporary folder, listening on a unix socket only (as `postgres` when run as root)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="hoanhap-pg-"))
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, "postgres")
        self.port = 54000 + secrets.randbelow(900)

    def _run(self, *args: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run([*prefix, *args], check=True, capture_output=True, cwd="/")

    def start(self) -> str:
        data = self.root / "data"
        self._run(str(self.bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync",
                  "-E", "UTF8", "--locale=C")
        options = f"-k {self.root} -c listen_addresses='' -p {self.port} -c fsync=off -c max_connections=100"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")
        return f"postgresql://postgres@/postgres?host={self.root}&port={self.port}"

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server where tests may create and drop databases."""
    url = os.environ.get(PG_URL_VAR)
    if url:
        yield url
        return
    bin_dir = pg_bin_dir()
    if bin_dir is None:
        _missing(f"{PG_URL_VAR} is not set and initdb was not found")
    assert bin_dir is not None
    cluster = ThrowAwayCluster(bin_dir)
    try:
        started = cluster.start()
    except (subprocess.CalledProcessError, OSError) as error:
        cluster.stop()
        _missing(f"a throw-away cluster did not start: {error}")
        raise
    try:
        yield started
    finally:
        cluster.stop()


def _admin_engine(url: str):  # type: ignore[no-untyped-def]
    from desktop.db.server import ServerAddress

    return create_engine(ServerAddress.parse(url).url, isolation_level="AUTOCOMMIT")


def database_url(server_url: str, name: str) -> str:
    from desktop.db.server import ServerAddress

    address = ServerAddress.parse(server_url)
    return address.url.set(database=name).render_as_string(hide_password=False)


def create_database(server_url: str, name: str, *, template: str | None = None) -> str:
    engine = _admin_engine(server_url)
    try:
        with engine.connect() as conn:
            clause = f' TEMPLATE "{template}"' if template else ""
            for attempt in range(20):
                try:
                    conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
                    break
                except Exception:  # a template still in use by a closing connection: wait a moment
                    if attempt == 19:
                        raise
                    time.sleep(0.1)
    finally:
        engine.dispose()
    return database_url(server_url, name)


def drop_database(server_url: str, name: str) -> None:
    engine = _admin_engine(server_url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def _pg_hub_template(pg_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """A hub set up once on the server (database `hoanhap_hub_template`): (device id, recovery key, name)."""
    from desktop.db.datadir import DataDir
    from desktop.db.keyring import FAST_KDF
    from desktop.db.server import ServerAddress
    from desktop.domain.codes import OfficeRole
    from desktop.services.context import FixedClock
    from desktop.services.accounts.server_hub import initialise_on_server
    from desktop.services.accounts.setup import SetupRequest
    from tests.conftest import ADMIN, NOW, PASSWORD

    name = f"hoanhap_hub_template_{secrets.token_hex(3)}"
    url = create_database(pg_server, name)
    result = initialise_on_server(DataDir(tmp_path_factory.mktemp("pg-hub-template")), SetupRequest(
        office_role=OfficeRole.HUB, province_code="25", commune_code=None, admin_username=ADMIN,
        admin_display_name="Quản trị", admin_password=PASSWORD, admin_confirm=PASSWORD,
    ), ServerAddress.parse(url), clock=FixedClock(NOW), kdf=FAST_KDF).value
    try:
        yield result.device_id, result.recovery_key, name
    finally:
        for made in [*_made, name]:
            drop_database(pg_server, made)
        _made.clear()


@pytest.fixture
def server_hub_dir(pg_server: str, _pg_hub_template: tuple[str, str, str],
                   tmp_path: Path) -> tuple[object, str]:
    """A data folder whose hub lives in a fresh copy of the template database: (DataDir, recovery key)."""
    from desktop.db.datadir import DataDir
    from desktop.db.server import ServerAddress, save_settings

    device_id, recovery, template = _pg_hub_template
    name = f"hoanhap_hub_{secrets.token_hex(4)}"
    url = create_database(pg_server, name, template=template)
    _made.append(name)  # dropped at the end of the run: a GUI test's last refresh may still read it
    data_dir = DataDir(tmp_path / "hub")
    data_dir.root.mkdir(parents=True)
    save_settings(data_dir.server, data_dir.server_passfile, ServerAddress.parse(url), device_id=device_id)
    return data_dir, recovery


_made: list[str] = []


@pytest.fixture(params=chosen_engines())
def hub_engine(request: pytest.FixtureRequest) -> str:
    """Which store the `hub` fixture is on; a test id ends in [sqlite] or [postgresql]."""
    return str(request.param)
