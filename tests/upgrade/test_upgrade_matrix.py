"""Registers of every released schema revision open at head with every record, the audit chain and old prints intact.

The registers are replayed from tests/upgrade/<revision>/{commune,hub}.sql (recorded by
tests/upgrade/make_register_sql.py with that release's own code) onto an empty SQLCipher file that
the migrations themselves bring to that revision, under a fixed test key.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from desktop.bootstrap import build_services
from desktop.db import migrate
from desktop.db.datadir import DataDir
from desktop.db.engine import open_engine
from desktop.db.models import Account
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.domain.roles import Role
from desktop.services import audit
from desktop.services.accounts import auth
from desktop.services.context import Actor, FixedClock
from desktop.services.register import open_register
from tests.conftest import ADMIN, NOW, PASSWORD

UPGRADE = Path(__file__).resolve().parents[1] / "upgrade"
REVISIONS = sorted(p.name for p in UPGRADE.iterdir() if p.is_dir() and (p / "about.json").exists())
RELEASED = ["0001", "0002", "0003"]  # schema revisions a release has shipped (tests/upgrade/README.md)
KEY = bytes(range(32))  # the fixed test key of the replayed registers
PRINT_DATE_LINES = ("In ngày", "Printed")  # a line naming the print date, if a layout adds one


def test_every_released_revision_has_a_fixture() -> None:
    assert REVISIONS == RELEASED and set(RELEASED) <= migrate.known_revisions()


def _replay(data_dir: DataDir, revision: str, office: str) -> dict[str, list[dict[str, Any]]]:
    """An empty register migrated to `revision` by the migrations, then that release's rows inserted."""
    data_dir.root.mkdir(parents=True)
    engine = open_engine(data_dir.database, KEY, must_exist=False)
    migrate.upgrade(engine, revision)
    script = (UPGRADE / revision / f"{office}.sql").read_text(encoding="utf-8")
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        raw.driver_connection.executescript(script)  # type: ignore[union-attr]
        raw.commit()
    finally:
        raw.close()
    loaded = _rows(engine)
    engine.dispose()
    return loaded


def _rows(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as conn:
        # The list search's FTS5 index (migration 0011) is derived from the rows, not data of its own; its shadow
        # tables have no rowid to order by. The rows it indexes are compared in their own tables.
        names = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
                 if r[0] != "alembic_version" and "_fts" not in r[0]]
        return {n: [dict(r._mapping) for r in conn.execute(text(f'SELECT * FROM "{n}" ORDER BY rowid'))]
                for n in names}


@pytest.mark.parametrize("office", ["commune", "hub"])
@pytest.mark.parametrize("revision", REVISIONS)
def test_an_old_register_opens_at_head_with_every_record(tmp_path: Path, revision: str, office: str) -> None:
    data_dir = DataDir(tmp_path / "data")
    before = _replay(data_dir, revision, office)
    assert sum(map(len, before.values())) > 100
    register = open_register(data_dir, KEY, _clock())
    try:
        assert migrate.current_revision(register.engine) == migrate.head_revision()
        after = _rows(register.engine)
        moved = [r for r in before["settings"] if r["key"].startswith("indicator_param:")]
        if revision < "0003" and office == "commune":
            # Migration 0003 moves the baseline figures from settings rows into the synced table.
            before["settings"] = [r for r in before["settings"] if r not in moved]
            assert [(r["code"], r["period_code"], r["value"]) for r in after["report_parameters"]] == [
                tuple(m["key"].split(":")[1:]) + (float(m["value"]),) for m in moved] != []
        for table, rows in before.items():
            assert len(after[table]) == len(rows), table
            for old, new in zip(rows, after[table], strict=True):
                # Every value the old release stored is still there; columns added since take their defaults.
                assert {k: new[k] for k in old} == old, (table, old)
        with register.uow() as uow:
            check = audit.verify(uow.session)
        assert check.ok and check.entries == len(before["audit_log"]) > 1
    finally:
        register.close()
    if revision != migrate.head_revision():  # (0003 opened by a release that is still at 0003 migrates nothing)
        assert list(data_dir.backups.glob("*before-migration*")), "no backup taken before migrating"


