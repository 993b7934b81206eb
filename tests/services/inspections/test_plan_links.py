"""A visit carries out one plan entry: found by the service, checked when given, printed on the biên bản."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop.db.models import Inspection, InspectionPlanEntry
from desktop.domain.inspection_plans import EntryProgress, PlanEntryDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft
from desktop.domain.problems import DomainError
from tests.services.inspections.test_inspection_plans import TEAM, _establishment, _plan


def _visit(opened, establishment_id: str, day: date, kind: str = "planned",  # type: ignore[no-untyped-def]
           entry: str | None = None):
    return opened.services.inspections.record(opened.admin, InspectionDraft(
        establishment_id=establishment_id, started_at=datetime(day.year, day.month, day.day, 20, tzinfo=LOCAL_ZONE),
        kind=kind, team_members="Đỗ Văn Hải", template_version=1, conclusion="no_violation",
        plan_entry_id=entry)).value


def _setup(opened):  # type: ignore[no-untyped-def]
    """A year plan (A in March, B in May) and a third-quarter plan with a surprise visit of A in September."""
    plans = opened.services.inspection_plans
    team = plans.save_team(opened.admin, TEAM).value
    a, b = _establishment(opened, "Karaoke A"), _establishment(opened, "Karaoke B")
    plan = plans.save_plan(opened.admin, _plan(team.id, PlanEntryDraft(a, date(2026, 3, 1)),
                                               PlanEntryDraft(b, date(2026, 5, 1)))).value
    plans.save_plan(opened.admin, replace(_plan(team.id, PlanEntryDraft(a, date(2026, 9, 1), kind="surprise")),
                                          number="20/KH-UBND", period_start=date(2026, 7, 1),
                                          period_end=date(2026, 9, 30)))
    return plans, plan, a, b


def _entry_ids(opened) -> dict[tuple[str, date], str]:  # type: ignore[no-untyped-def]
    with opened.services.register.uow() as uow:
        rows = uow.session.execute(select(InspectionPlanEntry.establishment_id, InspectionPlanEntry.planned_on,
                                          InspectionPlanEntry.id))
        return {(r[0], r[1]): r[2] for r in rows}


def test_a_visit_carries_out_its_entry_and_a_reinspection_none(opened) -> None:  # type: ignore[no-untyped-def]
    plans, plan, a, b = _setup(opened)
    ids = _entry_ids(opened)
    first = _visit(opened, a, date(2026, 3, 4))
    assert first.draft.plan_entry_id == ids[(a, date(2026, 3, 1))]  # same kind, nearest day
    again = _visit(opened, a, date(2026, 4, 10), kind="reinspection")
    assert again.draft.plan_entry_id is None
    surprise = _visit(opened, a, date(2026, 8, 30), kind="surprise")
    assert surprise.draft.plan_entry_id == ids[(a, date(2026, 9, 1))]
    fourth = _visit(opened, a, date(2026, 10, 1))  # both entries of A carried out already
    assert fourth.draft.plan_entry_id is None
    rows = {r.establishment_id + str(r.planned_on): r.progress for r in plans.progress(opened.admin, plan.id).rows}
    assert rows == {a + "2026-03-01": EntryProgress.DONE, b + "2026-05-01": EntryProgress.NOT_DONE}
    third_quarter = next(p for p in plans.plans(opened.admin) if p.draft.number == "20/KH-UBND")
    assert [r.progress for r in plans.progress(opened.admin, third_quarter.id).rows] == [EntryProgress.DONE]


def test_a_reinspection_in_the_period_no_longer_ticks_an_entry(opened) -> None:  # type: ignore[no-untyped-def]
    plans, plan, _a, b = _setup(opened)
    _visit(opened, b, date(2026, 6, 1), kind="reinspection")
    row = next(r for r in plans.progress(opened.admin, plan.id).rows if r.establishment_id == b)
    assert row.progress is EntryProgress.NOT_DONE
    t8 = plans.t8(opened.admin, date(2026, 1, 1), date(2026, 12, 31))
    assert (t8.planned, t8.planned_inspected) == (2, 0)


def test_an_entry_given_explicitly_is_checked_and_nothing_is_saved_when_wrong(opened) -> None:  # type: ignore[no-untyped-def]
    _plans, plan, a, b = _setup(opened)
    ids = _entry_ids(opened)
    with pytest.raises(DomainError) as refused:
        _visit(opened, a, date(2026, 5, 2), entry=ids[(b, date(2026, 5, 1))])  # another business's entry
    assert refused.value.code == "inspection.plan_entry_mismatch"
    with pytest.raises(DomainError) as refused:
        _visit(opened, b, date(2026, 5, 2), kind="reinspection", entry=ids[(b, date(2026, 5, 1))])
    assert refused.value.code == "inspection.plan_entry_reinspection"
    with opened.services.register.uow() as uow:
        assert uow.session.execute(select(func.count()).select_from(Inspection)).scalar_one() == 0
    with pytest.raises(DomainError) as refused:  # the third quarter's entry, visited in March
        _visit(opened, a, date(2026, 3, 2), entry=ids[(a, date(2026, 9, 1))])
    assert refused.value.code == "inspection.plan_entry_mismatch"
    # In September both of A's entries are open: the service would take the year plan's (same kind), but the
    # officer's choice stands.
    chosen = _visit(opened, a, date(2026, 9, 3), entry=ids[(a, date(2026, 9, 1))])
    assert chosen.draft.plan_entry_id == ids[(a, date(2026, 9, 1))]


def test_an_amended_visit_keeps_its_entry(opened) -> None:  # type: ignore[no-untyped-def]
    _plans, plan, a, _b = _setup(opened)
    record = _visit(opened, a, date(2026, 3, 4))
    amended = opened.services.inspections.amend(opened.admin, record.id, replace(record.draft, plan_entry_id=None,
                                                                                  findings="Bổ sung"),
                                                expected_version=record.version).value
    assert amended.draft.plan_entry_id == record.draft.plan_entry_id is not None
