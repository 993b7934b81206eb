"""A hub whose register lives on a PostgreSQL server: set it up, join it from another PC, open it.

A commune PC keeps its embedded SQLCipher file: a commune register on a server is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, inspect, select

from desktop.db import migrate, server_schema
from desktop.db.base import new_id
from desktop.db.datadir import DataDir
from desktop.db.engine import session_factory
from desktop.db.keyring import KdfParams, new_recovery_key
from desktop.db.models import Account, Office
from desktop.db.server import (
    ServerAddress,
    load_settings,
    open_server_engine,
    save_settings,
)
from desktop.db.uow import UnitOfWork
from desktop.domain import admin_units
from desktop.domain.codes import OfficeRole
from desktop.domain.national import NATIONAL_UNIT
from desktop.domain.problems import DomainError, fail_if
from desktop.domain.roles import Role
from desktop.domain.text import nfc
from desktop.services import audit
from desktop.services.accounts import server_passwords
from desktop.services.accounts.accounts import new_account_problems
from desktop.services.context import Actor, Changes, Clock, Outcome
from desktop.services.register import Register
from desktop.services.accounts.setup import SetupRequest, SetupResult, _seed_units
from desktop.sync.identity import create_device_keys

_DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class ServerHolds:
    """What a server database already holds, said before anything is written to it."""

    empty: bool
    role: str = ""
    unit_name: str = ""
    device_id: str = ""


def holds(engine: Engine) -> ServerHolds:
    names = set(inspect(engine).get_table_names())
    if not names:
        return ServerHolds(empty=True)
    if "office" not in names:
        return ServerHolds(empty=False)
    with engine.connect() as conn:
        row = conn.execute(select(Office.role, Office.unit_name, Office.device_id)).first()
    return ServerHolds(False, *row) if row else ServerHolds(empty=False)


def _refuse_foreign(found: ServerHolds, address: ServerAddress, *, device_id: str = "") -> None:
    if found.empty:
        raise DomainError("server.empty_database", database=address.url.database or "")
    if found.role == OfficeRole.COMMUNE.value:
        raise DomainError("server.commune_data", unit=found.unit_name)
    if not found.role:
        raise DomainError("server.foreign_data", database=address.url.database or "")
    if device_id and found.device_id != device_id:
        raise DomainError("server.other_hub", unit=found.unit_name)


def initialise_on_server(data_dir: DataDir, request: SetupRequest, address: ServerAddress, *, clock: Clock,
                         kdf: KdfParams = _DEFAULT_KDF) -> Outcome[SetupResult]:
    """Set up a province or national hub in an empty server database; one that holds anything is refused.

    The national office may have several analysts too (34 provinces' sends, the national reports), so it
    may live on a server as a province hub does; only a commune always keeps its encrypted file.
    """
    if request.office_role not in (OfficeRole.HUB, OfficeRole.NATIONAL):
        raise DomainError("server.commune_refused")
    if data_dir.is_initialised() or data_dir.database.exists():
        raise DomainError("store.already_initialised", path=str(data_dir.root))
    national = request.office_role is OfficeRole.NATIONAL
    unit = NATIONAL_UNIT if national else admin_units.unit(request.province_code)
    username = request.admin_username.strip().lower()
    engine = open_server_engine(address)
    try:
        found = holds(engine)
        if not found.empty:
            _refuse_foreign(found, address, device_id="-")
        device_id = new_id()
        recovery_key = new_recovery_key()
        migrate.upgrade(engine)
        with UnitOfWork(session_factory(engine)) as uow:
            fail_if(new_account_problems(uow.session, username=username, display_name=request.admin_display_name,
                                         password=request.admin_password, confirm=request.admin_confirm))
            _seed_units(uow)
            uow.session.add(Office(id=1, role=request.office_role.value, province_code=unit.province_code,
                                   unit_code=unit.code, admin_version=admin_units.ADMIN_VERSION,
                                   unit_name=unit.name, device_id=device_id, created_at=clock.now()))
            server_passwords.remember_kdf(uow.session, kdf)
            uow.session.flush()
            account = Account(username=username, display_name=nfc(request.admin_display_name), role=Role.ADMIN.value)
            uow.session.add(account)
            server_passwords.set_account_password(uow.session, account, request.admin_password)
            server_passwords.set_recovery_key(uow.session, recovery_key)
            uow.session.flush()
            admin = Actor(account.id, account.username, Role.ADMIN)
            create_device_keys(uow.session, device_id=device_id, now=clock.now())
            audit.record(uow.session, admin, "setup", at=clock.now(), entity="office", entity_id=device_id,
                         detail={"role": request.office_role.value, "unit": unit.code, "store": "postgresql"})
            uow.commit()
    except BaseException:
        engine.dispose()
        raise
    engine.dispose()
    _remember(data_dir, address, device_id)
    return Outcome(SetupResult(recovery_key, device_id, unit.name, unit.name, request.office_role, admin),
                   Changes.ALL)  # a whole new register, as setup.initialise


def join(data_dir: DataDir, address: ServerAddress) -> Outcome[ServerHolds]:
    """Another analyst's PC: remember an existing hub's server (checked to hold a hub) in this data folder.

    Like initialise_on_server it returns an Outcome: this PC now opens a whole register it had not shown.
    """
    if data_dir.is_initialised() or data_dir.database.exists():
        raise DomainError("store.already_initialised", path=str(data_dir.root))
    engine = open_server_engine(address)
    try:
        found = holds(engine)
        _refuse_foreign(found, address)
    finally:
        engine.dispose()
    _remember(data_dir, address, found.device_id)
    return Outcome(found, Changes.ALL)


def _remember(data_dir: DataDir, address: ServerAddress, device_id: str) -> None:
    data_dir.root.mkdir(parents=True, exist_ok=True)
    save_settings(data_dir.server, data_dir.server_passfile, address, device_id=device_id)


def open_server_register(data_dir: DataDir, clock: Clock) -> Register:
    """Connect, check this is our hub, migrate (one PC at a time, after a dump) when the app is newer."""
    settings = load_settings(data_dir.server, data_dir.server_passfile)
    engine = open_server_engine(settings.address, passfile=settings.passfile)
    try:
        _refuse_foreign(holds(engine), settings.address, device_id=settings.device_id)
        # Another analyst's PC ran a newer release first: say "update this PC", before any write.
        server_schema.check_known(migrate.current_revision(engine))
        if migrate.needs_upgrade(engine):
            _migrate_once(engine, data_dir, clock)
    except BaseException:
        engine.dispose()
        raise
    return Register(data_dir, engine, b"", clock)


def _migrate_once(engine: Engine, data_dir: DataDir, clock: Clock) -> None:
    from desktop.db import server_backup

    with server_schema.migration_turn(engine):
        # Asked again under the lock: the PC that held it may have migrated already.
        server_schema.check_known(migrate.current_revision(engine))
        if migrate.needs_upgrade(engine):
            settings = load_settings(data_dir.server, data_dir.server_passfile)
            server_backup.dump(settings, data_dir.backups, reason="before-migration", now=clock.now())
            migrate.upgrade(engine)


@dataclass(frozen=True)
class ServerCheck:
    """The wizard's "test connection": the server answered, its version, what the database holds."""

    version: str
    holds: ServerHolds


def check_connection(address: ServerAddress) -> ServerCheck:
    """Reach the server with the URL as given (TLS rule, credentials, version floor); writes nothing."""
    engine = open_server_engine(address, pool_size=1)
    try:
        version = ".".join(str(v) for v in (engine.dialect.server_version_info or ())[:2])
        return ServerCheck(version, holds(engine))
    finally:
        engine.dispose()


def schema_is_newer(data_dir: DataDir) -> bool:
    """Has another analyst's PC migrated the hub to a release newer than this one? (Reads only.)"""
    settings = load_settings(data_dir.server, data_dir.server_passfile)
    engine = open_server_engine(settings.address, passfile=settings.passfile, pool_size=1)
    try:
        server_schema.check_known(migrate.current_revision(engine))
    except DomainError:
        return True
    finally:
        engine.dispose()
    return False


def open_for_update(data_dir: DataDir, username: str, password: str, *, clock: Clock) -> tuple[Register, Actor]:
    """The one thing an older release may do on a hub a newer one migrated: install that update.

    The account is checked against the shared database by reading only (no login entry: this release
    must write nothing there); the returned register refuses every write (`server.newer_schema`).
    """
    from desktop.services.accounts.lockout import Lockout
    from desktop.services.accounts.server_passwords import account_password_matches

    settings = load_settings(data_dir.server, data_dir.server_passfile)
    engine = open_server_engine(settings.address, passfile=settings.passfile)
    try:
        _refuse_foreign(holds(engine), settings.address, device_id=settings.device_id)
        register = Register(data_dir, engine, b"", clock)
        lockout = Lockout.load(data_dir.lockout)
        wait = lockout.wait_seconds(clock.now())
        if wait:
            raise DomainError("auth.backoff", seconds=wait)
        with register.uow() as uow:
            ok = account_password_matches(uow.session, username, password)
            found = uow.session.execute(select(Account.id, Account.username, Account.role, Account.active)
                                        .where(Account.username == username.strip().lower())).first()
        if not ok or found is None:
            lockout.fail(username, clock.now())
            raise DomainError("auth.wrong_password")
        if not found.active:
            raise DomainError("auth.inactive")
        return register, Actor(found.id, found.username, Role(found.role))
    except BaseException:
        engine.dispose()
        raise
