"""The community support models register (T10): models, their activities, people supported (counts), T10 figures."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.db.models import SupportActivity, SupportGiven, SupportModel
from desktop.domain import periods
from desktop.domain.periods import Period
from desktop.domain.problems import DomainError, Problem, fail_if
from desktop.domain.roles import Permission
from desktop.domain.support_models import (
    ActivityDraft, SupportGivenDraft, SupportModelDraft, activity_problems, support_given_problems,
    support_model_problems,
)
from desktop.domain.text import fold, nfc
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.records import delete_record, edit_record, new_or_edited, new_record, saved
from desktop.services.register import Register, require_commune


@dataclass(frozen=True)
class SupportModelRow:
    id: str
    name: str
    kind: str
    host_organisation: str
    established_on: date
    closed_on: date | None
    core_members: int
    members: int
    activities: int  # in the year shown
    reached: int  # people reached for the first time in the year (sum of the activities' new people)
    supported: int  # people supported in the year, all categories


@dataclass(frozen=True)
class SupportModelRecord:
    id: str
    version: int
    updated_at: datetime
    draft: SupportModelDraft


@dataclass(frozen=True)
class ActivityRecord:
    id: str
    model_id: str
    version: int
    draft: ActivityDraft


@dataclass(frozen=True)
class SupportGivenRecord:
    id: str
    model_id: str
    version: int
    draft: SupportGivenDraft


@dataclass(frozen=True)
class SupportSummary:
    """T10 for a period: models operating at its end, their members, and what they did inside it."""

    period: Period
    models_operating: int
    core_members: int
    members: int
    activities: int
    participants: int
    people_reached: int
    people_supported: int
    supported_by_category: dict[str, int]


_MODEL_FIELDS = [f.name for f in fields(SupportModelDraft)]
_Child = type[SupportActivity] | type[SupportGiven]
_CHILDREN: dict[_Child, tuple[type, str, str, Any]] = {
    # child model -> (draft class, date field, audit entity, rules)
    SupportActivity: (ActivityDraft, "held_on", "support_activity", activity_problems),
    SupportGiven: (SupportGivenDraft, "given_on", "support_given", support_given_problems),
}


def operating(period: Period) -> Any:
    """Models that existed at the period's end and had not stopped before it began."""
    m = SupportModel
    return and_(m.deleted_at.is_(None), m.established_on <= period.end,
                or_(m.closed_on.is_(None), m.closed_on >= period.start))


