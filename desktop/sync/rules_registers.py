"""The hub's checks for this wave's synced tables (bundle format 2): each calls the form's own domain function.

A check sees one record. Where the form's rule needs another record (a plan's team roster, an activity's
support model, a decision's inspection), that part is left out and listed in desktop/sync/RULES.md; the
problems the domain function reports for it are dropped here by code or by field, never re-written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from desktop.domain.documents import document_problems
from desktop.domain.inspection_plans import (DecisionDraft, MemberDraft, PlanDraft, PlanEntryDraft, TeamDraft,
                                             decision_problems, plan_problems, team_problems)
from desktop.domain.problems import Problem
from desktop.domain.support_models import (ActivityDraft, SupportGivenDraft, SupportModelDraft, activity_problems,
                                           support_given_problems, support_model_problems)
from desktop.domain.targets import target_problems
from desktop.domain.tip_offs import TipOffDraft, tip_off_problems

Record = Mapping[str, Any]
Check = Callable[[Record, date], list[Problem]]

# The cross-record parts of the forms' rules: the other record is not in this row.
_TEAM_ROSTER = frozenset({"team.no_members", "team.one_leader"})  # the members travel as their own rows
_PLAN_TEAM_AND_ENTRIES = frozenset({"plan.unknown_team", "plan.team_without_members", "plan.no_entries"})


def _own(problems: list[Problem], prefix: str) -> list[Problem]:
    """The problems a list-form reports on one of its rows ("members[0].team_role"), named by the row's field."""
    kept = []
    for p in problems:
        if p.field is None or not p.field.startswith(prefix):
            continue
        name = p.field[len(prefix):].lstrip(".") or None
        kept.append(Problem(p.code, name, p.params))
    return kept


def _tip_off(r: Record, today: date) -> list[Problem]:
    draft = TipOffDraft(
        received_on=r["received_on"], channel=r["channel"], subject_kind=r["subject_kind"], description="",
        establishment_id=r["establishment_id"], verified_on=r["verified_on"],
        verification_result=r["verification_result"], passed_on_to=r["passed_on_to"],
        passed_on_on=r["passed_on_on"], handled_on=r["handled_on"], outcome=r["outcome"])
    # The description never leaves the commune's PC (local only): its rules stay with the form.
    return [p for p in tip_off_problems(draft, today=today) if p.field != "description"]


def _support_model(r: Record, today: date) -> list[Problem]:
    draft = SupportModelDraft(name=r["name"], kind=r["kind"], established_on=r["established_on"],
                              host_organisation=r["host_organisation"], core_members=r["core_members"],
                              members=r["members"], closed_on=r["closed_on"])
    return support_model_problems(draft, today=today)


def _support_activity(r: Record, today: date) -> list[Problem]:
    draft = ActivityDraft(held_on=r["held_on"], kind=r["kind"], participants=r["participants"],
                          new_people=r["new_people"])
    # The model's life (established, closed) is another record: only "not in the future" is checked here.
    return activity_problems(draft, today=today, established_on=date.min)


def _support_given(r: Record, today: date) -> list[Problem]:
    draft = SupportGivenDraft(given_on=r["given_on"], category=r["category"], people=r["people"])
    return support_given_problems(draft, today=today, established_on=date.min)


def _team(r: Record, today: date) -> list[Problem]:
    draft = TeamDraft(name=r["name"], kind=r["kind"], decision_number=r["decision_number"],
                      decision_date=r["decision_date"], decision_issuer=r["decision_issuer"],
                      valid_from=r["valid_from"], valid_to=r["valid_to"])
    return [p for p in team_problems(draft, today=today) if p.code not in _TEAM_ROSTER]


def _team_member(r: Record, today: date) -> list[Problem]:
    member = MemberDraft(full_name=r["full_name"], agency=r["agency"], team_role=r["team_role"])
    draft = TeamDraft(name="", kind="", decision_number="", decision_date=None, decision_issuer="",
                      valid_from=None, members=(member,))
    # Only the member's own rules: the team's are checked on the team's row.
    return [Problem(p.code, p.field or "full_name", p.params)
            for p in _own(team_problems(draft, today=today), "members[0]")]


