"""Inspection teams and their rosters, plans for a period, and the authority's decisions on violations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base, Synced


class InspectionTeam(Synced, Base):
    """A team as formed by one decision (the roster of one period); a new decision makes a new team."""

    __tablename__ = "inspection_teams"

    name: Mapped[str] = mapped_column(String(300))  # "Đội kiểm tra liên ngành 178 xã Xuân Lũng"
    kind: Mapped[str] = mapped_column(String(24))  # TeamKind
    decision_number: Mapped[str] = mapped_column(String(64))
    decision_date: Mapped[date]
    decision_issuer: Mapped[str] = mapped_column(String(300))  # "Chủ tịch UBND xã Xuân Lũng"
    valid_from: Mapped[date]
    valid_to: Mapped[date | None] = mapped_column(default=None)


class InspectionTeamMember(Synced, Base):
    """An official on the roster (never a worker of an inspected business)."""

    __tablename__ = "inspection_team_members"

    team_id: Mapped[str] = mapped_column(ForeignKey("inspection_teams.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    full_name: Mapped[str] = mapped_column(String(300))
    agency: Mapped[str] = mapped_column(String(300), default="")  # "Công an xã", "Văn hóa - Xã hội"
    team_role: Mapped[str] = mapped_column(String(16))  # TeamRole


class InspectionPlan(Synced, Base):
    __tablename__ = "inspection_plans"

    number: Mapped[str] = mapped_column(String(64))  # "15/KH-UBND"
    title: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[date] = mapped_column(index=True)
    period_end: Mapped[date]
    team_id: Mapped[str] = mapped_column(ForeignKey("inspection_teams.id"), index=True)
    approved_on: Mapped[date | None] = mapped_column(default=None)


class InspectionPlanEntry(Synced, Base):
    """One establishment in a plan: when, and whether the visit is announced or a surprise."""

    __tablename__ = "inspection_plan_entries"

    plan_id: Mapped[str] = mapped_column(ForeignKey("inspection_plans.id"), index=True)
    establishment_id: Mapped[str] = mapped_column(ForeignKey("establishments.id"), index=True)
    planned_on: Mapped[date] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))  # InspectionKind: planned or surprise


class SanctionDecision(Synced, Base):
    """What the competent authority decided on one violation; amounts are copied from the decision, never computed."""

    __tablename__ = "sanction_decisions"

    violation_id: Mapped[str] = mapped_column(ForeignKey("violations.id"), index=True)
    # The establishment of the violation's inspection, kept here so reports count businesses in one hop.
    establishment_id: Mapped[str] = mapped_column(ForeignKey("establishments.id"), index=True)
    number: Mapped[str] = mapped_column(String(64))  # "12/QĐ-XPHC"
    decided_on: Mapped[date] = mapped_column(index=True)
    authority: Mapped[str] = mapped_column(String(300))  # "Chủ tịch UBND xã Xuân Lũng"
    amount_fined: Mapped[int | None] = mapped_column(BigInteger, default=None)
    additional_penalties: Mapped[str] = mapped_column(Text, default="")
    suspends_business: Mapped[bool] = mapped_column(Boolean, default=False)
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    paid_on: Mapped[date | None] = mapped_column(default=None)
