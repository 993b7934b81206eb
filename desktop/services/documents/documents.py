"""The document register (sổ đăng ký văn bản đi): the next number per type and year, used numbers refused,
and the narrative sections kept with a report's number."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.db.models import IssuedDocument
from desktop.domain.documents import document_problems
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.reports.issue import NARRATIVE_SECTIONS, REPORT_KIND, Narrative
from desktop.reports.pdf.document import DocumentNumber
from desktop.services.documents import letterhead as office_letterhead
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import delete_record, new_or_edited, saved
from desktop.services.register import Register



@dataclass(frozen=True)
class DocumentEntry:
    id: str
    kind: str
    symbol: str
    year: int
    number: int
    issued_on: date
    title: str
    period_code: str
    narrative: Narrative = field(default_factory=Narrative)

    @property
    def document_number(self) -> DocumentNumber:
        return DocumentNumber(self.number, self.kind, self.symbol)


def _entry(row: IssuedDocument) -> DocumentEntry:
    return DocumentEntry(row.id, row.kind, row.symbol, row.year, row.number, row.issued_on, row.title,
                         row.period_code, Narrative(**{key: getattr(row, key) for key, _ in NARRATIVE_SECTIONS}))


def _check(number: object, title: str, narrative: Narrative) -> int:
    # The same rules the hub applies to a synced document (sync/rules_registers.py): the first one broken.
    problems = document_problems(number, title, {key: getattr(narrative, key) for key, _ in NARRATIVE_SECTIONS})
    if problems:
        raise DomainError(problems[0].code, **problems[0].params)
    return number  # type: ignore[return-value]  # an int from 1: document_problems said so


class DocumentService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def _live(self, *, kind: str, symbol: str, year: int) -> Select[IssuedDocument]:
        office = self._register.office
        return select(IssuedDocument).where(
            IssuedDocument.origin_unit == office.origin_unit, IssuedDocument.kind == kind,
            IssuedDocument.symbol == symbol, IssuedDocument.year == year, IssuedDocument.deleted_at.is_(None))

    def _own(self, session: Session, entry_id: str) -> IssuedDocument:
        """A live entry of this office's register (another office's numbers are not ours to change)."""
        row = session.get(IssuedDocument, entry_id)
        if row is None or row.deleted_at is not None or row.origin_unit != self._register.office.origin_unit:
            raise DomainError("documents.not_found")
        return row

    def _next(self, session: Session, *, kind: str, symbol: str, year: int) -> int:
        live = self._live(kind=kind, symbol=symbol, year=year).subquery()
        highest = session.execute(select(func.max(live.c.number))).scalar_one()
        return (highest or 0) + 1

    def _symbol(self) -> str:
        return office_letterhead.stored(self._register).symbol

    def next_number(self, actor: Actor, *, year: int, kind: str = REPORT_KIND) -> int:
        """The number the next document of this type gets this year: one above the highest given."""
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return self._next(uow.session, kind=kind, symbol=self._symbol(), year=year)

    def entries(self, actor: Actor, *, year: int | None = None) -> list[DocumentEntry]:
        """This office's register, newest first."""
        require(actor, Permission.VIEW_COUNTS)
        office = self._register.office
        stmt = select(IssuedDocument).where(IssuedDocument.origin_unit == office.origin_unit,
                                            IssuedDocument.deleted_at.is_(None))
        if year is not None:
            stmt = stmt.where(IssuedDocument.year == year)
        with self._register.uow() as uow:
            rows = uow.session.execute(stmt.order_by(IssuedDocument.year.desc(), IssuedDocument.number.desc()))
            return [_entry(r) for r in rows.scalars()]

    def for_period(self, actor: Actor, period_code: str, *, kind: str = REPORT_KIND) -> DocumentEntry | None:
        """The latest report registered for a period: its number and narrative prefill the print dialog."""
        require(actor, Permission.VIEW_COUNTS)
        office = self._register.office
        with self._register.uow() as uow:
            row = uow.session.execute(
                select(IssuedDocument).where(
                    IssuedDocument.origin_unit == office.origin_unit, IssuedDocument.kind == kind,
                    IssuedDocument.period_code == period_code, IssuedDocument.deleted_at.is_(None))
                .order_by(IssuedDocument.updated_at.desc()).limit(1)
            ).scalar_one_or_none()
            return _entry(row) if row is not None else None

    def save(self, actor: Actor, *, number: int, issued_on: date, title: str, period_code: str = "",
             narrative: Narrative | None = None, kind: str = REPORT_KIND,
             entry_id: str | None = None) -> Outcome[DocumentEntry]:
        """Register a new document (entry_id None) or correct one; a number already given is refused
        with the next free one named, and nothing is saved."""
        require(actor, Permission.EDIT_RECORDS)
        narrative = narrative or Narrative()
        title = " ".join(title.split())
        number = _check(number, title, narrative)
        symbol, year = self._symbol(), issued_on.year
        now = self._register.clock.now()
        office = self._register.office
        with self._register.uow(write=True) as uow:
            session = uow.session
            taken = session.execute(
                self._live(kind=kind, symbol=symbol, year=year).where(IssuedDocument.number == number)
            ).scalar_one_or_none()
            if taken is not None and taken.id != entry_id:
                raise DomainError("documents.number_used", number=f"{number:02d}", kind=kind, symbol=symbol,
                                  year=year, title=taken.title, next=self._next(session, kind=kind, symbol=symbol,
                                                                                year=year))
            row = new_or_edited(session, IssuedDocument, entry_id, live=self._own, actor=actor, office=office, now=now)
            row.kind, row.symbol, row.year, row.number = kind, symbol, year, number
            row.issued_on, row.title, row.period_code = issued_on, title, period_code
            for key, _ in NARRATIVE_SECTIONS:
                setattr(row, key, getattr(narrative, key).strip())
            saved(session, row, actor=actor, now=now, action="document.register" if entry_id is None else "document.update",
                  entity="issued_document",
                  detail={"number": DocumentNumber(number, kind, symbol).line, "period": period_code})
            entry = _entry(row)
            uow.commit()
        return Outcome(entry, Changes.SETTINGS)

    def remove(self, actor: Actor, entry_id: str) -> Outcome[None]:
        """Take a wrongly registered number back out of the register (a tombstone that travels)."""
        require(actor, Permission.EDIT_RECORDS)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = self._own(uow.session, entry_id)
            delete_record(uow.session, row, actor=actor, now=now, action="document.remove", entity="issued_document",
                          detail={"number": DocumentNumber(row.number, row.kind, row.symbol).line})
            uow.commit()
        return Outcome(None, Changes.SETTINGS)
