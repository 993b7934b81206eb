"""The forms' rules that need another record are checked at the hub too: in the same bundle or already at the hub."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import DeclarativeBase

from desktop.db.models import (
    ClientContact,
    InspectionPlanEntry,
    InspectionTeam,
    InspectionTeamMember,
    SanctionDecision,
    SupportActivity,
    SupportGiven,
)
from desktop.domain.clients import ClientDraft, ContactDraft
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspection_plans import DecisionDraft, PlanEntryDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ViolationDraft
from desktop.domain.support_models import ActivityDraft, SupportGivenDraft
from desktop.sync.rules import CHECKS, SINCE
from desktop.sync.rules_links import Links, linked_problems
from tests.services.inspections.test_inspection_plans import TEAM, _plan
from tests.services.registers.test_support_models_register import CLUB
from tests.sync.sync_helpers import Pair, pair  # noqa: F401 - the fixture

TODAY = date(2026, 11, 28)
AFTER_RELEASE = datetime(2026, 12, 2, 3, 0, tzinfo=LOCAL_ZONE)  # made after the release that brought these rules


def break_outside_the_app(pair: Pair, model: type[DeclarativeBase], record_id: str,  # noqa: F811
                          **values: Any) -> None:
    """An edit by another tool (or an old release's bug): new values, a new version, made after the rule."""
    with pair.commune.services.register.uow() as uow:
        later = pair.commune.clock.now() + timedelta(minutes=5)
        uow.session.execute(update(model).where(model.id == record_id).values(  # type: ignore[attr-defined]
            version=model.version + 1, updated_at=later, created_at=AFTER_RELEASE, **values))  # type: ignore[attr-defined]
        uow.commit()


def _held(pair: Pair) -> dict[str, set[str]]:  # noqa: F811
    return {h.record_id: {r["code"] for r in h.rules} for h in pair.hub.services.quarantine.held(pair.hub.admin)}


def _count(pair: Pair, model: type[DeclarativeBase]) -> int:  # noqa: F811
    with pair.hub.services.register.uow() as uow:
        return int(uow.session.execute(select(func.count()).select_from(model)).scalar_one())


def test_support_outside_its_model_s_life_is_held_in_the_same_bundle_and_later(pair: Pair) -> None:  # noqa: F811
    s, admin = pair.commune.services, pair.commune.admin
    club = s.support_models.save(admin, CLUB).value
    early = s.support_models.save_activity(admin, club.id, ActivityDraft(date(2026, 10, 3), "peer_outreach", 25, 11)).value
    fine = s.support_models.save_activity(admin, club.id, ActivityDraft(date(2026, 10, 4), "peer_outreach", 5, 1)).value
    # The model (established 08/03/2024) travels in the same bundle as the activity dated before it.
    break_outside_the_app(pair, SupportActivity, early.id, held_on=date(2024, 3, 1))
    [report] = [i.report for i in pair.receive(*pair.send()).items]
    assert report.counts.held == 1
    assert _held(pair) == {early.id: {"support_model.before_established"}}
    assert _count(pair, SupportActivity) == 1  # the good one is in the figures, the early one is not

    # The model is now at the hub; support given after its closing day arrives in a later bundle.
    given = s.support_models.save_support_given(admin, club.id, SupportGivenDraft(date(2026, 10, 31), "health_hiv", 7)).value
    break_outside_the_app(pair, SupportGiven, given.id, given_on=date(2019, 2, 1))
    pair.receive(*pair.send())
    assert _held(pair)[given.id] == {"support_model.before_established"}
    assert _count(pair, SupportGiven) == 0
    assert fine.id not in _held(pair)


def _inspected_violation(pair: Pair) -> tuple[str, str, str]:  # noqa: F811
    s, admin = pair.commune.services, pair.commune.admin
    karaoke = s.establishments.save(admin, EstablishmentDraft(
        name="Karaoke Sao Mai", business_type="karaoke", address="Thôn Lũng Hạ", opened_on=date(2021, 4, 1))).value.id
    record = s.inspections.record(admin, InspectionDraft(
        establishment_id=karaoke, started_at=datetime(2026, 10, 2, 21, tzinfo=LOCAL_ZONE), kind="surprise",
        team_members="Trần Quang Vinh", template_version=1, conclusion="violations",
        violations=(ViolationDraft("Không có giấy phép", "warning", legal_basis="Nghị định 54/2019/NĐ-CP, Điều 4",
                                   offender_kind="household_business"),))).value
    return karaoke, record.id, record.violations[0].id


def test_a_sanction_decision_before_its_inspection_is_held(pair: Pair) -> None:  # noqa: F811
    s, admin = pair.commune.services, pair.commune.admin
    _, _, violation = _inspected_violation(pair)
    pair.receive(*pair.send())  # the inspection and its violation are at the hub first
    decision = s.decisions.record(admin, DecisionDraft(
        violation_id=violation, number="7/QĐ-XPHC", decided_on=date(2026, 10, 10), authority="Chủ tịch UBND xã",
        amount_fined=None, suspends_business=False)).value
    break_outside_the_app(pair, SanctionDecision, decision.id, decided_on=date(2026, 9, 30))
    pair.receive(*pair.send())
    assert _held(pair) == {decision.id: {"decision.before_inspection"}}
    assert _count(pair, SanctionDecision) == 0


def test_a_plan_entry_outside_its_plan_s_period_is_held(pair: Pair) -> None:  # noqa: F811
    s, admin = pair.commune.services, pair.commune.admin
    karaoke, _, _ = _inspected_violation(pair)
    team = s.inspection_plans.save_team(admin, TEAM).value
    plan = s.inspection_plans.save_plan(admin, _plan(team.id, PlanEntryDraft(karaoke, date(2026, 3, 1)))).value
    with pair.commune.services.register.uow() as uow:
        [entry] = uow.session.execute(select(InspectionPlanEntry.id).where(
            InspectionPlanEntry.plan_id == plan.id)).scalars()
    break_outside_the_app(pair, InspectionPlanEntry, entry, planned_on=date(2027, 2, 1))
    pair.receive(*pair.send())
    assert _held(pair) == {entry: {"plan.entry_outside_period"}}
    assert _count(pair, InspectionPlanEntry) == 0


def test_a_team_left_without_its_leader_is_held(pair: Pair) -> None:  # noqa: F811
    s, admin = pair.commune.services, pair.commune.admin
    team = s.inspection_plans.save_team(admin, TEAM).value
    pair.receive(*pair.send())
    with pair.commune.services.register.uow() as uow:
        leader = uow.session.execute(select(InspectionTeamMember.id).where(
            InspectionTeamMember.team_id == team.id, InspectionTeamMember.team_role == "leader")).scalar_one()
    break_outside_the_app(pair, InspectionTeamMember, leader, team_role="member")
    break_outside_the_app(pair, InspectionTeam, team.id, name=TEAM.name + " (sửa)")
    pair.receive(*pair.send())
    assert _held(pair) == {team.id: {"team.one_leader"}}


def test_a_contact_before_its_client_s_first_contact_is_held(pair: Pair) -> None:  # noqa: F811
    s, admin = pair.commune.services, pair.commune.admin
    client = s.clients.register(admin, ClientDraft(
        birth_year=1993, sex="female", workplace_type="cafe", first_contact_on=date(2026, 4, 2),
        first_contact_channel="self"), {"mother_given_name": "Sen"}).value.client
    assert client is not None
    contact = s.clients.log_contact(admin, client.id, ContactDraft(date(2026, 5, 1), "health_hiv")).value
    # The client (first contact 02/04/2026) travels in the same bundle; the contact says 01/03/2026.
    break_outside_the_app(pair, ClientContact, contact.id, contacted_on=date(2026, 3, 1))
    pair.receive(*pair.send())
    assert _held(pair) == {contact.id: {"contact.before_first_contact"}}
    assert _count(pair, ClientContact) == 0


def test_the_linked_rules_are_listed_with_their_tables_and_dated() -> None:
    assert "support_model.before_established" in CHECKS["support_activities"][1]
    assert "decision.before_inspection" in CHECKS["sanction_decisions"][1]
    assert "team.one_leader" in CHECKS["inspection_teams"][1]
    assert SINCE["plan.entry_outside_period"] == SINCE["decision.before_inspection"] == date(2026, 12, 1)
    assert "contact.before_first_contact" not in SINCE  # the contact form always had it


def test_an_unknown_establishment_or_team_is_named_and_a_missing_model_waits() -> None:
    entry = {"id": "e1", "plan_id": "p", "establishment_id": "nowhere", "planned_on": date(2026, 11, 3),
             "kind": "planned", "deleted_at": None}
    links = Links(plan_period={"p": (date(2026, 10, 1), date(2026, 12, 31))})
    assert [(p.code, p.field) for p in linked_problems("inspection_plan_entries", entry, links, today=TODAY)] == [
        ("plan.unknown_establishment", "establishment_id")]
    plan = {"id": "p", "number": "1/KH", "title": "Quý IV", "period_start": date(2026, 10, 1),
            "period_end": date(2026, 12, 31), "team_id": "ghost", "approved_on": None, "deleted_at": None}
    assert [p.code for p in linked_problems("inspection_plans", plan, links, today=TODAY)] == ["plan.unknown_team"]
    links.rosters["ghost"] = []
    assert [p.code for p in linked_problems("inspection_plans", plan, links, today=TODAY)] == [
        "plan.team_without_members"]
    activity = {"id": "a", "model_id": "unseen", "held_on": date(2001, 1, 1), "kind": "group_meeting",
                "participants": 3, "new_people": 1, "deleted_at": None}
    assert linked_problems("support_activities", activity, links, today=TODAY) == []  # waits for its model
    assert linked_problems("support_activities", {**activity, "deleted_at": TODAY}, links, today=TODAY) == []
