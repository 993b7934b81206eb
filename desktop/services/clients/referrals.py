"""Referrals: consent-checked creation, the status lifecycle, follow-ups, and the printed slip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import Client, Consent, PartnerOrganisation, Referral
from desktop.domain.clients import MAX_TEXT, ConsentScope
from desktop.domain.i18n import translate
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.referrals import (
    ReferralDraft,
    ReferralStatus,
    StatusChange,
    follow_up_problems,
    new_referral_code,
    normalise_referral_code,
    referral_problems,
    status_problems,
)
from desktop.domain.clients import SERVICE_LABELS, ServiceCategory
from desktop.domain.roles import Permission
from desktop.reports.pdf.referral_slip import ReferralSlip, write_referral_slip
from desktop.services import audit
from desktop.services.clients.client_queries import overdue_condition
from desktop.services.clients.client_views import ReferralView, live_client, referral_views
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.outreach.printing import letterhead
from desktop.services.records import edit_record, new_record, saved
from desktop.services.register import Register, require_commune


def has_referral_consent(session: Session, client_id: str, on: date) -> bool:
    """Referral consent given on or before `on` and not withdrawn since (DOMAIN §7.3)."""
    return session.execute(select(func.count()).select_from(Consent).where(
        Consent.client_id == client_id, Consent.scope == ConsentScope.REFERRAL.value, Consent.given_on <= on,
        Consent.withdrawn_on.is_(None) | (Consent.withdrawn_on > on),
    )).scalar_one() > 0


class ReferralService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def refer(self, actor: Actor, client_id: str, draft: ReferralDraft) -> Outcome[ReferralView]:
        """Blocked without referral consent, unless the worker overrides it with a reason (audited)."""
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        now, today = r.clock.now(), r.clock.today()
        draft = replace(draft, consent_override_reason=draft.consent_override_reason.strip())
        fail_if(referral_problems(draft, today=today))
        assert draft.referred_on is not None and draft.follow_up_on is not None
        with r.uow(write=True) as uow:
            client = live_client(uow.session, client_id)
            if draft.referred_on < client.first_contact_on:
                fail_if([Problem("contact.before_first_contact", "referred_on",
                                 {"first": client.first_contact_on.strftime("%d/%m/%Y")})])
            partner = uow.session.get(PartnerOrganisation, draft.partner_id)
            if partner is None or partner.deleted_at is not None:
                raise DomainError("partner.not_found")
            if not partner.active:
                raise DomainError("referral.partner_inactive", partner=partner.name)
            overridden = not has_referral_consent(uow.session, client.id, draft.referred_on)
            if overridden and not draft.consent_override_reason:
                raise DomainError("referral.no_consent")
            row = new_record(uow.session, Referral, actor=actor, office=r.office, now=now, client_id=client.id,
                             code=self._unused_code(uow.session), referred_on=draft.referred_on,
                             category=draft.category, partner_id=partner.id, status=ReferralStatus.SENT.value,
                             status_on=draft.referred_on, follow_up_on=draft.follow_up_on,
                             consent_overridden=overridden,
                             consent_override_reason=draft.consent_override_reason if overridden else "")
            if draft.referred_on > client.last_contact_on:
                client.last_contact_on = draft.referred_on
                edit_record(client, actor=actor, now=now)
            # The reason itself stays on the referral (local, erased with the client); the log says
            # who overrode, when, and that a reason was given.
            saved(uow.session, row, actor=actor, now=now, action="referral.create", entity="referral",
                  detail={"client": client.id, "category": draft.category, "partner": partner.id,
                          "consent_override": overridden})
            if overridden:
                audit.record(uow.session, actor, "referral.consent_override", at=now, entity="referral",
                             entity_id=row.id, detail={"client": client.id,
                                                       "reason_chars": len(draft.consent_override_reason)})
            uow.commit()
            return Outcome(self._view(uow.session, row.id), Changes.REFERRALS | Changes.CLIENTS)

    def change_status(self, actor: Actor, referral_id: str, change: StatusChange) -> Outcome[ReferralView]:
        """Move along sent -> accepted -> completed / refused / lost, with the outcome and feedback."""
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        r = self._register
        now = r.clock.now()
        with r.uow(write=True) as uow:
            row = self._live(uow.session, referral_id)
            current = ReferralStatus(row.status)
            fail_if(status_problems(change, current=current, referred_on=row.referred_on,
                                    last_status_on=row.status_on, today=r.clock.today()))
            assert change.on is not None
            new = ReferralStatus(change.status)
            row.status, row.status_on = new.value, change.on
            if new is ReferralStatus.ACCEPTED:
                row.accepted_on = change.on
            else:
                row.closed_on = change.on
            if change.outcome:
                row.outcome, row.outcome_on = change.outcome, change.outcome_on or change.on
            if change.feedback.strip():
                row.feedback = change.feedback.strip()
            edit_record(row, actor=actor, now=now)
            saved(uow.session, row, actor=actor, now=now, action="referral.status", entity="referral",
                  detail={"from": current.value, "to": new.value, "outcome": change.outcome})
            uow.commit()
            return Outcome(self._view(uow.session, row.id), Changes.REFERRALS)

    def set_follow_up(self, actor: Actor, referral_id: str, follow_up_on: date | None) -> Outcome[ReferralView]:
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = self._live(uow.session, referral_id)
            fail_if(follow_up_problems(follow_up_on, referred_on=row.referred_on))
            assert follow_up_on is not None
            row.follow_up_on = follow_up_on
            edit_record(row, actor=actor, now=now)
            saved(uow.session, row, actor=actor, now=now, action="referral.follow_up", entity="referral",
                  detail={"follow_up_on": follow_up_on.isoformat()})
            uow.commit()
            return Outcome(self._view(uow.session, row.id), Changes.REFERRALS)

    def record_feedback(self, actor: Actor, referral_id: str, feedback: str) -> Outcome[ReferralView]:
        """The partner's answer, typed from the paper slip; free text, so it stays on this PC."""
        require(actor, Permission.EDIT_CLIENTS)
        require_commune(self._register)
        fail_if([Problem("text.too_long", "feedback", {"max": MAX_TEXT})] if len(feedback) > MAX_TEXT else [])
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = self._live(uow.session, referral_id)
            row.feedback = feedback.strip()
            audit.record(uow.session, actor, "referral.feedback", at=now, entity="referral", entity_id=row.id)
            uow.commit()
            return Outcome(self._view(uow.session, row.id), Changes.REFERRALS)

    def get(self, actor: Actor, referral_id: str) -> ReferralView:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return self._view(uow.session, self._live(uow.session, referral_id).id)

    def find_by_code(self, actor: Actor, code: str) -> ReferralView:
        """Match a returned paper slip: typed codes forgive case, dashes and O/0, I/L/1 mix-ups."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            found = referral_views(uow.session, Referral.code == normalise_referral_code(code))
            if not found:
                raise DomainError("referral.not_found")
            return found[0]

    def for_client(self, actor: Actor, client_id: str) -> list[ReferralView]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            live_client(uow.session, client_id)
            return referral_views(uow.session, client_id=client_id)

    def overdue(self, actor: Actor, *, offset: int = 0, limit: int = 200) -> list[ReferralView]:
        """Open referrals whose follow-up date has passed, the longest overdue first."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._register.uow() as uow:
            return referral_views(uow.session, overdue_condition(self._register.clock.today()),
                                  order_by_follow_up=True, offset=offset, limit=limit)

    def count_overdue(self, actor: Actor) -> int:
        require(actor, Permission.VIEW_COUNTS)
        with self._register.uow() as uow:
            return uow.session.execute(select(func.count()).select_from(Referral).join(Client).where(
                Client.deleted_at.is_(None), overdue_condition(self._register.clock.today()))).scalar_one()

    def print_slip(self, actor: Actor, referral_id: str, path: Path, *, language: str = "vi") -> Outcome[Path]:
        """The slip the client carries to the partner: code and QR, no nickname, no notes."""
        require(actor, Permission.PRINT)
        require(actor, Permission.VIEW_CLIENTS)
        r = self._register
        with r.uow(write=True) as uow:
            view = self._view(uow.session, self._live(uow.session, referral_id).id)
            partner = uow.session.get(PartnerOrganisation, view.partner_id)
            assert partner is not None
            slip = ReferralSlip(
                letterhead=letterhead(r), code=view.code, referred_on=view.referred_on,
                follow_up_on=view.follow_up_on,
                service_label=translate("Codes", SERVICE_LABELS[ServiceCategory(view.category)], language),
                partner_name=partner.name, partner_address=partner.address, partner_phone=partner.phone,
            )
            write_referral_slip(path, slip)
            audit.record(uow.session, actor, "print", at=r.clock.now(), entity="referral", entity_id=view.id,
                         detail={"document": "referral_slip"})
            uow.commit()
        return Outcome(path, Changes.NONE)

    @staticmethod
    def _live(session: Session, referral_id: str) -> Referral:
        row = session.get(Referral, referral_id)
        if row is None or row.deleted_at is not None:
            raise DomainError("referral.not_found")
        return row

    @staticmethod
    def _view(session: Session, referral_id: str) -> ReferralView:
        return referral_views(session, Referral.id == referral_id)[0]

    @staticmethod
    def _unused_code(session: Session) -> str:
        # 40 random bits make a clash very unlikely; checking costs one indexed lookup.
        while True:
            code = new_referral_code()
            if session.execute(select(Referral.id).where(Referral.code == code)).first() is None:
                return code
