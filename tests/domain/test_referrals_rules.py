"""The referral lifecycle as a table, its dates, and the printable referral code."""

from __future__ import annotations

import re
from datetime import date

import pytest

from desktop.domain.referrals import (
    TRANSITIONS,
    ReferralDraft,
    ReferralStatus,
    StatusChange,
    can_move,
    new_referral_code,
    normalise_referral_code,
    referral_problems,
    status_problems,
)

TODAY = date(2026, 11, 28)
SENT_ON = date(2026, 11, 2)
S = ReferralStatus


def codes(problems: list) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    return [(p.code, p.field) for p in problems]


def test_the_lifecycle_table() -> None:
    assert can_move(S.SENT, S.ACCEPTED) and can_move(S.ACCEPTED, S.COMPLETED)
    assert can_move(S.SENT, S.REFUSED) and can_move(S.SENT, S.LOST) and can_move(S.ACCEPTED, S.LOST)
    assert not can_move(S.SENT, S.COMPLETED)  # completing needs the partner to have taken the person in
    assert not can_move(S.ACCEPTED, S.SENT)
    assert all(not TRANSITIONS[s] for s in (S.COMPLETED, S.REFUSED, S.LOST))


def test_a_jump_is_refused_with_its_code() -> None:
    change = StatusChange("completed", date(2026, 11, 20), outcome="hiv_test_done")
    problems = status_problems(change, current=S.SENT, referred_on=SENT_ON, last_status_on=SENT_ON, today=TODAY)
    assert codes(problems) == [("referral.status_jump", "status")]
    assert problems[0].params == {"current": "sent", "new": "completed"}


def test_completing_needs_an_outcome_and_sane_dates() -> None:
    change = StatusChange("completed", date(2026, 11, 1))
    problems = status_problems(change, current=S.ACCEPTED, referred_on=SENT_ON, last_status_on=date(2026, 11, 5),
                               today=TODAY)
    assert codes(problems) == [("referral.date_before_previous", "status_on"), ("referral.outcome_required", "outcome")]
    future = StatusChange("accepted", date(2026, 12, 1))
    assert codes(status_problems(future, current=S.SENT, referred_on=SENT_ON, last_status_on=SENT_ON, today=TODAY)) == [
        ("date.future", "status_on")]


def test_follow_up_before_the_referral_is_refused_but_a_future_one_is_fine() -> None:
    draft = ReferralDraft(referred_on=SENT_ON, category="health_hiv", partner_id="p", follow_up_on=date(2026, 11, 1))
    assert codes(referral_problems(draft, today=TODAY)) == [("referral.follow_up_before_referral", "follow_up_on")]
    later = ReferralDraft(referred_on=SENT_ON, category="health_hiv", partner_id="p", follow_up_on=date(2027, 1, 5))
    assert referral_problems(later, today=TODAY) == []


def test_referral_codes_are_short_printable_and_random() -> None:
    made = {new_referral_code() for _ in range(500)}
    assert len(made) == 500
    assert all(re.fullmatch(r"GT-[0-9A-HJKMNP-TV-Z]{8}", c) for c in made)


@pytest.mark.parametrize("typed", ["gt-7k0o1l2m", "GT 7K0O 1L2M", "7k001i2m", "Gt-7K0011 2M"])
def test_codes_typed_from_paper_are_forgiven(typed: str) -> None:
    assert normalise_referral_code(typed) == "GT-7K00112M"