def json_about(revision: str) -> dict[str, Any]:
    return json.loads((UPGRADE / revision / "about.json").read_text(encoding="utf-8"))


def _clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.mark.parametrize("revision", REVISIONS)
def test_an_old_inspection_record_prints_as_it_was(tmp_path: Path, revision: str) -> None:
    about = json_about(revision)
    data_dir = DataDir(tmp_path / "data")
    _replay(data_dir, revision, "commune")
    register = open_register(data_dir, KEY, _clock())
    try:
        with register.uow() as uow:
            admin = uow.session.execute(select(Account).where(Account.username == ADMIN)).scalar_one()
            actor = Actor(admin.id, admin.username, Role(admin.role))
        pdf = tmp_path / "record.pdf"
        build_services(register).printing.print_inspection_record(actor, about["inspection_id"], pdf)
    finally:
        register.close()
    printed = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                             check=True).stdout
    # "As it was" is the record's content: every word from the title on, in the same order. The page
    # furniture is today's on purpose (issue 10): the Decree 30 letterhead replaces the old
    # "TỈNH … / UBND XÃ …" header, the app's name is gone from the footer, page numbers sit at the top,
    # and the 13 pt body wraps lines elsewhere.
    assert _body_words(printed) == _body_words(about["inspection_text"]), f"the {revision} record prints otherwise"
    assert "BIÊN BẢN" in printed.upper()


def _body_words(text: str) -> list[str]:
    """The words from the title on, in order; a table row's words as one sorted group, in row order.

    A row's side cells ("1", "Đạt", an amount) land on the line where the row starts, so where its wide
    cells wrap (another font, another width) decides between which words they fall, and two narrow cells
    side by side may run together. Every word still has to be there, as often, in the same row.
    """
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.strip().startswith("BIÊN BẢN"))
    items: list[str | list[str]] = []
    row: list[str] | None = None  # the words of the table row being read
    for line in lines[start:]:
        flat = " ".join(line.split())
        if not flat or flat.isdigit() or flat.startswith(("Hòa Nhập", *PRINT_DATE_LINES)):
            continue  # page numbers, the old footer
        if items and flat.startswith("STT Nội dung kiểm tra"):
            continue  # the table head a page break repeats
        line_words = re.sub(r"\.{3,}", "…", flat).split()  # a dotted gap to fill in is as long as the line allows
        if re.match(r" *\d+ {2,}\S", line):  # "   1    Có giấy chứng nhận…": a numbered row starts
            row = []
            items.append(row)
        elif not line.startswith(" "):
            row = None  # text from the left margin ends the table
        if row is None:
            items += line_words
        else:
            row += line_words
    return [item if isinstance(item, str) else "row: " + " ".join(sorted(item)) for item in items]


def _files(data_dir: DataDir) -> dict[str, str]:
    """Every file of the data folder with its hash; SQLite's transient -wal/-shm files left out."""
    return {str(p.relative_to(data_dir.root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in data_dir.root.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def test_a_register_from_a_newer_release_is_refused_and_left_as_it_was(template_dir: DataDir) -> None:
    from desktop.db.keyring import Keyring, account_slot

    key = Keyring.load(template_dir.keyring).unwrap(account_slot(ADMIN), PASSWORD)
    assert key is not None
    engine = open_engine(template_dir.database, key)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042_a_later_release'"))
    engine.dispose()
    files = _files(template_dir)
    with pytest.raises(DomainError) as refused:
        auth.login(template_dir, ADMIN, PASSWORD, clock=_clock())
    assert (refused.value.code, refused.value.params) == ("store.newer_release", {"revision": "0042_a_later_release"})
    assert "0042_a_later_release" in render(refused.value.code, refused.value.params, "en")
    # The register, its keyring and the backups folder: byte for byte as before, and no new file.
    assert _files(template_dir) == files
