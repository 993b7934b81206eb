"""Demo data for the tip-off and support model registers: ~20 tip-offs over 18 months, three models at work."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.domain.clients import ServiceCategory
from desktop.domain.support_models import ActivityDraft, ActivityKind, SupportGivenDraft, SupportModelDraft
from desktop.domain.tip_offs import Channel, HandlingOutcome, Recipient, Subject, TipOffDraft, VerificationResult
from desktop.services.context import Actor

if TYPE_CHECKING:
    from desktop.bootstrap import Services

# Neutral, name-free descriptions, as the form asks officers to write them.
_WHAT = ("mở cửa sau 24 giờ, nhiều khách ra vào", "nghi có hoạt động mua bán dâm", "có người đứng mời khách",
         "phòng có khóa trong, đèn mờ", "rao mời mua bán dâm trên mạng", "tụ tập đông người ban đêm")
_WHERE = ("nhà nghỉ ở thôn Lũng Hạ", "quán karaoke thôn Đồng Xuân", "quán cà phê đèn mờ gần chợ",
          "nhà trọ khu Đồng Giếng", "một tài khoản mạng xã hội", "cơ sở gội đầu thôn Phú Hà")
_MODELS = (
    SupportModelDraft("Câu lạc bộ Bạn giúp bạn", "peer_club", date(2024, 3, 8), "Hội Liên hiệp Phụ nữ xã", 9, 28),
    SupportModelDraft("Nhóm tự lực Hướng Dương", "self_help_group", date(2025, 5, 15), "Đoàn Thanh niên xã", 6, 14),
    SupportModelDraft("Điểm hỗ trợ tại Trạm y tế xã", "service_point", date(2023, 9, 1), "Trạm y tế xã", 3, 5),
)


def fill_registers(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    _fill_tip_offs(services, actor, rng, today)
    _fill_models(services, actor, rng, today)


def _fill_tip_offs(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    shops = services.tip_offs.establishment_choices(actor)
    for _ in range(20):
        received = today - timedelta(days=rng.randrange(540))
        subject = rng.choice(list(Subject))
        draft = TipOffDraft(received_on=received, channel=rng.choice(list(Channel)).value, subject_kind=subject.value,
                            description=f"Phản ánh {rng.choice(_WHERE)}: {rng.choice(_WHAT)}.",
                            establishment_id=rng.choice(shops).id if shops and subject is Subject.ESTABLISHMENT
                            else None)
        age = (today - received).days
        if age > 3:
            verified = received + timedelta(days=rng.randint(1, min(age, 7)))
            result = rng.choice(list(VerificationResult))
            draft = replace(draft, verified_on=verified, verification_result=result.value)
            if result is VerificationResult.CONFIRMED and (today - verified).days > 1:
                draft = replace(draft, passed_on_on=verified + timedelta(days=1),
                                passed_on_to=rng.choice(list(Recipient)).value)
            last = draft.passed_on_on or verified
            if (today - last).days > 10 and rng.random() < 0.85:  # a few stay open, some overdue
                outcome = HandlingOutcome.UNFOUNDED if result is VerificationResult.NOT_CONFIRMED \
                    else rng.choice([HandlingOutcome.SANCTIONED, HandlingOutcome.NO_VIOLATION,
                                     HandlingOutcome.TRANSFERRED])
                handled = last + timedelta(days=rng.randint(2, min((today - last).days, 45)))
                draft = replace(draft, handled_on=handled, outcome=outcome.value)
        services.tip_offs.save(actor, draft)


def _fill_models(services: Services, actor: Actor, rng: random.Random, today: date) -> None:
    for model in _MODELS:
        saved = services.support_models.save(actor, model).value
        start = max(model.established_on, today - timedelta(days=540))
        for _ in range(rng.randint(10, 24)):
            held = start + timedelta(days=rng.randrange((today - start).days + 1))
            participants = rng.randint(5, 40)
            services.support_models.save_activity(actor, saved.id, ActivityDraft(
                held, rng.choice(list(ActivityKind)).value, participants, rng.randint(0, participants // 2)))
        for _ in range(rng.randint(4, 10)):
            given = start + timedelta(days=rng.randrange((today - start).days + 1))
            services.support_models.save_support_given(actor, saved.id, SupportGivenDraft(
                given, rng.choice(list(ServiceCategory)).value, rng.randint(1, 8)))
