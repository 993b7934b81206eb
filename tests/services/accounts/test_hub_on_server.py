"""A hub on a PostgreSQL server: set up and joined from the CLI, refusals by name, a lost connection, backups."""

from __future__ import annotations

import secrets
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from desktop.cli import main
from desktop.db.datadir import DataDir
from desktop.db.keyring import FAST_KDF
from desktop.db.models import ImportedBundle, OutreachSession
from desktop.db.server import ServerAddress, open_server_engine
from desktop.domain.codes import OfficeRole
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.services.accounts import auth
from desktop.services.context import Changes, FixedClock
from desktop.services.maintenance.maintenance import restore_backup
from desktop.services.accounts.server_hub import initialise_on_server, join
from desktop.services.accounts.setup import SetupRequest
from tests.conftest import ADMIN, NOW, PASSWORD, Opened
from tests.engines import create_database, database_url
from tests.sync.sync_helpers import Pair, outreach, pair  # noqa: F401 - fixture

# These use the `hub` fixture on its server half only.
SERVER_ONLY = pytest.mark.parametrize("hub_engine", ["postgresql"])


def _request(role: OfficeRole = OfficeRole.HUB) -> SetupRequest:
    return SetupRequest(office_role=role, province_code="25", commune_code="08500" if role is OfficeRole.COMMUNE else None,
                        admin_username=ADMIN, admin_display_name="Quản trị", admin_password=PASSWORD,
                        admin_confirm=PASSWORD)


@pytest.fixture
def empty_database(pg_server: str) -> str:
    return create_database(pg_server, f"hoanhap_empty_{secrets.token_hex(4)}")


def _code(action) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as error:
        action()
    return error.value.code


