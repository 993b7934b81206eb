"""Teams formed by a decision, plans for a period with their progress, T8 both ways, and the authority's decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop.db.models import InspectionPlan, InspectionPlanEntry, InspectionTeam, InspectionTeamMember, SanctionDecision
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspection_plans import DecisionDraft, EntryProgress, MemberDraft, PlanDraft, PlanEntryDraft, TeamDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ViolationDraft
from desktop.domain.problems import DomainError, ValidationFailed

TEAM = TeamDraft(
    name="Đội kiểm tra liên ngành 178 xã Xuân Lũng", kind="inter_agency_178", decision_number="25/QĐ-UBND",
    decision_date=date(2026, 1, 5), decision_issuer="Chủ tịch UBND xã Xuân Lũng", valid_from=date(2026, 1, 5),
    valid_to=date(2026, 12, 31),
    members=(MemberDraft("Trần Quang Vinh", "Phó Chủ tịch UBND xã", "leader"),
             MemberDraft("Đỗ Văn Hải", "Công an xã", "member"),
             MemberDraft("Nguyễn Thị Lan", "Văn hóa - Xã hội", "secretary")))


def _establishment(opened, name: str, business_type: str = "karaoke") -> str:  # type: ignore[no-untyped-def]
    return opened.services.establishments.save(opened.admin, EstablishmentDraft(
        name=name, business_type=business_type, address="thôn Đồng Xuân", opened_on=date(2020, 1, 1))).value.id


def _inspect(opened, establishment_id: str, day: date, *violations: ViolationDraft) -> str:  # type: ignore[no-untyped-def]
    return opened.services.inspections.record(opened.admin, InspectionDraft(
        establishment_id=establishment_id, started_at=datetime(day.year, day.month, day.day, 20, tzinfo=LOCAL_ZONE),
        kind="planned", team_members="Đỗ Văn Hải", template_version=1, violations=violations,
        conclusion="violations" if violations else "no_violation")).value.id


def _rows(opened, *models) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with opened.services.register.uow() as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(m)).scalar_one() for m in models)


def test_a_team_is_saved_with_its_roster_and_decision(opened) -> None:  # type: ignore[no-untyped-def]
    plans = opened.services.inspection_plans
    team = plans.save_team(opened.admin, TEAM).value
    assert team.draft.members == TEAM.members and team.draft.leader().full_name == "Trần Quang Vinh"
    assert team.draft.decision_reference == ("Quyết định số 25/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND xã Xuân Lũng")
    changed = plans.save_team(opened.admin, replace(TEAM, members=TEAM.members[:2]), team_id=team.id).value
    assert len(changed.draft.members) == 2 and changed.version == 2
    assert _rows(opened, InspectionTeamMember) == (5,)  # the old roster stays as tombstones for the hub
    assert [t.id for t in plans.teams(opened.admin, on=date(2026, 6, 1))] == [team.id]
    assert plans.teams(opened.admin, on=date(2027, 1, 1)) == []


@pytest.mark.parametrize(("changes", "code"), [
    ({"members": ()}, "team.no_members"),
    ({"members": (MemberDraft("Đỗ Văn Hải", "", "member"),)}, "team.one_leader"),
    ({"decision_number": ""}, "required"),
    ({"decision_date": date(2026, 12, 1)}, "date.future"),
    ({"valid_to": date(2025, 1, 1)}, "team.period_reversed"),
])
def test_a_bad_team_is_refused_whole(opened, changes, code) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as refused:
        opened.services.inspection_plans.save_team(opened.admin, replace(TEAM, **changes))
    assert code in [p.code for p in refused.value.problems]
    assert _rows(opened, InspectionTeam, InspectionTeamMember) == (0, 0)


def _plan(team_id: str, *entries: PlanEntryDraft) -> PlanDraft:
    return PlanDraft(number="15/KH-UBND", title="Kế hoạch kiểm tra năm 2026", period_start=date(2026, 1, 1),
                     period_end=date(2026, 12, 31), team_id=team_id, entries=entries)


def test_a_plan_whose_team_has_no_members_is_refused(opened) -> None:  # type: ignore[no-untyped-def]
    plans = opened.services.inspection_plans
    team = plans.save_team(opened.admin, TEAM).value
    with opened.services.register.uow() as uow:  # a roster emptied by a sync tombstone, say
        for member in uow.session.execute(select(InspectionTeamMember)).scalars():
            member.deleted_at = member.created_at
        uow.commit()
    karaoke = _establishment(opened, "Karaoke Sao Mai")
    with pytest.raises(ValidationFailed) as refused:
        plans.save_plan(opened.admin, _plan(team.id, PlanEntryDraft(karaoke, date(2026, 3, 1))))
    assert [p.code for p in refused.value.problems] == ["plan.team_without_members"]
    assert _rows(opened, InspectionPlan, InspectionPlanEntry) == (0, 0)


@pytest.mark.parametrize(("entries", "code"), [
    ((), "plan.no_entries"),
    ((PlanEntryDraft("no-such-id", date(2026, 3, 1)),), "plan.unknown_establishment"),
    ((PlanEntryDraft("K", date(2027, 3, 1)),), "plan.entry_outside_period"),
    ((PlanEntryDraft("K", date(2026, 3, 1)), PlanEntryDraft("K", date(2026, 4, 1))), "plan.duplicate_establishment"),
    ((PlanEntryDraft("K", date(2026, 3, 1), kind="reinspection"),), "plan.unknown_kind"),
])
def test_bad_plans_are_refused_whole(opened, entries, code) -> None:  # type: ignore[no-untyped-def]
    team = opened.services.inspection_plans.save_team(opened.admin, TEAM).value
    karaoke = _establishment(opened, "Karaoke Sao Mai")
    entries = tuple(replace(e, establishment_id=karaoke) if e.establishment_id == "K" else e for e in entries)
    with pytest.raises(ValidationFailed) as refused:
        opened.services.inspection_plans.save_plan(opened.admin, _plan(team.id, *entries))
    assert code in [p.code for p in refused.value.problems]
    assert _rows(opened, InspectionPlan, InspectionPlanEntry) == (0, 0)


def test_plan_progress_and_t8_against_the_plan_and_all_operating(opened) -> None:  # type: ignore[no-untyped-def]
    plans = opened.services.inspection_plans
    team = plans.save_team(opened.admin, TEAM).value
    a, b, c, d = (_establishment(opened, n) for n in ("Karaoke A", "Karaoke B", "Karaoke C", "Karaoke D"))
    plan = plans.save_plan(opened.admin, _plan(
        team.id, PlanEntryDraft(a, date(2026, 3, 1)), PlanEntryDraft(b, date(2026, 5, 1), kind="surprise"),
        PlanEntryDraft(c, date(2026, 12, 10)))).value
    _inspect(opened, a, date(2026, 3, 2))
    _inspect(opened, d, date(2026, 4, 2))  # not in the plan: counts against all operating only
    _inspect(opened, b, date(2025, 11, 2))  # before the plan's period: does not make b done
    progress = plans.progress(opened.admin, plan.id)
    assert [(r.establishment_name, r.progress) for r in progress.rows] == [
        ("Karaoke A", EntryProgress.DONE), ("Karaoke B", EntryProgress.NOT_DONE),
        ("Karaoke C", EntryProgress.PENDING)]  # today is 28/11/2026
    assert (progress.planned, progress.done, progress.not_done) == (3, 1, 1)
    assert [p.plan_id for p in plans.current_progress(opened.admin)] == [plan.id]
    t8 = plans.t8(opened.admin, date(2026, 1, 1), date(2026, 12, 31))
    assert (t8.planned, t8.planned_inspected, t8.operating, t8.operating_inspected) == (3, 1, 4, 2)
    assert (t8.plan_percent, t8.operating_percent) == (33.3, 50.0)


def test_a_team_used_by_a_plan_cannot_be_deleted(opened) -> None:  # type: ignore[no-untyped-def]
    plans = opened.services.inspection_plans
    team = plans.save_team(opened.admin, TEAM).value
    plans.save_plan(opened.admin, _plan(team.id, PlanEntryDraft(_establishment(opened, "K"), date(2026, 3, 1))))
    with pytest.raises(DomainError) as refused:
        plans.delete_team(opened.admin, team.id)
    assert refused.value.code == "team.in_use"


BUSINESS = ViolationDraft("Không có giấy phép", "warning", legal_basis="Nghị định 54/2019/NĐ-CP, Điều 4",
                          offender_kind="household_business")
DECISION = DecisionDraft(violation_id="", number="12/QĐ-XPHC", decided_on=date(2026, 10, 10),
                         authority="Chủ tịch UBND xã Xuân Lũng", amount_fined=20_000_000,
                         additional_penalties="Tước giấy phép 01 tháng", suspends_business=True)


def test_a_decision_is_recorded_against_a_violation(opened) -> None:  # type: ignore[no-untyped-def]
    karaoke = _establishment(opened, "Karaoke Sao Mai")
    inspection = opened.services.inspections.get(opened.admin, _inspect(opened, karaoke, date(2026, 10, 2), BUSINESS))
    violation_id = inspection.violations[0].id
    decisions = opened.services.decisions
    saved = decisions.record(opened.admin, replace(DECISION, violation_id=violation_id)).value
    assert saved.draft.amount_fined == 20_000_000 and not saved.draft.paid
    paid = decisions.record(opened.admin, replace(saved.draft, paid=True, paid_on=date(2026, 10, 20)),
                            decision_id=saved.id).value
    assert paid.draft.paid and paid.version == 2
    assert [d.id for d in decisions.for_inspection(opened.admin, inspection.id)] == [saved.id]
    with opened.services.register.uow() as uow:
        assert uow.session.get(SanctionDecision, saved.id).establishment_id == karaoke


@pytest.mark.parametrize(("changes", "code"), [
    ({"decided_on": date(2026, 10, 1)}, "decision.before_inspection"),
    ({"decided_on": date(2026, 12, 1)}, "date.future"),
    ({"number": ""}, "required"),
    ({"amount_fined": -5}, "number.negative"),
    ({"paid_on": date(2026, 10, 20)}, "decision.paid_on_without_paid"),
    ({"paid": True, "amount_fined": None}, "decision.paid_without_fine"),
])
def test_a_bad_decision_is_refused(opened, changes, code) -> None:  # type: ignore[no-untyped-def]
    karaoke = _establishment(opened, "Karaoke Sao Mai")
    inspection = opened.services.inspections.get(opened.admin, _inspect(opened, karaoke, date(2026, 10, 2), BUSINESS))
    with pytest.raises(ValidationFailed) as refused:
        opened.services.decisions.record(opened.admin, replace(DECISION, violation_id=inspection.violations[0].id,
                                                               **changes))
    assert code in [p.code for p in refused.value.problems]
    assert _rows(opened, SanctionDecision) == (0,)


def test_a_decided_violation_survives_an_amendment_but_cannot_be_removed(opened) -> None:  # type: ignore[no-untyped-def]
    karaoke = _establishment(opened, "Karaoke Sao Mai")
    inspections = opened.services.inspections
    record = inspections.get(opened.admin, _inspect(opened, karaoke, date(2026, 10, 2), BUSINESS))
    decision = opened.services.decisions.record(
        opened.admin, replace(DECISION, violation_id=record.violations[0].id)).value
    amended = inspections.amend(opened.admin, record.id, replace(record.draft, findings="Đã bổ sung.")).value
    assert [d.id for d in opened.services.decisions.for_inspection(opened.admin, record.id)] == [decision.id]
    assert opened.services.decisions.get(opened.admin, decision.id).draft.violation_id == amended.violations[0].id
    with pytest.raises(DomainError) as refused:
        inspections.amend(opened.admin, record.id, replace(amended.draft, violations=(), conclusion="no_violation"))
    assert refused.value.code == "violation.has_decision"
    with pytest.raises(DomainError):
        inspections.delete(opened.admin, record.id)
    assert inspections.get(opened.admin, record.id).violations[0].id == amended.violations[0].id


def test_the_home_screen_shows_the_running_plan_and_t8_both_ways(opened) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.home.home import Severity, attention

    plans = opened.services.inspection_plans
    team = plans.save_team(opened.admin, TEAM).value
    a, b = _establishment(opened, "Karaoke A"), _establishment(opened, "Karaoke B")
    _establishment(opened, "Karaoke C")  # operating, not planned
    plans.save_plan(opened.admin, _plan(team.id, PlanEntryDraft(a, date(2026, 3, 1)), PlanEntryDraft(b, date(2026, 4, 1))))
    _inspect(opened, a, date(2026, 3, 3))
    item = next(i for i in attention(opened.services.register, opened.admin) if i.code == "home.plan_progress")
    assert item.severity is Severity.WARNING and item.target_page == "establishments"  # b is overdue
    assert item.params == {"number": "15/KH-UBND", "planned": 2, "done": 1, "not_done": 1, "plan_percent": "50,0",
                           "all_percent": "33,3"}
    from desktop.gui.pages.home import HOME_TEXTS

    assert "1/2" in HOME_TEXTS["home.plan_progress"].format(**item.params)
