"""A new office's first week: the home screen tells the truth, and the checklist ticks itself from real state."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.problems import DomainError
from desktop.domain import periods
from desktop.services.accounts import auth
from desktop.services.home.home import attention
from tests.conftest import Opened


def _codes(o: Opened) -> dict[str, object]:
    return {i.code: i for i in attention(o.services.register, o.admin)}


def _steps(o: Opened) -> dict[str, bool]:
    return {s.code: s.done for s in o.services.first_week.checklist(o.admin).steps}


def test_a_new_office_is_not_told_of_periods_before_it_existed_nor_that_all_was_sent(opened: Opened) -> None:
    items = _codes(opened)
    assert "home.periods_unclosed" not in items
    assert "home.all_sent" not in items and "home.unsent" not in items
    assert "home.no_hub" in items
    assert opened.services.first_week.start_date(opened.admin) == date(2026, 11, 28)


def test_moving_the_start_back_makes_old_periods_due_and_is_audited(opened: Opened) -> None:
    fw = opened.services.first_week
    fw.set_start_date(opened.admin, date(2026, 9, 15))
    unclosed = _codes(opened)["home.periods_unclosed"]
    # September contains the start date, so it is due; August ended before it.
    assert unclosed.params["period_codes"] == ["2026-09", "2026-10"]
    with pytest.raises(DomainError) as refused:
        fw.set_start_date(opened.admin, opened.clock.today() + timedelta(days=1))
    assert refused.value.code == "office.start_in_future"
    assert fw.start_date(opened.admin) == date(2026, 9, 15)
    rows = opened.services.maintenance.recent_audit(opened.admin, limit=5)
    assert any(r.action == "office.start_date" and "2026-09-15" in r.detail for r in rows)


def test_an_officer_cannot_move_the_start_date(opened: Opened) -> None:
    from desktop.domain.roles import Role
    from desktop.services.context import Actor

    officer = Actor("x", "canbo", Role.OFFICER)
    with pytest.raises(DomainError) as refused:
        opened.services.first_week.set_start_date(officer, date(2026, 1, 1))
    assert refused.value.code == "permission.denied"


def test_the_checklist_ticks_itself(opened: Opened, hub: Opened, tmp_path) -> None:  # type: ignore[no-untyped-def]
    s, admin = opened.services, opened.admin
    assert _steps(opened) == {"first_week.enrol_hub": False, "first_week.baseline": False,
                              "first_week.establishments": False, "first_week.external_backup": False,
                              "first_week.recovery_sheet": False}
    # The hub's card installed at the commune.
    hub_card = hub.services.sync.own_card(hub.admin)
    s.sync.enrol(admin, hub_card.data, confirmed_fingerprint=hub_card.fingerprint)
    s.reports.set_parameter(admin, "students", period=periods.parse("2026"), value=1200)
    s.establishments.save(admin, EstablishmentDraft(name="Karaoke Hoa Sen", business_type="karaoke",
                                                      address="Thôn 1"))
    s.maintenance.backup_now(admin)  # a backup inside the data folder is not the external one
    assert _steps(opened)["first_week.external_backup"] is False
    s.maintenance.backup_to(admin, tmp_path / "usb")
    assert list((tmp_path / "usb").glob("register-*-external.db"))
    s.first_week.note_recovery_sheet(admin)
    assert all(_steps(opened).values())
    assert s.first_week.checklist(admin).complete
    assert "home.no_hub" not in _codes(opened)
    # A new recovery key makes the printed sheet useless: the step opens again.
    auth.replace_recovery_key(s.register, admin)
    assert _steps(opened)["first_week.recovery_sheet"] is False


def test_a_hub_checklist_asks_for_communes_not_for_businesses(hub: Opened) -> None:
    assert list(_steps(hub)) == ["first_week.enrol_communes", "first_week.baseline", "first_week.external_backup",
                                 "first_week.recovery_sheet"]