def test_cli_sets_up_a_hub_on_the_server_and_a_second_pc_joins_it(empty_database: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    monkeypatch.setenv("PGPASSWORD", "mat-khau-may-chu")  # trust auth ignores it; it must land in a private file
    first, second = tmp_path / "may-1", tmp_path / "may-2"
    assert main(["init", "--hub", "--province", "25", "--database", empty_database, "--data-dir", str(first)]) == 0
    assert "Tỉnh Phú Thọ: đã tạo sổ đăng ký." in capsys.readouterr().out
    assert not (first / "register.db").exists() and not (first / "keyring.json").exists()
    passfile = first / "server.pass"
    assert stat.S_IMODE(passfile.stat().st_mode) == 0o600 and "mat-khau-may-chu" in passfile.read_text()
    assert "mat-khau-may-chu" not in (first / "server.json").read_text()

    assert main(["join-hub", "--database", empty_database, "--data-dir", str(second)]) == 0
    assert main(["backup", "--data-dir", str(second)]) == 0  # an analyst of the second PC logs in and dumps
    dump = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert dump.suffix == ".pgdump" and dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600  # the register in clear: this user's only


def test_a_commune_is_refused_on_a_server(empty_database: str, tmp_path: Path) -> None:
    code = _code(lambda: initialise_on_server(DataDir(tmp_path / "xa"), _request(OfficeRole.COMMUNE),
                                              ServerAddress.parse(empty_database), clock=FixedClock(NOW), kdf=FAST_KDF))
    assert code == "server.commune_refused"
    engine = open_server_engine(ServerAddress.parse(empty_database))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar_one() == 0
    engine.dispose()


@SERVER_ONLY
def test_a_database_holding_another_hub_or_other_data_is_refused_by_name(hub: Opened, pg_server: str,
                                                                         empty_database: str, tmp_path: Path) -> None:
    taken = hub.services.register.engine.url.render_as_string(hide_password=False)
    code = _code(lambda: initialise_on_server(DataDir(tmp_path / "new"), _request(), ServerAddress.parse(taken),
                                              clock=FixedClock(NOW), kdf=FAST_KDF))
    assert code == "server.other_hub"
    assert "Tỉnh Phú Thọ" in render("server.other_hub", {"unit": "Tỉnh Phú Thọ"}, "vi")
    # This PC remembers another hub's device: the database now answering is refused at login.
    settings = hub.data_dir.server.read_text().replace('"device_id": "', '"device_id": "x')
    other = DataDir(tmp_path / "other")
    other.root.mkdir()
    other.server.write_text(settings)
    assert _code(lambda: auth.login(other, ADMIN, PASSWORD, clock=FixedClock(NOW))) == "server.other_hub"
    # A database of something else entirely.
    engine = create_engine(ServerAddress.parse(empty_database).url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE patients (id int)"))
    engine.dispose()
    assert _code(lambda: join(DataDir(tmp_path / "j"), ServerAddress.parse(empty_database))) == "server.foreign_data"
    assert _code(lambda: initialise_on_server(DataDir(tmp_path / "k"), _request(), ServerAddress.parse(empty_database),
                                              clock=FixedClock(NOW), kdf=FAST_KDF)) == "server.foreign_data"


@SERVER_ONLY
def test_joining_a_hub_says_which_hub_and_the_new_pc_logs_in_to_it(hub: Opened, tmp_path: Path) -> None:
    url = hub.services.register.engine.url.render_as_string(hide_password=False)
    pc = DataDir(tmp_path / "may-3")
    outcome = join(pc, ServerAddress.parse(url))
    assert (outcome.value.unit_name, outcome.value.role) == ("Tỉnh Phú Thọ", "hub")
    assert outcome.value.device_id == hub.services.register.office.device_id
    assert outcome.changes == Changes.ALL  # a whole register this PC had not shown, as initialise_on_server says
    register, actor = auth.login(pc, ADMIN, PASSWORD, clock=FixedClock(NOW))
    register.close()
    assert actor.username == ADMIN
    assert _code(lambda: join(pc, ServerAddress.parse(url))) == "store.already_initialised"


def test_unreachable_insecure_and_too_old_servers_are_refused_with_a_clear_message(
        pg_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _code(lambda: ServerAddress.parse("mysql://u@h/db")) == "server.bad_url"
    remote = ServerAddress.parse("postgresql://hoanhap@so-y-te.example.vn/hoanhap")
    assert _code(remote.check_tls) == "server.tls_required"
    ServerAddress.parse("postgresql://hoanhap@so-y-te.example.vn/hoanhap?sslmode=verify-full").check_tls()
    ServerAddress.parse("postgresql://hoanhap@127.0.0.1/hoanhap").check_tls()  # loopback: no network between
    nobody = ServerAddress.parse("postgresql://hoanhap@127.0.0.1:9/hoanhap?sslmode=require")
    assert _code(lambda: open_server_engine(nobody)) == "server.unreachable"
    message = render("server.unreachable", {"host": "127.0.0.1"}, "en")
    assert "127.0.0.1" in message and "Không" not in message
    missing = ServerAddress.parse(database_url(pg_server, "khong_co"))
    assert _code(lambda: open_server_engine(missing)) == "server.no_database"

    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

    monkeypatch.setattr(PGDialect_psycopg, "_get_server_version_info", lambda self, conn: (12, 9))
    assert _code(lambda: open_server_engine(ServerAddress.parse(pg_server))) == "server.too_old"


@SERVER_ONLY
def test_every_thread_of_a_hub_window_can_hold_a_connection_at_once(hub: Opened) -> None:
    """GUI thread, data worker (two during the scheduled dump), printing, the outreach page's two readers: six
    connections held at the same moment, none waiting for another to give one back (desktop/db/server.py)."""
    from desktop.db.server import POOL_AT_MOST

    engine = hub.services.register.engine
    together = threading.Barrier(POOL_AT_MOST)
    failures: list[BaseException] = []

    def hold() -> None:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
                together.wait(timeout=10)  # a 2 + 2 pool kept the fifth and sixth waiting: the barrier broke
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=hold) for _ in range(POOL_AT_MOST)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert POOL_AT_MOST == 6 and failures == []


def _terminate_import(url: str, stop: threading.Event) -> None:
    """Another connection ends the importing backend while it sits inside its open transaction."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        while not stop.is_set():
            done = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND application_name = 'hoanhap' AND state = 'idle in transaction'"
            )).scalar_one()
            if done:
                break
            stop.wait(0.01)
    engine.dispose()


@SERVER_ONLY
def test_a_lost_connection_mid_import_leaves_nothing_and_the_import_can_be_retried(pair: Pair) -> None:
    for n in range(3):
        outreach(pair.commune, place=f"Thôn {n}")
        pair.send()
    bundles = sorted(pair.outbox.glob("*.hnb"))
    url = pair.hub.services.register.engine.url.render_as_string(hide_password=False)
    stop, killer = threading.Event(), None

    def after_first_bundle(done: int, total: int) -> None:
        nonlocal killer
        if done == 1:  # the first bundle is written but not committed: its connection waits in the transaction
            killer = threading.Thread(target=_terminate_import, args=(url, stop))
            killer.start()
            killer.join(timeout=30)

    sync = pair.hub.services.sync
    with pytest.raises(DomainError) as error:
        sync.import_bundles(pair.hub.admin, bundles, receipt_folder=pair.outbox / "r", progress=after_first_bundle)
    stop.set()
    assert error.value.code == "server.connection_lost"
    assert "Mất kết nối" in render("server.connection_lost", {}, "vi")

    def count(column) -> int:  # type: ignore[no-untyped-def]
        with pair.hub.services.register.uow() as uow:
            return int(uow.session.execute(select(func.count(column))).scalar_one())

    assert count(ImportedBundle.id) == 0 and count(OutreachSession.id) == 0  # nothing half imported
    summary = sync.import_bundles(pair.hub.admin, bundles, receipt_folder=pair.outbox / "r").value
    assert [i.report.status for i in summary.items if i.report] == ["imported"] * 3
    assert count(ImportedBundle.id) == 3 and count(OutreachSession.id) == 3


@SERVER_ONLY
def test_backup_is_a_pg_dump_shown_before_a_restore_replaces_the_hub(pair: Pair) -> None:
    hub = pair.hub
    outreach(pair.commune)
    pair.receive(*pair.send())
    dump = hub.services.maintenance.backup_now(hub.admin).value.path
    assert [b.path for b in hub.services.maintenance.list_backups(hub.admin)] == [dump]
    outreach(pair.commune, place="Sau bản sao lưu")
    pair.receive(*pair.send())

    shown = hub.services.maintenance.preview_backup(hub.admin, dump)
    assert (shown.unit_name, shown.role, shown.restorable) == ("Tỉnh Phú Thọ", "hub", True)
    assert shown.counts["outreach_sessions"] == 1 and shown.counts["bundles_imported"] == 1 and shown.audit_entries > 3

    safety = restore_backup(hub.services.register, hub.admin, dump)
    assert safety is not None and safety.suffix == ".pgdump"
    register, _ = auth.login(hub.data_dir, ADMIN, PASSWORD, clock=hub.clock)
    try:
        with register.uow() as uow:
            assert uow.session.execute(select(func.count(OutreachSession.id))).scalar_one() == 1
    finally:
        register.close()
