"""Demo data for the inspection area: ~45 businesses of Xã Xuân Lũng and ~80 inspections over 18 months."""

from __future__ import annotations

import heapq
import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from desktop.domain.checklists import AnswerType, ChecklistTemplate, Verdict
from desktop.domain.establishments import BusinessType, EstablishmentDraft, EstablishmentStatus
from desktop.domain.inspections import COUNT_ITEMS, LOCAL_ZONE, Handling, InspectionDraft, InspectionKind, ItemResult, ViolationDraft
from desktop.domain.sanctions import OffenderKind
from desktop.services.context import Actor
from desktop.demo.inspection_plans import DemoTeam, fill_plan, first_business_violation, make_team

if TYPE_CHECKING:
    from desktop.bootstrap import Services

_NAMES: dict[BusinessType, tuple[str, ...]] = {
    BusinessType.ACCOMMODATION: ("Nhà nghỉ Hoa Sen", "Nhà nghỉ Bình An", "Khách sạn Xuân Lũng",
                                 "Nhà nghỉ Phương Đông", "Nhà nghỉ Thanh Bình", "Nhà nghỉ Hương Quê",
                                 "Khách sạn Sông Lô", "Nhà nghỉ Minh Châu", "Nhà nghỉ Đồng Tâm", "Nhà nghỉ Ngọc Lan"),
    BusinessType.SHORT_STAY_APARTMENT: ("Căn hộ dịch vụ Phú Hà", "Căn hộ An Cư", "Căn hộ Lũng Hạ Home"),
    BusinessType.KARAOKE: ("Karaoke Hoàng Gia", "Karaoke Sao Mai", "Karaoke Ánh Dương", "Karaoke Nhật Minh",
                           "Karaoke Bảo Ngọc", "Karaoke Tình Ca", "Karaoke Kim Cương", "Karaoke Hải Âu",
                           "Karaoke Đất Tổ"),
    BusinessType.DANCE_HALL: ("Vũ trường Ngôi Sao",),
    BusinessType.BAR: ("Quán bar Phố Núi", "Bar Đêm Trắng"),
    BusinessType.MASSAGE_SAUNA: ("Massage Thanh Xuân", "Xông hơi Thảo Mộc", "Massage Hồng Nhung",
                                 "Xông hơi Lá Thuốc Dao", "Massage Thiên Ân"),
    BusinessType.BARBER_HAIR_WASH: ("Cắt tóc gội đầu Thu Hà", "Salon tóc Huyền Trang", "Gội đầu thư giãn Mai Anh",
                                    "Cắt tóc nam Tuấn Hưng", "Salon Linh Chi", "Gội đầu dưỡng sinh Hạnh Phúc"),
    BusinessType.DIM_LIGHT_CAFE: ("Cà phê Lãng Du", "Cà phê Góc Nhỏ", "Cà phê Mộc Miên", "Cà phê Chiều Tím"),
    BusinessType.RESTAURANT: ("Nhà hàng Sông Lô", "Quán ăn Đồng Quê", "Nhà hàng Hương Việt", "Lẩu nướng Phú Thọ"),
    BusinessType.OTHER: ("Cơ sở tắm hơi Phúc Lộc",),
}
_PLACES = ("thôn Đồng Xuân", "thôn Lũng Hạ", "thôn Lũng Thượng", "thôn Phú Hà", "khu Đồng Giếng", "thôn Xuân Thượng",
           "tổ dân phố Chợ Mới")
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đinh", "Hà")
_MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu")
_GIVEN = ("Hùng", "Lan", "Hương", "Tuấn", "Dũng", "Hà", "Nga", "Long", "Thảo", "Bình", "Sơn", "Yến")
_TEAM = ("Đỗ Văn Hải (Công an xã), Nguyễn Thị Lan (Văn hóa - Xã hội), Bùi Minh Đức (Y tế)",
         "Trần Quang Vinh (Phó Chủ tịch UBND xã), Đỗ Văn Hải (Công an xã), Hà Thu Trang (Hội Phụ nữ)",
         "Nguyễn Thị Lan (Văn hóa - Xã hội), Lê Hữu Nam (Công an xã)")
