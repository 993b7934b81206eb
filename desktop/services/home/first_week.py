"""A new office's first week: its start date (no period before it is due) and the checklist that ticks itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import AuditEntry, Establishment, Office, OfficeCard, ReportParameter, Setting
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.domain.time import office_date
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register

START_DATE_KEY = "office.start_date"
# Audit actions that prove a step was done; the audit log is the register's own memory of it.
EXTERNAL_BACKUP_ACTION = "backup.external"
RECOVERY_SHEET_ACTION = "recovery.sheet"
RECOVERY_REPLACED_ACTION = "recovery.replace"


def start_date(session: Session, *, today_of: date | None = None) -> date:
    """The office's start date: the setting if an office moved it, else the day it was set up."""
    row = session.get(Setting, START_DATE_KEY)
    if row is not None:
        try:
            return date.fromisoformat(row.value)
        except ValueError:
            pass
    office = session.get(Office, 1)
    if office is None:
        return today_of or date.min
    return office_date(office.created_at)  # the office's day, whatever zone the PC is set to


@dataclass(frozen=True)
class ChecklistStep:
    """One step of the first week: a stable code the GUI words, whether it is done, and where to do it."""

    code: str
    done: bool
    target_page: str


@dataclass(frozen=True)
class FirstWeek:
    start: date
    steps: tuple[ChecklistStep, ...]

    @property
    def complete(self) -> bool:
        return all(step.done for step in self.steps)


class FirstWeekService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def start_date(self, actor: Actor) -> date:
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return start_date(uow.session)

    def set_start_date(self, actor: Actor, day: date) -> Outcome[date]:
        """An office migrating old books moves its start back so their periods become due again."""
        require(actor, Permission.MANAGE_SETTINGS)
        r = self._register
        if day > r.clock.today():
            raise DomainError("office.start_in_future", date=f"{day:%d/%m/%Y}")
        with r.uow(write=True) as uow:
            previous = start_date(uow.session)
            row = uow.session.get(Setting, START_DATE_KEY)
            if row is None:
                uow.session.add(Setting(key=START_DATE_KEY, value=day.isoformat()))
            else:
                row.value = day.isoformat()
            audit.record(uow.session, actor, "office.start_date", at=r.clock.now(), entity="office",
                         detail={"from": previous.isoformat(), "to": day.isoformat()})
            uow.commit()
        return Outcome(day, Changes.SETTINGS | Changes.SYNC)

    def note_recovery_sheet(self, actor: Actor) -> Outcome[None]:
        """The recovery sheet was saved for printing (at setup or after a new key)."""
        r = self._register
        with r.uow(write=True) as uow:
            audit.record(uow.session, actor, RECOVERY_SHEET_ACTION, at=r.clock.now(), entity="office")
            uow.commit()
        return Outcome(None, Changes.SETTINGS)

    def checklist(self, actor: Actor) -> FirstWeek:
        require(actor, Permission.VIEW_COUNTS)
        r = self._register
        hub = r.office.is_hub
        year = r.clock.today().year
        with r.uow() as uow:
            s = uow.session
            if r.office.is_national:
                # The national office enrols province hubs and receives their aggregates: no baseline, no businesses.
                steps = [ChecklistStep("first_week.enrol_provinces", _cards(s, role="hub") > 0, "national")]
                steps += [
                    ChecklistStep("first_week.external_backup", _last(s, EXTERNAL_BACKUP_ACTION) is not None,
                                  "settings"),
                    ChecklistStep("first_week.recovery_sheet", _recovery_sheet_current(s), "settings"),
                ]
                return FirstWeek(start_date(s), tuple(steps))
            steps = [
                ChecklistStep("first_week.enrol_communes" if hub else "first_week.enrol_hub",
                              _cards(s, role="commune" if hub else "hub") > 0, "sync"),
                ChecklistStep("first_week.baseline", _baseline_rows(s, year) > 0, "reports"),
            ]
            if not hub:
                steps.append(ChecklistStep("first_week.establishments", _establishments(s) > 0, "establishments"))
            steps += [
                ChecklistStep("first_week.external_backup", _last(s, EXTERNAL_BACKUP_ACTION) is not None, "settings"),
                ChecklistStep("first_week.recovery_sheet", _recovery_sheet_current(s), "settings"),
            ]
            return FirstWeek(start_date(s), tuple(steps))


def _cards(session: Session, *, role: str) -> int:
    return session.execute(select(func.count()).select_from(OfficeCard).where(
        OfficeCard.role == role, OfficeCard.revoked_at.is_(None))).scalar_one()


def _baseline_rows(session: Session, year: int) -> int:
    return session.execute(select(func.count()).select_from(ReportParameter).where(
        ReportParameter.deleted_at.is_(None), ReportParameter.period_code.startswith(str(year)))).scalar_one()


def _establishments(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Establishment)
                           .where(Establishment.deleted_at.is_(None))).scalar_one()


def _last(session: Session, action: str) -> int | None:
    return session.execute(select(func.max(AuditEntry.seq)).where(AuditEntry.action == action)).scalar_one()


def _recovery_sheet_current(session: Session) -> bool:
    """A sheet saved after the latest new recovery key: an older sheet no longer opens the register."""
    saved = _last(session, RECOVERY_SHEET_ACTION)
    replaced = _last(session, RECOVERY_REPLACED_ACTION)
    return saved is not None and (replaced is None or saved > replaced)
