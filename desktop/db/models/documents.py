"""The document register (sổ đăng ký văn bản đi): numbers given to the reports this office issues."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced


class IssuedDocument(Synced, Base):
    """One registered document: its number within (type, issuing body's symbol, year) and, for a report,
    the period it covers and the narrative sections written for it.

    Numbers restart at 1 each year (Decree 30/2020, Appendix I, II.3). A number is given once per office;
    services/documents.py checks it. Not a unique index on purpose: the table travels to the hub, which
    applies an office's changes as bundles arrive, possibly out of order — a number renumbered away in one
    bundle and given again in the next must not make the hub refuse a legitimate bundle.
    """

    __tablename__ = "issued_documents"
    __table_args__ = (
        Index("ix_issued_documents_number", "origin_unit", "kind", "symbol", "year", "number"),
        Index("ix_issued_documents_period", "origin_unit", "kind", "period_code"),
    )

    kind: Mapped[str] = mapped_column(String(8))  # document type abbreviation: BC (báo cáo)
    symbol: Mapped[str] = mapped_column(String(24))  # the issuing body's abbreviation: UBND, SYT
    year: Mapped[int]
    number: Mapped[int]
    issued_on: Mapped[date]
    title: Mapped[str] = mapped_column(String(300), default="")
    period_code: Mapped[str] = mapped_column(String(32), default="")  # Period.code of a report, "" otherwise
    situation: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    shortcomings: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
