"""Backups, restore, migrations at start, and setup that leaves nothing half-made."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.db import migrate
from desktop.db.base import Base
from desktop.db.datadir import DataDir
from desktop.db.engine import open_engine
from desktop.domain.codes import OfficeRole
from desktop.domain.outreach import OutreachDraft
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.services.accounts import auth
from desktop.services.maintenance.maintenance import restore_backup
from desktop.services.outreach.outreach import OutreachQuery
from desktop.services.accounts.setup import SetupRequest, initialise
from tests.conftest import ADMIN, PASSWORD, Opened


def _one(opened: Opened, place: str) -> None:
    opened.services.outreach.save(opened.admin, OutreachDraft(
        held_on=date(2026, 11, 1), place=place, form="leaflets", target_group="general_public"))


def test_backup_then_restore_brings_back_the_old_data(opened: Opened) -> None:
    _one(opened, "Trước sao lưu")
    backup = opened.services.maintenance.backup_now(opened.admin).value.path
    assert b"Tr\xc6\xb0\xe1\xbb\x9bc" not in backup.read_bytes()  # still encrypted
    _one(opened, "Sau sao lưu")
    safety = restore_backup(opened.services.register, opened.admin, backup)
    assert safety is not None and safety.exists()
    register, actor = auth.login(opened.data_dir, ADMIN, PASSWORD, clock=opened.clock)
    try:
        from desktop.bootstrap import build_services

        places = [r.place for r in build_services(register).outreach.page(actor, OutreachQuery(), offset=0, limit=10)]
        assert places == ["Trước sao lưu"]
    finally:
        register.close()


def test_restore_refuses_a_file_that_is_not_a_backup(opened: Opened, tmp_path: Path) -> None:
    bogus = tmp_path / "register-x.db"
    bogus.write_bytes(b"not a database at all" * 100)
    before = opened.data_dir.database.read_bytes()
    with pytest.raises(DomainError) as error:
        restore_backup(opened.services.register, opened.admin, bogus)
    assert error.value.code == "backup.invalid"
    assert opened.data_dir.database.read_bytes() == before


def test_models_and_migrations_agree(opened: Opened) -> None:
    with opened.services.register.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_a_register_made_by_the_first_migration_upgrades_to_head_after_a_backup(template_dir: DataDir, clock) -> None:  # type: ignore[no-untyped-def]
    from desktop.db.keyring import Keyring, account_slot

    key = Keyring.load(template_dir.keyring).unwrap(account_slot(ADMIN), PASSWORD)
    assert key is not None
    engine = open_engine(template_dir.database, key)
    migrate.upgrade(engine, "head")
    command_downgrade(engine, "0001")  # the register as the first release wrote it
    with engine.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(accounts)"))}
        accounts = conn.execute(text("SELECT count(*) FROM accounts")).scalar_one()
    assert "must_change_password" not in columns and migrate.current_revision(engine) == "0001"
    engine.dispose()
    register, actor = auth.login(template_dir, ADMIN, PASSWORD, clock=clock)  # opening migrates
    try:
        assert migrate.current_revision(register.engine) == migrate.head_revision() != "0001"
        with register.engine.connect() as conn:
            rows = conn.execute(text("SELECT username, must_change_password FROM accounts")).all()
        assert len(rows) == accounts and all(flag == 0 for _, flag in rows)  # existing accounts keep working
    finally:
        register.close()
    backups = list(template_dir.backups.glob("*before-migration.db"))
    assert len(backups) == 1  # taken before the schema changed, still at 0001
    old = open_engine(backups[0], key)
    assert migrate.current_revision(old) == "0001"
    old.dispose()


def command_downgrade(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_setup_that_fails_leaves_no_files_behind(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    data_dir = DataDir(tmp_path / "new")
    request = SetupRequest(OfficeRole.COMMUNE, "25", "08500", ADMIN, "Quản trị", "short", "short")
    with pytest.raises(ValidationFailed):
        initialise(data_dir, request, clock=clock)
    assert not data_dir.database.exists() and not data_dir.keyring.exists()
    with pytest.raises(DomainError) as error:
        initialise(data_dir, SetupRequest(OfficeRole.COMMUNE, "25", "99999", ADMIN, "Q", PASSWORD, PASSWORD), clock=clock)
    assert error.value.code == "setup.unknown_unit"
    assert list(data_dir.root.iterdir()) == []


def test_setup_refuses_to_overwrite_an_existing_register(template_dir: DataDir, clock) -> None:  # type: ignore[no-untyped-def]
    before = template_dir.database.read_bytes()
    with pytest.raises(DomainError) as error:
        initialise(template_dir, SetupRequest(OfficeRole.COMMUNE, "25", "08500", ADMIN, "Q", PASSWORD, PASSWORD), clock=clock)
    assert error.value.code == "store.already_initialised"
    assert template_dir.database.read_bytes() == before


def test_a_read_only_data_folder_gets_a_clear_message(tmp_path: Path, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    import os

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path))

    monkeypatch.setattr(os, "mkdir", refuse)
    with pytest.raises(DomainError) as error:
        initialise(DataDir(tmp_path / "ro" / "data"), SetupRequest(OfficeRole.COMMUNE, "25", "08500", ADMIN, "Q",
                                                                   PASSWORD, PASSWORD), clock=clock)
    assert error.value.code == "store.read_only"


def test_a_full_disk_while_writing_a_file_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    import errno
    import os

    from desktop.db.files import write_atomically

    target = tmp_path / "config.json"
    target.write_bytes(b"old")

    def full(fd: int) -> None:  # a full disk often surfaces only when the data is flushed
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DomainError) as error:
        write_atomically(target, b"new" * 1000)
    assert error.value.code == "store.disk_full"
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"]


def test_0006_keeps_every_session_and_marks_newly_reached_unknown(opened: Opened, clock) -> None:  # type: ignore[no-untyped-def]
    opened.services.outreach.save(opened.admin, OutreachDraft(
        held_on=date(2026, 11, 2), place="Trường THCS", form="meeting", target_group="students",
        participants_total=40, participants_male=20, participants_female=20, target_members=40, newly_reached=12))
    engine = opened.services.register.engine
    command_downgrade(engine, "0003")  # before people newly reached and annual targets existed
    with engine.connect() as conn:
        assert "newly_reached" not in {row[1] for row in conn.execute(text("PRAGMA table_info(outreach_sessions)"))}
        before = conn.execute(text("SELECT id, place, target_members FROM outreach_sessions ORDER BY id")).all()
    migrate.upgrade(engine, "head")
    with engine.connect() as conn:
        after = conn.execute(text("SELECT id, place, target_members, newly_reached FROM outreach_sessions "
                                  "ORDER BY id")).all()
        targets = conn.execute(text("SELECT count(*) FROM annual_targets")).scalar_one()
    assert [tuple(r[:3]) for r in after] == [tuple(r) for r in before] and before
    assert all(r[3] is None for r in after)  # unknown, not guessed from target_members (README: people newly reached)
    assert targets == 0
