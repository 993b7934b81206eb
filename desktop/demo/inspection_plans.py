"""Demo data for teams, plans and decisions: the 178 team of 2026, its plan, one business fined and decided."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from desktop.domain.checklists import AnswerType, Verdict
from desktop.domain.establishments import BusinessType, EstablishmentDraft, EstablishmentStatus
from desktop.domain.inspection_plans import DecisionDraft, MemberDraft, PlanDraft, PlanEntryDraft, TeamDraft
from desktop.domain.inspections import COUNT_ITEMS, Handling, InspectionDraft, ItemResult, ViolationDraft
from desktop.domain.sanctions import OffenderKind
from desktop.domain.time import OFFICE_ZONE
from desktop.services.context import Actor

if TYPE_CHECKING:
    from desktop.bootstrap import Services

_MEMBERS = (MemberDraft("Trần Quang Vinh", "Phó Chủ tịch UBND xã", "leader"),
            MemberDraft("Đỗ Văn Hải", "Công an xã", "deputy"),
            MemberDraft("Nguyễn Thị Lan", "Văn hóa - Xã hội", "secretary"),
            MemberDraft("Bùi Minh Đức", "Trạm Y tế xã", "member"),
            MemberDraft("Hà Thu Trang", "Hội Liên hiệp Phụ nữ xã", "member"))


@dataclass(frozen=True)
class DemoTeam:
    id: str
    leader: str
    valid_from: date


def make_team(services: Services, actor: Actor, today: date) -> DemoTeam | None:
    """The inter-agency team formed at the start of this year (none in January's first days)."""
    formed = date(today.year, 1, 5)
    if formed > today:
        return None
    team = services.inspection_plans.save_team(actor, TeamDraft(
        name="Đội kiểm tra liên ngành 178 xã Xuân Lũng", kind="inter_agency_178", decision_number="05/QĐ-UBND",
        decision_date=formed, decision_issuer="Chủ tịch UBND xã Xuân Lũng", valid_from=formed,
        valid_to=date(today.year, 12, 31), members=_MEMBERS)).value
    return DemoTeam(team.id, _MEMBERS[0].full_name, formed)


def fill_plan(services: Services, actor: Actor, rng: random.Random, team: DemoTeam, operating: list[str],
              today: date) -> tuple[PlanEntryDraft, ...]:
    """This year's plan: about 18 businesses spread over the year; the caller visits some of those already due."""
    start, end = date(today.year, 1, 1), date(today.year, 12, 31)
    chosen = rng.sample(operating, min(18, len(operating)))
    span = (end - start).days
    entries = tuple(PlanEntryDraft(e, start + timedelta(days=rng.randrange(15, span)),
                                   "surprise" if n % 5 == 4 else "planned") for n, e in enumerate(chosen))
    services.inspection_plans.save_plan(actor, PlanDraft(
        number="12/KH-UBND", title=f"Kế hoạch kiểm tra cơ sở kinh doanh dịch vụ dễ bị lợi dụng năm {today.year}",
        period_start=start, period_end=end, team_id=team.id, approved_on=team.valid_from + timedelta(days=10),
        entries=entries))
    return entries


def first_business_violation(services: Services, actor: Actor, establishments: list[tuple[str, EstablishmentDraft]],
                             team: DemoTeam, today: date) -> None:
    """A karaoke visit that finds the operator at fault under an operator offence in force, and the Chairman's decision.

    Nothing is made when the reference holds no operator offence with a fine on that day: the demo never invents one.
    """
    day = today - timedelta(days=40)
    if day < team.valid_from:
        return
    table = services.inspections.sanctions
    # The offences the newest checklist links to a karaoke item, in its order: the demo follows the data.
    linked = [(item.code, ref) for item in services.inspections.catalogue.latest.items_for(BusinessType.KARAOKE.value)
              for ref in item.suggests]
    code, offence = next(((c, r) for c, r in ((c, table.get(i)) for c, i in linked) if r is not None
                          and r.in_force(day) and r.range_for(OffenderKind.HOUSEHOLD)[0] is not None), ("", None))
    karaoke = next((i for i, d in establishments if d.business_type == BusinessType.KARAOKE.value
                    and d.status == EstablishmentStatus.OPERATING.value), None)
    if offence is None or karaoke is None:
        return
    low, _high = offence.range_for(OffenderKind.HOUSEHOLD)
    assert low is not None
    started = datetime.combine(day, time(21, 30), OFFICE_ZONE)
    template = services.inspections.template(actor, day=day)
    failed = template.item(code)  # the item that found it, when the checklist of that day asks it too
    results = tuple(ItemResult(i.code, Verdict.FAIL.value, note="Đoàn lập biên bản vi phạm") if i == failed
                    else ItemResult(i.code, Verdict.PASS.value) if i.answer is AnswerType.CHECK
                    else ItemResult(i.code, number=8) if i.answer is AnswerType.NUMBER
                    else ItemResult(i.code, note="Chủ cơ sở ký biên bản, cam kết khắc phục trong 15 ngày.")
                    for i in template.items_for(BusinessType.KARAOKE.value))
    # A count the failed item stands for (2 staff without a written contract when it is the contract item).
    counts = {name: 2 for name, codes in COUNT_ITEMS.get(template.version, {}).items() if code in codes}
    record = services.inspections.record(actor, InspectionDraft(
        establishment_id=karaoke, started_at=started, kind="surprise",
        team_members="Trần Quang Vinh (Phó Chủ tịch UBND xã), Đỗ Văn Hải (Công an xã), Nguyễn Thị Lan (VH-XH)",
        representative=next(d.representative for i, d in establishments if i == karaoke),
        representative_role="Chủ hộ kinh doanh", staff_present=6, guests_present=9, results=results,
        staff_without_contract=counts.get("staff_without_contract", 0), staff_under_18=counts.get("staff_under_18", 0),
        findings="Cơ sở để xảy ra vi phạm; đoàn lập biên bản, đề nghị Chủ tịch UBND xã xử phạt.",
        violations=(ViolationDraft(f"Chủ cơ sở vi phạm: {offence.description.rstrip('.').lower()}",
                                   Handling.FINE_PROPOSAL.value, sanction_ref=offence.id, proposed_amount=low,
                                   offender_kind=OffenderKind.HOUSEHOLD.value,
                                   item_code=failed.code if failed else None),),
        record_number="41/BB-ĐKT", ended_at=started + timedelta(minutes=75), team_id=team.id,
        team_leader=team.leader, recorder="Nguyễn Thị Lan", witness="Lê Văn Tâm, trưởng thôn Đồng Xuân",
        copies=2, conclusion="violations")).value
    services.decisions.record(actor, DecisionDraft(
        violation_id=record.violations[0].id, number="18/QĐ-XPHC", decided_on=day + timedelta(days=6),
        authority="Chủ tịch UBND xã Xuân Lũng", amount_fined=low,
        additional_penalties="; ".join(offence.additional_penalties), paid=True, paid_on=day + timedelta(days=15)))
