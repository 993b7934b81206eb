"""The office's calendar day is read at +07 whatever zone the PC is set to."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.time import OFFICE_ZONE, office_date, office_time
from desktop.services.context import FixedClock, SystemClock

def test_late_evening_utc_is_already_tomorrow_in_the_commune() -> None:
    moment = datetime(2026, 12, 31, 18, 0, tzinfo=UTC)  # 01:00 on 1 January in Vietnam
    assert office_date(moment) == date(2027, 1, 1)
    assert office_time(moment).utcoffset() == timedelta(hours=7)
    assert OFFICE_ZONE.utcoffset(None) == timedelta(hours=7)


def test_fixed_clock_today_is_the_office_day(pc_zone_new_york: None) -> None:
    clock = FixedClock(datetime(2026, 11, 27, 20, 0, tzinfo=UTC))  # 03:00 on 28/11 in the commune
    assert clock.today() == date(2026, 11, 28)
    assert datetime(2026, 11, 27, 20, 0, tzinfo=UTC).astimezone().date() == date(2026, 11, 27)  # the PC's day


def test_system_clock_today_ignores_the_pc_zone(pc_zone_new_york: None, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = SystemClock()
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 27, 20, 0, tzinfo=UTC))
    assert clock.today() == date(2026, 11, 28)  # New York still says 27/11
    assert SystemClock().now().tzinfo is not None
