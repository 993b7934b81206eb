"""Plain values the client area hands to the GUI and CLI, and the lookups its services share."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.db.models import Client, ClientContact, Consent, PartnerOrganisation, Referral, Setting
from desktop.domain.clients import ConsentScope
from desktop.domain.problems import DomainError
from desktop.domain.referrals import OPEN_STATUSES, ReferralStatus
from desktop.domain.shipped import resources_dir
from desktop.domain.uic import UicRecipe, parse_recipe

RECIPES_DIR = resources_dir() / "uic"
RECIPE_SETTING = "clients.uic_recipe"  # the version new codes are built with; old codes keep theirs
DEFAULT_RECIPE = "v1"


@dataclass(frozen=True)
class ConsentView:
    id: str
    scope: str
    given_on: date
    withdrawn_on: date | None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class ClientView:
    id: str
    version: int
    uic: str
    uic_recipe: str
    birth_year: int
    sex: str
    commune: str
    workplace_type: str
    first_contact_on: date
    first_contact_channel: str
    status: str
    status_on: date
    last_contact_on: date
    nickname: str
    notes: str
    needs: str
    plan: str
    consents: tuple[ConsentView, ...]

    def has_consent(self, scope: ConsentScope) -> bool:
        return any(c.scope == scope.value and c.active for c in self.consents)


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list (local PC only: the nickname helps the worker recognise people)."""

    id: str
    uic: str
    birth_year: int
    sex: str
    workplace_type: str
    status: str
    first_contact_on: date
    last_contact_on: date
    nickname: str


@dataclass(frozen=True)
class ContactView:
    id: str
    client_id: str
    contacted_on: date
    category: str
    topics: tuple[str, ...]
    condoms: int
    lubricant: int
    leaflets: int
    worker_id: str
    notes: str


@dataclass(frozen=True)
class ReferralView:
    id: str
    version: int
    client_id: str
    client_uic: str
    code: str
    referred_on: date
    category: str
    partner_id: str
    partner_name: str
    status: str
    status_on: date
    accepted_on: date | None
    closed_on: date | None
    follow_up_on: date
    outcome: str
    outcome_on: date | None
    consent_overridden: bool
    consent_override_reason: str
    feedback: str

    def overdue(self, today: date) -> bool:
        return ReferralStatus(self.status) in OPEN_STATUSES and self.follow_up_on < today


def consent_views(session: Session, client_id: str) -> tuple[ConsentView, ...]:
    rows = session.execute(select(Consent).where(Consent.client_id == client_id)
                           .order_by(Consent.given_on, Consent.created_at)).scalars()
    return tuple(ConsentView(c.id, c.scope, c.given_on, c.withdrawn_on) for c in rows)


def client_view(session: Session, row: Client) -> ClientView:
    return ClientView(
        row.id, row.version, row.uic, row.uic_recipe, row.birth_year, row.sex, row.commune, row.workplace_type,
        row.first_contact_on, row.first_contact_channel, row.status, row.status_on, row.last_contact_on,
        row.nickname, row.notes, row.needs, row.plan, consent_views(session, row.id),
    )


def client_row(row: Client) -> ClientRow:
    return ClientRow(row.id, row.uic, row.birth_year, row.sex, row.workplace_type, row.status,
                     row.first_contact_on, row.last_contact_on, row.nickname)


def contact_view(row: ClientContact) -> ContactView:
    return ContactView(row.id, row.client_id, row.contacted_on, row.category, tuple(row.topics.split()),
                       row.condoms, row.lubricant, row.leaflets, row.worker_id, row.notes)


def referral_view(row: Referral, *, partner_name: str, client_uic: str) -> ReferralView:
    return ReferralView(
        row.id, row.version, row.client_id, client_uic, row.code, row.referred_on, row.category, row.partner_id,
        partner_name, row.status, row.status_on, row.accepted_on, row.closed_on, row.follow_up_on, row.outcome,
        row.outcome_on, row.consent_overridden, row.consent_override_reason, row.feedback,
    )


def referral_views(session: Session, condition: ColumnElement[bool] | None = None, *, client_id: str | None = None,
                   order_by_follow_up: bool = False, offset: int = 0, limit: int | None = None) -> list[ReferralView]:
    stmt = (select(Referral, PartnerOrganisation.name, Client.uic)
            .join(PartnerOrganisation, PartnerOrganisation.id == Referral.partner_id)
            .join(Client, Client.id == Referral.client_id)
            .where(Referral.deleted_at.is_(None)))
    if condition is not None:
        stmt = stmt.where(condition)
    if client_id is not None:
        stmt = stmt.where(Referral.client_id == client_id)
    order = (Referral.follow_up_on, Referral.code) if order_by_follow_up else (Referral.referred_on, Referral.code)
    stmt = stmt.order_by(*order).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [referral_view(r, partner_name=name, client_uic=uic) for r, name, uic in session.execute(stmt)]


def live_client(session: Session, client_id: str) -> Client:
    row = session.get(Client, client_id)
    if row is None or row.deleted_at is not None:
        raise DomainError("client.not_found")
    return row


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return None if row is None else row.value


def put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


@functools.cache
def load_recipe(version: str) -> UicRecipe:
    """A shipped or province-supplied recipe file resources/uic/recipe_<version>.json."""
    path = RECIPES_DIR / f"recipe_{version}.json"
    if not version.isalnum() or not path.is_file():
        raise DomainError("uic.recipe_unknown", version=version)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise DomainError("uic.recipe_invalid", version=version) from None
    recipe = parse_recipe(data)
    if recipe.version != version:
        raise DomainError("uic.recipe_invalid", version=version)
    return recipe


def active_recipe(session: Session) -> UicRecipe:
    return load_recipe(get_setting(session, RECIPE_SETTING) or DEFAULT_RECIPE)
