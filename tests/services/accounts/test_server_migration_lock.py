"""Several analysts' PCs starting a newer release on one hub database: one migrates, the others wait.

Real server (tests/engines.py). The hub is put one revision back with Alembic, then two PCs open it at
the same moment; every write on a server waits while a migration holds the lock.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from desktop.db import migrate, server_schema
from desktop.db.datadir import DataDir
from desktop.db.server import load_settings, open_server_engine
from desktop.services.accounts.server_hub import open_server_register
from desktop.services.register import Register

pytestmark = pytest.mark.slow


def _one_revision_back(data_dir: DataDir) -> str:
    settings = load_settings(data_dir.server, data_dir.server_passfile)
    engine = open_server_engine(settings.address, passfile=settings.passfile)
    try:
        config = migrate.alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "-1")
        revision = migrate.current_revision(engine)
    finally:
        engine.dispose()
    assert revision is not None and revision != migrate.head_revision()
    return revision


def _pc(first: DataDir, root: Path) -> DataDir:
    root.mkdir(parents=True)
    for path in (first.server, first.server_passfile):
        if path.exists():
            shutil.copy2(path, root / path.name)
    return DataDir(root)


def test_two_pcs_starting_the_new_release_at_once_migrate_once(server_hub_dir: tuple[DataDir, str], tmp_path: Path,
                                                             clock) -> None:  # type: ignore[no-untyped-def]
    pc_a, _ = server_hub_dir
    pc_b = _pc(pc_a, tmp_path / "pc-b")
    _one_revision_back(pc_a)
    opened: list[Register] = []
    errors: list[BaseException] = []

    def start(data_dir: DataDir) -> None:
        try:
            opened.append(open_server_register(data_dir, clock))
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    holder = open_server_engine(load_settings(pc_a.server, pc_a.server_passfile).address)
    try:
        # Both PCs arrive while a third holds the migration lock, so they really meet at the lock.
        with server_schema.migration_turn(holder):
            threads = [threading.Thread(target=start, args=(d,)) for d in (pc_a, pc_b)]
            for thread in threads:
                thread.start()
            time.sleep(1.0)
            assert all(t.is_alive() for t in threads) and not opened  # waiting, not failing
        for thread in threads:
            thread.join(timeout=120)
    finally:
        holder.dispose()
    assert not errors and len(opened) == 2
    try:
        assert all(migrate.current_revision(r.engine) == migrate.head_revision() for r in opened)
        dumps = [*pc_a.backups.glob("*-before-migration.pgdump"), *pc_b.backups.glob("*-before-migration.pgdump")]
        assert len(dumps) == 1  # one PC migrated (after its dump); the other found it done
    finally:
        for register in opened:
            register.close()


def test_a_write_waits_while_another_pc_migrates(server_hub_dir: tuple[DataDir, str], clock) -> None:  # type: ignore[no-untyped-def]
    data_dir, _ = server_hub_dir
    register = open_server_register(data_dir, clock)
    wrote: list[float] = []

    def write() -> None:
        with register.uow(write=True) as uow:
            uow.session.execute(text("UPDATE settings SET value = value WHERE key = 'none'"))
            uow.commit()
        wrote.append(time.monotonic())

    holder = open_server_engine(load_settings(data_dir.server, data_dir.server_passfile).address)
    try:
        _waits_for_the_migration(holder, write, wrote)
    finally:
        holder.dispose()
        register.close()


def _waits_for_the_migration(holder: Engine, work: Callable[[], None], done: list[float]) -> None:
    """`work` started on a thread while another PC migrates is held at the lock, before its first
    statement, and finishes only after the migration ends (`done` gets its end time)."""
    with server_schema.migration_turn(holder):
        worker = threading.Thread(target=work)
        worker.start()
        time.sleep(0.8)
        assert worker.is_alive() and not done
        released = time.monotonic()
    worker.join(timeout=30)
    assert done and done[0] >= released


def test_the_hub_import_waits_for_a_migration_and_refuses_a_newer_schema(server_hub_dir: tuple[DataDir, str],
                                                                           clock) -> None:  # type: ignore[no-untyped-def]
    """The bundle import opens its own session (foreign keys relaxed): each of its transactions is guarded too."""
    from desktop.domain.problems import DomainError
    from desktop.sync.importer import import_session

    data_dir, _ = server_hub_dir
    register = open_server_register(data_dir, clock)
    wrote: list[float] = []

    def import_transaction() -> None:
        with import_session(register.engine, write=True) as session:
            session.execute(text("SELECT 1"))
            session.commit()
        wrote.append(time.monotonic())

    holder = open_server_engine(load_settings(data_dir.server, data_dir.server_passfile).address)
    try:
        _waits_for_the_migration(holder, import_transaction, wrote)
        with holder.begin() as conn:  # another PC migrated to a release this one does not know
            known = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            conn.execute(text("UPDATE alembic_version SET version_num = '0900_later_release'"))
        try:
            with pytest.raises(DomainError) as refused, import_session(register.engine, write=True) as session:
                session.execute(text("SELECT 1"))
            assert refused.value.code == "server.newer_schema"
            with import_session(register.engine) as session:  # a dry run only reads: not refused
                session.execute(text("SELECT 1"))
        finally:
            with holder.begin() as conn:
                conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": known})
    finally:
        holder.dispose()
        register.close()
