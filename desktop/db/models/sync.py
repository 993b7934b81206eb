"""Sync bookkeeping: own keys, trusted office cards, bundles sent and received, conflicts, closures."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced, new_id, utcnow


class DeviceKey(Base):
    """A signing (minisign Ed25519) or encryption (age X25519) key of this device; rotated, never edited."""

    __tablename__ = "device_keys"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # "minisign" | "age"
    key_id: Mapped[str] = mapped_column(String(64))  # minisign key id (hex) or age recipient
    public: Mapped[str] = mapped_column(Text)
    secret: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class OfficeCard(Base):
    """Another office's public keys, trusted after its fingerprint was confirmed (DESIGN §5, enrolment).

    A hub holds one card per commune device; a commune holds its hub's card. A rotated card stays
    (bundles signed before the rotation may still be in transit) with `replaced_by` set; a revoked
    card is never trusted again, whatever a bundle claims about its date.
    """

    __tablename__ = "office_cards"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    role: Mapped[str] = mapped_column(String(8))  # commune | hub
    unit_code: Mapped[str] = mapped_column(String(5), index=True)
    admin_version: Mapped[str] = mapped_column(String(10))
    province_code: Mapped[str] = mapped_column(String(2))
    unit_name: Mapped[str] = mapped_column(String(120))
    device_id: Mapped[str] = mapped_column(String(36))
    key_id: Mapped[str] = mapped_column(String(16), unique=True)  # minisign key id, upper-case hex
    minisign_public: Mapped[str] = mapped_column(Text)
    age_recipient: Mapped[str] = mapped_column(String(80))
    fingerprint: Mapped[str] = mapped_column(String(40))
    card_created_at: Mapped[datetime]
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    enrolled_by: Mapped[str] = mapped_column(String(36), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_by: Mapped[str] = mapped_column(String(36), default="")
    replaced_by: Mapped[str | None] = mapped_column(String(36), default=None)
    replaced_at: Mapped[datetime | None] = mapped_column(default=None)

    @property
    def origin_unit(self) -> str:
        return f"{self.unit_code}@{self.admin_version}"


class ExportedBundle(Base):
    """A bundle this commune wrote: what was sent when, and whether the hub's receipt confirmed it."""

    __tablename__ = "bundles_exported"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the bundle id
    device_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(64))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    file_size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(36), default="")
    full_resend: Mapped[bool] = mapped_column(Boolean, default=False)
    part: Mapped[int] = mapped_column(Integer, default=1)
    parts: Mapped[int] = mapped_column(Integer, default=1)
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: table -> records
    periods_closed: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of period codes
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    receipt_id: Mapped[str | None] = mapped_column(String(36), default=None)

    __table_args__ = (UniqueConstraint("device_id", "sequence"),)


class ImportedBundle(Base):
    """A bundle this hub applied; (sender device, sequence) pairs reveal gaps, hashes the chain."""

    __tablename__ = "bundles_imported"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the bundle id
    sender_unit: Mapped[str] = mapped_column(String(24), index=True)
    sender_device: Mapped[str] = mapped_column(String(36))
    key_id: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    payload_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    previous_sha256: Mapped[str] = mapped_column(String(64), default="")
    schema_version: Mapped[str] = mapped_column(String(32), default="")
    periods: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of period codes covered
    created_at: Mapped[datetime]  # as the sender's envelope states it
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(36), default="")
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    changed_count: Mapped[int] = mapped_column(Integer, default=0)
    deleted_count: Mapped[int] = mapped_column(Integer, default=0)
    conflict_count: Mapped[int] = mapped_column(Integer, default=0)
    unchanged_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("sender_device", "sequence"),)


class SyncConflict(Base):
    """Two versions of one record that the merge cannot order; a person picks one."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    origin_unit: Mapped[str] = mapped_column(String(24), index=True)
    bundle_id: Mapped[str] = mapped_column(String(36))
    local_version: Mapped[int] = mapped_column(Integer)
    local_content: Mapped[str] = mapped_column(Text)  # JSON of the synced columns
    incoming_version: Mapped[int] = mapped_column(Integer)
    incoming_content: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)  # open | resolved
    resolution: Mapped[str] = mapped_column(String(12), default="")  # local | incoming
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_by: Mapped[str] = mapped_column(String(36), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)


class PeriodClosure(Synced, Base):
    """A commune's signed declaration that a reporting period is complete (a nil report allowed).

    Synced like any record, so the bundle's signature covers it; the hub counts expected,
    received and on-time reports from these rows, never from a box someone ticked.
    """

    __tablename__ = "period_closures"
    __table_args__ = (Index("ix_period_closures_unit_period", "origin_unit", "period_code"),)

    period_code: Mapped[str] = mapped_column(String(24))
    period_start: Mapped[date]
    period_end: Mapped[date]
    closed_at: Mapped[datetime]
    nil_report: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_by: Mapped[str] = mapped_column(String(120))  # the officer's display name
    key_id: Mapped[str] = mapped_column(String(16))  # the device key that signed the carrying bundle


class SyncState(Base):
    """This device's bundle chain: the last sequence written and the hash the next one links to."""

    __tablename__ = "sync_state"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_payload_sha256: Mapped[str] = mapped_column(String(64), default="")
    last_export_at: Mapped[datetime | None] = mapped_column(default=None)


class SentRecord(Base):
    """The version of each record last put in a bundle: the next bundle sends what differs.

    Versions and timestamps rather than a time watermark, because a clock set back (or two
    edits in the same second) must never make a change invisible to the next export.
    """

    __tablename__ = "sync_sent_records"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]


class ImportedReceipt(Base):
    """A hub receipt this commune imported (its id makes a second import a no-op)."""

    __tablename__ = "receipts_imported"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hub_unit: Mapped[str] = mapped_column(String(24))
    key_id: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    acknowledged: Mapped[int] = mapped_column(Integer, default=0)
