"""The establishment register's rules and the T8 coverage arithmetic."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

from desktop.domain.establishments import (
    BUSINESS_TYPE_LABELS,
    BusinessType,
    EstablishmentDraft,
    coverage_by_type,
    establishment_problems,
    existed_from,
)

TODAY = date(2026, 11, 28)
GOOD = EstablishmentDraft(name="Karaoke Hoàng Gia", business_type="karaoke", address="Số 12, thôn Đồng Xuân",
                          representative="Trần Văn Hùng", registration_date=date(2019, 12, 20),
                          opened_on=date(2020, 1, 5))


def codes(draft: EstablishmentDraft) -> list[tuple[str, str | None]]:
    return [(p.code, p.field) for p in establishment_problems(draft, today=TODAY)]


def test_every_business_type_of_domain_section_5_has_a_vietnamese_label() -> None:
    assert set(BUSINESS_TYPE_LABELS) == set(BusinessType)
    assert BUSINESS_TYPE_LABELS[BusinessType.DANCE_HALL] == "Vũ trường"
    assert BUSINESS_TYPE_LABELS[BusinessType.DIM_LIGHT_CAFE] == "Cà phê đèn mờ"


def test_required_and_coded_fields() -> None:
    assert codes(GOOD) == []
    assert codes(replace(GOOD, name=" ", address="", business_type="casino", status="open")) == [
        ("required", "name"), ("required", "address"), ("establishment.unknown_type", "business_type"),
        ("establishment.unknown_status", "status")]


def test_dates() -> None:
    assert codes(replace(GOOD, opened_on=date(2026, 11, 29))) == [("date.future", "opened_on")]
    assert codes(replace(GOOD, status="closed")) == [("establishment.closed_without_date", "closed_on")]
    assert codes(replace(GOOD, closed_on=date(2026, 1, 1))) == [("establishment.closed_date_but_open", "closed_on")]
    assert codes(replace(GOOD, status="closed", closed_on=date(2019, 1, 1))) == [
        ("establishment.closed_before_opened", "closed_on")]


def test_the_opening_date_decides_when_the_business_existed_from() -> None:
    assert existed_from(GOOD) == date(2020, 1, 5)
    assert existed_from(replace(GOOD, opened_on=None)) == date(2019, 12, 20)
    assert existed_from(replace(GOOD, opened_on=None, registration_date=None)) is None


def test_coverage_by_type_on_a_hand_computed_example() -> None:
    # 5 karaoke, 2 inspected = 40%; 4 hotels, none = 0%; 1 dance hall, inspected = 100%. Total 3/10 = 30%.
    rows = coverage_by_type({"karaoke": 5, "accommodation": 4, "dance_hall": 1}, {"karaoke": 2, "dance_hall": 1},
                            target=Fraction(1, 5))
    assert [(r.business_type, r.establishments, r.inspected, r.percent, r.met) for r in rows] == [
        ("accommodation", 4, 0, 0.0, False),
        ("karaoke", 5, 2, 40.0, True),
        ("dance_hall", 1, 1, 100.0, True),
        (None, 10, 3, 30.0, True),
    ]
    assert rows[-1].share == Fraction(3, 10) and rows[-1].not_inspected == 7


def test_coverage_of_the_programme_target_and_of_nothing() -> None:
    rows = coverage_by_type({"bar": 3}, {"bar": 3}, target=Fraction(1))
    assert rows[-1].met and rows[-1].percent == 100.0
    assert not coverage_by_type({"bar": 3}, {"bar": 2}, target=Fraction(1))[-1].met
    empty = coverage_by_type({}, {}, target=Fraction(1, 5))
    assert len(empty) == 1 and empty[0].establishments == 0 and empty[0].met and empty[0].percent == 0.0
