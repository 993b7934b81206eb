"""The establishment register: paged filtered lists, the form's save and delete."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.db.models import Establishment, Inspection, Violation
from desktop.db.search_index import SCAN_FIRST, words_like, words_match
from desktop.domain import periods
from desktop.domain.establishments import EstablishmentDraft, EstablishmentStatus, establishment_problems, existed_from
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.roles import Permission
from desktop.domain.search_text import search_text_of
from desktop.domain.text import nfc
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import delete_record, new_or_edited, saved
from desktop.services.register import Register, require_commune

SORT_KEYS = ("name", "business_type", "status", "address", "representative", "last_inspected_on", "updated_at")
_TEXT_FIELDS = ("name", "address", "representative", "registration_number", "licence_number",
                "security_certificate_number")


@dataclass(frozen=True)
class EstablishmentQuery:
    business_type: str | None = None
    status: str | None = None
    active_only: bool = False  # operating or suspended: the ones the team still has to visit
    not_inspected_this_year: bool = False
    with_open_violations: bool = False
    search: str = ""  # name, address or representative, with or without diacritics
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class EstablishmentRow:
    id: str
    name: str
    business_type: str
    address: str
    representative: str
    status: str
    last_inspected_on: date | None
    open_violations: int  # violations found at the latest inspection
    reinspection_due_on: date | None  # set while the latest inspection's follow-up is pending


@dataclass(frozen=True)
class EstablishmentRecord:
    id: str
    version: int
    updated_at: datetime
    draft: EstablishmentDraft


_DRAFT_FIELDS = [f.name for f in fields(EstablishmentDraft)]


def live_inspections() -> ColumnElement[bool]:
    return and_(Inspection.establishment_id == Establishment.id, Inspection.deleted_at.is_(None))


def latest_inspection_id() -> Any:
    """Correlated: the id of the establishment's most recent inspection (later visits supersede earlier ones)."""
    return (select(Inspection.id).where(live_inspections())
            .order_by(Inspection.started_at.desc(), Inspection.id.desc()).limit(1)
            .correlate(Establishment).scalar_subquery())  # explicit: it sits two selects deep


def in_scope(period: periods.Period) -> ColumnElement[bool]:
    """Establishments that existed during the period: the denominator of T8 coverage."""
    began = func.coalesce(Establishment.opened_on, Establishment.registration_date)
    return and_(Establishment.deleted_at.is_(None), or_(began.is_(None), began <= period.end),
                or_(Establishment.closed_on.is_(None), Establishment.closed_on >= period.start))


def inspected_within(period: periods.Period) -> ColumnElement[bool]:
    return (select(Inspection.id).where(live_inspections(), Inspection.inspected_on.between(period.start, period.end))
            .exists())


def _columns() -> list[Any]:
    latest = latest_inspection_id()
    last_day = select(func.max(Inspection.inspected_on)).where(live_inspections()).scalar_subquery()
    open_count = (select(func.count(Violation.id))
                  .where(Violation.inspection_id == latest, Violation.deleted_at.is_(None)).scalar_subquery())
    due = select(Inspection.reinspection_due_on).where(Inspection.id == latest).scalar_subquery()
    e = Establishment
    return [e.id, e.name, e.business_type, e.address, e.representative, e.status,
            last_day.label("last_inspected_on"), open_count.label("open_violations"), due.label("reinspection_due_on")]


def normalised(draft: EstablishmentDraft) -> EstablishmentDraft:
    """The draft as stored: free texts composed (NFC)."""
    texts: dict[str, Any] = {name: nfc(getattr(draft, name)) for name in _TEXT_FIELDS}
    return replace(draft, **texts)


def fill_establishment(row: Establishment, draft: EstablishmentDraft) -> None:
    """Copy a normalised draft onto its row, with the folded search text (the form's save and the import)."""
    for name in _DRAFT_FIELDS:
        setattr(row, name, getattr(draft, name))
    row.search_text = search_text_of(row.__tablename__, row)  # the one definition (domain/search_text.py)


