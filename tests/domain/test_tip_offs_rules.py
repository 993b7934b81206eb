"""The tip-off register's lifecycle rules: every bad input gets its own code, on the field it concerns."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest

from desktop.domain.messages import MESSAGES
from desktop.domain.tip_offs import (
    CHANNEL_LABELS, OUTCOME_LABELS, RECIPIENT_LABELS, Channel, HandlingOutcome, Recipient, Stage, TipOffDraft,
    days_to_handle, median, stage, tip_off_problems,
)

TODAY = date(2026, 11, 28)
OPEN = TipOffDraft(received_on=date(2026, 10, 1), channel="hotline", subject_kind="establishment",
                   description="Phản ánh quán karaoke thôn Đồng Xuân mở muộn, nghi có hoạt động mua bán dâm")
CLOSED = replace(OPEN, verified_on=date(2026, 10, 3), verification_result="confirmed", passed_on_to="team_178",
                 passed_on_on=date(2026, 10, 4), handled_on=date(2026, 10, 20), outcome="sanctioned")


def codes(draft: TipOffDraft) -> list[tuple[str, str | None]]:
    return [(p.code, p.field) for p in tip_off_problems(draft, today=TODAY)]


def test_a_full_lifecycle_in_order_is_accepted() -> None:
    assert codes(OPEN) == []
    assert codes(CLOSED) == []
    assert stage(OPEN) is Stage.RECEIVED and stage(CLOSED) is Stage.HANDLED
    assert stage(replace(OPEN, verified_on=date(2026, 10, 3), verification_result="not_confirmed")) is Stage.VERIFIED
    assert days_to_handle(CLOSED.received_on, CLOSED.handled_on) == 19
    assert days_to_handle(OPEN.received_on, None) is None


def test_the_register_has_no_field_for_the_names_of_the_people_reported() -> None:
    assert {f.name for f in fields(TipOffDraft)}.isdisjoint({"name", "names", "person", "reported_person", "full_name"})


@pytest.mark.parametrize(("change", "expected"), [
    ({"handled_on": date(2026, 9, 30), "outcome": "unfounded", "verified_on": None, "verification_result": None,
      "passed_on_to": None, "passed_on_on": None}, ("tip_off.handled_before_received", "handled_on")),
    ({"verified_on": date(2026, 9, 20)}, ("tip_off.verified_before_received", "verified_on")),
    ({"passed_on_on": date(2026, 9, 25)}, ("tip_off.passed_on_before_received", "passed_on_on")),
    ({"handled_on": date(2026, 10, 2)}, ("tip_off.handled_before_verified", "handled_on")),
    ({"passed_on_on": date(2026, 10, 25)}, ("tip_off.handled_before_passed_on", "handled_on")),
    ({"verification_result": None}, ("tip_off.verified_without_result", "verification_result")),
    ({"passed_on_to": None}, ("tip_off.passed_on_without_recipient", "passed_on_to")),
    ({"outcome": None}, ("tip_off.handled_without_outcome", "outcome")),
    ({"verified_on": None}, ("tip_off.result_without_date", "verified_on")),
    ({"passed_on_on": None}, ("tip_off.recipient_without_date", "passed_on_on")),
    ({"handled_on": None}, ("tip_off.outcome_without_date", "handled_on")),
    ({"outcome": "closed"}, ("tip_off.unknown_code", "outcome")),
    ({"channel": "pigeon"}, ("tip_off.unknown_channel", "channel")),
    ({"subject_kind": "person"}, ("tip_off.unknown_subject", "subject_kind")),
    ({"subject_kind": "online", "establishment_id": "e-1"},
     ("tip_off.establishment_for_other_subject", "establishment_id")),
    ({"description": "  "}, ("required", "description")),
    ({"description": "x" * 501}, ("text.too_long", "description")),
    ({"description": "Người báo tin gọi từ số 0912 345 678"}, ("tip_off.description_has_number", "description")),
    ({"description": "CCCD 025190001234 của chủ nhà"}, ("tip_off.description_has_number", "description")),
    ({"handled_on": date(2026, 12, 1)}, ("date.future", "handled_on")),
])
def test_every_bad_input_is_named(change: dict[str, object], expected: tuple[str, str]) -> None:
    found = codes(replace(CLOSED, **change))  # type: ignore[arg-type]
    assert expected in found
    assert expected[0] in MESSAGES


def test_house_numbers_and_times_are_not_mistaken_for_phone_numbers() -> None:
    assert codes(replace(OPEN, description="Số 12, tổ 3, thôn Đồng Xuân, khoảng 23h ngày 30/9/2026")) == []


def test_a_tip_off_received_in_the_future_is_refused() -> None:
    assert ("date.future", "received_on") in codes(replace(OPEN, received_on=date(2026, 11, 29)))


def test_closed_before_received_names_the_receipt_day() -> None:
    bad = replace(OPEN, handled_on=date(2026, 9, 1), outcome="unfounded")
    [problem] = tip_off_problems(bad, today=TODAY)
    assert problem.params == {"received": "01/10/2026"}


def test_code_lists_have_vietnamese_labels_and_the_median_is_the_middle_value() -> None:
    assert set(CHANNEL_LABELS) == set(Channel) and set(RECIPIENT_LABELS) == set(Recipient)
    assert set(OUTCOME_LABELS) == set(HandlingOutcome)
    assert CHANNEL_LABELS[Channel.POLICE] == "Do công an chuyển đến"
    assert median([]) is None and median([5, 1, 9]) == 5.0 and median([4, 1, 9, 10]) == 6.5
