"""Bundles a hub could not read because a newer release wrote them, and what the commune was told about it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, utcnow


class RefusedBundle(Base):
    """Hub-local: a commune's signed bundle in a format newer than this release reads.

    Kept so every later receipt to that commune still says why the bundle is not in, until the
    same bundle imports after the hub is updated (then it is in bundles_imported and no longer listed).
    """

    __tablename__ = "bundles_refused"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the bundle id
    sender_unit: Mapped[str] = mapped_column(String(24), index=True)
    sender_device: Mapped[str] = mapped_column(String(36))
    key_id: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_format: Mapped[int] = mapped_column(Integer)  # the format the bundle says it is
    reason: Mapped[str] = mapped_column(String(32), default="format_newer")
    refused_at: Mapped[datetime] = mapped_column(default=utcnow)
    refused_by: Mapped[str] = mapped_column(String(36), default="")


class HubRefusal(Base):
    """Commune-local: one of our bundles the hub said it cannot read yet (from its signed receipt).

    The newest receipt's list replaces the older one; the bundle itself stays unacknowledged in
    bundles_exported and its file in the outbox, so nothing is lost while the hub is updated.
    """

    __tablename__ = "hub_refusals"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_format: Mapped[int] = mapped_column(Integer)
    hub_reads: Mapped[int] = mapped_column(Integer)  # the newest bundle format the hub reads
    reason: Mapped[str] = mapped_column(String(32), default="format_newer")
    receipt_id: Mapped[str] = mapped_column(String(36))
    noticed_at: Mapped[datetime] = mapped_column(default=utcnow)
