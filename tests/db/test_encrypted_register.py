"""The register on disk: encrypted, refuses a wrong key, and survives bad folders and second instances."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from desktop.db.datadir import DataDir
from desktop.db.engine import open_engine
from desktop.db.instance_lock import InstanceLock
from desktop.db.keyring import Keyring, account_slot
from desktop.domain.outreach import OutreachDraft
from desktop.domain.problems import DomainError
from desktop.services.accounts import auth
from desktop.services.context import Changes
from tests.conftest import ADMIN, PASSWORD, Opened

SECRET_PLACE = "Nhà nghỉ Bí Mật Số 7 Zebra"


def _save(opened: Opened, **changes: object) -> str:
    values = dict(held_on=date(2026, 11, 2), place=SECRET_PLACE, form="meeting", target_group="students",
                  participants_total=3, participants_male=1, participants_female=2, notes="ghi chú riêng Quokka")
    values.update(changes)
    return opened.services.outreach.save(opened.admin, OutreachDraft(**values)).value.id  # type: ignore[arg-type]


def test_the_database_file_holds_no_plaintext_of_a_record(opened: Opened) -> None:
    _save(opened)
    opened.services.register.engine.dispose()  # checkpoint the WAL into the main file
    raw = b"".join(p.read_bytes() for p in opened.data_dir.root.glob("register.db*"))
    for secret in (SECRET_PLACE, "Quokka", "Zebra"):
        assert secret.encode("utf-8") not in raw
    assert b"SQLite format 3" not in raw[:16]


def test_plain_sqlite_and_a_wrong_key_cannot_open_it(opened: Opened) -> None:
    path = opened.data_dir.database
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM outreach_sessions").fetchall()
    with pytest.raises(DomainError) as error:
        open_engine(path, os.urandom(32))
    assert error.value.code == "store.corrupt"
    with pytest.raises(sqlcipher3.DatabaseError):
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA key = 'mat-khau-2026'")  # the password is not the key
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_a_wrong_password_never_reaches_sqlcipher_and_is_audited_later(template_dir: DataDir, clock) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as error:
        auth.login(template_dir, ADMIN, "sai-mat-khau-1", clock=clock)
    assert error.value.code == "auth.wrong_password"
    with pytest.raises(DomainError):
        auth.login(template_dir, "nobody", "sai-mat-khau-1", clock=clock)
    register, actor = auth.login(template_dir, ADMIN, PASSWORD, clock=clock)
    try:
        from desktop.bootstrap import build_services

        rows = build_services(register).maintenance.recent_audit(actor)
        failed = [r for r in rows if r.action == "login.failed"]
        assert {r.account_name for r in failed} == {ADMIN, "nobody"}
    finally:
        register.close()


def test_repeated_wrong_passwords_back_off_even_with_the_right_one(template_dir: DataDir, clock) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        with pytest.raises(DomainError):
            auth.login(template_dir, ADMIN, "sai-mat-khau-1", clock=clock)
    with pytest.raises(DomainError) as error:
        auth.login(template_dir, ADMIN, PASSWORD, clock=clock)
    assert error.value.code == "auth.backoff" and error.value.params["seconds"] == 30


def test_password_change_and_recovery_key_both_open_the_register(opened: Opened) -> None:
    register = opened.services.register
    changed = auth.change_password(register, opened.admin, old=PASSWORD, new="mat-khau-moi-99", confirm="mat-khau-moi-99")
    assert changed.changes is Changes.ACCOUNTS
    with pytest.raises(DomainError):
        auth.login(opened.data_dir, ADMIN, PASSWORD, clock=opened.clock)
    r2, _ = auth.login(opened.data_dir, ADMIN, "mat-khau-moi-99", clock=opened.clock)
    r2.close()
    with pytest.raises(DomainError) as error:
        auth.recover(opened.data_dir, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", username=ADMIN,
                     new_password="khoi-phuc-2026", confirm="khoi-phuc-2026", clock=opened.clock)
    assert error.value.code == "auth.wrong_recovery_key"
    typed = opened.recovery_key.lower().replace("-", " ")  # as someone might type it off paper
    recovered = auth.recover(opened.data_dir, typed, username=ADMIN, new_password="khoi-phuc-2026",
                             confirm="khoi-phuc-2026", clock=opened.clock)
    assert recovered.changes is Changes.ACCOUNTS
    r3, actor = recovered.value
    r3.close()
    assert actor.username == ADMIN
    r4, _ = auth.login(opened.data_dir, ADMIN, "khoi-phuc-2026", clock=opened.clock)
    r4.close()


def test_the_keyring_never_stores_the_key_or_the_username_in_clear(opened: Opened) -> None:
    text = opened.data_dir.keyring.read_text("utf-8")
    assert ADMIN not in text.replace("admin_", "")
    assert opened.services.register.key.hex() not in text
    assert Keyring.load(opened.data_dir.keyring).has(account_slot("ADMIN "))


def test_a_second_instance_on_the_same_data_is_refused(opened: Opened) -> None:
    with InstanceLock(opened.data_dir.lock):
        with pytest.raises(DomainError) as error:
            InstanceLock(opened.data_dir.lock).acquire()
        assert error.value.code == "store.in_use"
    with InstanceLock(opened.data_dir.lock):
        pass  # released: usable again


def test_a_corrupt_database_file_gets_a_clear_message_and_is_not_touched(template_dir: DataDir, clock) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(template_dir.database.read_bytes())
    data[:4096] = os.urandom(4096)
    template_dir.database.write_bytes(bytes(data))
    before = template_dir.database.read_bytes()
    with pytest.raises(DomainError) as error:
        auth.login(template_dir, ADMIN, PASSWORD, clock=clock)
    assert error.value.code == "store.corrupt"
    assert template_dir.database.read_bytes() == before


def test_missing_keyring_or_register_is_named(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as error:
        auth.login(DataDir(tmp_path), ADMIN, PASSWORD, clock=clock)
    assert error.value.code == "store.keyring_missing"


def test_a_replaced_recovery_key_works_and_the_old_one_stops(opened: Opened) -> None:
    old = opened.recovery_key
    new = auth.replace_recovery_key(opened.services.register, opened.admin).value
    assert new != old
    with pytest.raises(DomainError):
        auth.recover(opened.data_dir, old, username=ADMIN, new_password="khoi-phuc-2026",
                     confirm="khoi-phuc-2026", clock=opened.clock)
    register, _ = auth.recover(opened.data_dir, new, username=ADMIN, new_password="khoi-phuc-2026",
                               confirm="khoi-phuc-2026", clock=opened.clock).value
    register.close()
