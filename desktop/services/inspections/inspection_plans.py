"""Inspection teams (rosters by decision) and plans for a period, with each plan's progress and T8 against it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session

from desktop.db.models import Establishment, Inspection, InspectionPlan, InspectionPlanEntry, InspectionTeam, InspectionTeamMember
from desktop.domain.establishments import EstablishmentStatus
from desktop.domain.inspection_plans import (
    EntryProgress,
    MemberDraft,
    PlanDraft,
    PlanEntryDraft,
    TeamDraft,
    plan_problems,
    team_problems,
)
from desktop.domain.problems import DomainError, fail_if
from desktop.domain.roles import Permission
from desktop.domain.text import nfc
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import bury, delete_record, new_or_edited, new_record, saved
from desktop.services.register import Register, require_commune
from desktop.services.inspections.plan_links import PlanCitation, plan_citation


@dataclass(frozen=True)
class TeamRecord:
    id: str
    version: int
    draft: TeamDraft


@dataclass(frozen=True)
class PlanRecord:
    id: str
    version: int
    draft: PlanDraft
    team_name: str
    origin_unit: str = ""  # the commune that made it (a hub lists every commune's plans)


@dataclass(frozen=True)
class EntryProgressRow:
    establishment_id: str
    establishment_name: str
    business_type: str
    planned_on: date
    kind: str
    progress: EntryProgress
    inspected_on: date | None  # the first visit inside the plan's period


@dataclass(frozen=True)
class PlanProgress:
    plan_id: str
    number: str
    title: str
    period_start: date
    period_end: date
    rows: tuple[EntryProgressRow, ...]
    origin_unit: str = ""

    def count(self, progress: EntryProgress) -> int:
        return sum(1 for r in self.rows if r.progress is progress)

    @property
    def planned(self) -> int:
        return len(self.rows)

    @property
    def done(self) -> int:
        return self.count(EntryProgress.DONE)

    @property
    def not_done(self) -> int:
        return self.count(EntryProgress.NOT_DONE)


@dataclass(frozen=True)
class T8Against:
    """T8 over one period, both ways the programme reads it: against the plans, and against every operating business."""

    planned: int  # establishments in plans of the period
    planned_inspected: int  # of which inspected in the period
    operating: int  # establishments operating or suspended now
    operating_inspected: int  # of which inspected in the period

    @staticmethod
    def _percent(part: int, whole: int) -> float:
        return round(100 * part / whole, 1) if whole else 0.0

    @property
    def plan_percent(self) -> float:
        return self._percent(self.planned_inspected, self.planned)

    @property
    def operating_percent(self) -> float:
        return self._percent(self.operating_inspected, self.operating)


class InspectionPlanService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- teams -----------------------------------------------------------------------------------------
    def save_team(self, actor: Actor, draft: TeamDraft, *, team_id: str | None = None) -> Outcome[TeamRecord]:
        """The team and its whole roster in one transaction; an edited roster replaces the old (tombstones)."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft = replace(draft, name=nfc(draft.name).strip(), decision_number=nfc(draft.decision_number).strip(),
                        decision_issuer=nfc(draft.decision_issuer).strip(),
                        members=tuple(replace(m, full_name=nfc(m.full_name).strip(), agency=nfc(m.agency).strip())
                                      for m in draft.members))
        fail_if(team_problems(draft, today=self._register.clock.today()))
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            s = uow.session
            office = self._register.office
            row = new_or_edited(s, InspectionTeam, team_id, live=_live_team, actor=actor, office=office, now=now)
            if team_id is not None:
                bury(_members(s, row.id), actor=actor, now=now)  # the roster is replaced as a whole
            for name in ("name", "kind", "decision_number", "decision_date", "decision_issuer", "valid_from",
                         "valid_to"):
                setattr(row, name, getattr(draft, name))
            saved(s, row, actor=actor, now=now, action="team.create" if team_id is None else "team.update",
                  entity="inspection_team",
                  detail={"members": len(draft.members)})
            for n, m in enumerate(draft.members):
                new_record(s, InspectionTeamMember, actor=actor, office=office, now=now, team_id=row.id, position=n,
                           full_name=m.full_name, agency=m.agency, team_role=m.team_role)
            uow.commit()
            return Outcome(_team_record(s, row), Changes.INSPECTIONS)

    def teams(self, actor: Actor, *, on: date | None = None) -> list[TeamRecord]:
        """Every team, newest decision first; with `on`, only the rosters in force that day."""
        require(actor, Permission.VIEW_RECORDS)
        t = InspectionTeam
        stmt = select(t).where(t.deleted_at.is_(None)).order_by(t.valid_from.desc(), t.name)
        if on is not None:
            stmt = stmt.where(t.valid_from <= on, (t.valid_to.is_(None)) | (t.valid_to >= on))
        with self._register.uow() as uow:
            return [_team_record(uow.session, row) for row in uow.session.execute(stmt).scalars()]

    def team(self, actor: Actor, team_id: str) -> TeamRecord:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            return _team_record(uow.session, _live_team(uow.session, team_id))

    def delete_team(self, actor: Actor, team_id: str) -> Outcome[None]:
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            s = uow.session
            row = _live_team(s, team_id)
            used = s.execute(select(func.count()).select_from(InspectionPlan).where(
                InspectionPlan.team_id == row.id, InspectionPlan.deleted_at.is_(None))).scalar_one()
            if used:
                raise DomainError("team.in_use", count=used)
            bury(_members(s, row.id), actor=actor, now=now)
            delete_record(s, row, actor=actor, now=now, action="team.delete", entity="inspection_team")
            uow.commit()
        return Outcome(None, Changes.INSPECTIONS)

    # -- plans -----------------------------------------------------------------------------------------
    def save_plan(self, actor: Actor, draft: PlanDraft, *, plan_id: str | None = None) -> Outcome[PlanRecord]:
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft = replace(draft, number=nfc(draft.number).strip(), title=nfc(draft.title).strip())
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            s = uow.session
            team = s.get(InspectionTeam, draft.team_id) if draft.team_id else None
            members = None if team is None or team.deleted_at is not None else len(_members(s, team.id))
            ids = {e.establishment_id for e in draft.entries}
            known = set(s.execute(select(Establishment.id).where(Establishment.id.in_(ids),
                                                                 Establishment.deleted_at.is_(None))).scalars())
            fail_if(plan_problems(draft, team_members=members, known_establishments=known))
            office = self._register.office
            row = new_or_edited(s, InspectionPlan, plan_id, live=_live_plan, actor=actor, office=office, now=now)
            if plan_id is not None:
                bury(_entries(s, row.id), actor=actor, now=now)  # the entries are replaced as a whole
            for name in ("number", "title", "period_start", "period_end", "team_id", "approved_on"):
                setattr(row, name, getattr(draft, name))
            saved(s, row, actor=actor, now=now, action="plan.create" if plan_id is None else "plan.update",
                  entity="inspection_plan",
                  detail={"entries": len(draft.entries)})
            for e in draft.entries:
                new_record(s, InspectionPlanEntry, actor=actor, office=office, now=now, plan_id=row.id,
                           establishment_id=e.establishment_id, planned_on=e.planned_on, kind=e.kind)
            uow.commit()
            return Outcome(_plan_record(s, row), Changes.INSPECTIONS)

    def plans(self, actor: Actor, *, on: date | None = None) -> list[PlanRecord]:
        """Every plan, latest period first; with `on`, only plans whose period holds that day."""
        require(actor, Permission.VIEW_RECORDS)
        p = InspectionPlan
        stmt = select(p).where(p.deleted_at.is_(None)).order_by(p.period_start.desc(), p.number)
        if on is not None:
            stmt = stmt.where(p.period_start <= on, p.period_end >= on)
        with self._register.uow() as uow:
            return [_plan_record(uow.session, row) for row in uow.session.execute(stmt).scalars()]

    def plan(self, actor: Actor, plan_id: str) -> PlanRecord:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            return _plan_record(uow.session, _live_plan(uow.session, plan_id))

    def delete_plan(self, actor: Actor, plan_id: str) -> Outcome[None]:
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = _live_plan(uow.session, plan_id)
            bury(_entries(uow.session, row.id), actor=actor, now=now)
            delete_record(uow.session, row, actor=actor, now=now, action="plan.delete", entity="inspection_plan")
            uow.commit()
        return Outcome(None, Changes.INSPECTIONS)

    def progress(self, actor: Actor, plan_id: str) -> PlanProgress:
        """Each planned establishment: inspected inside the plan's period, not yet, or its day passed without a visit."""
        require(actor, Permission.VIEW_RECORDS)
        today = self._register.clock.today()
        with self._register.uow() as uow:
            s = uow.session
            plan = _live_plan(s, plan_id)
            # Only the visit that carried the entry out (plan_links) ticks it: a re-inspection or another
            # entry's visit in the same period does not.
            first_visit = (select(func.min(Inspection.inspected_on)).where(
                Inspection.plan_entry_id == InspectionPlanEntry.id, Inspection.deleted_at.is_(None))
                .scalar_subquery())
            e, entry = Establishment, InspectionPlanEntry
            stmt = (select(entry.establishment_id, e.name, e.business_type, entry.planned_on, entry.kind, first_visit)
                    .join(e, e.id == entry.establishment_id)
                    .where(entry.plan_id == plan.id, entry.deleted_at.is_(None))
                    .order_by(entry.planned_on, e.search_text))
            rows = tuple(EntryProgressRow(r[0], r[1], r[2], r[3], r[4], _progress(r[3], r[5], today), r[5])
                         for r in s.execute(stmt))
            return PlanProgress(plan.id, plan.number, plan.title, plan.period_start, plan.period_end, rows,
                                plan.origin_unit)

    def entry_plan(self, actor: Actor, entry_id: str | None) -> PlanCitation | None:
        """The plan an inspection carried out (its number and approval day), for the biên bản."""
        require(actor, Permission.VIEW_RECORDS)
        if not entry_id:
            return None
        with self._register.uow() as uow:
            return plan_citation(uow.session, entry_id)

    def current_progress(self, actor: Actor) -> list[PlanProgress]:
        """The plans whose period holds today, for the home screen and the establishments page."""
        return [self.progress(actor, p.id) for p in self.plans(actor, on=self._register.clock.today())]

    def t8(self, actor: Actor, start: date, end: date, *, unit: str | None = None) -> T8Against:
        """T8 for [start, end]: against the plans of that period and against all operating establishments.

        `unit` (an origin_unit) keeps one commune's figures apart at a hub, which holds every commune's records.
        """
        require(actor, Permission.VIEW_COUNTS)
        e, i, entry, plan = Establishment, Inspection, InspectionPlanEntry, InspectionPlan
        visited = (select(i.id).where(i.establishment_id == e.id, i.deleted_at.is_(None),
                                      i.inspected_on.between(start, end)).exists())
        active = and_(e.deleted_at.is_(None), e.status != EstablishmentStatus.CLOSED.value,
                      true() if unit is None else e.origin_unit == unit)
        planned_ids = (select(entry.establishment_id).join(plan, plan.id == entry.plan_id)
                       .where(entry.deleted_at.is_(None), plan.deleted_at.is_(None),
                              entry.planned_on.between(start, end)))
        with self._register.uow() as uow:
            s = uow.session

            def count(*conditions: ColumnElement[bool]) -> int:
                return int(s.execute(select(func.count()).select_from(e).where(*conditions)).scalar_one())

            in_plan = and_(e.deleted_at.is_(None), e.id.in_(planned_ids),
                           true() if unit is None else e.origin_unit == unit)
            carried_out = (select(i.id).where(i.establishment_id == e.id, i.deleted_at.is_(None),
                                              i.plan_entry_id.is_not(None), i.inspected_on.between(start, end))
                           .exists())
            return T8Against(planned=count(in_plan), planned_inspected=count(in_plan, carried_out),
                             operating=count(active), operating_inspected=count(active, visited))


