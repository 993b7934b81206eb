"""Establishments, their inspections, item results and violations (DOMAIN §5); no link to client data."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced, local_only


class Establishment(Synced, Base):
    __tablename__ = "establishments"
    __table_args__ = (
        Index("ix_establishments_list", "deleted_at", "business_type", "status"),
        # The list's order (folded name): its first page read in order from an index, not sorted from
        # every row (seconds at a hub's 300,000 businesses), also within one business type.
        Index("ix_establishments_by_name", "deleted_at", "search_text"),
        Index("ix_establishments_by_type_name", "deleted_at", "business_type", "search_text"),
    )

    name: Mapped[str] = mapped_column(String(300))
    business_type: Mapped[str] = mapped_column(String(24))
    address: Mapped[str] = mapped_column(String(300))
    representative: Mapped[str] = mapped_column(String(300), default="")  # owner: a business person, not a client
    registration_number: Mapped[str] = mapped_column(String(300), default="")
    registration_date: Mapped[date | None] = mapped_column(default=None)
    licence_number: Mapped[str] = mapped_column(String(300), default="")
    licence_date: Mapped[date | None] = mapped_column(default=None)
    security_certificate_number: Mapped[str] = mapped_column(String(300), default="")
    security_certificate_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(16))
    opened_on: Mapped[date | None] = mapped_column(default=None)
    closed_on: Mapped[date | None] = mapped_column(default=None)
    # Folded name/address/representative so search ignores diacritics without a Python loop.
    search_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = local_only(Text, default="")


class Inspection(Synced, Base):
    __tablename__ = "inspections"
    __table_args__ = (
        Index("ix_inspections_establishment", "establishment_id", "deleted_at", "started_at"),
    )

    establishment_id: Mapped[str] = mapped_column(ForeignKey("establishments.id"))
    started_at: Mapped[datetime]
    # The officer's calendar day of the visit, kept beside the UTC instant so yearly counts are plain SQL.
    inspected_on: Mapped[date] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))
    team_members: Mapped[str] = mapped_column(String(300))  # officials' names only
    representative: Mapped[str] = mapped_column(String(300), default="")
    template_version: Mapped[int]
    staff_present: Mapped[int] = mapped_column(default=0)
    staff_without_contract: Mapped[int] = mapped_column(default=0)
    staff_under_18: Mapped[int] = mapped_column(default=0)
    guests_present: Mapped[int] = mapped_column(default=0)
    findings: Mapped[str] = mapped_column(Text, default="")
    decision_reference: Mapped[str] = mapped_column(String(300), default="")
    reinspection_due_on: Mapped[date | None] = mapped_column(default=None, index=True)
    # The formalities of the administrative record (issue 9); empty on records made before them.
    record_number: Mapped[str] = mapped_column(String(64), default="", server_default="")
    place: Mapped[str] = mapped_column(String(300), default="", server_default="")
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
    # No foreign key on purpose: SQLite can only add one by rebuilding `inspections`, which the rows of
    # inspection_results and violations refer to (the service checks the team exists).
    team_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    team_leader: Mapped[str] = mapped_column(String(300), default="", server_default="")
    recorder: Mapped[str] = mapped_column(String(300), default="", server_default="")
    representative_role: Mapped[str] = mapped_column(String(300), default="", server_default="")
    witness: Mapped[str] = mapped_column(String(300), default="", server_default="")
    copies: Mapped[int] = mapped_column(default=2, server_default="2")
    refusal_note: Mapped[str] = mapped_column(String(300), default="", server_default="")
    # "violations" / "no_violation": the team's conclusion, checked against the violations recorded.
    conclusion: Mapped[str | None] = mapped_column(String(16), default=None)
    # The plan entry this visit carried out (issue 9): "done" in a plan's progress and T8KH's numerator count
    # linked visits only, so a re-inspection or an unrelated visit in the plan's period no longer ticks an entry.
    # No foreign key, for the same reason as team_id.
    plan_entry_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)


class InspectionResult(Synced, Base):
    __tablename__ = "inspection_results"

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)  # the order the team entered them in
    item_code: Mapped[str] = mapped_column(String(16))
    verdict: Mapped[str | None] = mapped_column(String(16), default=None)
    number: Mapped[int | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(String(300), default="")


class Violation(Synced, Base):
    """A proposed handling with the reference as it stood on the day, so old records print unchanged."""

    __tablename__ = "violations"

    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    item_code: Mapped[str | None] = mapped_column(String(16), default=None)
    sanction_ref: Mapped[str | None] = mapped_column(String(64), default=None)
    decree: Mapped[str] = mapped_column(String(64), default="")
    article: Mapped[str] = mapped_column(String(16), default="")
    clause: Mapped[str] = mapped_column(String(16), default="")
    point: Mapped[str] = mapped_column(String(8), default="", server_default="")  # "a", "đ"; "" before issue 9
    legal_basis: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text)
    handling: Mapped[str] = mapped_column(String(24))
    proposed_amount: Mapped[int | None] = mapped_column(BigInteger, default=None)
    amount_min: Mapped[int | None] = mapped_column(BigInteger, default=None)
    amount_max: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # Who committed it (OffenderKind); None on records made before the kind was recorded.
    offender_kind: Mapped[str | None] = mapped_column(String(24), default=None)
    # An individual is described by role ("khách", "người quản lý ca"); a name only where the law requires it,
    # and that name stays on this PC: the hub counts offences, it has no use for a person's name.
    offender_role: Mapped[str] = mapped_column(String(300), default="", server_default="")
    offender_name: Mapped[str] = local_only(String(300), default="", server_default="")
