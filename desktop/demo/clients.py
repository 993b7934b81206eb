"""Demo data for the client register: about 60 people over 18 months, their contacts and 40 referrals."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.domain.clients import (
    ClientDraft,
    ClientStatus,
    ContactChannel,
    ContactDraft,
    ContactTopic,
    ServiceCategory,
    WorkplaceType,
)
from desktop.domain.referrals import ReferralDraft, StatusChange
from desktop.services.context import Actor
from desktop.services.clients.partners import PartnerDraft

if TYPE_CHECKING:  # the composition root imports this module's caller, not the other way round
    from desktop.bootstrap import Services

CLIENTS = 60
REFERRALS = 40
_MOTHERS = ("Lan", "Mai", "Hương", "Hoa", "Hằng", "Thủy", "Nga", "Hà", "Linh", "Trang", "Thảo", "Hạnh", "Yến",
            "Loan", "Tuyết", "Dung", "Hiền", "Oanh", "Phượng", "Vân", "Đào", "Nhung")
_FATHERS = ("Hùng", "Dũng", "Tuấn", "Minh", "Đức", "Hải", "Sơn", "Thắng", "Bình", "Quang", "Long", "Nam", "", "")
_NICKNAMES = ("", "", "chị áo xanh", "em Mây", "Bé Út", "chị Tư", "Hoa mai", "em Nhỏ", "cô Ba", "Sen", "Cúc")
_WORKPLACES = ([WorkplaceType.KARAOKE] * 4 + [WorkplaceType.MASSAGE_SAUNA] * 3 + [WorkplaceType.ACCOMMODATION] * 2
               + [WorkplaceType.FREELANCE_STREET] * 2 + list(WorkplaceType))
_OUTCOMES = {
    ServiceCategory.EDUCATION_VOCATIONAL: ("enrolled_course",),
    ServiceCategory.COUNSELLING_LEGAL: ("legal_aid_given", "counselling_given"),
    ServiceCategory.LOANS_JOBS: ("loan_disbursed", "job_obtained"),
    ServiceCategory.HEALTH_HIV: ("hiv_test_done", "on_art", "on_prep", "sti_treated"),
    ServiceCategory.HARM_REDUCTION: ("on_methadone", "hiv_test_done"),
    ServiceCategory.GBV_SHELTER: ("shelter_given", "gbv_resolved"),
    ServiceCategory.PSYCHOLOGICAL: ("counselling_given",),
    ServiceCategory.REINTEGRATION: ("job_obtained", "left_sex_work", "other"),
}
_FEEDBACK = ("", "Đã tiếp nhận, hẹn lần sau", "Đã hoàn thành, sức khỏe ổn định", "Cần bổ sung giấy tờ",
             "Đã đi học đầy đủ")
_EXTRA_PARTNERS = (
    PartnerDraft("Trường Cao đẳng Công nghệ và Nông lâm Phú Thọ", "vocational_school",
                 address="Phường Phong Châu, tỉnh Phú Thọ", categories=("education_vocational",)),
    PartnerDraft("Câu lạc bộ đồng đẳng Vòng tay bè bạn", "ngo", categories=("harm_reduction", "psychological")),
)


def _day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max((end - start).days, 0) + 1))


def fill_clients(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    """Clients with consents and contacts, then referrals in every state, a few overdue."""
    if services.register.office.is_hub:
        return
    for extra in _EXTRA_PARTNERS:
        services.partners.save(actor, extra)
    partners = services.partners.list(actor)
    by_category = {c: [p.id for p in partners if c.value in p.categories] or [partners[0].id] for c in ServiceCategory}
    start = today - timedelta(days=540)
    people: list[tuple[str, date, bool]] = []
    for n in range(CLIENTS + 2):
        # Two people last seen six years ago, so the erasure screen has something to show.
        first = _day_between(rng, start, today - timedelta(days=20)) if n < CLIENTS else date(today.year - 6, 5, 1)
        birth_year = rng.choice((rng.randint(1975, 2006),) * 12 + (rng.randint(2009, 2010),))
        draft = ClientDraft(birth_year=birth_year, sex=rng.choice(("female",) * 8 + ("male", "other")),
                            workplace_type=rng.choice(_WORKPLACES).value, first_contact_on=first,
                            first_contact_channel=rng.choice(list(ContactChannel)).value,
                            nickname=rng.choice(_NICKNAMES))
        facts = {"mother_given_name": rng.choice(_MOTHERS), "father_given_name": rng.choice(_FATHERS)}
        client = services.clients.register(actor, draft, facts, acknowledged=["client.minor"],
                                           create_anyway=True).value.client
        assert client is not None
        consented = rng.random() < 0.85
        if consented:
            scopes = ["support", "referral"] + (["sharing"] if rng.random() < 0.5 else [])
            services.clients.give_consent(actor, client.id, scopes, given_on=first)
        for _ in range(rng.randint(0, 6) if n < CLIENTS else 1):
            services.clients.log_contact(actor, client.id, ContactDraft(
                contacted_on=_day_between(rng, first, today if n < CLIENTS else first),
                category=rng.choice(list(ServiceCategory)).value,
                topics=tuple(t.value for t in rng.sample(list(ContactTopic), rng.randint(1, 3))),
                condoms=rng.choice((0, 10, 20, 30)), lubricant=rng.choice((0, 0, 5, 10)),
                leaflets=rng.choice((0, 1, 2))))
        if n < CLIENTS:
            people.append((client.id, first, consented))
    for n in range(REFERRALS):
        client_id, first, consented = rng.choice(people)
        category = rng.choice(list(ServiceCategory))
        plan = n % 8
        referred_on = _day_between(rng, first, today - timedelta(days=3))
        follow_up = referred_on + timedelta(days=rng.choice((7, 14, 21, 30)))
        if plan <= 2 and n % 3:
            # Most open referrals are recent and not yet due; the others are the few overdue ones.
            referred_on = _day_between(rng, max(first, today - timedelta(days=20)), today - timedelta(days=3))
            follow_up = today + timedelta(days=rng.randint(3, 20))
        reason = "" if consented else "Trường hợp khẩn cấp, người được hỗ trợ đồng ý bằng lời"
        referral = services.referrals.refer(actor, client_id, ReferralDraft(
            referred_on=referred_on, category=category.value, partner_id=rng.choice(by_category[category]),
            follow_up_on=follow_up, consent_override_reason=reason)).value
        _advance(services, actor, rng, referral.id, referred_on, category, today, plan=plan)
    for client_id, first, _ in rng.sample(people, 6):
        status = rng.choice((ClientStatus.PAUSED, ClientStatus.CLOSED))
        services.clients.set_status(actor, client_id, status, on=_day_between(rng, first, today),
                                    reason="moved_away" if status is ClientStatus.CLOSED else "")


def _advance(services: Services, actor: Actor, rng: random.Random, referral_id: str, referred_on: date,
             category: ServiceCategory, today: date, *, plan: int) -> None:
    """Plans 0-1 stay sent, 2 accepted, 3-5 completed, 6 refused, 7 lost: every state appears."""
    if plan <= 1:
        return
    accepted_on = _day_between(rng, referred_on, min(referred_on + timedelta(days=7), today))
    if plan == 6:
        services.referrals.change_status(actor, referral_id, StatusChange("refused", accepted_on,
                                                                          feedback="Không đủ điều kiện"))
        return
    services.referrals.change_status(actor, referral_id, StatusChange("accepted", accepted_on))
    if plan == 2:
        return
    closed_on = _day_between(rng, accepted_on, min(accepted_on + timedelta(days=30), today))
    if plan == 7:
        services.referrals.change_status(actor, referral_id, StatusChange("lost_to_follow_up", closed_on))
        return
    services.referrals.change_status(actor, referral_id, StatusChange(
        "completed", closed_on, outcome=rng.choice(_OUTCOMES[category]), feedback=rng.choice(_FEEDBACK)))
