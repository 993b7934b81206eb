"""An update on a hub whose register is on a PostgreSQL server shared by several analysts' PCs.

The first PC that installs a release with a new migration migrates the server (after a pg_dump, in its
health check); a PC still on the older release is then told to update, at its next save and at its next
start, and writes nothing; it can install the same package without writing to the server. Real server
(tests/engines.py), real release wheel, real health-check process.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from desktop.bootstrap import open_session
from desktop.cli import main
from desktop.db import migrate
from desktop.db.datadir import DataDir
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.services.updates import release_key
from desktop.services.updates.updates import APP_DIR_VAR, Installation, install_update, roll_back
from tests.conftest import ADMIN, PASSWORD
from tests.services.updates.update_helpers import TEST_KEY, update_package

pytestmark = pytest.mark.slow
TRUSTED = [TEST_KEY.public_key()]
FUTURE = "0900_test_future"


def _future_migration() -> dict[str, bytes]:
    """A later release's migration on top of this tree's head: one new table."""
    source = f'''"""A later release's table (test)."""
import sqlalchemy as sa
from alembic import op

revision = "{FUTURE}"
down_revision = "{migrate.head_revision()}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("later_release_notes", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("later_release_notes")
'''
    return {f"desktop/db/migrations/versions/{FUTURE}.py": source.encode("utf-8")}


def _second_pc(first: DataDir, root: Path) -> DataDir:
    """Another analyst's PC joined to the same hub: its own folder with the same server.json (and passfile)."""
    other = DataDir(root)
    root.mkdir(parents=True)
    for path in (first.server, first.server_passfile):
        if path.exists():
            shutil.copy2(path, root / path.name)
    return other


def _server_state(engine: Engine) -> tuple[str, int, int]:
    with engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        entries = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
        settings = conn.execute(text("SELECT count(*) FROM settings")).scalar_one()
    return revision, entries, settings


def test_the_first_pc_migrates_the_server_and_an_older_pc_is_told_to_update_without_writing(
        server_hub_dir: tuple[DataDir, str], tmp_path: Path, clock, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    pc_a_dir, _ = server_hub_dir
    pc_b_dir = _second_pc(pc_a_dir, tmp_path / "pc-b")
    pc_a = open_session(pc_a_dir, ADMIN, PASSWORD, clock=clock)
    pc_b = open_session(pc_b_dir, ADMIN, PASSWORD, clock=clock)
    package = update_package(tmp_path, "0.2.0", extra=_future_migration())
    try:
        result = install_update(pc_a.register, pc_a.actor, package, installation=Installation(tmp_path / "app-a"),
                                trusted=TRUSTED).value
        assert (result.version, result.report) == ("0.2.0", "ok 0.2.0")
        assert result.backup.suffix == ".pgdump" and "before-update" in result.backup.name
        # The new release's health check migrated the shared database, after its own dump.
        assert [p.name for p in pc_a_dir.backups.glob("*-before-migration.pgdump")]
        before = _server_state(pc_a.register.engine)
        assert before[0] == FUTURE

        # PC B's window is still open on the older release: its next save is refused, nothing written.
        with pytest.raises(DomainError) as refused:
            pc_b.services.first_week.set_start_date(pc_b.actor, date(2026, 11, 1))
        assert refused.value.code == "server.newer_schema"
        shown = render(refused.value.code, refused.value.params)
        assert shown.startswith("Máy chủ cơ sở dữ liệu của tuyến tỉnh đã được một máy khác nâng cấp")
        assert FUTURE in shown and "hoanhap update GÓI" in shown and "Không có gì được ghi vào máy chủ" in shown
        assert render(refused.value.code, refused.value.params, "en").startswith(
            "Another PC has upgraded the hub's database server")
        assert _server_state(pc_a.register.engine) == before
        # Nor does it import bundles or resolve conflicts (the hub import has its own session).
        inbox = tmp_path / "usb"
        inbox.mkdir()
        with pytest.raises(DomainError) as importing:
            pc_b.services.sync.import_bundles(pc_b.actor, [inbox])
        assert importing.value.code == "server.newer_schema"
        assert _server_state(pc_a.register.engine) == before

        # PC B starting again: the same message at login (no login entry either).
        pc_b.close()
        with pytest.raises(DomainError) as at_start:
            open_session(pc_b_dir, ADMIN, PASSWORD, clock=clock)
        assert at_start.value.code == "server.newer_schema"
        assert _server_state(pc_a.register.engine) == before

        # One PC going back alone would leave a database the others' release cannot open: refused.
        with pytest.raises(DomainError) as back:
            roll_back(pc_a.register, pc_a.actor, installation=Installation(tmp_path / "app-a"))
        assert back.value.code == "server.rollback_shared"
        assert _server_state(pc_a.register.engine) == before

        # PC B installs the same package from the command line, writing nothing to the server.
        monkeypatch.setenv(APP_DIR_VAR, str(tmp_path / "app-b"))
        monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
        monkeypatch.setattr(release_key, "RELEASE_PUBLIC_KEYS", (TEST_KEY.public_key().to_minisign(),))
        code = main(["--data-dir", str(pc_b_dir.root), "update", str(package)])
        out = capsys.readouterr()
        assert code == 0, out.err
        assert "Đã cập nhật 0.1.0 -> 0.2.0" in out.out
        assert Installation(tmp_path / "app-b").state()["version"] == "0.2.0"
        assert _server_state(pc_a.register.engine) == before
    finally:
        pc_a.close()
        pc_b.close()
        os.environ.pop(APP_DIR_VAR, None)


def test_a_new_release_that_migrates_the_server_and_then_fails_is_undone_exactly(
        server_hub_dir: tuple[DataDir, str], tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    data_dir, _ = server_hub_dir
    session = open_session(data_dir, ADMIN, PASSWORD, clock=clock)
    engine = session.register.engine
    head = migrate.head_revision()

    def migrates_then_fails(installation: Installation, version: str, kind: str, register: object) -> str:
        # What a release does when its migration went through and a later check failed.
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE later_release_notes (id integer PRIMARY KEY)"))
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
        raise DomainError("update.health_check_failed", version=version, previous="", detail="audit chain")

    try:
        with pytest.raises(DomainError) as failed:
            install_update(session.register, session.actor, update_package(tmp_path, "0.4.0"),
                           installation=Installation(tmp_path / "app"), trusted=TRUSTED,
                           health_check=migrates_then_fails)
        assert failed.value.code == "update.health_check_failed" and failed.value.params["detail"] == "audit chain"
    finally:
        session.close()
    # The shared database is as the older release left it: its revision, and no table of the later one.
    reopened = open_session(data_dir, ADMIN, PASSWORD, clock=clock)
    try:
        with reopened.register.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head
            assert conn.execute(text("SELECT to_regclass('later_release_notes')")).scalar_one() is None
        assert [p.name for p in data_dir.backups.glob("*-before-restore.pgdump")]
        assert not (tmp_path / "app" / "current.json").exists()
    finally:
        reopened.close()
