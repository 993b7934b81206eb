"""Closing reporting periods at the commune, and the hub's count of expected, on-time, late and missing reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.db.models import AdminUnit, ImportedBundle, PeriodClosure, Setting
from desktop.domain import periods
from desktop.domain.periods import Period, PeriodKind
from desktop.domain.problems import DomainError
from desktop.domain.time import OFFICE_ZONE
from desktop.sync.keys import current_signing_key, own_office

# Days after a period's last day by which its declaration counts as on time. Not found in any
# published rule (unverified), so it is a register setting a province can change.
DUE_DAYS_SETTING = "sync.report_due_days"
DEFAULT_DUE_DAYS = 10


def close_period(session: Session, *, period_code: str, nil_report: bool, now: datetime, today: date,
                 author_id: str, signed_by: str) -> PeriodClosure:
    """Declare a period complete; the declaration is a synced record, so the next bundle signs and carries it."""
    office = own_office(session)
    if office.role != "commune":
        raise DomainError("sync.commune_only")
    period = periods.parse(period_code)
    for problem in periods.closure_problems(period, closed_on=today):
        raise DomainError(problem.code, **problem.params)
    earlier = session.execute(select(PeriodClosure).where(
        PeriodClosure.period_code == period.code, PeriodClosure.deleted_at.is_(None))).scalars().first()
    if earlier is not None:
        raise DomainError("sync.period_already_closed", period=period.label_vi(),
                          date=f"{earlier.closed_at.astimezone(OFFICE_ZONE):%d/%m/%Y}")
    row = PeriodClosure(origin_unit=office.origin_unit, origin_device=office.device_id, created_at=now,
                        updated_at=now, version=1, author=author_id, period_code=period.code,
                        period_start=period.start, period_end=period.end, closed_at=now, nil_report=nil_report,
                        signed_by=signed_by[:120], key_id=current_signing_key(session).key_id_hex)
    session.add(row)
    session.flush()
    return row


def closed_codes(session: Session) -> set[str]:
    return set(session.execute(select(PeriodClosure.period_code).where(PeriodClosure.deleted_at.is_(None))).scalars())


def unclosed_periods(session: Session, *, today: date, kind: PeriodKind = PeriodKind.MONTH,
                     lookback: int = 3, not_before: date | None = None) -> list[Period]:
    """The last `lookback` ended periods of `kind` this commune has not closed, oldest first.

    A period that ended before `not_before` (the office's start date) was never this office's to close.
    """
    closed = closed_codes(session)
    found = []
    current = periods.containing(today, kind)
    for _ in range(lookback):
        current = periods.containing(current.start - timedelta(days=1), kind)
        if not_before is not None and current.end < not_before:
            break
        if current.code not in closed:
            found.append(current)
    return sorted(found)


def due_days(session: Session) -> int:
    value = session.get(Setting, DUE_DAYS_SETTING)
    try:
        return int(value.value) if value is not None else DEFAULT_DUE_DAYS
    except ValueError:
        return DEFAULT_DUE_DAYS


@dataclass(frozen=True)
class ReportStatus:
    """One commune for one period: on_time, late or missing, from its signed declaration."""

    origin_unit: str
    unit_code: str
    unit_name: str
    period_code: str
    status: str  # on_time | late | missing
    due_on: date
    closed_at: datetime | None
    nil_report: bool


@dataclass(frozen=True)
class Completeness:
    expected: int
    received: int
    on_time: int
    late: int
    missing: int
    nil_reports: int
    rows: tuple[ReportStatus, ...]


def completeness(session: Session, *, province_code: str, period_codes: Sequence[str],
                 due_after_days: int | None = None) -> Completeness:
    """Expected = the province's communes x the periods; received, on time and late from declarations.

    For the hub's completeness dashboard and reports; `due_after_days` defaults to the setting.
    """
    days = due_days(session) if due_after_days is None else due_after_days
    wanted = [periods.parse(code) for code in period_codes]
    communes = session.execute(select(AdminUnit.code, AdminUnit.admin_version, AdminUnit.name).where(
        AdminUnit.province_code == province_code, func.length(AdminUnit.code) == 5).order_by(AdminUnit.code)).all()
    stmt = (select(PeriodClosure.origin_unit, PeriodClosure.period_code, func.min(PeriodClosure.closed_at),
                   # max() of a boolean: SQLite compares 0/1, PostgreSQL has no max(boolean).
                   func.max(case((PeriodClosure.nil_report, 1), else_=0)))
            .where(PeriodClosure.deleted_at.is_(None), PeriodClosure.period_code.in_([p.code for p in wanted]))
            .group_by(PeriodClosure.origin_unit, PeriodClosure.period_code))
    declared = {(unit, code): (closed, bool(nil)) for unit, code, closed, nil in session.execute(stmt)}
    rows = []
    for code, version, name in communes:
        origin = f"{code}@{version}"
        for period in wanted:
            due = period.end + timedelta(days=days)
            closed, nil = declared.get((origin, period.code), (None, False))
            if closed is None:
                status = "missing"
            else:
                # The declaration's own signed time, on the officer's calendar.
                status = "on_time" if closed.astimezone(OFFICE_ZONE).date() <= due else "late"
            rows.append(ReportStatus(origin, code, name, period.code, status, due, closed, nil))
    on_time = sum(r.status == "on_time" for r in rows)
    late = sum(r.status == "late" for r in rows)
    return Completeness(expected=len(rows), received=on_time + late, on_time=on_time, late=late,
                        missing=len(rows) - on_time - late, nil_reports=sum(r.nil_report for r in rows), rows=tuple(rows))


# What the hub shows for one commune and period: the declaration's status, or PENDING for one not
# received whose due date has not passed yet (not late, so not "missing" either).
ON_TIME, LATE, MISSING, PENDING = "on_time", "late", "missing", "pending"


def report_state(row: ReportStatus, today: date) -> str:
    """on_time, late, missing, or pending: a declaration not received while today <= its due date."""
    if row.status == MISSING and today <= row.due_on:
        return PENDING
    return row.status


def reporting_units(session: Session, *, period: Period) -> set[str]:
    """The communes (origin units) whose data for `period` the hub holds, at least in part.

    A commune counts when it declared a period overlapping `period` closed (a nil report too), or
    when the hub imported a bundle it wrote on or after the period's first day: anything earlier
    cannot hold records of the period. Communes never heard from since are "chưa báo cáo".
    """
    closed = select(PeriodClosure.origin_unit).where(
        PeriodClosure.deleted_at.is_(None), PeriodClosure.period_start <= period.end,
        PeriodClosure.period_end >= period.start)
    first_moment = datetime.combine(period.start, datetime.min.time(), tzinfo=OFFICE_ZONE)
    sent = select(ImportedBundle.sender_unit).where(ImportedBundle.created_at >= first_moment)
    return set(session.execute(closed.union(sent)).scalars())


def months_of(period: Period) -> list[Period]:
    """The calendar months a period touches: the rows of a report's completeness table."""
    found = []
    current = periods.containing(period.start, PeriodKind.MONTH)
    while current.start <= period.end:
        found.append(current)
        current = periods.containing(current.end + timedelta(days=1), PeriodKind.MONTH)
    return found
