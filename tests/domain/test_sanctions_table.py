"""The dated sanction-reference table: Decree 144/2021 until 14/12/2025, Decree 282/2025 from 15/12/2025."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.datafiles import parse_json
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.domain.sanctions import OffenderKind, citation, load_table, parse_table, sanctions_dir

TABLE = load_table(sanctions_dir())
NEW = json.loads((sanctions_dir() / "nd282_2025.json").read_text("utf-8"))
PERSON, HOUSEHOLD, ENTERPRISE = OffenderKind.PERSON, OffenderKind.HOUSEHOLD, OffenderKind.ENTERPRISE

OPERATOR_ENTRY: dict[str, Any] = {
    "id": "test-operator", "decree": "282/2025/NĐ-CP", "article": "9", "clause": "2", "point": "b",
    "description": "Một hành vi của chủ cơ sở", "offenders": ["operator"], "min_vnd": 1_000_000,
    "max_vnd": 2_000_000, "org_min_vnd": 2_000_000, "org_max_vnd": 4_000_000, "warning": False,
    "valid_from": "2025-12-15", "valid_to": None, "verified": True, "source": "Văn bản thử, https://example.invalid",
    "additional_penalties": ["Đình chỉ hoạt động từ 01 tháng đến 03 tháng"],
}


def test_the_old_decree_applies_until_14_december_2025_and_the_new_one_after() -> None:
    before = {e.decree for e in TABLE.in_force(date(2025, 12, 14)) if e.decree.startswith(("144", "282"))}
    after = {e.decree for e in TABLE.in_force(date(2025, 12, 15)) if e.decree.startswith(("144", "282"))}
    assert before == {"144/2021/NĐ-CP"} and after == {"282/2025/NĐ-CP"}


def test_decree_282_amounts_are_those_of_domain_section_5() -> None:
    def entry(ref: str) -> tuple[int | None, int | None, bool]:
        e = TABLE.get(ref)
        assert e is not None
        return e.min_vnd, e.max_vnd, e.warning

    assert entry("nd282-mua-dam") == (1_000_000, 2_000_000, False)
    assert entry("nd282-mua-dam-nhieu-nguoi") == (2_000_000, 5_000_000, False)
    assert entry("nd282-ban-dam") == (300_000, 500_000, True)  # a warning or a fine
    assert entry("nd282-ban-dam-nhieu-nguoi") == (1_000_000, 2_000_000, False)


def test_every_shipped_entry_names_its_source_and_the_offenders_it_applies_to() -> None:
    for entry in TABLE.entries:
        assert entry.source and entry.offenders, entry.id
        if entry.applies_to(ENTERPRISE) and entry.has_fine:
            assert entry.org_min_vnd is not None and entry.org_min_vnd >= entry.min_vnd  # type: ignore[operator]


def test_the_citation_names_point_clause_article_and_decree_as_far_as_known() -> None:
    assert citation("282/2025/NĐ-CP", "26", "2", "a") == "Điểm a Khoản 2 Điều 26 Nghị định 282/2025/NĐ-CP"
    assert citation("282/2025/NĐ-CP", "32", "1") == "Khoản 1 Điều 32 Nghị định 282/2025/NĐ-CP"
    assert citation("282/2025/NĐ-CP", "32", "") == "Điều 32 Nghị định 282/2025/NĐ-CP"
    assert citation("282/2025/NĐ-CP", "", "") == "Nghị định 282/2025/NĐ-CP"
    entry = parse_table({"entries": [OPERATOR_ENTRY]}, file="t.json")[0]
    assert entry.citation == "Điểm b Khoản 2 Điều 9 Nghị định 282/2025/NĐ-CP"


def test_an_amount_is_allowed_only_inside_the_range() -> None:
    ref = TABLE.get("nd282-mua-dam")
    assert ref is not None
    assert ref.allows(1_000_000) and ref.allows(2_000_000)
    assert not ref.allows(999_999) and not ref.allows(2_000_001)


def test_operator_entries_give_the_household_the_individual_range_and_the_enterprise_its_own() -> None:
    entry = parse_table({"entries": [OPERATOR_ENTRY]}, file="t.json")[0]
    assert entry.offenders == {HOUSEHOLD, ENTERPRISE} and HOUSEHOLD.is_operator and not PERSON.is_operator
    assert not entry.applies_to(PERSON) and entry.range_for(PERSON) == (None, None)
    assert entry.range_for(HOUSEHOLD) == (1_000_000, 2_000_000)
    assert entry.range_for(ENTERPRISE) == (2_000_000, 4_000_000)
    assert entry.allows_for(ENTERPRISE, 3_000_000) and not entry.allows_for(HOUSEHOLD, 3_000_000)
    assert not entry.allows_for(ENTERPRISE, 1_500_000)  # an organisation fined within an individual's range
    assert not entry.allows_for(PERSON, 1_500_000)
    assert entry.additional_penalties == ("Đình chỉ hoạt động từ 01 tháng đến 03 tháng",)
    assert entry.remedial_measures == ()


def test_in_force_filters_by_the_kind_of_offender(tmp_path: Path) -> None:
    data = {"entries": [e for e in copy.deepcopy(NEW)["entries"] if e["offenders"] == ["person"]] + [OPERATOR_ENTRY]}
    (tmp_path / "t.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    table = load_table(tmp_path)
    day = date(2026, 1, 5)
    assert [e.id for e in table.in_force(day, ENTERPRISE)] == ["test-operator"]
    assert "test-operator" not in {e.id for e in table.in_force(day, PERSON)}
    assert len(table.in_force(day)) == len(data["entries"])
    assert table.in_force(date(2025, 12, 14), HOUSEHOLD) == ()


def test_offender_words_person_and_operator_may_be_combined() -> None:
    both = parse_table({"entries": [OPERATOR_ENTRY | {"offenders": ["person", "operator"]}]}, file="t.json")[0]
    assert both.offenders == set(OffenderKind)
    only = parse_table({"entries": [OPERATOR_ENTRY | {"offenders": ["enterprise"]}]}, file="t.json")[0]
    assert only.offenders == {ENTERPRISE}


def _refusal(data: Any) -> DomainError:
    with pytest.raises(DomainError) as caught:
        parse_table(data, file="extra.json")
    return caught.value


def test_unknown_and_missing_fields_name_file_and_entry() -> None:
    data = copy.deepcopy(NEW)
    data["entries"][1]["penalty"] = 5
    assert _refusal(data).params == {"file": "extra.json", "line": "?", "item": "nd282-mua-dam-nhieu-nguoi",
                                     "field": "penalty"}
    data = copy.deepcopy(NEW)
    del data["entries"][0]["valid_from"]
    error = _refusal(data)
    assert (error.code, error.params["item"], error.params["field"]) == ("datafile.missing_field", "nd282-mua-dam",
                                                                         "valid_from")


def test_an_error_in_a_file_names_its_line() -> None:
    data = copy.deepcopy(NEW)
    data["entries"][2]["penalty"] = 5
    text = json.dumps(data, ensure_ascii=False, indent=2)
    error = _refusal(parse_json(text, file="extra.json"))
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"id": "nd282-ban-dam"' in row) - 1  # its "{"
    assert error.params["line"] == line
    assert render(error.code, error.params) == (f"Tệp dữ liệu extra.json, dòng {line}, mục nd282-ban-dam: "
                                                "trường lạ “penalty”.")


@pytest.mark.parametrize(("changes", "field"), [
    ({"min_vnd": 3_000_000}, "max_vnd"),  # minimum above maximum
    ({"min_vnd": None}, "min_vnd"),  # half a range
    ({"min_vnd": None, "max_vnd": None}, "warning"),  # neither fine nor warning
    ({"max_vnd": -5}, "max_vnd"),
    ({"valid_from": "15/12/2025"}, "valid_from"),
    ({"source": "  "}, "source"),
    ({"offenders": []}, "offenders"),
    ({"offenders": ["customer"]}, "offenders"),
    ({"offenders": ["person", "person"]}, "offenders"),
    ({"org_min_vnd": 2_000_000, "org_max_vnd": 4_000_000}, "org_min_vnd"),  # a person-only entry has no org range
    ({"point": "a", "clause": ""}, "point"),
    ({"additional_penalties": ["", "Tịch thu"]}, "additional_penalties"),
    ({"remedial_measures": "Buộc nộp lại"}, "remedial_measures"),
])
def test_inconsistent_entries_are_refused(changes: dict[str, Any], field: str) -> None:
    data = copy.deepcopy(NEW)
    data["entries"][0] |= changes
    error = _refusal(data)
    assert (error.code, error.params["field"]) == ("datafile.bad_value", field)


@pytest.mark.parametrize(("changes", "field"), [
    ({"org_min_vnd": None}, "org_min_vnd"),  # half an organisation range
    ({"org_min_vnd": None, "org_max_vnd": None}, "org_max_vnd"),  # an enterprise fined without its range
    ({"org_min_vnd": 5_000_000}, "org_max_vnd"),
])
def test_an_operator_entry_needs_a_whole_organisation_range(changes: dict[str, Any], field: str) -> None:
    error = _refusal({"entries": [OPERATOR_ENTRY | changes]})
    assert (error.code, error.params["field"]) == ("datafile.bad_value", field)


def test_an_organisation_range_below_the_individual_range_is_refused() -> None:
    error = _refusal({"entries": [OPERATOR_ENTRY | {"org_min_vnd": 1_000_000, "org_max_vnd": 1_500_000}]})
    assert (error.code, error.params["item"]) == ("datafile.org_range_below", "test-operator")
    assert "mức phạt tổ chức (1000000–1500000) thấp hơn mức phạt cá nhân (1000000–2000000)" in str(error)


def test_an_entry_ending_before_it_starts_is_refused() -> None:
    error = _refusal({"entries": [OPERATOR_ENTRY | {"valid_to": "2025-01-01"}]})
    assert (error.code, error.params["valid_to"], error.params["valid_from"]) == (
        "datafile.ends_before_start", "2025-01-01", "2025-12-15")


def test_an_id_used_twice_across_files_is_refused(tmp_path: Path) -> None:
    text = json.dumps({"entries": NEW["entries"]}, ensure_ascii=False, indent=2)
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(text, "utf-8")
    with pytest.raises(DomainError) as caught:
        load_table(tmp_path)
    assert (caught.value.code, caught.value.params) == ("datafile.duplicate",
                                                        {"file": "b.json", "line": 3, "item": "nd282-mua-dam"})


def test_an_id_used_twice_in_one_file_is_refused_even_for_separate_dates(tmp_path: Path) -> None:
    later = OPERATOR_ENTRY | {"valid_from": "2030-01-01"}
    first = OPERATOR_ENTRY | {"valid_to": "2029-12-31"}
    (tmp_path / "a.json").write_text(json.dumps({"entries": [first, later]}, ensure_ascii=False), "utf-8")
    with pytest.raises(DomainError) as caught:
        load_table(tmp_path)
    assert (caught.value.code, caught.value.params["item"]) == ("datafile.duplicate", "test-operator")


def test_verified_entries_name_article_and_clause_and_where_they_were_read() -> None:
    for entry in TABLE.entries:
        if entry.verified:
            assert entry.article and entry.clause, entry.id
            assert "http" in entry.source, entry.id


def test_each_decree_doubles_the_individual_range_for_an_organisation_as_written_in_the_files() -> None:
    # The numbers come from the files; this only checks they follow the decrees' general rule (144/2021 Art. 4(2),
    # 38/2021 Art. 5(2)-(3) as amended by 128/2022), so a typo in one of them is caught.
    operators = [e for e in TABLE.entries if e.applies_to(ENTERPRISE) and e.has_fine]
    assert len(operators) >= 10
    for entry in operators:
        assert (entry.org_min_vnd, entry.org_max_vnd) == (2 * entry.min_vnd, 2 * entry.max_vnd), entry.id  # type: ignore[operator]


def test_the_operator_offences_read_in_the_texts() -> None:
    lodging = TABLE.get("nd282-luu-tru-1-3-nguoi")
    assert lodging is not None and lodging.verified
    assert lodging.citation == "Điểm đ Khoản 2 Điều 10 Nghị định 282/2025/NĐ-CP"
    assert lodging.range_for(HOUSEHOLD) == (2_000_000, 4_000_000) and lodging.range_for(ENTERPRISE) == (4_000_000, 8_000_000)
    latch = TABLE.get("nd38-d15-k6-chot-cua")
    assert latch is not None and latch.verified and latch.citation == "Khoản 6 Điều 15 Nghị định 38/2021/NĐ-CP"
    assert latch.range_for(HOUSEHOLD) == (15_000_000, 20_000_000) and not latch.applies_to(PERSON)
    hours = TABLE.get("nd38-d15-k5b-karaoke-ngoai-gio")
    assert hours is not None and hours.citation == "Điểm b Khoản 5 Điều 15 Nghị định 38/2021/NĐ-CP"
    day = date(2026, 11, 28)
    offered = {e.id for e in TABLE.in_force(day, HOUSEHOLD)}
    assert {"nd282-luu-tru-1-3-nguoi", "nd38-d15-k6-chot-cua"} <= offered
    assert not {"nd144-luu-tru-1-3-nguoi", "nd282-mua-dam"} & offered  # repealed, or an individual's offence


def test_offender_kinds_have_vietnamese_labels() -> None:
    from desktop.domain.sanctions import OFFENDER_KIND_LABELS

    assert set(OFFENDER_KIND_LABELS) == set(OffenderKind)
    assert OFFENDER_KIND_LABELS[HOUSEHOLD] == "Hộ kinh doanh (chủ cơ sở)"


def test_the_readme_lists_every_entry_with_its_verified_flag() -> None:
    readme = (sanctions_dir() / "README.md").read_text("utf-8").split("## Entries", 1)[1]
    rows = {line.split("|")[1].strip(" `"): line for line in readme.splitlines() if line.startswith("| `")}
    assert set(rows) == {e.id for e in TABLE.entries}
    for entry in TABLE.entries:
        assert ("| **yes** |" in rows[entry.id]) == entry.verified, entry.id
