"""The office's time zone and calendar day: the one place that knows Vietnam is UTC+7.

Stored instants are UTC; officers read dates and times on the office's calendar whatever zone the PC
is set to (a laptop bought abroad, a PC left on UTC). Vietnam has kept +07 without summer time since
1975, so a fixed offset is exact and needs no time-zone database (Windows ships none to Python).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

# Asia/Ho_Chi_Minh.
OFFICE_ZONE = timezone(timedelta(hours=7))


def office_time(moment: datetime) -> datetime:
    """An aware instant on the office's clock (a naive one is taken as already office time)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=OFFICE_ZONE)
    return moment.astimezone(OFFICE_ZONE)


def office_date(moment: datetime) -> date:
    """The office's calendar day of an instant: 23:30 UTC is already the next day in the commune."""
    return office_time(moment).date()
