"""Per synced table and rule code: strategies of ways to break a record of a real bundle (tests/sync/every_table.py).

A breaker takes the bundle's records by table (JSON values, as sent) and returns the (table, id) that must be held.
Where the bundle format itself already refuses every value that breaks a rule (a text longer than the format's
own maximum, a missing date the format requires), the rule is listed in FORMAT_FIRST: the whole bundle is then
refused cleanly before any rule is asked, which the property test checks instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

Bundle = dict[str, list[dict[str, Any]]]
Breaker = Callable[[Bundle], tuple[str, str]]

BUNDLE_DAY = date(2026, 11, 28)  # the fixture's clock: "today" for the rules is two days later
AFTER_RELEASE = "2026-12-02T03:00:00+00:00"  # records made after the release that brought the dated rules
# Junk codes: no NUL (the format refuses it in any text) and at most 8 characters (clients.sex is 8 wide).
_junk = st.text(st.characters(codec="utf-8", blacklist_characters="\x00"), min_size=1, max_size=8)
_future = st.integers(min_value=3, max_value=20_000).map(lambda d: (BUNDLE_DAY + timedelta(days=d)).isoformat())
_before_programme = st.dates(min_value=date(1900, 1, 1), max_value=date(2018, 12, 31)).map(date.isoformat)
_negative = st.integers(min_value=-10**9, max_value=-1)
_blank = st.sampled_from(["", " ", "   ", "\t"])


def _day(start: date, end: date) -> st.SearchStrategy[str]:
    return st.dates(min_value=start, max_value=end).map(date.isoformat)


# Which record of a table is broken: the first, or for violations the guest's (the bundle's order is by id).
PICK: dict[str, Callable[[dict[str, Any]], bool]] = {"violations": lambda r: r["position"] == 1}


def _any(record: dict[str, Any]) -> bool:
    return True


def _set(table: str, **values: st.SearchStrategy[Any] | Any) -> st.SearchStrategy[Breaker]:
    """Set fields of the table's chosen record (strategies drawn, plain values as given)."""
    drawn = {k: v if isinstance(v, st.SearchStrategy) else st.just(v) for k, v in values.items()}

    def breaker(chosen: dict[str, Any]) -> Breaker:
        def apply(bundle: Bundle) -> tuple[str, str]:
            wanted = PICK.get(table, _any)
            record = next(r for r in bundle[table] if wanted(r))
            record.update(chosen, created_at=AFTER_RELEASE)
            return table, record["id"]
        return apply
    return st.fixed_dictionaries(drawn).map(breaker)


def _not_in(codes: set[str]) -> st.SearchStrategy[str]:
    return _junk.filter(lambda t: t not in codes and t.strip() == t and t != "")


def _linked(table: str, other: str, other_values: dict[str, Any], **values: st.SearchStrategy[Any] | Any,
            ) -> st.SearchStrategy[Breaker]:
    """Break `table`'s first record against `other`'s first record (changed too), in the same bundle."""
    def wrap(inner: Breaker) -> Breaker:
        def apply(bundle: Bundle) -> tuple[str, str]:
            bundle[other][0].update(other_values)
            return inner(bundle)
        return apply
    return _set(table, **values).map(wrap)


def _roster(change: Callable[[list[dict[str, Any]]], None], held: str) -> st.SearchStrategy[Breaker]:
    """Change the team's members (their own rows), then the team or plan must be held."""
    def apply(bundle: Bundle) -> tuple[str, str]:
        change(bundle["inspection_team_members"])
        record = bundle[held][0]
        record["created_at"] = AFTER_RELEASE
        return held, record["id"]
    return st.just(apply)


def _all_deleted(members: list[dict[str, Any]]) -> None:
    for m in members:
        m["deleted_at"] = "2026-11-28T02:00:00+00:00"


def _no_leader(members: list[dict[str, Any]]) -> None:
    for m in members:
        m["team_role"] = "member"