class SupportModelService:
    def __init__(self, register: Register) -> None:
        self._register = register

    # -- models ---------------------------------------------------------------------------------------
    def list_models(self, actor: Actor, *, year: int | None = None, search: str = "") -> list[SupportModelRow]:
        """Every live model (a commune has a handful), with the chosen year's activity (default: this year)."""
        require(actor, Permission.VIEW_RECORDS)
        window = periods.year(year or self._register.clock.today().year)
        m, a, g = SupportModel, SupportActivity, SupportGiven
        in_year = {a: a.held_on.between(window.start, window.end), g: g.given_on.between(window.start, window.end)}
        acts = (select(func.count(a.id), func.coalesce(func.sum(a.new_people), 0))
                .where(a.model_id == m.id, a.deleted_at.is_(None), in_year[a]))
        activities = acts.with_only_columns(func.count(a.id)).scalar_subquery()
        reached = acts.with_only_columns(func.coalesce(func.sum(a.new_people), 0)).scalar_subquery()
        supported = (select(func.coalesce(func.sum(g.people), 0))
                     .where(g.model_id == m.id, g.deleted_at.is_(None), in_year[g]).scalar_subquery())
        stmt = (select(m.id, m.name, m.kind, m.host_organisation, m.established_on, m.closed_on, m.core_members,
                       m.members, activities, reached, supported)
                .where(m.deleted_at.is_(None)).order_by(m.closed_on.is_not(None), m.name, m.id))
        with self._register.uow() as uow:
            rows = [SupportModelRow(*r) for r in uow.session.execute(stmt)]
        words = fold(search).split()
        return [r for r in rows if all(w in fold(f"{r.name} {r.host_organisation}") for w in words)]

    def get(self, actor: Actor, record_id: str) -> SupportModelRecord:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            return _model_record(_live(uow.session, SupportModel, record_id))

    def save(self, actor: Actor, draft: SupportModelDraft, *, record_id: str | None = None,
             expected_version: int | None = None) -> Outcome[SupportModelRecord]:
        """Create or update in one transaction; core members above members is refused, nothing saved."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft = replace(draft, name=nfc(draft.name), host_organisation=nfc(draft.host_organisation))
        fail_if(support_model_problems(draft, today=self._register.clock.today()))
        now = self._register.clock.now()
        office = self._register.office
        with self._register.uow(write=True) as uow:
            row = new_or_edited(uow.session, SupportModel, record_id, live=_live_model, actor=actor, office=office,
                                now=now, expected_version=expected_version, stale="support_model.stale")
            if record_id is not None:
                fail_if(_life_problems(uow.session, row.id, draft))  # rolled back with the edit if refused
            for name in _MODEL_FIELDS:
                setattr(row, name, getattr(draft, name))
            saved(uow.session, row, actor=actor, now=now, entity="support_model",
                  action="support_model.create" if record_id is None else "support_model.update")
            uow.commit()
            return Outcome(_model_record(row), Changes.SUPPORT_MODELS)

    def delete(self, actor: Actor, record_id: str) -> Outcome[None]:
        """A tombstone; refused while activities or people supported are recorded (they would lose their model)."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            row = _live(uow.session, SupportModel, record_id)
            held = sum(uow.session.execute(select(func.count()).select_from(child).where(
                child.model_id == row.id, child.deleted_at.is_(None))).scalar_one() for child in _CHILDREN)
            if held:
                raise DomainError("support_model.has_records", count=held)
            delete_record(uow.session, row, actor=actor, now=now, action="support_model.delete", entity="support_model")
            uow.commit()
        return Outcome(None, Changes.SUPPORT_MODELS)

    # -- activities and people supported --------------------------------------------------------------
    def activities(self, actor: Actor, model_id: str) -> list[ActivityRecord]:
        return [ActivityRecord(*r) for r in self._children(actor, SupportActivity, model_id)]

    def support_given(self, actor: Actor, model_id: str) -> list[SupportGivenRecord]:
        return [SupportGivenRecord(*r) for r in self._children(actor, SupportGiven, model_id)]

    def save_activity(self, actor: Actor, model_id: str, draft: ActivityDraft, *, record_id: str | None = None,
                      expected_version: int | None = None) -> Outcome[ActivityRecord]:
        found = self._save_child(actor, SupportActivity, model_id, draft, record_id, expected_version)
        return Outcome(ActivityRecord(*found), Changes.SUPPORT_MODELS)

    def save_support_given(self, actor: Actor, model_id: str, draft: SupportGivenDraft, *,
                           record_id: str | None = None,
                           expected_version: int | None = None) -> Outcome[SupportGivenRecord]:
        found = self._save_child(actor, SupportGiven, model_id, draft, record_id, expected_version)
        return Outcome(SupportGivenRecord(*found), Changes.SUPPORT_MODELS)

    def delete_activity(self, actor: Actor, record_id: str) -> Outcome[None]:
        return self._delete_child(actor, SupportActivity, record_id)

    def delete_support_given(self, actor: Actor, record_id: str) -> Outcome[None]:
        return self._delete_child(actor, SupportGiven, record_id)

    def _children[C: (SupportActivity, SupportGiven)](self, actor: Actor, child: type[C],
                                                       model_id: str) -> list[tuple[Any, ...]]:
        require(actor, Permission.VIEW_RECORDS)
        draft_class, day, _, _ = _CHILDREN[child]
        names = [f.name for f in fields(draft_class)]
        stmt = (select(child).where(child.model_id == model_id, child.deleted_at.is_(None))
                .order_by(getattr(child, day).desc(), child.id))
        with self._register.uow() as uow:
            return [(r.id, r.model_id, r.version, draft_class(**{n: getattr(r, n) for n in names}))
                    for r in uow.session.execute(stmt).scalars()]

    def _save_child(self, actor: Actor, child: _Child, model_id: str, draft: Any, record_id: str | None,
                    expected_version: int | None) -> tuple[Any, ...]:
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        draft_class, _, entity, rules = _CHILDREN[child]
        now = self._register.clock.now()
        office = self._register.office
        with self._register.uow(write=True) as uow:
            model = _live(uow.session, SupportModel, model_id)
            fail_if(rules(draft, today=self._register.clock.today(), established_on=model.established_on,
                          closed_on=model.closed_on))
            if record_id is None:
                row = new_record(uow.session, child, actor=actor, office=office, now=now, model_id=model.id)
                action = f"{entity}.create"
            else:
                row = _live(uow.session, child, record_id)
                if row.model_id != model.id:  # moved under another model meanwhile: as stale as a newer version
                    raise DomainError("support_model.stale")
                edit_record(row, actor=actor, now=now, expected_version=expected_version, stale="support_model.stale")
                action = f"{entity}.update"
            for f in fields(draft_class):
                setattr(row, f.name, getattr(draft, f.name))
            saved(uow.session, row, actor=actor, now=now, action=action, entity=entity)
            uow.commit()
            return row.id, row.model_id, row.version, draft

    def _delete_child(self, actor: Actor, child: _Child, record_id: str) -> Outcome[None]:
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        entity = _CHILDREN[child][2]
        now = self._register.clock.now()
        with self._register.uow(write=True) as uow:
            delete_record(uow.session, _live(uow.session, child, record_id), actor=actor, now=now,
                          action=f"{entity}.delete", entity=entity)
            uow.commit()
        return Outcome(None, Changes.SUPPORT_MODELS)

    # -- T10 --------------------------------------------------------------------------------------------
    def summary(self, actor: Actor, period: Period) -> SupportSummary:
        require(actor, Permission.VIEW_COUNTS)
        m, a, g = SupportModel, SupportActivity, SupportGiven
        live_model = and_(m.id == a.model_id, m.deleted_at.is_(None))
        with self._register.uow() as uow:
            s = uow.session
            count, core, members = s.execute(select(func.count(), func.coalesce(func.sum(m.core_members), 0),
                                                    func.coalesce(func.sum(m.members), 0)).where(operating(period))).one()
            acts, participants, reached = s.execute(
                select(func.count(a.id), func.coalesce(func.sum(a.participants), 0), func.coalesce(func.sum(a.new_people), 0))
                .join(m, live_model).where(a.deleted_at.is_(None), a.held_on.between(period.start, period.end))).one()
            by_category = dict(s.execute(
                select(g.category, func.sum(g.people)).join(m, and_(m.id == g.model_id, m.deleted_at.is_(None)))
                .where(g.deleted_at.is_(None), g.given_on.between(period.start, period.end)).group_by(g.category)).all())
        return SupportSummary(period, count, core, members, acts, participants, reached, sum(by_category.values()),
                              {str(k): int(v) for k, v in by_category.items()})


