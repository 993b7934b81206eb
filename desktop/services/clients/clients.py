"""Client register use cases: register with a duplicate check, edit, status, consent, contacts, plan."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import Client, ClientContact, ClientStatusChange, Consent
from desktop.domain import admin_units
from desktop.domain.clients import (
    ClientDraft,
    ClientStatus,
    ContactDraft,
    MAX_TEXT,
    Unacknowledged,
    client_problems,
    client_warnings,
    consent_problems,
    contact_problems,
    date_problems,
    unacknowledged,
    withdrawal_problems,
)
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.referrals import ReferralOutcome
from desktop.domain.roles import Permission
from desktop.domain.text import nfc
from desktop.domain.uic import UicRecipe, build_uic, normalise_code, uic_problems
from desktop.services import audit
from desktop.services.clients import client_queries
from desktop.services.clients.client_queries import ClientCounts, ClientQuery, TimelineEvent
from desktop.services.records import edit_record, new_record, saved
from desktop.services.clients.client_views import (
    ClientRow,
    ClientView,
    ContactView,
    active_recipe,
    client_row,
    client_view,
    contact_view,
    live_client,
)
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register, require_commune


@dataclass(frozen=True)
class Registration:
    """Either the new client, or the existing clients with the same code and birth year (nothing saved)."""

    client: ClientView | None
    candidates: tuple[ClientRow, ...] = ()


def _clean(draft: ClientDraft) -> ClientDraft:
    return replace(draft, nickname=nfc(draft.nickname), notes=draft.notes.strip(), commune=draft.commune.strip())


def _commune_problems(commune: str) -> list[Problem]:
    code, _, version = commune.partition("@")
    if version != admin_units.ADMIN_VERSION or len(code) != 5:
        return [Problem("client.unknown_code", "commune")]
    try:
        admin_units.unit(code)
    except DomainError:
        return [Problem("client.unknown_code", "commune")]
    return []


def _facts(draft: ClientDraft, typed: Mapping[str, object]) -> dict[str, object]:
    # The record's own sex and birth year feed the recipe; the typed facts are used once and dropped.
    return {**typed, "sex": draft.sex, "birth_year": draft.birth_year}


class ClientService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # --- the form -------------------------------------------------------------------------

    def recipe(self, actor: Actor) -> UicRecipe:
        """The recipe new codes are built with: the form asks for its typed facts."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return active_recipe(uow.session)

    def preview_code(self, actor: Actor, draft: ClientDraft, facts: Mapping[str, object]) -> str:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return build_uic(active_recipe(uow.session), _facts(draft, facts))

    def duplicate_candidates(self, actor: Actor, uic: str, birth_year: int) -> list[ClientRow]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return self._candidates(uow.session, normalise_code(uic), birth_year)

    # --- changes --------------------------------------------------------------------------

    def register(self, actor: Actor, draft: ClientDraft, facts: Mapping[str, object], *,
                 acknowledged: Collection[str] = (), create_anyway: bool = False) -> Outcome[Registration]:
        """Build the code, check duplicates, save; the typed facts never reach the database.

        Warnings (a minor) must be in `acknowledged`; duplicates are returned unsaved unless
        `create_anyway` says the worker looked and these are different people.
        """
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        today, now = r.clock.today(), r.clock.now()
        draft = _clean(draft)
        if not draft.commune:
            draft = replace(draft, commune=r.office.origin_unit)
        with r.uow(write=True) as uow:
            recipe = active_recipe(uow.session)
            uic = self._checked_code(draft, facts, recipe, today=today, acknowledged=acknowledged)
            assert draft.birth_year is not None and draft.first_contact_on is not None
            candidates = self._candidates(uow.session, uic, draft.birth_year)
            if candidates and not create_anyway:
                return Outcome(Registration(None, tuple(candidates)), Changes.NONE)
            row = new_record(uow.session, Client, actor=actor, office=r.office, now=now, uic=uic,
                             uic_recipe=recipe.version, status=ClientStatus.ACTIVE.value,
                             status_on=draft.first_contact_on, last_contact_on=draft.first_contact_on)
            self._apply(row, draft)
            saved(uow.session, row, actor=actor, now=now, action="client.create", entity="client",
                  detail={"recipe": recipe.version, "duplicates_seen": len(candidates),
                          "warnings": sorted(w.code for w in client_warnings(draft, today=today))})
            self._add_status(uow.session, actor, row, ClientStatus.ACTIVE, draft.first_contact_on, "")
            uow.commit()
            return Outcome(Registration(client_view(uow.session, row), tuple(candidates)), Changes.CLIENTS)

    def edit(self, actor: Actor, client_id: str, draft: ClientDraft, *, facts: Mapping[str, object] | None = None,
             expected_version: int | None = None, acknowledged: Collection[str] = ()) -> Outcome[ClientView]:
        """Correct the coded fields; with `facts` the code is rebuilt with the current recipe."""
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        today, now = r.clock.today(), r.clock.now()
        draft = _clean(draft)
        with r.uow(write=True) as uow:
            row = live_client(uow.session, client_id)
            if not draft.commune:
                draft = replace(draft, commune=row.commune)
            edit_record(row, actor=actor, now=now, expected_version=expected_version, stale="client.stale")
            if facts is not None:
                recipe = active_recipe(uow.session)
                row.uic = self._checked_code(draft, facts, recipe, today=today, acknowledged=acknowledged)
                row.uic_recipe = recipe.version
            else:
                self._check(draft, today=today, acknowledged=acknowledged)
            self._apply(row, draft)
            row.last_contact_on = max(row.last_contact_on, row.first_contact_on)
            saved(uow.session, row, actor=actor, now=now, action="client.update", entity="client",
                  detail={"code_rebuilt": facts is not None})
            uow.commit()
            return Outcome(client_view(uow.session, row), Changes.CLIENTS)

    def set_status(self, actor: Actor, client_id: str, status: ClientStatus, *, on: date | None,
                   reason: str = "") -> Outcome[ClientView]:
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        now = r.clock.now()
        with r.uow(write=True) as uow:
            row = live_client(uow.session, client_id)
            problems = date_problems(on, "status_on", today=r.clock.today())
            if on is not None and on < row.first_contact_on:
                problems.append(Problem("contact.before_first_contact", "status_on",
                                        {"first": row.first_contact_on.strftime("%d/%m/%Y")}))
            if reason and reason not in {o.value for o in ReferralOutcome}:
                problems.append(Problem("client.unknown_code", "reason"))
            fail_if(problems)
            assert on is not None
            row.status, row.status_on = status.value, on
            edit_record(row, actor=actor, now=now)
            self._add_status(uow.session, actor, row, status, on, reason)
            saved(uow.session, row, actor=actor, now=now, action="client.status", entity="client",
                  detail={"status": status.value, "reason": reason})
            uow.commit()
            return Outcome(client_view(uow.session, row), Changes.CLIENTS)

    def save_plan(self, actor: Actor, client_id: str, *, needs: str, plan: str) -> Outcome[ClientView]:
        """Needs assessment and support plan: free text, so local-only and never synced."""
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        fail_if([Problem("text.too_long", name, {"max": MAX_TEXT})
                 for name, text in (("needs", needs), ("plan", plan)) if len(text) > MAX_TEXT])
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = live_client(uow.session, client_id)
            row.needs, row.plan, row.plan_updated_at = needs.strip(), plan.strip(), now
            audit.record(uow.session, actor, "client.plan", at=now, entity="client", entity_id=row.id)
            uow.commit()
            return Outcome(client_view(uow.session, row), Changes.CLIENTS)

    def give_consent(self, actor: Actor, client_id: str, scopes: Collection[str], *,
                     given_on: date | None) -> Outcome[ClientView]:
        """Record consent per scope; a scope already given and not withdrawn is left as it is."""
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        now = r.clock.now()
        fail_if(consent_problems(scopes, on=given_on, today=r.clock.today()))
        assert given_on is not None
        with r.uow(write=True) as uow:
            row = live_client(uow.session, client_id)
            active = {c.scope for c in client_view(uow.session, row).consents if c.active}
            added = sorted(set(scopes) - active)
            for scope in added:
                new_record(uow.session, Consent, actor=actor, office=r.office, now=now, client_id=row.id, scope=scope,
                           given_on=given_on)
            uow.session.flush()
            audit.record(uow.session, actor, "consent.give", at=now, entity="client", entity_id=row.id,
                         detail={"scopes": added, "given_on": given_on.isoformat()})
            uow.commit()
            return Outcome(client_view(uow.session, row), Changes.CLIENTS)

    def withdraw_consent(self, actor: Actor, client_id: str, scope: str, *,
                         withdrawn_on: date | None) -> Outcome[ClientView]:
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        now = r.clock.now()
        with r.uow(write=True) as uow:
            row = live_client(uow.session, client_id)
            consent = uow.session.execute(select(Consent).where(
                Consent.client_id == row.id, Consent.scope == scope, Consent.withdrawn_on.is_(None))).scalars().first()
            if consent is None:
                raise DomainError("consent.not_given")
            fail_if(withdrawal_problems(given_on=consent.given_on, on=withdrawn_on, today=r.clock.today()))
            consent.withdrawn_on = withdrawn_on
            edit_record(consent, actor=actor, now=now)
            saved(uow.session, consent, actor=actor, now=now, action="consent.withdraw", entity="client",
                  entity_id=row.id, detail={"scope": scope})
            uow.commit()
            return Outcome(client_view(uow.session, row), Changes.CLIENTS)

    def log_contact(self, actor: Actor, client_id: str, draft: ContactDraft) -> Outcome[ContactView]:
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        now = r.clock.now()
        with r.uow(write=True) as uow:
            client = live_client(uow.session, client_id)
            fail_if(contact_problems(draft, today=r.clock.today(), first_contact_on=client.first_contact_on))
            assert draft.contacted_on is not None
            row = new_record(uow.session, ClientContact, actor=actor, office=r.office, now=now, client_id=client.id,
                             contacted_on=draft.contacted_on, category=draft.category,
                             topics=" ".join(draft.topics), condoms=draft.condoms, lubricant=draft.lubricant,
                             leaflets=draft.leaflets, worker_id=actor.account_id, notes=draft.notes.strip())
            if draft.contacted_on > client.last_contact_on:
                client.last_contact_on = draft.contacted_on
                edit_record(client, actor=actor, now=now)
            saved(uow.session, row, actor=actor, now=now, action="contact.create", entity="client_contact",
                  detail={"client": client.id, "category": draft.category})
            uow.commit()
            return Outcome(contact_view(row), Changes.CLIENTS)

    # --- reading ----------------------------------------------------------------------------

    def get(self, actor: Actor, client_id: str) -> ClientView:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return client_view(uow.session, live_client(uow.session, client_id))

    def page(self, actor: Actor, query: ClientQuery, *, offset: int, limit: int) -> list[ClientRow]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return client_queries.page(uow.session, query, today=self._register.clock.today(),
                                       offset=offset, limit=limit)

    def count(self, actor: Actor, query: ClientQuery) -> int:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return client_queries.count(uow.session, query, today=self._register.clock.today())

    def counts(self, actor: Actor, period: Period) -> ClientCounts:
        """Aggregates only: what a viewer may see instead of rows."""
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return client_queries.counts(uow.session, period, today=self._register.clock.today())

    def contacts(self, actor: Actor, client_id: str) -> list[ContactView]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            live_client(uow.session, client_id)
            rows = uow.session.execute(select(ClientContact).where(ClientContact.client_id == client_id)
                                       .order_by(ClientContact.contacted_on, ClientContact.created_at)).scalars()
            return [contact_view(c) for c in rows]

    def timeline(self, actor: Actor, client_id: str) -> list[TimelineEvent]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return client_queries.timeline(uow.session, live_client(uow.session, client_id))

    # --- helpers ----------------------------------------------------------------------------

    def _check(self, draft: ClientDraft, *, today: date, acknowledged: Collection[str],
               extra: list[Problem] | None = None) -> None:
        problems = client_problems(draft, today=today) + _commune_problems(draft.commune) + (extra or [])
        fail_if(problems)
        pending = unacknowledged(client_warnings(draft, today=today), acknowledged)
        if pending:
            raise Unacknowledged(pending)

    def _checked_code(self, draft: ClientDraft, facts: Mapping[str, object], recipe: UicRecipe, *,
                      today: date, acknowledged: Collection[str]) -> str:
        all_facts = _facts(draft, facts)
        # Sex and birth year are reported on their own fields; only the typed facts are added here.
        typed = [p for p in uic_problems(recipe, all_facts) if p.field in recipe.typed_facts]
        self._check(draft, today=today, acknowledged=acknowledged, extra=typed)
        return build_uic(recipe, all_facts)

    @staticmethod
    def _apply(row: Client, draft: ClientDraft) -> None:
        assert draft.birth_year is not None and draft.first_contact_on is not None
        row.birth_year, row.sex, row.commune = draft.birth_year, draft.sex, draft.commune
        row.workplace_type, row.first_contact_on = draft.workplace_type, draft.first_contact_on
        row.first_contact_channel, row.nickname, row.notes = draft.first_contact_channel, draft.nickname, draft.notes

    def _add_status(self, session: Session, actor: Actor, row: Client, status: ClientStatus, on: date,
                    reason: str) -> None:
        new_record(session, ClientStatusChange, actor=actor, office=self._register.office,
                   now=self._register.clock.now(), client_id=row.id, changed_on=on, status=status.value, reason=reason)

    @staticmethod
    def _candidates(session: Session, uic: str, birth_year: int) -> list[ClientRow]:
        rows = session.execute(select(Client).where(Client.uic == uic, Client.birth_year == birth_year,
                                                    Client.deleted_at.is_(None))
                               .order_by(Client.first_contact_on)).scalars()
        return [client_row(c) for c in rows]
