"""Report parameters: per-period baseline figures a commune enters (DOMAIN §2 denominators)."""

from __future__ import annotations

from sqlalchemy import Float, Index, Integer, String, text
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


class AnnualTarget(Synced, Base):
    """An office's own target figure for one indicator in one year (the province's annual plan).

    Entered by an administrator instead of editing the definition file; it replaces the file's
    target in one target column (e.g. "province") for reports of that year. One live row per
    (office, year, indicator, target column); clearing leaves a tombstone.
    """

    __tablename__ = "annual_targets"
    __table_args__ = (
        Index("uq_annual_targets_live", "origin_unit", "year", "indicator_code", "target_set", unique=True,
              sqlite_where=text("deleted_at IS NULL"), postgresql_where=text("deleted_at IS NULL")),
    )

    year: Mapped[int] = mapped_column(Integer)
    indicator_code: Mapped[str] = mapped_column(String(24))
    target_set: Mapped[str] = mapped_column(String(24))
    target: Mapped[str] = mapped_column(String(24))  # as a file writes it: ">= 100", "<= 0"
