"""A hub sees its communes' teams, plans, decisions and the offenders of their violations after an import."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.inspection_plans import DecisionDraft, PlanEntryDraft
from desktop.domain.inspections import LOCAL_ZONE, InspectionDraft, ViolationDraft
from desktop.sync.payload import table_specs
from tests.services.inspections.test_inspection_plans import TEAM, _plan
from tests.sync.sync_helpers import Pair, pair  # noqa: F401 - the fixture


def test_teams_plans_and_decisions_travel_to_the_hub(pair: Pair) -> None:  # noqa: F811
    commune, admin = pair.commune.services, pair.commune.admin
    assert {"inspection_teams", "inspection_team_members", "inspection_plans", "inspection_plan_entries",
            "sanction_decisions"} <= set(table_specs())
    karaoke = commune.establishments.save(admin, EstablishmentDraft(
        name="Karaoke Sao Mai", business_type="karaoke", address="Thôn Lũng Hạ", opened_on=date(2021, 4, 1))).value.id
    team = commune.inspection_plans.save_team(admin, TEAM).value
    plan = commune.inspection_plans.save_plan(admin, _plan(team.id, PlanEntryDraft(karaoke, date(2026, 3, 1)))).value
    record = commune.inspections.record(admin, InspectionDraft(
        establishment_id=karaoke, started_at=datetime(2026, 3, 2, 21, tzinfo=LOCAL_ZONE), kind="planned",
        team_members="Trần Quang Vinh", template_version=1, team_id=team.id, record_number="03/BB-ĐKT",
        team_leader="Trần Quang Vinh", recorder="Nguyễn Thị Lan", conclusion="violations",
        violations=(ViolationDraft("Không điều chỉnh giấy phép", "fine_proposal",
                                   sanction_ref="nd38-d15-k6-dieu-chinh-giay-phep", proposed_amount=30_000_000,
                                   offender_kind="enterprise"),
                    ViolationDraft("Khách mua dâm", "police_referral", sanction_ref="nd282-mua-dam",
                                   offender_kind="person", offender_role="Khách", offender_name="Lê Văn B")))).value
    decision = commune.decisions.record(admin, DecisionDraft(
        violation_id=record.violations[0].id, number="7/QĐ-XPHC", decided_on=date(2026, 3, 10),
        authority="Chủ tịch UBND xã Xuân Lũng", amount_fined=30_000_000, suspends_business=False)).value
    pair.receive(*pair.send())
    hub, hub_admin = pair.hub.services, pair.hub.admin
    (seen_team,) = hub.inspection_plans.teams(hub_admin)
    assert seen_team.draft.members == TEAM.members
    (seen_plan,) = hub.inspection_plans.plans(hub_admin)
    assert seen_plan.id == plan.id and seen_plan.team_name == TEAM.name
    assert hub.inspection_plans.progress(hub_admin, plan.id).done == 1
    seen = hub.inspections.get(hub_admin, record.id)
    assert (seen.draft.record_number, seen.draft.conclusion, seen.violations[0].draft.offender_kind) == (
        "03/BB-ĐKT", "violations", "enterprise")
    assert (seen.violations[0].amount_min, seen.violations[0].amount_max) == (30_000_000, 40_000_000)
    assert [d.id for d in hub.decisions.for_inspection(hub_admin, record.id)] == [decision.id]
    assert "offender_name" not in table_specs()["violations"].column_names  # a person's name never leaves the PC
    assert commune.inspections.get(admin, record.id).violations[1].draft.offender_name == "Lê Văn B"
    assert (seen.violations[1].draft.offender_role, seen.violations[1].draft.offender_name) == ("Khách", "")
    # At the hub, T8 of a commune's plan counts that commune's businesses only.
    t8 = hub.inspection_plans.t8(hub_admin, date(2026, 1, 1), date(2026, 12, 31), unit=seen_plan.origin_unit)
    assert (t8.planned, t8.planned_inspected, t8.operating, t8.operating_inspected) == (1, 1, 1, 1)
    assert hub.inspection_plans.t8(hub_admin, date(2026, 1, 1), date(2026, 12, 31), unit="00000@2025-07").operating == 0


def test_a_violation_whose_offence_was_not_in_force_on_the_inspection_day_is_held(pair: Pair) -> None:  # noqa: F811
    """The inspection's day is looked up once per bundle: from the same bundle, or from what the hub holds."""
    from sqlalchemy import select, update

    from desktop.db.models import Violation

    commune, admin = pair.commune.services, pair.commune.admin
    karaoke = commune.establishments.save(admin, EstablishmentDraft(
        name="Karaoke Sao Mai", business_type="karaoke", address="Thôn Lũng Hạ", opened_on=date(2021, 4, 1))).value.id

    def inspect(day: int) -> str:
        return commune.inspections.record(admin, InspectionDraft(
            establishment_id=karaoke, started_at=datetime(2026, 3, day, 21, tzinfo=LOCAL_ZONE), kind="surprise",
            team_members="Trần Quang Vinh", template_version=1, violations=(ViolationDraft(
                "Khách mua dâm", "police_referral", sanction_ref="nd282-mua-dam", offender_kind="person",
                offender_role="Khách"),))).value.violations[0].id

    def break_rule(violation_id: str, **more: object) -> None:
        # As a commune on an older release might send it, made after the rule's release: decree 144 had lapsed.
        with pair.commune.services.register.uow() as uow:
            uow.session.execute(update(Violation).where(Violation.id == violation_id).values(
                sanction_ref="nd144-mua-dam", created_at=datetime(2026, 12, 2, 3, 0, tzinfo=LOCAL_ZONE), **more))
            uow.commit()

    first = inspect(2)
    break_rule(first)
    pair.receive(*pair.send())
    [held] = pair.hub.services.quarantine.held(pair.hub.admin)
    assert (held.table_name, held.record_id) == ("violations", first)
    assert [r["code"] for r in held.rules] == ["violation.reference_not_in_force"]
    with pair.hub.services.register.uow() as uow:
        assert uow.session.execute(select(Violation.id).where(Violation.id == first)).first() is None

    # The inspection already at the hub, its violation changed in a later bundle: the hub's own record gives the day.
    second = inspect(3)
    pair.receive(*pair.send())
    break_rule(second, version=2, updated_at=datetime(2026, 12, 2, 4, 0, tzinfo=LOCAL_ZONE))
    pair.receive(*pair.send())
    assert {h.record_id for h in pair.hub.services.quarantine.held(pair.hub.admin)} == {first, second}