_FINDINGS_OK = ("Cơ sở chấp hành tương đối tốt các quy định; đề nghị duy trì.",
                "Không phát hiện dấu hiệu vi phạm; nhắc nhở chủ cơ sở cập nhật danh sách người lao động.")
_FINDINGS_BAD = ("Cơ sở còn một số tồn tại, đoàn đã lập biên bản và yêu cầu khắc phục trong thời hạn.",
                 "Phát hiện vi phạm; chủ cơ sở cam kết khắc phục trước lần tái kiểm tra.")


_RECORDER = "Nguyễn Thị Lan"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def _establishment(rng: random.Random, business_type: BusinessType, name: str, today: date) -> EstablishmentDraft:
    opened = date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
    opened = min(opened, today - timedelta(days=120))
    status, closed = EstablishmentStatus.OPERATING, None
    roll = rng.random()
    if roll < 0.06:
        status, closed = EstablishmentStatus.CLOSED, today - timedelta(days=rng.randint(200, 400))
        opened = min(opened, closed - timedelta(days=3 * 365))
    elif roll < 0.12:
        status = EstablishmentStatus.SUSPENDED
    certified = business_type in (BusinessType.ACCOMMODATION, BusinessType.SHORT_STAY_APARTMENT,
                                  BusinessType.KARAOKE, BusinessType.DANCE_HALL)
    return EstablishmentDraft(
        name=name, business_type=business_type.value,
        address=f"Số {rng.randint(1, 250)}, {rng.choice(_PLACES)}", representative=_person(rng),
        registration_number=f"25A80{rng.randint(10000, 99999)}", registration_date=opened - timedelta(days=20),
        licence_number=f"{rng.randint(10, 99)}/GP-UBND" if business_type == BusinessType.KARAOKE else "",
        licence_date=opened - timedelta(days=10) if business_type == BusinessType.KARAOKE else None,
        security_certificate_number=f"{rng.randint(100, 999)}/ĐĐK" if certified else "",
        security_certificate_date=opened - timedelta(days=5) if certified else None,
        status=status.value, opened_on=opened, closed_on=closed,
    )


def _results(rng: random.Random, template: ChecklistTemplate, business_type: str,
             failing: float) -> tuple[tuple[ItemResult, ...], tuple[ViolationDraft, ...]]:
    results, violations = [], []
    for item in template.items_for(business_type):
        if item.answer is AnswerType.NUMBER:
            results.append(ItemResult(item.code, number=rng.randint(3, 18)))
        elif item.answer is AnswerType.NOTE:
            continue
        elif rng.random() < failing:
            results.append(ItemResult(item.code, Verdict.FAIL.value, note="Đã nhắc nhở"))
            handling = Handling.SUSPENSION_PROPOSAL if item.severity.value == "high" and rng.random() < 0.2 \
                else Handling.WARNING
            violations.append(ViolationDraft(f"Không bảo đảm: {item.text.lower()}", handling.value,
                                             legal_basis=item.legal_basis, item_code=item.code,
                                             offender_kind=OffenderKind.HOUSEHOLD.value))
        else:
            results.append(ItemResult(item.code, Verdict.PASS.value))
    return tuple(results), tuple(violations)


def _sex_work_finding(rng: random.Random, day: date) -> ViolationDraft:
    """The rare visit that finds people buying sex on the premises: a fine proposal inside the referenced range."""
    new_decree = day >= date(2025, 12, 15)
    ref = "nd282-mua-dam" if new_decree else "nd144-mua-dam"
    return ViolationDraft("Phát hiện khách có hành vi mua dâm tại cơ sở; chuyển công an xã xác minh",
                          Handling.FINE_PROPOSAL.value, sanction_ref=ref,
                          proposed_amount=rng.choice((1_000_000, 1_500_000, 2_000_000)),
                          offender_kind=OffenderKind.PERSON.value, offender_role="Khách")


