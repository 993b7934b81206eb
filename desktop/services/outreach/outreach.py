"""Outreach sessions: paged lists, the form's save and delete, and the period summary strip."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.db.models import OutreachSession
from desktop.db.search_index import SCAN_FIRST, words_like, words_match
from desktop.domain.outreach import OutreachDraft, outreach_problems
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError, fail_if
from desktop.domain.roles import Permission
from desktop.domain.search_text import search_text_of
from desktop.domain.text import nfc
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import delete_record, new_or_edited, saved
from desktop.services.register import Register, require_commune

SORT_KEYS = ("held_on", "place", "form", "target_group", "participants_total", "organiser", "updated_at")


@dataclass(frozen=True)
class OutreachQuery:
    period: Period | None = None
    form: str | None = None
    target_group: str | None = None
    search: str = ""
    sort: str = "held_on"
    descending: bool = True


@dataclass(frozen=True)
class OutreachRow:
    id: str
    held_on: date
    place: str
    form: str
    target_group: str
    participants_total: int
    participants_male: int
    participants_female: int
    participants_other: int
    target_members: int
    organiser: str


@dataclass(frozen=True)
class OutreachRecord:
    id: str
    version: int
    updated_at: datetime
    draft: OutreachDraft


@dataclass(frozen=True)
class OutreachSummary:
    period: Period
    sessions: int
    participants: int
    male: int
    female: int
    other: int
    target_members: int
    forms_used: int

    @property
    def t1_met(self) -> bool:
        # T1: at least one regularly maintained form of communication in the period (DOMAIN §2).
        return self.sessions > 0


_ROW_COLUMNS = [getattr(OutreachSession, f.name) for f in fields(OutreachRow)]
_DRAFT_FIELDS = [f.name for f in fields(OutreachDraft)]


def _filtered[S: Select[*tuple[Any, ...]]](query: OutreachQuery, stmt: S) -> S:
    stmt = stmt.where(OutreachSession.deleted_at.is_(None))
    if query.period is not None:
        stmt = stmt.where(OutreachSession.held_on.between(query.period.start, query.period.end))
    if query.form:
        stmt = stmt.where(OutreachSession.form == query.form)
    if query.target_group:
        stmt = stmt.where(OutreachSession.target_group == query.target_group)
    if query.search.strip():
        # Through the full-text index (desktop/db/search_index.py): a LIKE alone reads every row.
        stmt = stmt.where(words_match(OutreachSession.__tablename__, OutreachSession.search_text, query.search))
    return stmt


def normalised(draft: OutreachDraft) -> OutreachDraft:
    """The draft as stored: free texts composed (NFC), topics a tuple."""
    return OutreachDraft(**{**asdict(draft), "place": nfc(draft.place), "organiser": nfc(draft.organiser),
                            "partners": nfc(draft.partners), "topics": tuple(draft.topics)})


def fill_session(row: OutreachSession, draft: OutreachDraft) -> None:
    """Copy a normalised draft onto its row, with the folded search text (the form's save and the import)."""
    for name in _DRAFT_FIELDS:
        setattr(row, name, getattr(draft, name))
    row.topics = " ".join(draft.topics)
    row.search_text = search_text_of(row.__tablename__, row)  # the one definition (domain/search_text.py)


def _record(row: OutreachSession) -> OutreachRecord:
    values = {name: getattr(row, name) for name in _DRAFT_FIELDS}
    values["topics"] = tuple(t for t in row.topics.split() if t)
    return OutreachRecord(row.id, row.version, row.updated_at, OutreachDraft(**values))


class OutreachService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def count(self, actor: Actor, query: OutreachQuery) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            return uow.session.execute(_filtered(query, select(func.count()).select_from(OutreachSession))).scalar_one()

    def page(self, actor: Actor, query: OutreachQuery, *, offset: int, limit: int) -> list[OutreachRow]:
        require(actor, Permission.VIEW_RECORDS)
        key = query.sort if query.sort in SORT_KEYS else "held_on"
        column = getattr(OutreachSession, key)
        order = [column.desc() if query.descending else column.asc(),
                 OutreachSession.id.desc() if query.descending else OutreachSession.id.asc()]
        stmt = _filtered(query, select(*_ROW_COLUMNS)).order_by(*order).offset(offset).limit(limit)
        with self._register.uow() as uow:
            if offset == 0 and query.search.strip():
                # A search's first page among the first rows of the list's order (search_index.SCAN_FIRST).
                near = (_filtered(replace(query, search=""), select(*_ROW_COLUMNS, OutreachSession.search_text))
                        .order_by(*order).limit(SCAN_FIRST).subquery())
                found = select(*(near.c[f.name] for f in fields(OutreachRow))).where(
                    words_like(near.c.search_text, query.search)).order_by(
                    *(near.c[c.key].desc() if query.descending else near.c[c.key].asc() for c in (column, OutreachSession.id))
                ).limit(limit)
                rows = [OutreachRow(*r) for r in uow.session.execute(found)]
                if len(rows) == limit:
                    return rows
            return [OutreachRow(*r) for r in uow.session.execute(stmt)]

    def get(self, actor: Actor, record_id: str) -> OutreachRecord:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            return _record(self._live(uow.session, record_id))

    def save(self, actor: Actor, draft: OutreachDraft, *, record_id: str | None = None,
             expected_version: int | None = None) -> Outcome[OutreachRecord]:
        """Create or update in one transaction; a stale version (edited meanwhile) is refused."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft = normalised(draft)
        fail_if(outreach_problems(draft, today=self._register.clock.today()))
        now = self._register.clock.now()
        office = self._register.office
        with self._register.uow(write=True) as uow:
            row = new_or_edited(uow.session, OutreachSession, record_id, live=self._live, actor=actor, office=office,
                                now=now, expected_version=expected_version, stale="outreach.stale")
            fill_session(row, draft)
            saved(uow.session, row, actor=actor, now=now, entity="outreach_session",
                  action="outreach.create" if record_id is None else "outreach.update")
            uow.commit()
            return Outcome(_record(row), Changes.OUTREACH)

    def delete(self, actor: Actor, record_id: str) -> Outcome[None]:
        """A tombstone, not a hard delete, so the deletion travels to the hub (DESIGN §4)."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            delete_record(uow.session, self._live(uow.session, record_id), actor=actor, now=now,
                          action="outreach.delete", entity="outreach_session")
            uow.commit()
        return Outcome(None, Changes.OUTREACH)

    def summary(self, actor: Actor, period: Period) -> OutreachSummary:
        require(actor, Permission.VIEW_COUNTS)
        s = OutreachSession
        stmt = _filtered(OutreachQuery(period=period), select(
            func.count(), func.coalesce(func.sum(s.participants_total), 0), func.coalesce(func.sum(s.participants_male), 0),
            func.coalesce(func.sum(s.participants_female), 0), func.coalesce(func.sum(s.participants_other), 0),
            func.coalesce(func.sum(s.target_members), 0), func.count(func.distinct(s.form)),
        ))
        with self._register.uow() as uow:
            n, total, male, female, other, target, forms = uow.session.execute(stmt).one()
        return OutreachSummary(period, n, total, male, female, other, target, forms)

    @staticmethod
    def _live(session: Session, record_id: str) -> OutreachSession:
        row = session.get(OutreachSession, record_id)
        if row is None or row.deleted_at is not None:
            raise DomainError("outreach.not_found")
        return row
