"""A hub's store on a PostgreSQL server: the address, the TLS rule, the version floor, coded connection errors."""

from __future__ import annotations

import ipaddress
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from desktop.db.files import write_atomically
from desktop.domain.problems import DomainError

# PostgreSQL 13 is the oldest release its project still supported when this was written; the
# migrations and the advisory locks of the import need nothing newer.
MIN_SERVER_VERSION = 13
TLS_MODES = frozenset({"require", "verify-ca", "verify-full"})
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
CONNECT_TIMEOUT_S = 5
# Connections one analyst's PC may hold at once. The threads of a hub window that read or write at the same
# moment: the GUI thread (a list's first page), the data worker (an import, or the scheduled dump, which holds
# its advisory-lock connection and writes its audit entry through a second one), the printing runner, and the
# outreach page's two reader threads (the list's count, the summary strip): six. Two stay open; four more are
# opened when needed. Measured (a hub window visiting every page while an import ran): two at once. The server
# needs max_connections >= 6 x analysts + a few for pg_dump and the administrator (packaging/SERVER.md).
POOL_KEPT_OPEN = 2
POOL_AT_MOST = 6


@dataclass(frozen=True)
class ServerAddress:
    """Where the hub's database lives; `url` never carries the password (that is kept in a passfile)."""

    url: URL

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        try:
            url = make_url(text.strip())
        except ArgumentError:
            raise DomainError("server.bad_url") from None
        if url.get_backend_name() != "postgresql" or not url.database:
            raise DomainError("server.bad_url")
        return cls(url.set(drivername="postgresql+psycopg"))

    @property
    def host(self) -> str:
        query_host = self.url.query.get("host")
        return self.url.host or (query_host if isinstance(query_host, str) else "") or ""

    def _query(self, name: str) -> str:
        value = self.url.query.get(name)
        return value if isinstance(value, str) else ""

    def hosts(self) -> list[str]:
        """Every address libpq may dial: the URL's host(s) and `hostaddr`, else $PGHOST / $PGHOSTADDR."""
        given = [self.url.host or "", self._query("host"), self._query("hostaddr")]
        if not any(given):  # libpq falls back on the environment: a URL without a host may still go remote
            given = [os.environ.get("PGHOST", ""), os.environ.get("PGHOSTADDR", "")]
        return [h.strip() for value in given for h in value.split(",") if h.strip()]

    @property
    def password(self) -> str | None:
        return self.url.password if isinstance(self.url.password, str) else None

    def without_password(self) -> ServerAddress:
        # URL.set(password=None) keeps the password (None means "unchanged" there); _replace clears it.
        return ServerAddress(self.url._replace(password=None))

    def shown(self) -> str:
        """For messages and settings screens: never the password."""
        return self.url.render_as_string(hide_password=True).replace("postgresql+psycopg", "postgresql", 1)

    def is_local(self) -> bool:
        """A unix socket (no host, or a directory) or the loopback address: no network in between."""
        return all(is_local_host(host) for host in self.hosts())

    def check_tls(self) -> None:
        """Refuse to send passwords and registers over a network without TLS (libpq's sslmode)."""
        mode = self._query("sslmode") or os.environ.get("PGSSLMODE", "")
        if self.is_local() or mode in TLS_MODES:
            return
        remote = next((h for h in self.hosts() if not is_local_host(h)), self.host)
        raise DomainError("server.tls_required", host=remote)


def is_local_host(host: str) -> bool:
    """A socket directory, a loopback name or address (127.0.0.0/8, ::1)."""
    if not host or host.startswith("/") or host in _LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServerSettings:
    """What a PC keeps to reach its hub's server: the address in `server.json`, the password in `server.pass`."""

    address: ServerAddress
    passfile: Path | None
    device_id: str = ""  # the hub this PC joined: another hub's database is refused by name