BREAKERS: dict[tuple[str, str], st.SearchStrategy[Breaker]] = {
    ("annual_targets", "reports.bad_target"): _set("annual_targets", target=st.one_of(
        st.sampled_from(["about 70", "≥", "70 người", "<= abc"]),
        st.integers(min_value=-10**6, max_value=0).map(lambda n: f">= {n}"))),
    ("client_contacts", "date.future"): _set("client_contacts", contacted_on=_future),
    ("client_contacts", "contact.before_first_contact"): _set(
        "client_contacts", contacted_on=_day(date(2019, 1, 2), date(2026, 4, 1))),  # the client's first: 02/04/2026
    ("client_contacts", "client.unknown_code"): _set("client_contacts", category=_not_in({"health_hiv"})),
    ("client_contacts", "number.negative"): st.sampled_from(["condoms", "lubricant", "leaflets"]).flatmap(
        lambda name: _set("client_contacts", **{name: _negative})),
    ("client_status_changes", "date.future"): _set("client_status_changes", changed_on=_future),
    ("client_status_changes", "client.unknown_code"): _set("client_status_changes", status=_not_in({"active"})),
    ("client_status_changes", "sync.rule_before_programme"): _set("client_status_changes", changed_on=_before_programme),
    ("clients", "client.birth_year_impossible"): _set("clients", birth_year=st.one_of(
        st.integers(min_value=-10**6, max_value=1900), st.integers(min_value=2027, max_value=10**6))),
    ("clients", "client.unknown_code"): st.sampled_from(["sex", "workplace_type", "first_contact_channel", "status"]
                                                        ).flatmap(lambda n: _set("clients", **{n: _not_in(set())})),
    ("clients", "date.future"): st.sampled_from(["first_contact_on", "status_on", "last_contact_on"]).flatmap(
        lambda n: _set("clients", **{n: _future})),
    ("clients", "client.contact_before_birth"): st.integers(min_value=2019, max_value=2025).flatmap(
        lambda y: _set("clients", first_contact_on=f"{y}-06-01", birth_year=y + 1)),
    ("clients", "sync.rule_before_programme"): _set("clients", first_contact_on=_before_programme, birth_year=1900),
    ("consents", "date.future"): _set("consents", given_on=_future),
    ("consents", "client.unknown_code"): _set("consents", scope=_not_in({"support", "referral", "data"})),
    ("consents", "consent.withdrawn_before_given"): _set("consents", withdrawn_on=_day(date(2019, 1, 1),
                                                                                       date(2026, 4, 1))),
    ("consents", "sync.rule_before_programme"): _set("consents", given_on=_before_programme),
    ("erasures", "date.future"): _set("erasures", erased_on=_future),
    ("establishments", "required"): st.sampled_from(["name", "address"]).flatmap(
        lambda n: _set("establishments", **{n: _blank})),
    ("establishments", "establishment.unknown_type"): _set("establishments", business_type=_not_in({"karaoke"})),
    ("establishments", "establishment.unknown_status"): _set("establishments", status=_not_in({"operating"})),
    ("establishments", "date.future"): _set("establishments", opened_on=_future),
    ("establishments", "establishment.closed_without_date"): _set("establishments", status="closed", closed_on=None),
    ("establishments", "establishment.closed_date_but_open"): _set(
        "establishments", closed_on=_day(date(2021, 5, 1), date(2026, 11, 1))),
    ("establishments", "establishment.closed_before_opened"): _set(
        "establishments", status="closed", closed_on=_day(date(2019, 1, 1), date(2021, 3, 31))),
    ("inspection_plan_entries", "plan.unknown_kind"): _set("inspection_plan_entries", kind=_not_in({"planned",
                                                                                                   "surprise"})),
    ("inspection_plan_entries", "plan.entry_outside_period"): _set("inspection_plan_entries", planned_on=st.one_of(
        _day(date(2019, 1, 1), date(2025, 12, 31)), _day(date(2027, 1, 1), date(2030, 12, 31)))),
    ("inspection_plan_entries", "plan.unknown_establishment"): _set(
        "inspection_plan_entries", establishment_id=st.uuids().map(str)),
    ("inspection_plans", "required"): st.sampled_from(["number", "title"]).flatmap(
        lambda n: _set("inspection_plans", **{n: _blank})),
    ("inspection_plans", "plan.period_reversed"): _set("inspection_plans", period_end=_day(date(2019, 1, 1),
                                                                                          date(2025, 12, 31))),
    ("inspection_plans", "plan.unknown_team"): _set("inspection_plans", team_id=st.uuids().map(str)),
    ("inspection_plans", "plan.team_without_members"): _roster(_all_deleted, "inspection_plans"),
    ("inspection_results", "number.negative"): _set("inspection_results", number=_negative),
    ("inspection_team_members", "required"): _set("inspection_team_members", full_name=_blank),
    ("inspection_team_members", "team.unknown_role"): _set("inspection_team_members", team_role=_not_in(
        {"leader", "deputy", "member", "secretary"})),
    ("inspection_teams", "required"): st.sampled_from(["name", "decision_number", "decision_issuer"]).flatmap(
        lambda n: _set("inspection_teams", **{n: _blank})),
    ("inspection_teams", "team.unknown_kind"): _set("inspection_teams", kind=_not_in({"inter_agency_178"})),
    ("inspection_teams", "date.future"): _set("inspection_teams", decision_date=_future),
    ("inspection_teams", "team.period_reversed"): _set("inspection_teams", valid_to=_day(date(2019, 1, 1),
                                                                                        date(2026, 1, 4))),
    ("inspection_teams", "team.no_members"): _roster(_all_deleted, "inspection_teams"),
    ("inspection_teams", "team.one_leader"): _roster(_no_leader, "inspection_teams"),
    ("inspections", "date.future"): _set("inspections", inspected_on=_future),
    ("inspections", "number.negative"): st.sampled_from(["staff_present", "guests_present"]).flatmap(
        lambda n: _set("inspections", **{n: _negative})),
    ("inspections", "sync.rule_part_exceeds_whole"): st.integers(min_value=1, max_value=10**6).flatmap(
        lambda k: _set("inspections", staff_present=5, staff_without_contract=5 + k)),
    ("inspections", "sync.rule_before_programme"): _set("inspections", inspected_on=_before_programme),
    ("issued_documents", "documents.number_invalid"): _set("issued_documents", number=st.integers(min_value=-10**9, max_value=0)),
    ("issued_documents", "text.too_long"): st.sampled_from(["situation", "results", "shortcomings", "proposals"]
                                                           ).flatmap(lambda n: _set("issued_documents",
                                                                                    **{n: "x" * 20_001})),
    ("issued_documents", "date.future"): _set("issued_documents", issued_on=_future),
    ("outreach_sessions", "required"): _set("outreach_sessions", place=_blank),
    ("outreach_sessions", "date.future"): _set("outreach_sessions", held_on=_future),
    ("outreach_sessions", "outreach.unknown_form"): _set("outreach_sessions", form=_not_in({"meeting"})),
    ("outreach_sessions", "outreach.unknown_target_group"): _set("outreach_sessions", target_group=_not_in(set())),
    ("outreach_sessions", "outreach.unknown_topic"): _set("outreach_sessions", topics=st.sampled_from(
        ["xyz", "hiv xyz", "bạo_lực"])),
    ("outreach_sessions", "number.negative"): st.sampled_from(["leaflets", "condoms", "lubricant"]).flatmap(
        lambda n: _set("outreach_sessions", **{n: _negative})),
    ("outreach_sessions", "outreach.sex_sum"): st.integers(min_value=1, max_value=10**6).flatmap(
        lambda k: _set("outreach_sessions", participants_male=10 + k)),
    ("outreach_sessions", "outreach.target_exceeds_total"): st.integers(min_value=21, max_value=10**6).flatmap(
        lambda t: _set("outreach_sessions", target_members=t)),
    ("outreach_sessions", "outreach.newly_exceeds_target"): st.integers(min_value=1, max_value=10**6).flatmap(
        lambda n: _set("outreach_sessions", target_members=0, newly_reached=n)),
    ("outreach_sessions", "outreach.no_participants"): _set(
        "outreach_sessions", participants_total=0, participants_male=0, participants_female=0),
    ("outreach_sessions", "sync.rule_before_programme"): _set("outreach_sessions", held_on=_before_programme),
    ("partner_organisations", "required"): _set("partner_organisations", name=_blank),
    ("partner_organisations", "client.unknown_code"): _set("partner_organisations", kind=_not_in(set())),
    ("period_closures", "sync.rule_period_unknown"): st.sampled_from([
        {"period_code": "2026-13"}, {"period_code": "2026-Q5"}, {"period_end": "2026-10-30"},
        {"period_code": "2026-09"}]).flatmap(lambda v: _set("period_closures", **v)),
    ("period_closures", "sync.period_not_ended"): st.sampled_from([
        ("2026-11", "2026-11-01", "2026-11-30"), ("2026-Q4", "2026-10-01", "2026-12-31"),
        ("2026", "2026-01-01", "2026-12-31")]).flatmap(lambda p: _set(
            "period_closures", period_code=p[0], period_start=p[1], period_end=p[2])),
    ("referrals", "date.future"): _set("referrals", referred_on=_future, follow_up_on="2099-01-01"),
    ("referrals", "client.unknown_code"): _set("referrals", category=_not_in({"health_hiv"})),
    ("referrals", "referral.follow_up_before_referral"): _set("referrals", follow_up_on=_day(date(2019, 1, 1),
                                                                                            date(2026, 5, 1))),
    ("referrals", "referral.status_jump"): _set("referrals", status="completed", accepted_on=None),
    ("referrals", "sync.rule_before_programme"): _set("referrals", referred_on=_before_programme),
    ("report_parameters", "number.negative"): _set("report_parameters", value=st.floats(
        max_value=-0.001, allow_nan=False, allow_infinity=False, min_value=-1e12)),
    ("sanction_decisions", "required"): st.sampled_from(["number", "authority"]).flatmap(
        lambda n: _set("sanction_decisions", **{n: _blank})),
    ("sanction_decisions", "text.too_long"): _set("sanction_decisions", additional_penalties="x" * 4001),
    ("sanction_decisions", "date.future"): _set("sanction_decisions", decided_on=_future),
    ("sanction_decisions", "number.negative"): _set("sanction_decisions", amount_fined=_negative),
    ("sanction_decisions", "decision.paid_on_without_paid"): _set("sanction_decisions", paid=False,
                                                                  paid_on="2026-10-20"),
    ("sanction_decisions", "decision.paid_before_decision"): _set("sanction_decisions", paid=True, paid_on=_day(
        date(2026, 10, 2), date(2026, 10, 9))),
    ("sanction_decisions", "decision.paid_without_fine"): _set("sanction_decisions", paid=True, amount_fined=None),
    ("sanction_decisions", "decision.before_inspection"): _set("sanction_decisions", decided_on=_day(
        date(2019, 1, 1), date(2026, 10, 1))),  # its violation's inspection: 02/10/2026
    ("support_activities", "date.future"): _set("support_activities", held_on=_future),
    ("support_activities", "support_model.unknown_activity"): _set("support_activities", kind=_not_in(set())),
    ("support_activities", "number.negative"): _set("support_activities", participants=_negative, new_people=0),
    ("support_activities", "support_model.new_exceeds_participants"): st.integers(1, 10**6).flatmap(
        lambda k: _set("support_activities", new_people=25 + k)),
    ("support_activities", "support_model.before_established"): _set(
        "support_activities", held_on=_day(date(2019, 1, 1), date(2024, 3, 7))),  # the model's: 08/03/2024
    ("support_activities", "support_model.after_closed"): _linked(
        "support_activities", "support_models", {"closed_on": "2025-01-01"},
        held_on=_day(date(2025, 1, 2), date(2026, 11, 28))),
    ("support_given", "date.future"): _set("support_given", given_on=_future),
    ("support_given", "support_model.unknown_category"): _set("support_given", category=_not_in(set())),
    ("support_given", "support_model.no_people"): _set("support_given", people=st.integers(min_value=-10**9, max_value=0)),
    ("support_given", "support_model.before_established"): _set(
        "support_given", given_on=_day(date(2019, 1, 1), date(2024, 3, 7))),
    ("support_given", "support_model.after_closed"): _linked(
        "support_given", "support_models", {"closed_on": "2025-01-01"}, given_on=_day(date(2025, 1, 2),
                                                                                      date(2026, 11, 28))),
    ("support_models", "required"): _set("support_models", name=_blank),
    ("support_models", "support_model.unknown_kind"): _set("support_models", kind=_not_in(set())),
    ("support_models", "number.negative"): _set("support_models", core_members=_negative),
    ("support_models", "support_model.core_exceeds_members"): st.integers(1, 10**6).flatmap(
        lambda k: _set("support_models", core_members=25 + k)),
    ("support_models", "date.future"): _set("support_models", established_on=_future),
    ("support_models", "support_model.closed_before_established"): _set(
        "support_models", closed_on=_day(date(2019, 1, 1), date(2024, 3, 7))),
    ("tip_offs", "tip_off.unknown_channel"): _set("tip_offs", channel=_not_in(set())),
    ("tip_offs", "tip_off.unknown_subject"): _set("tip_offs", subject_kind=_not_in(set())),
    ("tip_offs", "tip_off.establishment_for_other_subject"): st.sampled_from(["location", "online"]).flatmap(
        lambda k: _set("tip_offs", subject_kind=k, establishment_id="00000000-0000-4000-8000-000000000000")),
    ("tip_offs", "date.future"): _set("tip_offs", received_on=_future),
    ("tip_offs", "tip_off.unknown_code"): _set("tip_offs", verified_on="2026-10-02",
                                               verification_result=_not_in({"confirmed", "not_confirmed"})),
    ("tip_offs", "tip_off.verified_without_result"): _set("tip_offs", verified_on="2026-10-02"),
    ("tip_offs", "tip_off.result_without_date"): _set("tip_offs", verification_result="confirmed"),
    ("tip_offs", "tip_off.passed_on_without_recipient"): _set("tip_offs", passed_on_on="2026-10-02"),
    ("tip_offs", "tip_off.recipient_without_date"): _set("tip_offs", passed_on_to="police"),
    ("tip_offs", "tip_off.handled_without_outcome"): _set("tip_offs", handled_on="2026-10-05"),
    ("tip_offs", "tip_off.outcome_without_date"): _set("tip_offs", outcome="sanctioned"),
    ("tip_offs", "tip_off.verified_before_received"): _set(
        "tip_offs", verified_on=_day(date(2019, 1, 1), date(2026, 9, 30)), verification_result="confirmed"),
    ("tip_offs", "tip_off.passed_on_before_received"): _set(
        "tip_offs", passed_on_on=_day(date(2019, 1, 1), date(2026, 9, 30)), passed_on_to="police"),
    ("tip_offs", "tip_off.handled_before_received"): _set(
        "tip_offs", handled_on=_day(date(2019, 1, 1), date(2026, 9, 30)), outcome="no_violation"),
    ("tip_offs", "tip_off.handled_before_verified"): _set(
        "tip_offs", verified_on="2026-10-20", verification_result="confirmed",
        handled_on=_day(date(2026, 10, 1), date(2026, 10, 19)), outcome="no_violation"),
    ("tip_offs", "tip_off.handled_before_passed_on"): _set(
        "tip_offs", passed_on_on="2026-10-20", passed_on_to="police",
        handled_on=_day(date(2026, 10, 1), date(2026, 10, 19)), outcome="transferred"),
    # The bundle's first violation: a guest (person) proposed a 1.5 M fine under nd282-mua-dam (1–2 M).
    ("violations", "number.negative"): _set("violations", proposed_amount=_negative),
    ("violations", "sync.rule_fine_outside_range"): st.integers(2_000_001, 10**12).flatmap(
        lambda a: _set("violations", proposed_amount=a)),
    ("violations", "required"): _set("violations", description=_blank),
    ("violations", "text.too_long"): _set("violations", description="x" * 4001),
    ("violations", "violation.unknown_handling"): _set("violations", handling=_not_in(set())),
    ("violations", "violation.unknown_reference"): _set("violations", sanction_ref=st.sampled_from(
        ["nd000-khong-co", "nd282-mua-dam-x", "xyz"])),
    ("violations", "violation.reference_not_in_force"): _set("violations", sanction_ref="nd144-mua-dam"),
    ("violations", "violation.no_legal_basis"): _set("violations", handling="police_referral", sanction_ref=None,
                                                     legal_basis="", proposed_amount=None),
    ("violations", "violation.offender_required"): _set("violations", offender_kind=None),
    ("violations", "violation.unknown_offender"): _set("violations", offender_kind=_not_in(set())),
    ("violations", "violation.operator_named"): _set("violations", offender_kind="household_business",
                                                     offender_role="Khách"),
    ("violations", "violation.person_role_required"): _set("violations", offender_role=_blank),
    ("violations", "violation.reference_not_for_offender"): _set("violations",
                                                                 sanction_ref="nd282-luu-tru-1-3-nguoi"),
    ("violations", "violation.amount_required"): _set("violations", proposed_amount=None),
    ("violations", "violation.fine_needs_reference"): _set("violations", sanction_ref=None,
                                                           legal_basis="Nghị định 282/2025/NĐ-CP"),
    ("violations", "violation.amount_out_of_range"): st.integers(2_000_001, 10**12).flatmap(
        lambda a: _set("violations", proposed_amount=a)),
    ("violations", "violation.organisation_in_individual_range"): _set(
        "violations", offender_kind="enterprise", offender_role="", sanction_ref="nd282-luu-tru-1-3-nguoi",
        proposed_amount=3_000_000, amount_min=None, amount_max=None),
    ("violations", "violation.amount_without_fine"): _set("violations", handling="warning"),
}

