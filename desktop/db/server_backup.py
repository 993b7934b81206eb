"""Backups of a hub on a PostgreSQL server: `pg_dump -Fc`, a drill restore into a scratch database, `pg_restore`.

The copy is the server's own custom format (any PostgreSQL administrator can read it with the stock
tools); it is not encrypted by the app: keep the backup folder on an encrypted disk (README).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL

from desktop import __version__
from desktop.db import backup as backups
from desktop.db.files import write_atomically
from desktop.db.server import ServerAddress, ServerSettings, open_server_engine
from desktop.domain.problems import DomainError

SUFFIX = ".pgdump"
_DEFAULT_ROTATION = backups.Rotation()
_PG_BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin",
                "/usr/lib/postgresql/14/bin", "/usr/lib/postgresql/13/bin")


def tool(name: str) -> str:
    """pg_dump / pg_restore from PATH, else from Debian's versioned folders (not on PATH by default)."""
    found = shutil.which(name)
    if found:
        return found
    for folder in _PG_BIN_DIRS:
        candidate = Path(folder) / name
        if candidate.exists():
            return str(candidate)
    raise DomainError("server.tool_missing", tool=name)


def _libpq_args(url: URL) -> list[str]:
    """Connection options for the command-line tools, as libpq keywords (never the password).

    Every option of the URL's query goes along (sslrootcert, sslcert, sslkey, hostaddr…): without them
    pg_dump would not verify the server, or present the client certificate, the way the app does.
    """
    parts: dict[str, str] = {}
    for key, value in url.query.items():
        if key != "password":
            parts[key] = value if isinstance(value, str) else ",".join(value)
    parts.update({k: str(v) for k, v in (("host", url.host), ("port", url.port), ("dbname", url.database),
                                          ("user", url.username)) if v})
    conninfo = " ".join(f"{k}={_quoted(v)}" for k, v in parts.items() if v)
    return ["--dbname", conninfo]


def _quoted(value: str) -> str:
    """libpq's conninfo quoting: single quotes, with backslash and quote escaped (paths may hold spaces)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _env(settings: ServerSettings) -> dict[str, str]:
    env = dict(os.environ)
    if settings.passfile is not None:
        env["PGPASSFILE"] = str(settings.passfile)
    return env


def _run(args: list[str], settings: ServerSettings) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, env=_env(settings), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DomainError("server.tool_failed", tool=Path(args[0]).name, detail=result.stderr.strip()[:300])
    return result


def _describe(engine: Engine, now: datetime, reason: str) -> dict[str, object]:
    with engine.connect() as conn:
        office = conn.execute(text("SELECT role, province_code, unit_code, unit_name FROM office")).first()
        schema = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return {"format": 1, "store": "postgresql", "app_version": __version__, "schema": schema[0] if schema else "",
            "role": office[0] if office else "", "province": office[1] if office else "",
            "unit": office[2] if office else "", "unit_name": office[3] if office else "",
            "created_at": now.isoformat(), "reason": reason}


def dump(settings: ServerSettings, folder: Path, *, reason: str, now: datetime,
         rotation: backups.Rotation = _DEFAULT_ROTATION) -> Path:
    """`pg_dump -Fc` to a temporary name, then renamed, with its description beside it; old dumps rotated.

    The same keep policy as the encrypted copies of a SQLite register (`desktop.db.backup`): the
    scheduled dumps by day, week and month, every other kind the newest five.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob("register-*.partial"):  # a dump a crash cut short
        with contextlib.suppress(OSError):
            leftover.unlink()
    target = folder / f"register-{now.astimezone().strftime('%Y%m%d-%H%M%S')}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
    engine = open_server_engine(settings.address, passfile=settings.passfile, pool_size=1)
    try:
        facts = _describe(engine, now, reason)
    finally:
        engine.dispose()
    try:
        # The dump is the register in clear: readable by this user only, like the encrypted copies' files.
        # pg_dump truncates the file it is given and keeps its mode, so it is made 0600 before it writes.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR))
        os.chmod(partial, stat.S_IRUSR | stat.S_IWUSR)
        _run([tool("pg_dump"), "-Fc", "--no-owner", "--no-privileges", "-f", str(partial),
              *_libpq_args(settings.address.url)], settings)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    write_atomically(target.with_suffix(".json"), json.dumps(facts, ensure_ascii=False, indent=1).encode("utf-8"))
    os.replace(partial, target)
    rotate(folder, reason, rotation)
    return target


