"""Read-side queries of the client register: filtered pages, aggregate counts, a client's timeline."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, distinct, exists, func, literal, select
from sqlalchemy.orm import Session

from desktop.db.models import Client, ClientContact, ClientStatusChange, Consent, PartnerOrganisation, Referral
from desktop.domain.age_bands import AGE_BANDS, band_by_code, birth_years_of
from desktop.domain.periods import Period
from desktop.domain.referrals import OPEN_STATUSES
from desktop.domain.uic import normalise_code
from desktop.services.clients.client_views import ClientRow

SelectT = TypeVar("SelectT", bound="Select[*tuple[Any, ...]]")
SORT_KEYS = ("uic", "birth_year", "first_contact_on", "last_contact_on", "status", "workplace_type")
_OPEN = tuple(s.value for s in OPEN_STATUSES)


@dataclass(frozen=True)
class ClientQuery:
    status: str | None = None
    service: str | None = None  # a ServiceCategory given as a contact or referred to
    overdue: bool = False  # has an open referral past its follow-up date
    age_band: str | None = None  # an AgeBand code, computed for this year
    workplace_type: str | None = None
    search: str = ""  # part of the code
    sort: str = "last_contact_on"
    descending: bool = True


def overdue_condition(today: date) -> ColumnElement[bool]:
    return and_(Referral.deleted_at.is_(None), Referral.status.in_(_OPEN), Referral.follow_up_on < today)


def _band_condition(code: str, year: int) -> ColumnElement[bool]:
    band = band_by_code(code)
    if band is None:
        return literal(False)
    earliest, latest = birth_years_of(band, year)
    condition = Client.birth_year <= latest
    return condition if earliest is None else and_(condition, Client.birth_year >= earliest)


def _filtered(stmt: SelectT, query: ClientQuery, *, today: date) -> SelectT:
    stmt = stmt.where(Client.deleted_at.is_(None))
    if query.status:
        stmt = stmt.where(Client.status == query.status)
    if query.workplace_type:
        stmt = stmt.where(Client.workplace_type == query.workplace_type)
    if query.age_band:
        stmt = stmt.where(_band_condition(query.age_band, today.year))
    if query.service:
        stmt = stmt.where(
            exists().where(ClientContact.client_id == Client.id, ClientContact.category == query.service)
            | exists().where(Referral.client_id == Client.id, Referral.category == query.service,
                             Referral.deleted_at.is_(None))
        )
    if query.overdue:
        stmt = stmt.where(exists().where(Referral.client_id == Client.id, overdue_condition(today)))
    code = normalise_code(query.search)
    if code:
        stmt = stmt.where(Client.uic.contains(code, autoescape=True))
    return stmt


def page(session: Session, query: ClientQuery, *, today: date, offset: int, limit: int) -> list[ClientRow]:
    key = query.sort if query.sort in SORT_KEYS else "last_contact_on"
    column = getattr(Client, key)
    order = [column.desc(), Client.id.desc()] if query.descending else [column.asc(), Client.id.asc()]
    stmt = _filtered(select(Client.id, Client.uic, Client.birth_year, Client.sex, Client.workplace_type,
                            Client.status, Client.first_contact_on, Client.last_contact_on, Client.nickname),
                     query, today=today)
    return [ClientRow(*r) for r in session.execute(stmt.order_by(*order).offset(offset).limit(limit))]


def count(session: Session, query: ClientQuery, *, today: date) -> int:
    return int(session.execute(_filtered(select(func.count()).select_from(Client), query, today=today)).scalar_one())


@dataclass(frozen=True)
class CategoryCount:
    category: str
    visits: int  # lượt người
    persons: int  # người


@dataclass(frozen=True)
class ClientCounts:
    """Aggregates a viewer may see: every figure says whether it is lượt or người."""

    period: Period
    clients_known: int  # người registered by the period's end
    new_clients: int  # người first met in the period
    active_clients: int  # người with status active now
    contacts: int  # lượt in the period
    persons_contacted: int  # người in the period
    by_category: tuple[CategoryCount, ...]
    persons_by_band: Mapping[str, int]  # người contacted in the period, band in the period's last year
    persons_by_sex: Mapping[str, int]
    referrals: int  # referred in the period
    referrals_by_status: Mapping[str, int] = field(default_factory=dict)
    overdue_referrals: int = 0  # open and past follow-up today


def _band_case(year: int) -> Any:
    whens = []
    for band in AGE_BANDS:
        earliest, latest = birth_years_of(band, year)
        cond = Client.birth_year <= latest
        whens.append((cond if earliest is None else and_(cond, Client.birth_year >= earliest), band.code))
    return case(*whens, else_="unknown")


def counts(session: Session, period: Period, *, today: date) -> ClientCounts:
    live = Client.deleted_at.is_(None)
    in_period = ClientContact.contacted_on.between(period.start, period.end)

    def scalar(stmt: Select[Any]) -> int:
        return int(session.execute(stmt).scalar_one() or 0)

    known = scalar(select(func.count()).where(live, Client.first_contact_on <= period.end))
    new = scalar(select(func.count()).where(live, Client.first_contact_on.between(period.start, period.end)))
    active = scalar(select(func.count()).where(live, Client.status == "active"))
    contacted = select(ClientContact.client_id, ClientContact.category).join(Client).where(live, in_period)
    visits = scalar(select(func.count()).select_from(contacted.subquery()))
    persons = scalar(select(func.count(distinct(ClientContact.client_id))).join(Client).where(live, in_period))
    by_category = tuple(
        CategoryCount(cat, v, p) for cat, v, p in session.execute(
            select(ClientContact.category, func.count(), func.count(distinct(ClientContact.client_id)))
            .join(Client).where(live, in_period).group_by(ClientContact.category).order_by(ClientContact.category))
    )
    people = (select(Client.id, Client.birth_year, Client.sex).where(
        live, exists().where(ClientContact.client_id == Client.id, in_period)).subquery())
    band = _band_case(period.end.year).label("band")
    by_band: dict[str, int] = dict(session.execute(select(band, func.count()).select_from(Client)
                                   .where(Client.id.in_(select(people.c.id))).group_by(band)).all())
    by_sex: dict[str, int] = dict(session.execute(select(people.c.sex, func.count()).group_by(people.c.sex)).all())
    referred = select(Referral.status, func.count()).join(Client).where(
        live, Referral.deleted_at.is_(None), Referral.referred_on.between(period.start, period.end)
    ).group_by(Referral.status)
    by_status: dict[str, int] = dict(session.execute(referred).all())
    overdue = scalar(select(func.count()).select_from(Referral).join(Client).where(live, overdue_condition(today)))
    return ClientCounts(period, known, new, active, visits, persons, by_category, by_band, by_sex,
                        sum(by_status.values()), by_status, overdue)


@dataclass(frozen=True)
class TimelineEvent:
    """One dated line of a client's page; `code` is what the GUI labels (a status, scope, category...)."""

    on: date
    kind: str  # status | consent_given | consent_withdrawn | contact | referral_<status> | outcome
    code: str
    ref_id: str
    detail: Mapping[str, str] = field(default_factory=dict)


