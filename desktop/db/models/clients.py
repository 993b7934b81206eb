"""Clients of the support register, their consents, contacts, referrals, partners and erasure markers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced, local_only


def _client_fk() -> ForeignKey:
    # ON DELETE CASCADE lets an erasure marker remove a client's children at the hub as well.
    return ForeignKey("clients.id", ondelete="CASCADE")


class Client(Synced, Base):
    """A pseudonymous client: a code built from facts that are never stored, and coded fields only.

    The primary key is a random UUID because codes collide (DOMAIN §4); the nickname and the
    free-text notes, needs and plan are local-only and never leave this PC (DOMAIN §7).
    """

    __tablename__ = "clients"
    __table_args__ = (
        Index("ix_clients_list", "deleted_at", "status", "last_contact_on"),
        Index("ix_clients_code", "uic", "birth_year"),
    )

    uic: Mapped[str] = mapped_column(String(32))
    uic_recipe: Mapped[str] = mapped_column(String(16))
    birth_year: Mapped[int] = mapped_column(index=True)
    sex: Mapped[str] = mapped_column(String(8))
    commune: Mapped[str] = mapped_column(String(24))  # tagged unit code, '08500@2025-07'
    workplace_type: Mapped[str] = mapped_column(String(24), index=True)
    first_contact_on: Mapped[date]
    first_contact_channel: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16))
    status_on: Mapped[date]
    # The start of the retention period: the latest contact, or the first one.
    last_contact_on: Mapped[date] = mapped_column(index=True)
    nickname: Mapped[str] = local_only(String(60), default="")
    notes: Mapped[str] = local_only(Text, default="")
    needs: Mapped[str] = local_only(Text, default="")
    plan: Mapped[str] = local_only(Text, default="")
    plan_updated_at: Mapped[datetime | None] = local_only(default=None)


class ClientStatusChange(Synced, Base):
    __tablename__ = "client_status_changes"

    client_id: Mapped[str] = mapped_column(_client_fk(), index=True)
    changed_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(24), default="")  # a referral outcome code, e.g. moved_away


class Consent(Synced, Base):
    """One giving of consent for one scope; a withdrawal closes it and a new giving opens a new row."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_client_scope", "client_id", "scope"),)

    client_id: Mapped[str] = mapped_column(_client_fk())
    scope: Mapped[str] = mapped_column(String(16))
    given_on: Mapped[date]
    withdrawn_on: Mapped[date | None] = mapped_column(default=None)


class ClientContact(Synced, Base):
    """A contact or service given: one lượt."""

    __tablename__ = "client_contacts"
    __table_args__ = (Index("ix_client_contacts_client_day", "client_id", "contacted_on"),)

    client_id: Mapped[str] = mapped_column(_client_fk())
    contacted_on: Mapped[date] = mapped_column(index=True)
    category: Mapped[str] = mapped_column(String(24), index=True)
    topics: Mapped[str] = mapped_column(String(300), default="")  # space-separated ContactTopic codes
    condoms: Mapped[int] = mapped_column(default=0)
    lubricant: Mapped[int] = mapped_column(default=0)
    leaflets: Mapped[int] = mapped_column(default=0)
    worker_id: Mapped[str] = mapped_column(String(36), default="")
    notes: Mapped[str] = local_only(Text, default="")


class PartnerOrganisation(Synced, Base):
    """A receiving organisation of the commune's catalogue: an organisation's contacts, never a person's."""

    __tablename__ = "partner_organisations"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(24), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    categories: Mapped[str] = mapped_column(String(300), default="")  # space-separated ServiceCategory codes
    active: Mapped[bool] = mapped_column(default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")


class Referral(Synced, Base):
    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_follow_up", "deleted_at", "status", "follow_up_on"),
        Index("ix_referrals_client_day", "client_id", "referred_on"),
    )

    client_id: Mapped[str] = mapped_column(_client_fk())
    code: Mapped[str] = mapped_column(String(12), unique=True)  # printed on the slip: 'GT-7K2M9QXD'
    referred_on: Mapped[date]
    category: Mapped[str] = mapped_column(String(24), index=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner_organisations.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(24))
    status_on: Mapped[date]
    accepted_on: Mapped[date | None] = mapped_column(default=None)
    closed_on: Mapped[date | None] = mapped_column(default=None)  # completed, refused or lost
    follow_up_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(24), default="")
    outcome_on: Mapped[date | None] = mapped_column(default=None)
    # The hub may know that consent was overridden, never why: the reason is free text.
    consent_overridden: Mapped[bool] = mapped_column(default=False)
    consent_override_reason: Mapped[str] = local_only(Text, default="")
    feedback: Mapped[str] = local_only(Text, default="")


class Erasure(Synced, Base):
    """The marker an erasure leaves: which record was erased and when, and nothing about the person.

    Design: rather than a tombstone row with every personal column nulled (which would keep the
    client's table shape, and its code and birth year, around forever), the client row and all its
    children are hard-deleted and this separate marker travels in bundles like any synced record.
    The sync layer needs no client-specific knowledge: on import, for each marker it hard-deletes
    the row `entity_id` of table `entity` (children go with it through ON DELETE CASCADE), and it
    skips any later-arriving upsert whose id - or whose client_id - has a marker, so an older
    bundle cannot bring an erased person back.
    """

    __tablename__ = "erasures"
    __table_args__ = (UniqueConstraint("entity", "entity_id"),)

    entity: Mapped[str] = mapped_column(String(32))  # table name, e.g. "clients"
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    erased_on: Mapped[date]
    reason: Mapped[str] = mapped_column(String(16))  # request | retention