# Rules whose every breaking value the bundle format refuses first (the whole bundle, cleanly):
# the form's limit is the format's own column width, or the field is a date the format requires.
FORMAT_FIRST: dict[tuple[str, str], st.SearchStrategy[Breaker]] = {
    ("client_contacts", "required"): _set("client_contacts", contacted_on=None),
    ("clients", "required"): _set("clients", first_contact_on=None),  # the form's only "required" (dates, birth year)
    ("client_status_changes", "required"): _set("client_status_changes", changed_on=None),
    ("consents", "required"): _set("consents", given_on=None),
    ("erasures", "required"): _set("erasures", erased_on=None),
    ("establishments", "text.too_long"): _set("establishments", name="x" * 301),
    ("inspection_plan_entries", "required"): _set("inspection_plan_entries", planned_on=None),
    ("inspection_plans", "text.too_long"): _set("inspection_plans", title="x" * 301),
    ("inspection_team_members", "text.too_long"): _set("inspection_team_members", full_name="x" * 301),
    ("inspection_teams", "text.too_long"): _set("inspection_teams", name="x" * 301),
    ("inspections", "required"): _set("inspections", inspected_on=None),
    ("outreach_sessions", "text.too_long"): _set("outreach_sessions", place="x" * 301),
    ("referrals", "required"): _set("referrals", referred_on=None),
    ("support_models", "text.too_long"): _set("support_models", name="x" * 301),
}
