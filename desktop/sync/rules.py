"""The domain's own rules, checked on every record a commune sends, before it may enter the hub's figures.

One definition: each table's check builds the same draft the commune's form builds and calls the
same domain function (desktop/domain/*), with "today" = the bundle's creation day plus a small
tolerance (a commune PC's clock may run a little ahead). A record that breaks a rule is held back
(desktop/sync/quarantine.py), never refused with the whole bundle.

Rules that arrived with a later release carry a `since` date: they apply only to records created on
or after it, so an old commune's old data is not held for a rule its release never knew.
The table of rules per synced table is desktop/sync/RULES.md, kept in step by a test.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from desktop.domain.clients import (ClientDraft, ClientStatus, ContactDraft, client_problems, consent_problems,
                                    contact_problems, date_problems, withdrawal_problems)
from desktop.domain.establishments import EstablishmentDraft, establishment_problems
from desktop.domain.inspections import ViolationDraft, local_day, violation_problems
from desktop.domain.outreach import OutreachDraft, outreach_problems
from desktop.domain.periods import closure_problems, parse as parse_period
from desktop.domain.problems import DomainError, Problem
from desktop.domain.referrals import TRANSITIONS, PartnerKind, ReferralDraft, ReferralStatus, referral_problems
from desktop.domain.sanctions import default_table
from desktop.sync.rules_links import LINKED_CODES, Links, linked_problems
from desktop.sync.rules_registers import REGISTER_CHECKS

# The programme's register starts with the 2019 plan year: nothing it counts happened earlier
# (DOMAIN §1; the oldest report template is for 2019). A date before it is a typing slip.
PROGRAMME_START = date(2019, 1, 1)
# How far past the bundle's creation a date may lie: a commune PC's clock a day or two fast.
TOLERANCE = timedelta(days=2)
# This release: rules the forms never had before it are applied to records created from this day.
HUB_RULES_RELEASE = date(2026, 12, 1)

Record = Mapping[str, Any]
Check = Callable[[Record, date], list[Problem]]


@dataclass(frozen=True)
class Rule:
    code: str
    summary: str  # Vietnamese, for RULES.md; the user sees the message of `code` (messages.py)
    since: date | None = None  # None: the forms enforced it from the first release


def _before_programme(record: Record, names: tuple[str, ...]) -> list[Problem]:
    return [Problem("sync.rule_before_programme", name, {"start": PROGRAMME_START.strftime("%d/%m/%Y")})
            for name in names if (value := record.get(name)) is not None and value < PROGRAMME_START]


def _outreach(r: Record, today: date) -> list[Problem]:
    draft = OutreachDraft(
        held_on=r["held_on"], place=r["place"], form=r["form"], target_group=r["target_group"],
        topics=tuple(t for t in r["topics"].split() if t), participants_total=r["participants_total"],
        participants_male=r["participants_male"], participants_female=r["participants_female"],
        participants_other=r["participants_other"], target_members=r["target_members"],
        newly_reached=r.get("newly_reached"), leaflets=r["leaflets"], condoms=r["condoms"],
        lubricant=r["lubricant"], organiser=r["organiser"], partners=r["partners"])
    return outreach_problems(draft, today=today) + _before_programme(r, ("held_on",))


def _client(r: Record, today: date) -> list[Problem]:
    draft = ClientDraft(birth_year=r["birth_year"], sex=r["sex"], workplace_type=r["workplace_type"],
                        first_contact_on=r["first_contact_on"], first_contact_channel=r["first_contact_channel"])
    problems = client_problems(draft, today=today)
    if r["status"] not in _CLIENT_STATUSES:
        problems.append(Problem("client.unknown_code", "status"))
    problems += date_problems(r["status_on"], "status_on", today=today)
    problems += date_problems(r["last_contact_on"], "last_contact_on", today=today)
    return problems + _before_programme(r, ("first_contact_on",))


def _contact(r: Record, today: date) -> list[Problem]:
    draft = ContactDraft(contacted_on=r["contacted_on"], category=r["category"],
                         topics=tuple(t for t in r["topics"].split() if t), condoms=r["condoms"],
                         lubricant=r["lubricant"], leaflets=r["leaflets"])
    # The client's first contact lives in another record: the programme's start bounds it here.
    return contact_problems(draft, today=today, first_contact_on=PROGRAMME_START)


def _status_change(r: Record, today: date) -> list[Problem]:
    problems = date_problems(r["changed_on"], "changed_on", today=today)
    if r["status"] not in _CLIENT_STATUSES:
        problems.append(Problem("client.unknown_code", "status"))
    return problems + _before_programme(r, ("changed_on",))


def _consent(r: Record, today: date) -> list[Problem]:
    problems = consent_problems([r["scope"]], on=r["given_on"], today=today)
    if r["withdrawn_on"] is not None and r["given_on"] is not None:
        problems += withdrawal_problems(given_on=r["given_on"], on=r["withdrawn_on"], today=today)
    return problems + _before_programme(r, ("given_on",))


def _referral(r: Record, today: date) -> list[Problem]:
    draft = ReferralDraft(referred_on=r["referred_on"], category=r["category"], partner_id=r["partner_id"],
                          follow_up_on=r["follow_up_on"])
    problems = referral_problems(draft, today=today)
    try:
        status = ReferralStatus(r["status"])
    except ValueError:
        return problems + [Problem("client.unknown_code", "status")]
    # The lifecycle: a referral only reaches completed through accepted (the form's status_problems).
    if status is ReferralStatus.COMPLETED and r["accepted_on"] is None:
        problems.append(Problem("referral.status_jump", "status", {"current": "sent", "new": status.value}))
    problems += date_problems(r["status_on"], "status_on", today=today)
    return problems + _before_programme(r, ("referred_on",))


def _partner(r: Record, today: date) -> list[Problem]:
    problems = [] if r["name"].strip() else [Problem("required", "name")]
    if r["kind"] not in _PARTNER_KINDS:
        problems.append(Problem("client.unknown_code", "kind"))
    return problems


def _establishment(r: Record, today: date) -> list[Problem]:
    draft = EstablishmentDraft(
        name=r["name"], business_type=r["business_type"], address=r["address"], representative=r["representative"],
        registration_number=r["registration_number"], registration_date=r["registration_date"],
        licence_number=r["licence_number"], licence_date=r["licence_date"],
        security_certificate_number=r["security_certificate_number"],
        security_certificate_date=r["security_certificate_date"], status=r["status"], opened_on=r["opened_on"],
        closed_on=r["closed_on"])
    return establishment_problems(draft, today=today)


def _closure(r: Record, today: date) -> list[Problem]:
    try:
        period = parse_period(r["period_code"])
    except (DomainError, ValueError, KeyError):
        return [Problem("sync.rule_period_unknown", "period_code")]
    problems = []
    if (period.start, period.end) != (r["period_start"], r["period_end"]):
        problems.append(Problem("sync.rule_period_unknown", "period_code"))
    # A period is closed only once it has ended: the rule close_period applies at the commune.
    return problems + closure_problems(period, closed_on=local_day(r["closed_at"]))


def _report_parameter(r: Record, today: date) -> list[Problem]:
    value = r["value"]
    return [Problem("number.negative", "value")] if value is not None and value < 0 else []


def _inspection(r: Record, today: date) -> list[Problem]:
    problems = date_problems(r["inspected_on"], "inspected_on", today=today)
    for name in ("staff_present", "staff_without_contract", "guests_present"):
        if (r.get(name) or 0) < 0:
            problems.append(Problem("number.negative", name))
    if (r.get("staff_without_contract") or 0) > (r.get("staff_present") or 0):
        problems.append(Problem("sync.rule_part_exceeds_whole", "staff_without_contract",
                                {"part": r["staff_without_contract"], "whole": r["staff_present"]}))
    return problems + _before_programme(r, ("inspected_on",))


def _inspection_result(r: Record, today: date) -> list[Problem]:
    return [Problem("number.negative", "number")] if (r.get("number") or 0) < 0 else []


def _violation(r: Record, today: date, *, inspected_on: date | None = None) -> list[Problem]:
    problems = [Problem("number.negative", name) for name in ("proposed_amount", "amount_min", "amount_max")
                if (r.get(name) or 0) < 0]
    low, high, proposed = r.get("amount_min"), r.get("amount_max"), r.get("proposed_amount")
    if low is not None and high is not None and proposed and not low <= proposed <= high:
        problems.append(Problem("sync.rule_fine_outside_range", "proposed_amount",
                                {"amount": proposed, "min": low, "max": high}))
    # The form's rules (desktop/domain/inspections.violation_problems): the offence in force on the inspection's
    # day (looked up once per bundle, quarantine._inspection_days; None when the hub has not seen the
    # inspection: that part waits) and applying to the offender's kind. The checklist item needs the template.
    draft = ViolationDraft(description=r["description"], handling=r["handling"], sanction_ref=r["sanction_ref"],
                           legal_basis=r["legal_basis"], proposed_amount=r["proposed_amount"],
                           item_code=r["item_code"], offender_kind=r["offender_kind"],
                           offender_role=r["offender_role"])
    found = violation_problems(draft, field="v", day=inspected_on, sanctions=default_table(), template=None,
                               business_type="")
    return problems + [Problem(p.code, (p.field or "v").removeprefix("v.") or None, p.params) for p in found]


def _erasure(r: Record, today: date) -> list[Problem]:
    return date_problems(r["erased_on"], "erased_on", today=today)


_CLIENT_STATUSES = frozenset(s.value for s in ClientStatus)
_PARTNER_KINDS = frozenset(k.value for k in PartnerKind)
_ = TRANSITIONS  # the lifecycle the referral check follows (desktop/domain/referrals.py)

# Per synced table: the check, and every rule code it can report (RULES.md is generated from this).
CHECKS: dict[str, tuple[Check, tuple[str, ...]]] = {
    "clients": (_client, ("client.birth_year_impossible", "client.unknown_code", "date.future", "required",
                          "client.contact_before_birth", "sync.rule_before_programme")),
    "erasures": (_erasure, ("date.future", "required")),
    "establishments": (_establishment, ("required", "establishment.unknown_type", "establishment.unknown_status",
                                        "date.future", "text.too_long", "establishment.closed_without_date",
                                        "establishment.closed_date_but_open", "establishment.closed_before_opened")),
    "outreach_sessions": (_outreach, ("required", "date.future", "outreach.unknown_form",
                                      "outreach.unknown_target_group", "outreach.unknown_topic", "number.negative",
                                      "text.too_long", "outreach.sex_sum", "outreach.target_exceeds_total",
                                      "outreach.newly_exceeds_target", "outreach.no_participants",
                                      "sync.rule_before_programme")),
    "partner_organisations": (_partner, ("required", "client.unknown_code")),
    "period_closures": (_closure, ("sync.rule_period_unknown", "sync.period_not_ended")),
    "report_parameters": (_report_parameter, ("number.negative",)),
    "client_contacts": (_contact, ("date.future", "required", "contact.before_first_contact", "client.unknown_code",
                                   "number.negative")),
    "client_status_changes": (_status_change, ("date.future", "required", "client.unknown_code",
                                               "sync.rule_before_programme")),
    "consents": (_consent, ("date.future", "required", "client.unknown_code", "consent.withdrawn_before_given",
                            "sync.rule_before_programme")),
    "inspections": (_inspection, ("date.future", "required", "number.negative", "sync.rule_part_exceeds_whole",
                                  "sync.rule_before_programme")),
    "referrals": (_referral, ("date.future", "required", "client.unknown_code", "referral.follow_up_before_referral",
                              "referral.status_jump", "sync.rule_before_programme")),
    "inspection_results": (_inspection_result, ("number.negative",)),
    "violations": (_violation, ("number.negative", "sync.rule_fine_outside_range", "required", "text.too_long",
                                "violation.unknown_handling", "violation.unknown_reference",
                                "violation.reference_not_in_force", "violation.no_legal_basis",
                                "violation.offender_required", "violation.unknown_offender",
                                "violation.operator_named", "violation.person_role_required",
                                "violation.reference_not_for_offender", "violation.amount_required",
                                "violation.fine_needs_reference", "violation.amount_out_of_range",
                                "violation.organisation_in_individual_range", "violation.amount_without_fine")),
    **REGISTER_CHECKS,  # this wave's tables (desktop/sync/rules_registers.py)
}
# The rules needing another record (desktop/sync/rules_links.py) are listed with their table's own.
CHECKS.update({table: (CHECKS[table][0], CHECKS[table][1] + tuple(c for c in codes if c not in CHECKS[table][1]))
               for table, codes in LINKED_CODES.items()})

# Rules the commune's forms did not have before this release: only records created since are held for them.
SINCE: dict[str, date] = {
    "sync.rule_before_programme": HUB_RULES_RELEASE,
    "sync.rule_part_exceeds_whole": HUB_RULES_RELEASE,
    "sync.rule_fine_outside_range": HUB_RULES_RELEASE,
    "sync.rule_period_unknown": HUB_RULES_RELEASE,
    # The violation form's rules were never checked at the hub; records made before the offender's kind was
    # asked have none (DOMAIN §5): only violations created since this release are held for them.
    **{code: HUB_RULES_RELEASE for code in CHECKS["violations"][1] if code.startswith("violation.")},
    # This wave's tables are new in bundle format 2: their records are all new, the date changes nothing today,
    # but it says from when the hub checks them.
    **{code: HUB_RULES_RELEASE for _, codes in REGISTER_CHECKS.values() for code in codes
       if code.split(".")[0] in {"tip_off", "support_model", "team", "plan", "decision", "documents", "reports"}},
    **{code: HUB_RULES_RELEASE for codes in LINKED_CODES.values() for code in codes
       if code.split(".")[0] in {"support_model", "team", "plan", "decision"}},
}


def check_day(created_at: datetime) -> date:
    """The latest day a record in a bundle created at `created_at` may carry."""
    return local_day(created_at) + TOLERANCE


def record_problems(table: str, record: Record, *, today: date, inspected_on: date | None = None) -> list[Problem]:
    """The rules `record` breaks (none for a deletion: a tombstone takes nothing into the figures).

    `inspected_on`: for a violation, its inspection's day when the hub knows it (the offence in force then).
    """
    entry = CHECKS.get(table)
    if entry is None or record.get("deleted_at") is not None:
        return []
    try:
        problems = _violation(record, today, inspected_on=inspected_on) if table == "violations" \
            else entry[0](record, today)
    except (TypeError, KeyError, AttributeError, ValueError):
        # A value of a type the form could never have given (the format checks types; belt and braces).
        problems = [Problem("sync.rule_unreadable", None)]
    return _since(problems, record)


def _since(problems: list[Problem], record: Record) -> list[Problem]:
    if problems and SINCE:
        created = local_day(record["created_at"])
        problems = [p for p in problems if p.code not in SINCE or created >= SINCE[p.code]]
    return problems


def linked_record_problems(table: str, record: Record, links: Links, *, today: date) -> list[Problem]:
    """The rules `record` breaks that need another record (its model, plan, team, inspection, client).

    `links`: those records' facts for the whole bundle, from rules_links.load_links (bulk, once per bundle).
    """
    return _since(linked_problems(table, record, links, today=today), record)


def referral_moves(local: Record, incoming: Record) -> list[Problem]:
    """An update of a referral must follow the lifecycle from the status the hub holds."""
    try:
        current, new = ReferralStatus(local["status"]), ReferralStatus(incoming["status"])
    except ValueError:
        return []
    if current is new or new in TRANSITIONS[current]:
        return []
    return [Problem("referral.status_jump", "status", {"current": current.value, "new": new.value})]


def rules_table() -> str:
    """desktop/sync/RULES.md's table: every synced table, the rule codes checked on its records, since when."""
    from desktop.domain.messages import MESSAGES  # the sentences, only to document them

    lines = ["| Bảng (table) | Mã quy tắc (rule code) | Áp dụng cho bản ghi tạo từ (since) | Câu thông báo |",
             "|---|---|---|---|"]
    for table in sorted(CHECKS):
        for code in CHECKS[table][1]:
            since = SINCE[code].isoformat() if code in SINCE else "luôn (always)"
            lines.append(f"| {table} | `{code}` | {since} | {MESSAGES[code]} |")
    return "\n".join(lines) + "\n"
