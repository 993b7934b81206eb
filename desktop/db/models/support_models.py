"""Community support models (T10), their activities and the people they supported (counts, never names)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced


class SupportModel(Synced, Base):
    __tablename__ = "support_models"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(24))
    established_on: Mapped[date] = mapped_column()
    host_organisation: Mapped[str] = mapped_column(String(300), default="")
    core_members: Mapped[int] = mapped_column(default=0)
    members: Mapped[int] = mapped_column(default=0)
    closed_on: Mapped[date | None] = mapped_column(default=None)


class SupportActivity(Synced, Base):
    __tablename__ = "support_activities"
    __table_args__ = (
        Index("ix_support_activities_model", "model_id", "deleted_at", "held_on"),
    )

    model_id: Mapped[str] = mapped_column(ForeignKey("support_models.id"))
    held_on: Mapped[date] = mapped_column()
    kind: Mapped[str] = mapped_column(String(24))
    participants: Mapped[int] = mapped_column(default=0)
    new_people: Mapped[int] = mapped_column(default=0)


class SupportGiven(Synced, Base):
    """How many people received one category of service through a model on a day (or in a month's tally)."""

    __tablename__ = "support_given"
    __table_args__ = (
        Index("ix_support_given_model", "model_id", "deleted_at", "given_on"),
    )

    model_id: Mapped[str] = mapped_column(ForeignKey("support_models.id"))
    given_on: Mapped[date] = mapped_column()
    category: Mapped[str] = mapped_column(String(24))
    people: Mapped[int] = mapped_column(default=0)
