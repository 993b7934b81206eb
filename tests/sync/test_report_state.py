"""The hub's "missing or not yet due" rule for a commune's period declaration lives in the sync layer."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.sync.periods_close import (
    LATE,
    MISSING,
    ON_TIME,
    PENDING,
    ReportStatus,
    report_state,
)


def _row(status: str, *, closed: datetime | None = None) -> ReportStatus:
    return ReportStatus("08500@2025", "08500", "Xã Xuân Lũng", "2026-10", status, date(2026, 11, 10), closed, False)


def test_not_received_is_pending_until_its_due_date_then_missing() -> None:
    row = _row(MISSING)
    assert report_state(row, date(2026, 11, 1)) == PENDING
    assert report_state(row, date(2026, 11, 10)) == PENDING  # the due day itself is still in time
    assert report_state(row, date(2026, 11, 11)) == MISSING


def test_a_received_declaration_keeps_its_status_whatever_the_day() -> None:
    closed = datetime(2026, 11, 5, 2, 0, tzinfo=UTC)
    assert report_state(_row(ON_TIME, closed=closed), date(2026, 11, 1)) == ON_TIME
    assert report_state(_row(LATE, closed=closed), date(2027, 1, 1)) == LATE
