"""Report parameters: per-period baseline figures a commune enters (DOMAIN §2 denominators)."""

from __future__ import annotations

from sqlalchemy import Float, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced


class ReportParameter(Synced, Base):
    """A denominator the data cannot know (students, workers of high-risk businesses) for one period.

    It travels to the hub like every synced record, so the hub computes the commune's shares too.
    One live row per (commune, parameter, period); clearing a value leaves a tombstone, and entering
    it again revives that same row with a higher version.
    """

    __tablename__ = "report_parameters"
    __table_args__ = (
        Index("uq_report_parameters_live", "origin_unit", "code", "period_code", unique=True,
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )

    code: Mapped[str] = mapped_column(String(64))
    period_code: Mapped[str] = mapped_column(String(32))  # Period.code: 2026-Q3, 2026, 2026-01-05..2026-02-01
    value: Mapped[float] = mapped_column(Float)
