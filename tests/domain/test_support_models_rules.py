"""Community support models: core members never above members; QĐ 1875's club yardsticks are advice only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.messages import MESSAGES
from desktop.domain.support_models import (
    ACTIVITY_LABELS, KIND_LABELS, ActivityDraft, ActivityKind, ModelKind, SupportGivenDraft, SupportModelDraft,
    activity_problems, support_given_problems, support_model_guidance, support_model_problems,
)

TODAY = date(2026, 11, 28)
CLUB = SupportModelDraft(name="Câu lạc bộ Bạn giúp bạn", kind="peer_club", established_on=date(2024, 3, 8),
                         host_organisation="Hội Liên hiệp Phụ nữ xã", core_members=8, members=25)
ACTIVITY = ActivityDraft(held_on=date(2026, 5, 10), kind="group_meeting", participants=18, new_people=6)
GIVEN = SupportGivenDraft(given_on=date(2026, 5, 31), category="health_hiv", people=4)


def codes(problems) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(p.code, p.field) for p in problems]


def test_a_good_club_passes_and_more_core_members_than_members_is_refused() -> None:
    assert support_model_problems(CLUB, today=TODAY) == []
    bad = replace(CLUB, core_members=12, members=10)
    [problem] = support_model_problems(bad, today=TODAY)
    assert (problem.code, problem.field, problem.params) == (
        "support_model.core_exceeds_members", "core_members", {"core": 12, "members": 10})
    assert support_model_problems(replace(CLUB, core_members=10, members=10), today=TODAY) == []


@pytest.mark.parametrize(("change", "expected"), [
    ({"name": " "}, ("required", "name")),
    ({"kind": "choir"}, ("support_model.unknown_kind", "kind")),
    ({"members": -1, "core_members": 0}, ("number.negative", "members")),
    ({"core_members": -2}, ("number.negative", "core_members")),
    ({"established_on": date(2026, 12, 1)}, ("date.future", "established_on")),
    ({"closed_on": date(2024, 1, 1)}, ("support_model.closed_before_established", "closed_on")),
    ({"host_organisation": "x" * 301}, ("text.too_long", "host_organisation")),
])
def test_every_bad_model_input_is_named(change: dict[str, object], expected: tuple[str, str]) -> None:
    assert expected in codes(support_model_problems(replace(CLUB, **change), today=TODAY))  # type: ignore[arg-type]
    assert expected[0] in MESSAGES


def test_the_qd_1875_yardsticks_are_guidance_for_clubs_only() -> None:
    big = replace(CLUB, core_members=14, members=30)
    assert support_model_problems(big, today=TODAY) == []  # still saved
    assert codes(support_model_guidance(big, reached_this_year=40)) == [
        ("support_model.guidance_core", "core_members"), ("support_model.guidance_reach", None)]
    assert support_model_guidance(CLUB, reached_this_year=70) == []
    assert support_model_guidance(replace(big, kind="service_point"), reached_this_year=3) == []


@pytest.mark.parametrize(("draft", "expected"), [
    (replace(ACTIVITY, new_people=19), ("support_model.new_exceeds_participants", "new_people")),
    (replace(ACTIVITY, participants=-1, new_people=0), ("number.negative", "participants")),
    (replace(ACTIVITY, kind="party"), ("support_model.unknown_activity", "kind")),
    (replace(ACTIVITY, held_on=date(2024, 3, 7)), ("support_model.before_established", "held_on")),
    (replace(ACTIVITY, held_on=date(2026, 11, 29)), ("date.future", "held_on")),
])
def test_every_bad_activity_is_named(draft: ActivityDraft, expected: tuple[str, str]) -> None:
    assert expected in codes(activity_problems(draft, today=TODAY, established_on=CLUB.established_on))


def test_people_supported_are_counts_inside_the_model_life() -> None:
    life = {"today": TODAY, "established_on": CLUB.established_on, "closed_on": date(2026, 6, 30)}
    assert support_given_problems(GIVEN, **life) == []
    assert codes(support_given_problems(replace(GIVEN, people=0), **life)) == [("support_model.no_people", "people")]
    assert codes(support_given_problems(replace(GIVEN, category="money"), **life)) == [
        ("support_model.unknown_category", "category")]
    assert codes(support_given_problems(replace(GIVEN, given_on=date(2026, 7, 1)), **life)) == [
        ("support_model.after_closed", "given_on")]


def test_code_lists_have_labels() -> None:
    assert set(KIND_LABELS) == set(ModelKind) and set(ACTIVITY_LABELS) == set(ActivityKind)
