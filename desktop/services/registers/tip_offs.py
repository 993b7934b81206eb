"""The tip-off register (T9): paged filtered lists, the form's save and delete, the period's T9 figures."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from desktop.db.models import Establishment, TipOff
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.roles import Permission
from desktop.domain.text import fold, nfc
from desktop.domain.tip_offs import (
    HANDLING_DAYS, Stage, TipOffDraft, TipOffSummary, days_to_handle, median, stage, tip_off_problems,
)
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import delete_record, new_or_edited, saved
from desktop.services.register import Register, require_commune

SORT_KEYS = ("received_on", "channel", "subject_kind", "handled_on", "days_to_handle", "updated_at")


@dataclass(frozen=True)
class TipOffQuery:
    period: Period | None = None  # received inside it
    channel: str | None = None
    stage: str | None = None
    overdue_only: bool = False  # still open HANDLING_DAYS after receipt
    search: str = ""  # words of the description, with or without diacritics
    sort: str = "received_on"
    descending: bool = True


@dataclass(frozen=True)
class TipOffRow:
    id: str
    received_on: date
    channel: str
    subject_kind: str
    establishment_name: str | None
    stage: str
    verification_result: str | None
    handled_on: date | None
    outcome: str | None
    days_to_handle: int | None
    description: str  # local; shown only on this PC, to officers and administrators

    def open_days(self, today: date) -> int | None:
        return None if self.handled_on is not None else (today - self.received_on).days


@dataclass(frozen=True)
class TipOffRecord:
    id: str
    version: int
    updated_at: datetime
    draft: TipOffDraft
    establishment_name: str | None


@dataclass(frozen=True)
class EstablishmentChoice:
    id: str
    name: str
    address: str


_DRAFT_FIELDS = [f.name for f in fields(TipOffDraft)]


def _stage_filter(code: str) -> ColumnElement[bool]:
    t = TipOff
    match code:
        case Stage.HANDLED:
            return t.handled_on.is_not(None)
        case Stage.PASSED_ON:
            return and_(t.handled_on.is_(None), t.passed_on_on.is_not(None))
        case Stage.VERIFIED:
            return and_(t.handled_on.is_(None), t.passed_on_on.is_(None), t.verified_on.is_not(None))
    return and_(t.handled_on.is_(None), t.passed_on_on.is_(None), t.verified_on.is_(None))


class TipOffService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def _filtered[S: Select[*tuple[Any, ...]]](self, query: TipOffQuery, stmt: S) -> S:
        t = TipOff
        stmt = stmt.where(t.deleted_at.is_(None))
        if query.period is not None:
            stmt = stmt.where(t.received_on.between(query.period.start, query.period.end))
        if query.channel:
            stmt = stmt.where(t.channel == query.channel)
        if query.stage:
            stmt = stmt.where(_stage_filter(query.stage))
        for word in fold(query.search).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(t.search_text.like(f"%{escaped}%", escape="\\"))
        if query.overdue_only:
            limit = self._register.clock.today() - timedelta(days=HANDLING_DAYS)
            stmt = stmt.where(t.handled_on.is_(None), t.received_on < limit)
        return stmt

    def count(self, actor: Actor, query: TipOffQuery) -> int:
        require(actor, Permission.VIEW_TIP_OFFS)
        with self._register.uow() as uow:
            return int(uow.session.execute(self._filtered(query, select(func.count()).select_from(TipOff))).scalar_one())

    def page(self, actor: Actor, query: TipOffQuery, *, offset: int, limit: int) -> list[TipOffRow]:
        require(actor, Permission.VIEW_TIP_OFFS)
        t = TipOff
        column = getattr(t, query.sort if query.sort in SORT_KEYS else "received_on")
        order = [column.desc() if query.descending else column.asc(), t.id.desc() if query.descending else t.id.asc()]
        stmt = (self._filtered(query, select(t, Establishment.name).outerjoin(
            Establishment, Establishment.id == t.establishment_id)).order_by(*order).offset(offset).limit(limit))
        with self._register.uow() as uow:
            return [_row(row, name) for row, name in uow.session.execute(stmt)]

    def get(self, actor: Actor, record_id: str) -> TipOffRecord:
        require(actor, Permission.VIEW_TIP_OFFS)
        with self._register.uow() as uow:
            row = _live(uow.session, record_id)
            return _record(row, _establishment_name(uow.session, row.establishment_id))

    def establishment_choices(self, actor: Actor) -> list[EstablishmentChoice]:
        """The register's live establishments a tip-off may point at, by name."""
        require(actor, Permission.VIEW_TIP_OFFS)
        e = Establishment
        stmt = select(e.id, e.name, e.address).where(e.deleted_at.is_(None)).order_by(e.search_text, e.id)
        with self._register.uow() as uow:
            return [EstablishmentChoice(*r) for r in uow.session.execute(stmt)]

    def save(self, actor: Actor, draft: TipOffDraft, *, record_id: str | None = None,
             expected_version: int | None = None) -> Outcome[TipOffRecord]:
        """Create or update in one transaction; a stale version (edited meanwhile) is refused."""
        require(actor, Permission.VIEW_TIP_OFFS)
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft = replace(draft, description=nfc(draft.description), establishment_id=draft.establishment_id or None)
        fail_if(tip_off_problems(draft, today=self._register.clock.today()))
        now = self._register.clock.now()
        office = self._register.office
        with self._register.uow(write=True) as uow:
            name = None
            if draft.establishment_id is not None:
                name = _establishment_name(uow.session, draft.establishment_id)
                if name is None:
                    fail_if([Problem("tip_off.establishment_not_found", "establishment_id")])
            row = new_or_edited(uow.session, TipOff, record_id, live=_live, actor=actor, office=office, now=now,
                                expected_version=expected_version, stale="tip_off.stale")
            action = "tip_off.create" if record_id is None else "tip_off.update"
            for field in _DRAFT_FIELDS:
                setattr(row, field, getattr(draft, field))
            row.days_to_handle = days_to_handle(draft.received_on, draft.handled_on)
            row.search_text = fold(draft.description)
            # The audit names the record, never its description.
            saved(uow.session, row, actor=actor, now=now, action=action, entity="tip_off")
            uow.commit()
            return Outcome(_record(row, name), Changes.TIP_OFFS)

    def delete(self, actor: Actor, record_id: str) -> Outcome[None]:
        """A tombstone, so the deletion travels to the hub (DESIGN §4)."""
        require(actor, Permission.VIEW_TIP_OFFS)
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            delete_record(uow.session, _live(uow.session, record_id), actor=actor, now=now, action="tip_off.delete",
                          entity="tip_off")
            uow.commit()
        return Outcome(None, Changes.TIP_OFFS)

    def summary(self, actor: Actor, period: Period, *, within_days: int = HANDLING_DAYS) -> TipOffSummary:
        """T9 for the tip-offs received in the period: what became of them so far. Counts only."""
        require(actor, Permission.VIEW_COUNTS)
        t = TipOff
        received = and_(t.deleted_at.is_(None), t.received_on.between(period.start, period.end))
        stmt = select(func.count(), func.count(t.verified_on), func.count(t.passed_on_on), func.count(t.handled_on),
                      func.count(t.days_to_handle).filter(t.days_to_handle <= within_days)).where(received)
        with self._register.uow() as uow:
            n, verified, passed_on, handled, within = uow.session.execute(stmt).one()
            days = [d for d in uow.session.execute(select(t.days_to_handle).where(
                received, t.days_to_handle.is_not(None))).scalars() if d is not None]
        return TipOffSummary(n, verified, passed_on, handled, within, within_days, median(days))


def _live(session: Session, record_id: str) -> TipOff:
    row = session.get(TipOff, record_id)
    if row is None or row.deleted_at is not None:
        raise DomainError("tip_off.not_found")
    return row


def _establishment_name(session: Session, establishment_id: str | None) -> str | None:
    if establishment_id is None:
        return None
    return session.execute(select(Establishment.name).where(
        Establishment.id == establishment_id, Establishment.deleted_at.is_(None))).scalar_one_or_none()


def _draft(row: TipOff) -> TipOffDraft:
    return TipOffDraft(**{name: getattr(row, name) for name in _DRAFT_FIELDS})


def _record(row: TipOff, establishment_name: str | None) -> TipOffRecord:
    return TipOffRecord(row.id, row.version, row.updated_at, _draft(row), establishment_name)


def _row(row: TipOff, establishment_name: str | None) -> TipOffRow:
    draft = _draft(row)
    return TipOffRow(row.id, row.received_on, row.channel, row.subject_kind, establishment_name, stage(draft).value,
                     row.verification_result, row.handled_on, row.outcome, row.days_to_handle, row.description)
