"""The forms' rules that need another record, checked at the hub against the same bundle or the hub's register.

A support activity within its model's life, a sanction decision not before its inspection, a plan entry within
its plan's period and for an establishment the hub knows, a plan's team with a roster, a team's roster with one
leader, a client contact not before the client's first contact. Each calls the form's own domain function with
the other record's facts. The facts come from the bundle first (its inserts and updates, held ones included:
what the commune sent), then from the hub's register in one bulk query per kind of fact, never per record.
Where the other record is at neither place, the part that needs it waits (as the violation's in-force rule),
except an unknown establishment or team, which the commune's register always sends with the entry or plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from desktop.domain.clients import ContactDraft, contact_problems
from desktop.domain.inspection_plans import (
    DecisionDraft,
    MemberDraft,
    PlanDraft,
    PlanEntryDraft,
    TeamDraft,
    decision_problems,
    plan_problems,
    team_problems,
)
from desktop.domain.problems import Problem
from desktop.domain.support_models import (
    ActivityDraft,
    SupportGivenDraft,
    activity_problems,
    support_given_problems,
)

Record = Mapping[str, Any]

# Per table: the rule codes that need another record (RULES.md lists them with the table's own rules).
LINKED_CODES: dict[str, tuple[str, ...]] = {
    "support_activities": ("support_model.before_established", "support_model.after_closed"),
    "support_given": ("support_model.before_established", "support_model.after_closed"),
    "sanction_decisions": ("decision.before_inspection",),
    "inspection_plan_entries": ("plan.entry_outside_period", "plan.unknown_establishment"),
    "inspection_plans": ("plan.unknown_team", "plan.team_without_members"),
    "inspection_teams": ("team.no_members", "team.one_leader"),
    "client_contacts": ("contact.before_first_contact",),
}


class TablePlan(Protocol):
    """What the merge plan holds per table (desktop/sync/merge.py): its spec, inserts and updates."""

    spec: Any
    inserts: list[dict[str, Any]]
    updates: list[dict[str, Any]]


@dataclass
class Links:
    """The other records' facts for one bundle, looked up once."""

    model_life: dict[str, tuple[date, date | None]] = field(default_factory=dict)
    decision_day: dict[str, date] = field(default_factory=dict)  # violation id -> its inspection's day
    plan_period: dict[str, tuple[date | None, date | None]] = field(default_factory=dict)
    establishments: set[str] = field(default_factory=set)  # ids the bundle or the hub has
    rosters: dict[str, list[str]] = field(default_factory=dict)  # team id -> its members' roles (not deleted)
    first_contact: dict[str, date] = field(default_factory=dict)


def _sent(plans: Mapping[str, TablePlan], name: str) -> list[dict[str, Any]]:
    tp = plans.get(name)
    return [*tp.inserts, *tp.updates] if tp is not None else []


def _stored(session: Session, table: Table, key: str, ids: Iterable[str], *columns: str) -> list[Sequence[Any]]:
    """Rows of `table` whose `key` is one of `ids` (not deleted), 500 ids a query."""
    wanted = sorted(set(ids))
    stmt = select(table.c[key], *(table.c[c] for c in columns)).where(
        table.c[key].in_(bindparam("ids", expanding=True)), table.c.deleted_at.is_(None))
    rows: list[Sequence[Any]] = []
    for start in range(0, len(wanted), 500):
        rows.extend(session.execute(stmt, {"ids": wanted[start:start + 500]}).all())
    return rows


def _facts(session: Session, plans: Mapping[str, TablePlan], table: str, ids: set[str],
           *columns: str) -> dict[str, tuple[Any, ...]]:
    """Per id: `columns` of that record from the bundle (a live upsert), else from the hub's register."""
    found = {r["id"]: tuple(r[c] for c in columns) for r in _sent(plans, table)
             if r["id"] in ids and r.get("deleted_at") is None}
    missing = ids - found.keys() - {r["id"] for r in _sent(plans, table)}
    if missing:
        spec_table = plans[table].spec.table if table in plans else _table(table)
        found.update({row[0]: tuple(row[1:]) for row in _stored(session, spec_table, "id", missing, *columns)})
    return found


def _table(name: str) -> Table:
    from desktop.sync.payload import table_specs  # the synced tables' SQLAlchemy tables

    return table_specs()[name].table


def _ids(records: Iterable[Record], key: str) -> set[str]:
    return {r[key] for r in records if r.get("deleted_at") is None and r.get(key)}


def load_links(session: Session, tables: Iterable[TablePlan]) -> Links:
    """Every fact this bundle's linked rules need, with one bulk query per kind of fact (none when not needed)."""
    plans = {tp.spec.name: tp for tp in tables}
    links = Links()
    activities = [*_sent(plans, "support_activities"), *_sent(plans, "support_given")]
    if wanted := _ids(activities, "model_id"):
        links.model_life = {k: (v[0], v[1]) for k, v in _facts(
            session, plans, "support_models", wanted, "established_on", "closed_on").items()}
    if wanted := _ids(_sent(plans, "sanction_decisions"), "violation_id"):
        inspection_of = {k: v[0] for k, v in _facts(session, plans, "violations", wanted, "inspection_id").items()}
        days = _facts(session, plans, "inspections", set(inspection_of.values()), "inspected_on")
        links.decision_day = {v: days[i][0] for v, i in inspection_of.items() if i in days and days[i][0]}
    entries = _sent(plans, "inspection_plan_entries")
    if wanted := _ids(entries, "plan_id"):
        links.plan_period = {k: (v[0], v[1]) for k, v in _facts(
            session, plans, "inspection_plans", wanted, "period_start", "period_end").items()}
    if wanted := _ids(entries, "establishment_id"):
        links.establishments = set(_facts(session, plans, "establishments", wanted, "id"))
    teams = _ids(_sent(plans, "inspection_plans"), "team_id") | _ids(_sent(plans, "inspection_teams"), "id")
    if teams:
        known = set(_facts(session, plans, "inspection_teams", teams, "id"))
        links.rosters = _rosters(session, plans, teams & known)
    if wanted := _ids(_sent(plans, "client_contacts"), "client_id"):
        links.first_contact = {k: v[0] for k, v in _facts(
            session, plans, "clients", wanted, "first_contact_on").items() if v[0] is not None}
    return links