# Same-day events read in the order they happen: registered, consented, served, referred, answered.
_RANK = {"status": 0, "consent_given": 1, "contact": 2, "referral_sent": 3, "referral_accepted": 4,
         "referral_closed": 5, "outcome": 6, "consent_withdrawn": 7}


def timeline(session: Session, client: Client) -> list[TimelineEvent]:
    events: list[tuple[date, int, datetime, TimelineEvent]] = []

    def add(on: date, kind: str, code: str, ref_id: str, created: datetime, rank_kind: str = "",
            **detail: str) -> None:
        events.append((on, _RANK[rank_kind or kind], created, TimelineEvent(on, kind, code, ref_id, detail)))

    for s in session.execute(select(ClientStatusChange).where(ClientStatusChange.client_id == client.id)).scalars():
        add(s.changed_on, "status", s.status, s.id, s.created_at, reason=s.reason)
    for c in session.execute(select(Consent).where(Consent.client_id == client.id)).scalars():
        add(c.given_on, "consent_given", c.scope, c.id, c.created_at)
        if c.withdrawn_on is not None:
            add(c.withdrawn_on, "consent_withdrawn", c.scope, c.id, c.updated_at)
    for k in session.execute(select(ClientContact).where(ClientContact.client_id == client.id)).scalars():
        add(k.contacted_on, "contact", k.category, k.id, k.created_at, topics=k.topics)
    referrals = session.execute(
        select(Referral, PartnerOrganisation.name).join(PartnerOrganisation)
        .where(Referral.client_id == client.id, Referral.deleted_at.is_(None)))
    for r, partner in referrals:
        info = {"referral_code": r.code, "partner": partner, "category": r.category}
        add(r.referred_on, "referral_sent", r.category, r.id, r.created_at, **info)
        if r.accepted_on is not None:
            add(r.accepted_on, "referral_accepted", r.category, r.id, r.created_at, **info)
        if r.closed_on is not None and r.status not in _OPEN:
            add(r.closed_on, f"referral_{r.status}", r.category, r.id, r.updated_at, "referral_closed", **info)
        if r.outcome and r.outcome_on is not None:
            add(r.outcome_on, "outcome", r.outcome, r.id, r.updated_at, **info)
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    return [e[3] for e in events]

