"""Tip-offs and complaints about prostitution (T9); the description never leaves the PC, no names anywhere."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced, local_only


class TipOff(Synced, Base):
    __tablename__ = "tip_offs"
    __table_args__ = (
        Index("ix_tip_offs_list", "deleted_at", "received_on"),
    )

    received_on: Mapped[date] = mapped_column()
    channel: Mapped[str] = mapped_column(String(16))
    subject_kind: Mapped[str] = mapped_column(String(16))
    establishment_id: Mapped[str | None] = mapped_column(ForeignKey("establishments.id"), default=None, index=True)
    verified_on: Mapped[date | None] = mapped_column(default=None)
    verification_result: Mapped[str | None] = mapped_column(String(16), default=None)
    passed_on_to: Mapped[str | None] = mapped_column(String(16), default=None)
    passed_on_on: Mapped[date | None] = mapped_column(default=None)
    handled_on: Mapped[date | None] = mapped_column(default=None)
    outcome: Mapped[str | None] = mapped_column(String(16), default=None)
    # Kept beside the dates (computed on save) so "handled within N days" is a plain SQL filter.
    days_to_handle: Mapped[int | None] = mapped_column(default=None)
    # Short and neutral; it may still point at people, so it stays on this PC (DESIGN §4).
    description: Mapped[str] = local_only(Text, default="")
    # The description folded (no diacritics) so search ignores them without a Python loop; local like it.
    search_text: Mapped[str] = local_only(Text, default="")
