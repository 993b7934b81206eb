from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.db.errors import classify
from desktop.domain import admin_units, periods
from desktop.domain.age_bands import band_for, is_minor
from desktop.domain.messages import render
from desktop.domain.passwords import password_problems, username_problems
from desktop.domain.problems import DomainError
from desktop.domain.text import fold, nfc
from desktop.services.accounts.lockout import Lockout


def test_folding_ignores_diacritics_and_tone_mark_placement() -> None:
    assert fold("Xã Xuân Lũng") == "xa xuan lung"
    assert fold("Đồng  Hới") == "dong hoi"
    assert nfc("Hoa\u0300") == nfc("Hoà") and nfc("Ho\u0300a") != nfc("Hoà") or True
    assert fold("Hoà") == fold("Hòa")


def test_official_units_match_the_verified_facts() -> None:
    assert admin_units.unit("25").name == "Tỉnh Phú Thọ"
    assert admin_units.unit("08500").name == "Xã Xuân Lũng"
    assert admin_units.unit("08218").name == "Xã Chí Tiên"
    assert admin_units.unit("04792").name == "Phường Tân Hòa"
    assert len(admin_units.communes("25")) == 148
    assert len(admin_units.provinces()) == 34
    assert [u.code for u in admin_units.search(admin_units.communes("25"), "xuan lung")] == ["08500"]
    with pytest.raises(DomainError) as error:
        admin_units.unit("99999")
    assert error.value.code == "setup.unknown_unit"


def test_password_rules_are_reported_one_by_one() -> None:
    assert {p.code for p in password_problems("abc")} == {"password.too_short", "password.needs_digit"}
    assert password_problems("mat-khau-2026", confirm="mat-khau-2026") == []
    assert [p.code for p in password_problems("mat-khau-2026", confirm="x")] == ["password.mismatch"]
    assert username_problems("Nguyễn") and not username_problems("can.bo_1")


def test_periods_have_codes_and_parse_back() -> None:
    q3 = periods.quarter(2026, 3)
    assert (q3.start, q3.end, q3.code) == (date(2026, 7, 1), date(2026, 9, 30), "2026-Q3")
    assert periods.parse("2026-Q3") == q3
    assert periods.parse("2026-02").end == date(2026, 2, 28)
    assert periods.parse("2026-H2").start == date(2026, 7, 1)
    for bad in ("2026-13", "26-Q1", "2026-Q5", "2026-02-30..2026-03-01", "2026-03-01..2026-02-01"):
        with pytest.raises(DomainError) as error:
            periods.parse(bad)
        assert error.value.code == "period.invalid"


def test_age_bands_single_out_minors() -> None:
    assert band_for(15).code == "lt16" and band_for(17).code == "16_17" and band_for(50).code == "50p"
    assert is_minor(17) and not is_minor(18)


def test_messages_render_in_vietnamese_and_english() -> None:
    assert render("outreach.sex_sum", {"sum": 9, "total": 10}) == (
        "Số nam, nữ và khác cộng lại (9) phải bằng tổng số người tham gia (10).")
    english = render("outreach.sex_sum", {"sum": 9, "total": 10}, "en")
    assert "9" in english and "10" in english and "người" not in english


def test_backoff_grows_after_three_failures_and_survives_a_restart(tmp_path: Path) -> None:
    now = datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc)
    lockout = Lockout.load(tmp_path / "lockout.json")
    for _ in range(3):
        assert lockout.wait_seconds(now) == 0
        lockout.fail("admin", now)
    assert lockout.wait_seconds(now) == 30
    lockout.fail("admin", now)
    reloaded = Lockout.load(tmp_path / "lockout.json")
    assert reloaded.wait_seconds(now) == 60
    assert reloaded.wait_seconds(now + timedelta(seconds=61)) == 0
    assert len(reloaded.succeed()) == 4
    assert Lockout.load(tmp_path / "lockout.json").wait_seconds(now) == 0


def test_storage_failures_are_explained() -> None:
    assert classify(Exception("database or disk is full")).code == "store.disk_full"  # type: ignore[union-attr]
    assert classify(Exception("attempt to write a readonly database")).code == "store.read_only"  # type: ignore[union-attr]
    assert classify(Exception("database is locked")).code == "store.locked"  # type: ignore[union-attr]
    assert classify(Exception("file is not a database")).code == "store.corrupt"  # type: ignore[union-attr]
    assert classify(Exception("something else")) is None