def fill_establishments(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    ids: list[tuple[str, EstablishmentDraft]] = []
    for business_type, names in _NAMES.items():
        for name in names:
            draft = _establishment(rng, business_type, name, today)
            ids.append((services.establishments.save(actor, draft).value.id, draft))
    now = services.register.clock.now()
    team = make_team(services, actor, today)
    start = today - timedelta(days=540)
    # (when, order, establishment, findings likely, is a follow-up): a heap, because a visit with
    # violations books its own follow-up visit about a month later.
    visits: list[tuple[datetime, int, str, EstablishmentDraft, bool, bool]] = []
    for n in range(62):
        record_id, draft = rng.choice(ids)
        first = max(start, draft.opened_on or start)
        last = min(draft.closed_on or today, today - timedelta(days=1))
        if first < last:
            day = first + timedelta(days=rng.randrange((last - first).days))
            visits.append((_at(rng, day), n, record_id, draft, False, False))
    # A few recent visits with findings, so the home screen shows follow-ups due and overdue.
    operating = [i for i in ids if i[1].status == EstablishmentStatus.OPERATING.value]
    for n, days_ago in enumerate((45, 38, 20, 9, 3), start=100):
        record_id, draft = rng.choice(operating)
        visits.append((_at(rng, today - timedelta(days=days_ago)), n, record_id, draft, True, False))
    heapq.heapify(visits)
    order = 200
    while visits:
        started_at, _, record_id, draft, findings, is_follow_up = heapq.heappop(visits)
        if started_at > now:
            continue
        violations = _inspect(services, actor, rng, record_id, draft, started_at, findings=findings,
                              follow_up=is_follow_up, team=team)
        due = started_at + timedelta(days=rng.randint(20, 45))
        if violations and due.date() < today and rng.random() < 0.85:
            order += 1
            heapq.heappush(visits, (due, order, record_id, draft, False, True))
    if team is not None:
        fill_plan(services, actor, rng, team, [i for i, d in operating], today)
        first_business_violation(services, actor, ids, team, today)


def _at(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.choice((9, 10, 14, 15, 20, 21, 22))), LOCAL_ZONE)


def _inspect(services: Services, actor: Actor, rng: random.Random, record_id: str, draft: EstablishmentDraft,
             started_at: datetime, *, findings: bool, follow_up: bool, team: DemoTeam | None) -> bool:
    template = services.inspections.template(actor, day=started_at.date())
    results, violations = _results(rng, template, draft.business_type, 0.3 if findings else 0.012)
    if findings and not violations:
        violations = (_sex_work_finding(rng, started_at.date()),)
    elif rng.random() < 0.03:
        violations += (_sex_work_finding(rng, started_at.date()),)
    kind = InspectionKind.REINSPECTION if follow_up else rng.choice(
        (InspectionKind.PLANNED, InspectionKind.PLANNED, InspectionKind.SURPRISE))
    staff = rng.randint(1, 12)
    members = rng.choice(_TEAM)  # drawn in the order the demo always drew them, so its visits stay the same
    without_contract = rng.choice((0, 0, 0, 1, 2)) if staff > 2 else 0
    contract_items = COUNT_ITEMS.get(template.version, {}).get("staff_without_contract", ())
    if without_contract and any(r.item_code in contract_items and r.verdict == Verdict.PASS.value for r in results):
        without_contract = 0  # the record must not contradict its own contract item
    with_team = team is not None and started_at.date() >= team.valid_from
    services.inspections.record(actor, InspectionDraft(
        establishment_id=record_id, started_at=started_at, kind=kind.value, team_members=members,
        representative=draft.representative, staff_present=staff,
        staff_without_contract=without_contract, guests_present=rng.randint(0, 25),
        findings=rng.choice(_FINDINGS_BAD if violations else _FINDINGS_OK),
        decision_reference=f"{rng.randint(10, 199)}/QĐ-XPVPHC" if violations and rng.random() < 0.3 else "",
        results=results, violations=violations,
        # Derived, not drawn: the random stream (and so the demo's visits) stays as it was before these fields.
        record_number=f"{started_at:%m%d}/BB-ĐKT", ended_at=started_at + timedelta(minutes=90),
        team_id=team.id if with_team and team else None,
        team_leader=team.leader if with_team and team else members.split(" (")[0], recorder=_RECORDER,
        representative_role="Chủ cơ sở", copies=2,
        conclusion="violations" if violations else "no_violation",
    ))
    return bool(violations)
