"""Client rules without a database: birth years, the minor warning, contacts, consents, counting, retention."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.age_bands import AGE_BANDS, band_by_code, band_of_birth_year, birth_years_of
from desktop.domain.clients import (
    ClientDraft,
    ContactDraft,
    CountUnit,
    client_problems,
    client_warnings,
    consent_problems,
    contact_problems,
    months_before,
    retention_problems,
    tally,
    tally_by,
    unacknowledged,
    withdrawal_problems,
)

TODAY = date(2026, 11, 28)


def draft(**changes: object) -> ClientDraft:
    values: dict[str, object] = dict(birth_year=1995, sex="female", workplace_type="karaoke",
                                     first_contact_on=date(2026, 3, 2), first_contact_channel="outreach")
    values.update(changes)
    return ClientDraft(**values)  # type: ignore[arg-type]


def codes(problems: list) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    return [(p.code, p.field) for p in problems]


def test_a_plain_adult_client_is_fine() -> None:
    assert client_problems(draft(), today=TODAY) == []
    assert client_warnings(draft(), today=TODAY) == []


@pytest.mark.parametrize("year", [1929, 2027, 1])
def test_impossible_birth_years(year: int) -> None:
    problems = client_problems(draft(birth_year=year), today=TODAY)
    assert codes(problems) == [("client.birth_year_impossible", "birth_year")]
    assert problems[0].params["min"] == 1930 and problems[0].params["max"] == 2026


def test_edges_of_the_birth_year_range_are_allowed() -> None:
    assert client_problems(draft(birth_year=1930), today=TODAY) == []
    assert client_problems(draft(birth_year=2026, first_contact_on=date(2026, 11, 1)), today=TODAY) == []


@pytest.mark.parametrize(("year", "age"), [(2010, 16), (2009, 17), (2015, 11)])
def test_a_minor_is_a_warning_to_acknowledge(year: int, age: int) -> None:
    warnings = client_warnings(draft(birth_year=year), today=TODAY)
    assert codes(warnings) == [("client.minor", "birth_year")]
    assert warnings[0].params == {"age": age}
    assert client_problems(draft(birth_year=year), today=TODAY) == []  # not an error: a case to handle
    assert unacknowledged(warnings, ["client.minor"]) == []
    assert unacknowledged(warnings, []) == warnings


def test_eighteen_this_year_is_an_adult() -> None:
    assert client_warnings(draft(birth_year=2008), today=TODAY) == []


def test_unknown_codes_future_dates_and_missing_fields() -> None:
    problems = client_problems(draft(sex="x", workplace_type="brothel", first_contact_channel="",
                                     first_contact_on=date(2026, 12, 1)), today=TODAY)
    assert set(codes(problems)) == {("client.unknown_code", "sex"), ("client.unknown_code", "workplace_type"),
                                    ("client.unknown_code", "first_contact_channel"),
                                    ("date.future", "first_contact_on")}
    assert codes(client_problems(draft(birth_year=None, first_contact_on=None), today=TODAY)) == [
        ("required", "birth_year"), ("required", "first_contact_on")]


def test_contacts_rules() -> None:
    ok = ContactDraft(contacted_on=date(2026, 5, 1), category="health_hiv", topics=("safer_sex",), condoms=10)
    assert contact_problems(ok, today=TODAY, first_contact_on=date(2026, 3, 2)) == []
    bad = ContactDraft(contacted_on=date(2026, 1, 1), category="x", topics=("x",), condoms=-1)
    assert set(codes(contact_problems(bad, today=TODAY, first_contact_on=date(2026, 3, 2)))) == {
        ("contact.before_first_contact", "contacted_on"), ("client.unknown_code", "category"),
        ("client.unknown_code", "topics"), ("number.negative", "condoms")}


def test_consent_rules() -> None:
    assert consent_problems(["support", "referral"], on=TODAY, today=TODAY) == []
    assert codes(consent_problems([], on=date(2027, 1, 1), today=TODAY)) == [("date.future", "given_on"),
                                                                              ("required", "scopes")]
    assert codes(withdrawal_problems(given_on=date(2026, 5, 1), on=date(2026, 4, 1), today=TODAY)) == [
        ("consent.withdrawn_before_given", "withdrawn_on")]


def test_visits_and_persons_are_counted_differently() -> None:
    visits = [("a", "health_hiv"), ("a", "health_hiv"), ("b", "health_hiv"), ("a", "loans_jobs")]
    assert tally([p for p, _ in visits], CountUnit.VISITS) == 4
    assert tally([p for p, _ in visits], CountUnit.PERSONS) == 2
    assert tally_by(visits, CountUnit.VISITS) == {"health_hiv": 3, "loans_jobs": 1}
    assert tally_by(visits, CountUnit.PERSONS) == {"health_hiv": 2, "loans_jobs": 1}


def test_birth_year_bounds_of_each_band_cover_every_age_once() -> None:
    for birth_year in range(1930, 2027):
        inside = [b.code for b in AGE_BANDS if _within(birth_years_of(b, 2026), birth_year)]
        assert inside == [band_of_birth_year(birth_year, 2026).code]
    assert birth_years_of(band_by_code("16_17"), 2026) == (2009, 2010)  # type: ignore[arg-type]
    assert birth_years_of(band_by_code("50p"), 2026) == (None, 1976)  # type: ignore[arg-type]


def _within(bounds: tuple[int | None, int], year: int) -> bool:
    low, high = bounds
    return (low is None or year >= low) and year <= high


def test_retention_cutoff_and_range() -> None:
    assert months_before(date(2026, 11, 28), 60) == date(2021, 11, 28)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2028, 3, 31), 1) == date(2028, 2, 29)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)
    assert retention_problems(60) == []
    assert codes(retention_problems(0)) == [("client.retention_invalid", "retention_months")]
