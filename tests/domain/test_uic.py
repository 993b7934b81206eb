"""The pseudonymous client code: normalised facts, the shipped recipe, and recipes as data."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.uic import build_uic, given_name, normalise_code, parse_recipe, uic_problems
from desktop.services.clients.client_views import load_recipe

FACTS = {"mother_given_name": "Hòa", "father_given_name": "Đức", "sex": "female", "birth_year": 1995}


def test_shipped_recipe_builds_mother_father_sex_year() -> None:
    recipe = load_recipe("v1")
    assert recipe.version == "v1"
    assert recipe.typed_facts == ("mother_given_name", "father_given_name")
    assert build_uic(recipe, FACTS) == "HODUF95"


@pytest.mark.parametrize("spelling", ["Hòa", "Hoà", "hòa", "HÒA", unicodedata.normalize("NFD", "Hoà"), " Hòa  "])
def test_tone_mark_placement_case_and_normal_form_give_one_code(spelling: str) -> None:
    assert build_uic(load_recipe("v1"), {**FACTS, "mother_given_name": spelling}) == "HODUF95"


def test_d_with_stroke_becomes_plain_d() -> None:
    recipe = load_recipe("v1")
    assert build_uic(recipe, {**FACTS, "mother_given_name": "Đào", "father_given_name": "đông"}).startswith("DADO")


def test_a_full_name_uses_its_given_name() -> None:
    assert given_name("Nguyễn Thị Hòa") == "HOA"
    assert build_uic(load_recipe("v1"), {**FACTS, "mother_given_name": "Nguyễn Thị Hòa"}) == "HODUF95"


def test_unknown_father_is_padded_and_short_names_fill_up() -> None:
    recipe = load_recipe("v1")
    assert build_uic(recipe, {**FACTS, "father_given_name": ""}) == "HOXXF95"
    assert build_uic(recipe, {**FACTS, "mother_given_name": "Ý"}) == "YXDUF95"


def test_missing_mother_name_is_a_problem_not_a_code() -> None:
    recipe = load_recipe("v1")
    problems = uic_problems(recipe, {**FACTS, "mother_given_name": "  "})
    assert [(p.code, p.field) for p in problems] == [("uic.fact_missing", "mother_given_name")]
    with pytest.raises(ValidationFailed):
        build_uic(recipe, {**FACTS, "mother_given_name": ""})


def test_a_name_of_punctuation_only_is_refused() -> None:
    problems = uic_problems(load_recipe("v1"), {**FACTS, "mother_given_name": "--"})
    assert [p.code for p in problems] == ["uic.fact_invalid"]


def test_a_province_recipe_is_data() -> None:
    recipe = parse_recipe({"version": "pt2", "parts": [
        {"fact": "sex", "take": "map", "map": {"male": "1", "female": "2", "other": "3"}},
        {"fact": "birth_year", "take": "year_digits", "count": 4},
        {"fact": "own_given_name", "take": "letters", "count": 3},
    ]})
    assert build_uic(recipe, {"sex": "male", "birth_year": 1988, "own_given_name": "Tuấn"}) == "11988TUA"


@pytest.mark.parametrize("bad", [
    {"version": "x", "parts": []},
    {"version": "x", "parts": [{"fact": "sex", "take": "hash"}]},
    {"version": "x", "parts": [{"fact": "sex", "take": "map"}]},
    {"version": "", "parts": [{"fact": "sex", "take": "letters"}]},
    {"version": "x"},
])
def test_malformed_recipes_are_refused(bad: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(DomainError) as caught:
        parse_recipe(bad)
    assert caught.value.code == "uic.recipe_invalid"


def test_unknown_recipe_version_is_refused() -> None:
    with pytest.raises(DomainError) as caught:
        load_recipe("v99")
    assert caught.value.code == "uic.recipe_unknown"


def test_typed_codes_compare_without_spaces_case_or_marks() -> None:
    assert normalise_code(" ho-du f95 ") == "HODUF95"