def _plan(r: Record, today: date) -> list[Problem]:
    draft = PlanDraft(number=r["number"], title=r["title"], period_start=r["period_start"],
                      period_end=r["period_end"], team_id=r["team_id"], approved_on=r["approved_on"])
    problems = plan_problems(draft, team_members=1, known_establishments=set())
    return [p for p in problems if p.code not in _PLAN_TEAM_AND_ENTRIES]


def _plan_entry(r: Record, today: date) -> list[Problem]:
    entry = PlanEntryDraft(establishment_id=r["establishment_id"], planned_on=r["planned_on"], kind=r["kind"])
    draft = PlanDraft(number="", title="", period_start=None, period_end=None, team_id="", entries=(entry,))
    # The plan's period is another record: the entry's own rules only (its kind, its day given).
    problems = plan_problems(draft, team_members=1, known_establishments={entry.establishment_id})
    return _own(problems, "entries[0]")


def _decision(r: Record, today: date) -> list[Problem]:
    draft = DecisionDraft(violation_id=r["violation_id"], number=r["number"], decided_on=r["decided_on"],
                          authority=r["authority"], amount_fined=r["amount_fined"],
                          additional_penalties=r["additional_penalties"], suspends_business=r["suspends_business"],
                          paid=r["paid"], paid_on=r["paid_on"])
    # The inspection's day is two records away (violation, inspection): "not before the inspection" is left out.
    return decision_problems(draft, inspected_on=date.min, today=today)


def _document(r: Record, today: date) -> list[Problem]:
    sections = {name: r[name] for name in ("situation", "results", "shortcomings", "proposals")}
    problems = document_problems(r["number"], r["title"], sections)
    if r["issued_on"] > today:
        problems.append(Problem("date.future", "issued_on"))
    return problems


def _annual_target(r: Record, today: date) -> list[Problem]:
    # Whether the indicator exists, and is a share, is in the year's indicator set (a file, not this row).
    return target_problems(r["target"], is_share=False)


# Per table: the check and every rule code it can report (RULES.md is generated from these).
REGISTER_CHECKS: dict[str, tuple[Check, tuple[str, ...]]] = {
    "tip_offs": (_tip_off, (
        "tip_off.unknown_channel", "tip_off.unknown_subject", "tip_off.establishment_for_other_subject",
        "date.future", "tip_off.unknown_code", "tip_off.verified_without_result", "tip_off.result_without_date",
        "tip_off.passed_on_without_recipient", "tip_off.recipient_without_date", "tip_off.handled_without_outcome",
        "tip_off.outcome_without_date", "tip_off.verified_before_received", "tip_off.passed_on_before_received",
        "tip_off.handled_before_received", "tip_off.handled_before_verified", "tip_off.handled_before_passed_on")),
    "support_models": (_support_model, (
        "required", "text.too_long", "support_model.unknown_kind", "number.negative",
        "support_model.core_exceeds_members", "date.future", "support_model.closed_before_established")),
    "support_activities": (_support_activity, (
        "date.future", "support_model.unknown_activity", "number.negative", "support_model.new_exceeds_participants")),
    "support_given": (_support_given, ("date.future", "support_model.unknown_category", "support_model.no_people")),
    "inspection_teams": (_team, ("required", "text.too_long", "team.unknown_kind", "date.future",
                                 "team.period_reversed")),
    "inspection_team_members": (_team_member, ("required", "text.too_long", "team.unknown_role")),
    "inspection_plans": (_plan, ("required", "text.too_long", "plan.period_reversed")),
    "inspection_plan_entries": (_plan_entry, ("plan.unknown_kind", "required")),
    "sanction_decisions": (_decision, ("required", "text.too_long", "date.future", "number.negative",
                                       "decision.paid_on_without_paid", "decision.paid_before_decision",
                                       "decision.paid_without_fine")),
    "issued_documents": (_document, ("documents.number_invalid", "text.too_long", "date.future")),
    "annual_targets": (_annual_target, ("reports.bad_target",)),
}