class EstablishmentService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def _filtered[S: Select[*tuple[Any, ...]]](self, query: EstablishmentQuery, stmt: S) -> S:
        e = Establishment
        stmt = stmt.where(e.deleted_at.is_(None))
        if query.business_type:
            stmt = stmt.where(e.business_type == query.business_type)
        if query.status:
            stmt = stmt.where(e.status == query.status)
        if query.active_only:
            stmt = stmt.where(e.status != EstablishmentStatus.CLOSED.value)
        if query.not_inspected_this_year:
            stmt = stmt.where(~inspected_within(periods.year(self._register.clock.today().year)))
        if query.with_open_violations:
            stmt = stmt.where(select(Violation.id).where(Violation.inspection_id == latest_inspection_id(),
                                                         Violation.deleted_at.is_(None)).exists())
        if query.search.strip():
            # Through the full-text index (desktop/db/search_index.py): a LIKE alone reads every row.
            stmt = stmt.where(words_match(e.__tablename__, e.search_text, query.search))
        return stmt

    def count(self, actor: Actor, query: EstablishmentQuery) -> int:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            stmt = self._filtered(query, select(func.count()).select_from(Establishment))
            return int(uow.session.execute(stmt).scalar_one())

    def page(self, actor: Actor, query: EstablishmentQuery, *, offset: int, limit: int) -> list[EstablishmentRow]:
        require(actor, Permission.VIEW_RECORDS)
        columns = _columns()
        key = query.sort if query.sort in SORT_KEYS else "name"
        if key == "last_inspected_on":
            column = columns[6]
        elif key == "name":
            column = Establishment.search_text  # folded name first: 'Đ' sorts with 'D' as readers expect
        else:
            column = getattr(Establishment, key)
        tiebreak = Establishment.id.desc() if query.descending else Establishment.id.asc()
        order = (column.desc() if query.descending else column.asc(), tiebreak)
        stmt = self._filtered(query, select(*columns)).order_by(*order).offset(offset).limit(limit)
        with self._register.uow() as uow:
            if offset == 0 and query.search.strip() and key != "last_inspected_on":
                # A search's first page among the first rows of the list's order (search_index.SCAN_FIRST);
                # the visit columns are then worked out for the page's rows only.
                e = Establishment
                near = (self._filtered(replace(query, search=""), select(e.id, e.search_text))
                        .order_by(*order).limit(SCAN_FIRST).subquery())
                found = select(near.c.id).where(words_like(near.c.search_text, query.search)).limit(limit)
                rows = [EstablishmentRow(*r) for r in uow.session.execute(
                    select(*columns).where(e.id.in_(found)).order_by(*order))]
                if len(rows) == limit:
                    return rows
            return [EstablishmentRow(*r) for r in uow.session.execute(stmt)]

    def get(self, actor: Actor, record_id: str) -> EstablishmentRecord:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            return _record(live_establishment(uow.session, record_id))

    def save(self, actor: Actor, draft: EstablishmentDraft, *, record_id: str | None = None,
             expected_version: int | None = None) -> Outcome[EstablishmentRecord]:
        """Create or update in one transaction; a stale version (edited meanwhile) is refused."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft = normalised(draft)
        fail_if(establishment_problems(draft, today=self._register.clock.today()))
        now = self._register.clock.now()
        office = self._register.office
        with self._register.uow(write=True) as uow:
            row = new_or_edited(uow.session, Establishment, record_id, live=live_establishment, actor=actor,
                                office=office, now=now, expected_version=expected_version, stale="establishment.stale")
            if record_id is not None:
                fail_if(_history_problems(uow.session, row.id, draft))  # rolled back with the edit if refused
            fill_establishment(row, draft)
            saved(uow.session, row, actor=actor, now=now, entity="establishment",
                  action="establishment.create" if record_id is None else "establishment.update")
            uow.commit()
            return Outcome(_record(row), Changes.ESTABLISHMENTS)

    def delete(self, actor: Actor, record_id: str) -> Outcome[None]:
        """A tombstone; refused once inspected, because the inspections would lose their subject."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = live_establishment(uow.session, record_id)
            inspections = uow.session.execute(select(func.count()).select_from(Inspection).where(
                Inspection.establishment_id == row.id, Inspection.deleted_at.is_(None))).scalar_one()
            if inspections:
                raise DomainError("establishment.has_inspections", count=inspections)
            delete_record(uow.session, row, actor=actor, now=now, action="establishment.delete", entity="establishment")
            uow.commit()
        return Outcome(None, Changes.ESTABLISHMENTS)


def _history_problems(session: Session, establishment_id: str, draft: EstablishmentDraft) -> list[Problem]:
    """Moving the opening date past an inspection already recorded would make that inspection impossible."""
    began = existed_from(draft)
    if began is None:
        return []
    first = session.execute(select(func.min(Inspection.inspected_on)).where(
        Inspection.establishment_id == establishment_id, Inspection.deleted_at.is_(None))).scalar_one()
    if first is not None and first < began:
        return [Problem("establishment.opened_after_inspection", "opened_on", {"day": first.strftime("%d/%m/%Y")})]
    return []


def live_establishment(session: Session, record_id: str) -> Establishment:
    row = session.get(Establishment, record_id)
    if row is None or row.deleted_at is not None:
        raise DomainError("establishment.not_found")
    return row


def _record(row: Establishment) -> EstablishmentRecord:
    return EstablishmentRecord(row.id, row.version, row.updated_at,
                               EstablishmentDraft(**{name: getattr(row, name) for name in _DRAFT_FIELDS}))


def draft_of(row: Establishment) -> EstablishmentDraft:
    return _record(row).draft

