"""What every use case needs: the acting account, the clock, permission checks, and Changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Flag, auto
from typing import Generic, Protocol, TypeVar

from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission, Role, can
from desktop.domain.time import office_date

T = TypeVar("T")


class Changes(Flag):
    """Kinds of data a use case changed; each view decides for itself whether to refresh."""

    NONE = 0
    OUTREACH = auto()
    CLIENTS = auto()
    REFERRALS = auto()
    ESTABLISHMENTS = auto()
    INSPECTIONS = auto()
    PARTNERS = auto()
    ACCOUNTS = auto()
    SETTINGS = auto()
    SYNC = auto()
    BACKUP = auto()
    TIP_OFFS = auto()
    SUPPORT_MODELS = auto()
    ALL = (OUTREACH | CLIENTS | REFERRALS | ESTABLISHMENTS | INSPECTIONS | PARTNERS | ACCOUNTS | SETTINGS | SYNC | BACKUP
           | TIP_OFFS | SUPPORT_MODELS)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes


@dataclass(frozen=True)
class Actor:
    """The logged-in account on whose behalf a use case runs."""

    account_id: str
    username: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)


# Used for work the system does on its own (migrations, automatic backups).
SYSTEM = Actor(account_id="", username="system", role=Role.ADMIN)


def require(actor: Actor, permission: Permission) -> None:
    """Every use case calls this first: role checks live here, not in greyed-out buttons."""
    if not actor.can(permission):
        raise DomainError("permission.denied", permission=permission.value)


class Clock(Protocol):
    def now(self) -> datetime: ...

    def today(self) -> date: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        # The officer's calendar day on the office's clock, not UTC and not the PC's zone setting.
        return office_date(self.now())


@dataclass
class FixedClock:
    """A settable clock for tests and demos."""

    current: datetime

    def now(self) -> datetime:
        return self.current

    def today(self) -> date:
        return office_date(self.current)
