"""Records held back at the hub because they break a domain rule, and, at the commune, what a receipt said was held."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, new_id, utcnow


class QuarantinedRecord(Base):
    """Hub-local: a commune's record that broke a rule; it waits here, outside every figure.

    Never synced. A higher version of the same record replaces it (held again or accepted);
    an officer may release it with a reason (audited), which writes it into the register.
    """

    __tablename__ = "quarantined_records"
    __table_args__ = (
        # A commune's open holds (each import, each receipt): without it SQLite walks the status index,
        # i.e. every held record of every commune, once per bundle and once per receipt.
        Index("ix_quarantined_records_open", "origin_unit", "status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    record_version: Mapped[int] = mapped_column(Integer)
    origin_unit: Mapped[str] = mapped_column(String(24), index=True)
    bundle_id: Mapped[str] = mapped_column(String(36))
    rules: Mapped[str] = mapped_column(Text)  # JSON list of {"code", "field", "params"}
    content: Mapped[str] = mapped_column(Text)  # JSON of the synced columns, as the commune sent them
    status: Mapped[str] = mapped_column(String(12), default="held", index=True)  # held | released | replaced
    held_at: Mapped[datetime] = mapped_column(default=utcnow)
    released_by: Mapped[str] = mapped_column(String(36), default="")
    released_at: Mapped[datetime | None] = mapped_column(default=None)
    release_reason: Mapped[str] = mapped_column(Text, default="")


class HeldNotice(Base):
    """Commune-local: a record of ours the hub held back, as its signed receipt listed it."""

    __tablename__ = "held_notices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    record_version: Mapped[int] = mapped_column(Integer)
    rules: Mapped[str] = mapped_column(Text)  # JSON list of {"code", "field", "params"}
    receipt_id: Mapped[str] = mapped_column(String(36))
    noticed_at: Mapped[datetime] = mapped_column(default=utcnow)