def _rosters(session: Session, plans: Mapping[str, TablePlan], teams: set[str]) -> dict[str, list[str]]:
    """Each team's members after this bundle: the hub's, with the bundle's rows (and deletions) over them."""
    # _stored keys on team_id: each row is (team, member id, role).
    members: dict[str, tuple[str, str]] = {row[1]: (row[0], row[2]) for row in _stored(
        session, _table("inspection_team_members"), "team_id", teams, "id", "team_role")}
    for r in _sent(plans, "inspection_team_members"):
        if r.get("deleted_at") is not None:
            members.pop(r["id"], None)
        else:
            members[r["id"]] = (r["team_id"], r["team_role"])
    rosters: dict[str, list[str]] = {t: [] for t in teams}
    for team, role in members.values():
        if team in rosters:
            rosters[team].append(role)
    return rosters


def _only(problems: list[Problem], table: str) -> list[Problem]:
    """The linked codes only: the record's own rules were already reported by its table's check."""
    codes = LINKED_CODES[table]
    return [p for p in problems if p.code in codes]


def linked_problems(table: str, record: Record, links: Links, *, today: date) -> list[Problem]:
    """The linked rules `record` breaks, given the other records' facts (none for a deletion)."""
    if table not in LINKED_CODES or record.get("deleted_at") is not None:
        return []
    try:
        return _only(_check(table, record, links, today), table)
    except (TypeError, KeyError, AttributeError, ValueError):
        return []  # an unreadable row is already held by its own check (sync.rule_unreadable)


def _check(table: str, r: Record, links: Links, today: date) -> list[Problem]:
    if table in ("support_activities", "support_given"):
        life = links.model_life.get(r["model_id"])
        if life is None:
            return []
        if table == "support_activities":
            return activity_problems(ActivityDraft(held_on=r["held_on"], kind=r["kind"], participants=r["participants"],
                                                   new_people=r["new_people"]),
                                     today=today, established_on=life[0], closed_on=life[1])
        return support_given_problems(SupportGivenDraft(given_on=r["given_on"], category=r["category"],
                                                        people=r["people"]),
                                      today=today, established_on=life[0], closed_on=life[1])
    if table == "sanction_decisions":
        day = links.decision_day.get(r["violation_id"])
        if day is None:
            return []
        draft = DecisionDraft(violation_id=r["violation_id"], number=r["number"], decided_on=r["decided_on"],
                              authority=r["authority"], amount_fined=r["amount_fined"],
                              additional_penalties=r["additional_penalties"],
                              suspends_business=r["suspends_business"], paid=r["paid"], paid_on=r["paid_on"])
        return decision_problems(draft, inspected_on=day, today=today)
    if table == "inspection_plan_entries":
        return _entry(r, links)
    if table == "inspection_plans":
        roster = links.rosters.get(r["team_id"])
        plan = PlanDraft(number=r["number"], title=r["title"], period_start=r["period_start"],
                         period_end=r["period_end"], team_id=r["team_id"], approved_on=r["approved_on"])
        return plan_problems(plan, team_members=None if roster is None else len(roster), known_establishments=set())
    if table == "inspection_teams":
        roster = links.rosters.get(r["id"], [])
        team = TeamDraft(name=r["name"], kind=r["kind"], decision_number=r["decision_number"],
                         decision_date=r["decision_date"], decision_issuer=r["decision_issuer"],
                         valid_from=r["valid_from"], valid_to=r["valid_to"],
                         members=tuple(MemberDraft(full_name="-", agency="", team_role=role) for role in roster))
        return team_problems(team, today=today)
    first = links.first_contact.get(r["client_id"])
    if first is None:
        return []
    draft_c = ContactDraft(contacted_on=r["contacted_on"], category=r["category"],
                           topics=tuple(t for t in r["topics"].split() if t), condoms=r["condoms"],
                           lubricant=r["lubricant"], leaflets=r["leaflets"])
    return contact_problems(draft_c, today=today, first_contact_on=first)


def _entry(r: Record, links: Links) -> list[Problem]:
    entry = PlanEntryDraft(establishment_id=r["establishment_id"], planned_on=r["planned_on"], kind=r["kind"])
    start, end = links.plan_period.get(r["plan_id"], (None, None))
    draft = PlanDraft(number="", title="", period_start=start, period_end=end, team_id="", entries=(entry,))
    found = plan_problems(draft, team_members=1, known_establishments=links.establishments)
    # The entry's own row: "entries[0].planned_on" -> "planned_on", "entries[0]" (its establishment) -> that field.
    return [Problem(p.code, (p.field or "").removeprefix("entries[0]").lstrip(".") or "establishment_id", p.params)
            for p in found if p.field is not None and p.field.startswith("entries[0]")]

