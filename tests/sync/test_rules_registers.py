"""The hub checks this wave's synced tables with the forms' own domain functions (desktop/sync/rules_registers.py),
and a violation against the offence in force on its inspection's day and for its offender's kind."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

import pytest

from desktop.sync.rules import record_problems

TODAY = date(2026, 12, 5)
AFTER = datetime(2026, 12, 2, 3, 0, tzinfo=timezone.utc)  # created after the release that brought these rules
BEFORE = datetime(2026, 11, 20, 3, 0, tzinfo=timezone.utc)

VALID: dict[str, dict[str, Any]] = {
    "tip_offs": dict(received_on=date(2026, 11, 1), channel="hotline", subject_kind="establishment",
                     establishment_id=None, verified_on=date(2026, 11, 3), verification_result="confirmed",
                     passed_on_to=None, passed_on_on=None, handled_on=date(2026, 11, 10), outcome="sanctioned"),
    "support_models": dict(name="CLB Bạn giúp bạn", kind="peer_club", established_on=date(2025, 3, 1),
                           host_organisation="Hội LHPN xã", core_members=5, members=20, closed_on=None),
    "support_activities": dict(model_id="m", held_on=date(2026, 11, 2), kind="group_meeting", participants=12,
                               new_people=3),
    "support_given": dict(model_id="m", given_on=date(2026, 11, 2), category="health_hiv", people=4),
    "inspection_teams": dict(name="Đoàn 178 xã", kind="inter_agency_178", decision_number="12/QĐ-UBND",
                             decision_date=date(2026, 1, 5), decision_issuer="UBND xã", valid_from=date(2026, 1, 5),
                             valid_to=None),
    "inspection_team_members": dict(team_id="t", position=0, full_name="Nguyễn Văn An", agency="Công an xã",
                                    team_role="leader"),
    "inspection_plans": dict(number="05/KH-178", title="Kế hoạch quý IV", period_start=date(2026, 10, 1),
                             period_end=date(2026, 12, 31), team_id="t", approved_on=None),
    "inspection_plan_entries": dict(plan_id="p", establishment_id="e", planned_on=date(2026, 11, 15),
                                    kind="planned"),
    "sanction_decisions": dict(violation_id="v", establishment_id="e", number="07/QĐ-XPHC",
                               decided_on=date(2026, 11, 20), authority="Chủ tịch UBND xã", amount_fined=2_000_000,
                               additional_penalties="", suspends_business=False, paid=True,
                               paid_on=date(2026, 11, 25)),
    "issued_documents": dict(kind="BC", symbol="BC-UBND", year=2026, number=3, issued_on=date(2026, 11, 30),
                             title="Báo cáo quý IV", period_code="2026-Q4", situation="", results="",
                             shortcomings="", proposals=""),
    "annual_targets": dict(year=2026, indicator_code="T1", target_set="province", target=">= 3.500"),
    "violations": dict(inspection_id="i", position=0, item_code=None, sanction_ref="nd282-luu-tru-1-3-nguoi",
                       decree="", article="", clause="", point="", legal_basis="",
                       description="Cho 2 người mua bán dâm lưu trú", handling="fine_proposal",
                       proposed_amount=3_000_000, amount_min=2_000_000, amount_max=4_000_000,
                       offender_kind="household_business", offender_role=""),
}


def _record(table: str, created_at: datetime = AFTER, **changes: Any) -> dict[str, Any]:
    return {**VALID[table], "id": "r1", "created_at": created_at, "deleted_at": None, **changes}


def _codes(table: str, record: dict[str, Any], **kwargs: Any) -> list[tuple[str, str | None]]:
    return [(p.code, p.field) for p in record_problems(table, record, today=TODAY, **kwargs)]


@pytest.mark.parametrize("table", sorted(VALID))
def test_a_record_the_form_would_save_passes(table: str) -> None:
    assert _codes(table, _record(table), inspected_on=date(2026, 11, 28)) == []


@pytest.mark.parametrize(("table", "changes", "expected"), [
    ("tip_offs", dict(handled_on=date(2026, 10, 1)), ("tip_off.handled_before_received", "handled_on")),
    ("tip_offs", dict(channel="pigeon"), ("tip_off.unknown_channel", "channel")),
    ("support_models", dict(core_members=30), ("support_model.core_exceeds_members", "core_members")),
    ("support_activities", dict(new_people=40), ("support_model.new_exceeds_participants", "new_people")),
    ("support_given", dict(people=0), ("support_model.no_people", "people")),
    ("inspection_teams", dict(valid_to=date(2025, 1, 1)), ("team.period_reversed", "valid_to")),
    ("inspection_team_members", dict(team_role="boss"), ("team.unknown_role", "team_role")),
    ("inspection_team_members", dict(full_name=" "), ("required", "full_name")),
    ("inspection_plans", dict(period_end=date(2026, 9, 1)), ("plan.period_reversed", "period_end")),
    ("inspection_plan_entries", dict(kind="reinspection"), ("plan.unknown_kind", "kind")),
    ("sanction_decisions", dict(paid=False), ("decision.paid_on_without_paid", "paid_on")),
    ("issued_documents", dict(number=0), ("documents.number_invalid", "number")),
    ("annual_targets", dict(target="about 70"), ("reports.bad_target", "target")),
])
def test_a_record_breaking_its_forms_rule_is_named(table: str, changes: dict[str, Any],
                                                   expected: tuple[str, str | None]) -> None:
    assert _codes(table, _record(table, **changes)) == [expected]


def test_a_violation_needs_its_offence_in_force_on_the_inspection_day_and_for_its_offender() -> None:
    record = _record("violations")
    # Decree 282 came into force on 15/12/2025: an inspection before it is judged by decree 144.
    assert _codes("violations", record, inspected_on=date(2025, 6, 1)) == [
        ("violation.reference_not_in_force", "sanction_ref")]
    # The hub has not seen the inspection yet: the in-force part waits, the rest is checked.
    assert _codes("violations", record) == []
    person = _record("violations", offender_kind="person", offender_role="khách")
    assert ("violation.reference_not_for_offender", "sanction_ref") in _codes("violations", person,
                                                                              inspected_on=date(2026, 11, 28))


def test_a_violation_made_before_this_release_is_not_held_for_the_forms_newer_rules() -> None:
    old = _record("violations", created_at=BEFORE, offender_kind=None)
    assert _codes("violations", old, inspected_on=date(2025, 6, 1)) == []
    assert _codes("violations", _record("violations", offender_kind=None)) == [
        ("violation.offender_required", "offender_kind")]


def test_the_tip_offs_description_never_travels_so_its_rules_stay_with_the_form() -> None:
    assert "description" not in VALID["tip_offs"] and _codes("tip_offs", _record("tip_offs")) == []