def _life_problems(session: Session, model_id: str, draft: SupportModelDraft) -> list[Problem]:
    """New dates of a model may not leave an activity or a support record outside its life."""
    problems: list[Problem] = []
    for child, (_, day, _, _) in _CHILDREN.items():
        column = getattr(child, day)
        first, last = session.execute(select(func.min(column), func.max(column)).where(
            child.model_id == model_id, child.deleted_at.is_(None))).one()
        if first is not None and first < draft.established_on:
            problems.append(Problem("support_model.established_after_records", "established_on",
                                    {"day": first.strftime("%d/%m/%Y")}))
        if last is not None and draft.closed_on is not None and last > draft.closed_on:
            problems.append(Problem("support_model.closed_before_records", "closed_on",
                                    {"day": last.strftime("%d/%m/%Y")}))
    return problems


def _live(session: Session, model: type, record_id: str) -> Any:
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise DomainError("support_model.not_found")
    return row


def _live_model(session: Session, record_id: str) -> SupportModel:
    row: SupportModel = _live(session, SupportModel, record_id)
    return row


def _model_record(row: SupportModel) -> SupportModelRecord:
    return SupportModelRecord(row.id, row.version, row.updated_at,
                              SupportModelDraft(**{name: getattr(row, name) for name in _MODEL_FIELDS}))
