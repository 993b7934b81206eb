"""National forwarding: aggregate reports a province hub sent up, and those a national hub received."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, new_id, utcnow


class SentAggregate(Base):
    """Province-hub-local: an aggregate bundle written for the national hub (its sequence chain)."""

    __tablename__ = "aggregates_sent"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the bundle id
    period_code: Mapped[str] = mapped_column(String(24), index=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    file_name: Mapped[str] = mapped_column(String(64))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    communes: Mapped[int] = mapped_column(Integer, default=0)
    communes_reporting: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(36), default="")


class ReceivedAggregate(Base):
    """National-hub-local: one province's aggregate of one period; a newer send replaces it (replaced_by)."""

    __tablename__ = "aggregates_received"
    __table_args__ = (Index("ix_aggregates_received_province_period", "province_unit", "period_code"),
                      # the national report: the sends in force of one period (migration 0014)
                      Index("ix_aggregates_received_period", "period_code", "replaced_by"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the bundle id
    province_unit: Mapped[str] = mapped_column(String(24))  # "25@2025-07"
    province_name: Mapped[str] = mapped_column(String(120))
    sender_device: Mapped[str] = mapped_column(String(36))
    key_id: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    period_code: Mapped[str] = mapped_column(String(24))
    payload_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]  # as the province's envelope states it
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(36), default="")
    programme: Mapped[str] = mapped_column(Text, default="")
    indicators: Mapped[str] = mapped_column(Text, default="[]")  # JSON: code, name_vi, name_en, unit, sensitive
    completeness: Mapped[str] = mapped_column(Text, default="[]")  # JSON: per commune, months and status
    communes: Mapped[int] = mapped_column(Integer, default=0)
    communes_reporting: Mapped[int] = mapped_column(Integer, default=0)
    replaced_by: Mapped[str | None] = mapped_column(String(36), default=None)
    replaced_at: Mapped[datetime | None] = mapped_column(default=None)


class AggregateValue(Base):
    """One figure of a received aggregate: the province total (unit_code "") or one commune's.

    A figure the province hid (1-4 as "<5", or "x") arrives without its number: value, numerator
    and denominator are null and `hidden` says what the province printed.
    """

    __tablename__ = "aggregate_values"
    # The national report reads the province totals (unit_code "") of the sends in force (migration 0014).
    __table_args__ = (Index("ix_aggregate_values_aggregate_unit", "aggregate_id", "unit_code"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    aggregate_id: Mapped[str] = mapped_column(String(36), ForeignKey("aggregates_received.id"), index=True)
    unit_code: Mapped[str] = mapped_column(String(24), default="")  # "" = the province total
    indicator_code: Mapped[str] = mapped_column(String(32))
    value: Mapped[float | None] = mapped_column(Float, default=None)
    numerator: Mapped[float | None] = mapped_column(Float, default=None)
    denominator: Mapped[float | None] = mapped_column(Float, default=None)
    hidden: Mapped[str] = mapped_column(String(4), default="")
    reported: Mapped[int] = mapped_column(Integer, default=1)  # 0: the commune sent nothing for the period