def passfile_line(address: ServerAddress, password: str) -> str:
    """A libpq password file line (host:port:db:user:password, with ':' and '\\' escaped)."""
    def esc(value: str) -> str:
        return value.replace("\\", "\\\\").replace(":", "\\:")
    return ":".join(["*", "*", esc(address.url.database or "*"), esc(address.url.username or "*"), esc(password)]) + "\n"


def save_settings(config: Path, passfile: Path, address: ServerAddress, *, device_id: str) -> None:
    """The password goes to a file only this user may read: libpq itself ignores a passfile others can read."""
    password = address.password
    if password:
        fd = os.open(passfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(passfile_line(address, password))
        os.chmod(passfile, stat.S_IRUSR | stat.S_IWUSR)
    payload = {"format": 1, "url": address.without_password().shown(), "device_id": device_id}
    write_atomically(config, json.dumps(payload, indent=1).encode("utf-8"))


def load_settings(config: Path, passfile: Path) -> ServerSettings:
    try:
        data = json.loads(config.read_text("utf-8"))
        # Never a password from server.json: the passfile holds it (and files written before the fix of
        # without_password carry a "***" placeholder, which libpq would send instead of the passfile's).
        address = ServerAddress.parse(str(data["url"])).without_password()
    except (OSError, ValueError, KeyError, TypeError):
        raise DomainError("server.settings_unreadable", path=str(config)) from None
    return ServerSettings(address, passfile if passfile.exists() else None, str(data.get("device_id", "")))


def classify_connect_error(error: BaseException, address: ServerAddress) -> DomainError:
    """libpq's reasons, turned into something an analyst or the server's administrator can act on."""
    text = str(getattr(error, "orig", None) or error).lower()
    user = address.url.username or ""
    if "password authentication failed" in text or "no password supplied" in text or "authentication failed" in text:
        return DomainError("server.auth_failed", user=user)
    if "does not exist" in text and "database" in text:
        return DomainError("server.no_database", database=address.url.database or "")
    if "no pg_hba.conf entry" in text or "ssl" in text and "not support" in text:
        return DomainError("server.refused", host=address.host or "localhost")
    return DomainError("server.unreachable", host=address.host or "localhost")


def open_server_engine(address: ServerAddress, *, passfile: Path | None = None,
                       pool_size: int = POOL_KEPT_OPEN) -> Engine:
    """Connect once to check reachability, credentials and version before anything else happens."""
    address.check_tls()
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "hoanhap"}
    if passfile is not None:
        connect_args["passfile"] = str(passfile)
    engine = create_engine(address.url, connect_args=connect_args, pool_size=pool_size,
                           max_overflow=max(POOL_AT_MOST - pool_size, 0), pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _utc(dbapi_conn: Any, _record: Any) -> None:
        # The app stores naive UTC; a session time zone keeps now() and date casts in the same frame.
        with dbapi_conn.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_conn.commit()

    try:
        with engine.connect() as conn:
            version = tuple(int(v) for v in (conn.dialect.server_version_info or (0,)) if isinstance(v, int))
            plain_network = _unencrypted_network_peer(conn.connection.dbapi_connection)
    except DBAPIError as error:
        engine.dispose()
        raise classify_connect_error(error, address) from None
    if plain_network:  # what libpq really did (a service file, an environment variable): never trusted blind
        engine.dispose()
        raise DomainError("server.tls_required", host=plain_network)
    if version[0] < MIN_SERVER_VERSION:
        engine.dispose()
        raise DomainError("server.too_old", version=".".join(str(v) for v in version[:2]),
                          minimum=MIN_SERVER_VERSION)
    return engine


def _unencrypted_network_peer(dbapi_conn: Any) -> str:
    """The host of a connection that went over a network without TLS, else "" (socket, loopback, TLS)."""
    info = dbapi_conn.info
    peer = info.hostaddr or ("" if info.host.startswith("/") else info.host)
    if is_local_host(peer) or dbapi_conn.pgconn.ssl_in_use:
        return ""
    return str(info.host or peer)


def is_server(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