def _progress(planned_on: date, inspected_on: date | None, today: date) -> EntryProgress:
    if inspected_on is not None:
        return EntryProgress.DONE
    return EntryProgress.NOT_DONE if planned_on < today else EntryProgress.PENDING


def _members(session: Session, team_id: str) -> list[InspectionTeamMember]:
    return list(session.execute(select(InspectionTeamMember).where(
        InspectionTeamMember.team_id == team_id, InspectionTeamMember.deleted_at.is_(None))
        .order_by(InspectionTeamMember.position)).scalars())


def _entries(session: Session, plan_id: str) -> list[InspectionPlanEntry]:
    return list(session.execute(select(InspectionPlanEntry).where(
        InspectionPlanEntry.plan_id == plan_id, InspectionPlanEntry.deleted_at.is_(None))
        .order_by(InspectionPlanEntry.planned_on)).scalars())


def _live_team(session: Session, team_id: str) -> InspectionTeam:
    row = session.get(InspectionTeam, team_id)
    if row is None or row.deleted_at is not None:
        raise DomainError("team.not_found")
    return row


def _live_plan(session: Session, plan_id: str) -> InspectionPlan:
    row = session.get(InspectionPlan, plan_id)
    if row is None or row.deleted_at is not None:
        raise DomainError("plan.not_found")
    return row


def _team_record(session: Session, row: InspectionTeam) -> TeamRecord:
    members = tuple(MemberDraft(m.full_name, m.agency, m.team_role) for m in _members(session, row.id))
    return TeamRecord(row.id, row.version, TeamDraft(
        name=row.name, kind=row.kind, decision_number=row.decision_number, decision_date=row.decision_date,
        decision_issuer=row.decision_issuer, valid_from=row.valid_from, valid_to=row.valid_to, members=members))


def _plan_record(session: Session, row: InspectionPlan) -> PlanRecord:
    entries = tuple(PlanEntryDraft(e.establishment_id, e.planned_on, e.kind) for e in _entries(session, row.id))
    team = session.get(InspectionTeam, row.team_id)
    return PlanRecord(row.id, row.version, PlanDraft(
        number=row.number, title=row.title, period_start=row.period_start, period_end=row.period_end,
        team_id=row.team_id, approved_on=row.approved_on, entries=entries), team.name if team else "",
        row.origin_unit)