def rotate(folder: Path, reason: str, rotation: backups.Rotation) -> None:
    """Remove the dumps of `reason` the keep policy no longer wants (never the one just written: it is newest)."""
    dumps = {p: t for p in folder.glob(f"register-*-{reason}{SUFFIX}") if (t := backups.copy_time(p)) is not None}
    if reason == backups.SCHEDULED:
        keep = backups.scheduled_to_keep(dumps, rotation)
    else:
        keep = set(sorted(dumps, key=lambda p: dumps[p])[-backups.KEEP_BEFORE_MIGRATION:])
    for old in set(dumps) - keep:
        for path in (old, old.with_suffix(".json")):
            with contextlib.suppress(OSError):
                path.unlink()


def list_dumps(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"register-*{SUFFIX}"), reverse=True)


def read_facts(path: Path) -> dict[str, object]:
    try:
        facts = json.loads(path.with_suffix(".json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return facts if isinstance(facts, dict) else {}


@contextlib.contextmanager
def scratch_copy(settings: ServerSettings, path: Path) -> Iterator[Engine]:
    """The dump restored into a throw-away database beside the live one (needs CREATEDB), dropped afterwards."""
    if not path.exists():
        raise DomainError("backup.not_found", path=str(path))
    scratch = f"{settings.address.url.database}_drill_{secrets.token_hex(4)}"
    admin = open_server_engine(settings.address, passfile=settings.passfile, pool_size=1)
    autocommit = admin.execution_options(isolation_level="AUTOCOMMIT")
    try:
        with autocommit.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{scratch}"'))
        target = ServerSettings(ServerAddress(settings.address.url.set(database=scratch)), settings.passfile)
        try:
            _run([tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                  *_libpq_args(target.address.url), str(path)], target)
            engine = create_engine(target.address.url, connect_args=_connect_args(settings))
            try:
                yield engine
            finally:
                engine.dispose()
        finally:
            with autocommit.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
    finally:
        admin.dispose()


def _connect_args(settings: ServerSettings) -> dict[str, object]:
    return {"passfile": str(settings.passfile)} if settings.passfile else {}


def counts(engine: Engine) -> dict[str, int]:
    names = sorted(n for n in inspect(engine).get_table_names() if n != "alembic_version")
    with engine.connect() as conn:
        return {n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()) for n in names}


def restore(settings: ServerSettings, path: Path, *, safety_folder: Path, now: datetime) -> Path:
    """Replace the hub's tables with the dump's in one transaction; a dump of the current state is kept first.

    Tables the dump does not hold (made by a later migration than the dump's) are dropped afterwards:
    `--clean` only drops what it restores, and a table left behind would stop the next migration.
    """
    safety = dump(settings, safety_folder, reason="before-restore", now=now)
    held = dump_tables(settings, path)
    _run([tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error",
          "--single-transaction", *_libpq_args(settings.address.url), str(path)], settings)
    engine = open_server_engine(settings.address, passfile=settings.passfile, pool_size=1)
    try:
        extra = sorted(set(inspect(engine).get_table_names()) - held)
        if held and extra:
            with engine.begin() as conn:
                for name in extra:
                    conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
    finally:
        engine.dispose()
    return safety


def dump_tables(settings: ServerSettings, path: Path) -> set[str]:
    """The tables a dump holds, from its table of contents (`pg_restore --list`)."""
    listing = _run([tool("pg_restore"), "--list", str(path)], settings).stdout
    tables: set[str] = set()
    for line in listing.splitlines():
        parts = line.split()
        # "217; 1259 16390 TABLE public accounts postgres"
        if len(parts) >= 6 and not line.startswith(";") and parts[3] == "TABLE" and parts[4] == "public":
            tables.add(parts[5])
    return tables
