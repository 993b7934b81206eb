"""Outreach / communication sessions (DOMAIN §3)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced, local_only


class OutreachSession(Synced, Base):
    __tablename__ = "outreach_sessions"
    __table_args__ = (
        # The list's filters run as index-only counts: SQLCipher decrypts every page it reads.
        Index("ix_outreach_sessions_list", "deleted_at", "held_on"),
        Index("ix_outreach_sessions_by_form", "deleted_at", "form", "held_on"),
        Index("ix_outreach_sessions_by_group", "deleted_at", "target_group", "held_on"),
        # The page's summary strip (sums over a period) read from the index alone: at a hub's 300,000
        # sessions, reading the rows themselves takes seconds.
        Index("ix_outreach_sessions_summary", "deleted_at", "held_on", "form", "participants_total",
              "participants_male", "participants_female", "participants_other", "target_members"),
    )

    held_on: Mapped[date] = mapped_column()
    place: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(24))
    target_group: Mapped[str] = mapped_column(String(24))
    topics: Mapped[str] = mapped_column(String(300), default="")  # space-separated Topic codes
    participants_total: Mapped[int] = mapped_column(default=0)
    participants_male: Mapped[int] = mapped_column(default=0)
    participants_female: Mapped[int] = mapped_column(default=0)
    participants_other: Mapped[int] = mapped_column(default=0)
    target_members: Mapped[int] = mapped_column(default=0)
    # Of those reached, how many had not been reached earlier in the year (the officer's estimate):
    # T3–T5 count people, not person-visits. None = not known (sessions recorded before it was asked).
    newly_reached: Mapped[int | None] = mapped_column(default=None)
    leaflets: Mapped[int] = mapped_column(default=0)
    condoms: Mapped[int] = mapped_column(default=0)
    lubricant: Mapped[int] = mapped_column(default=0)
    organiser: Mapped[str] = mapped_column(String(300), default="")
    partners: Mapped[str] = mapped_column(String(300), default="")
    # Folded text of place/organiser/partners so search ignores diacritics without a Python loop.
    search_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = local_only(Text, default="")
