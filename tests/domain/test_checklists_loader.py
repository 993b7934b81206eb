"""Checklist templates are data: the shipped file loads, and a broken file is refused naming file and item."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.checklists import AnswerType, checklists_dir, default_catalogue, load_catalogue, parse_template
from desktop.domain.datafiles import parse_json
from desktop.domain.establishments import BusinessType
from desktop.domain.messages import render
from desktop.domain.problems import DomainError
from desktop.domain.sanctions import default_table

SHIPPED = json.loads((checklists_dir() / "checklist_v1.json").read_text("utf-8"))


def _refusal(data: Any, file: str = "checklist_v9.json", known_sanctions: set[str] | None = None) -> DomainError:
    with pytest.raises(DomainError) as caught:
        parse_template(data, file=file, known_sanctions=known_sanctions)
    return caught.value


def _write(folder: Path, name: str, data: Any) -> None:
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_shipped_catalogue_has_the_verified_items_of_domain_section_5() -> None:
    template = load_catalogue(checklists_dir()).version(1)
    assert template is not None
    karaoke = {i.code: i for i in template.items_for(BusinessType.KARAOKE)}
    dance = {i.code: i for i in template.items_for(BusinessType.DANCE_HALL)}
    hotel = {i.code: i for i in template.items_for(BusinessType.ACCOMMODATION)}
    assert "20 m²" in karaoke["K03"].text and karaoke["K03"].legal_basis.startswith("Nghị định 54/2019/NĐ-CP")
    assert "báo cháy" in karaoke["K04"].text and "00 giờ đến 08 giờ" in karaoke["K05"].text
    assert "96/2016/NĐ-CP" in karaoke["K02"].legal_basis
    assert "80 m²" in dance["V03"].text and "200 m" in dance["V05"].text
    assert "02 giờ đến 08 giờ" in dance["V06"].text and "18 tuổi" in dance["V07"].text
    assert "an ninh, trật tự" in hotel["A01"].text and hotel["A01"].basis_verified
    assert "lưu trú" in hotel["A03"].text
    # Common items apply everywhere, and their unverified basis says so honestly.
    residence = template.item("C05")
    assert residence is not None and residence.applies_to(BusinessType.BARBER_HAIR_WASH)
    assert residence.legal_basis.startswith("Luật Cư trú 2020") and not residence.basis_verified
    # Type-specific items stay with their type.
    assert "K03" not in dance and "V03" not in karaoke and "A01" not in karaoke
    assert {i.answer for i in template.items} == set(AnswerType)


def test_the_template_in_force_is_chosen_by_its_start_date(tmp_path: Path) -> None:
    newer = copy.deepcopy(SHIPPED) | {"version": 2, "valid_from": "2027-01-01"}
    _write(tmp_path, "checklist_v1.json", SHIPPED)
    _write(tmp_path, "checklist_v2.json", newer)
    catalogue = load_catalogue(tmp_path)
    assert catalogue.current(date(2026, 11, 28)).version == 1  # type: ignore[union-attr]
    assert catalogue.current(date(2027, 1, 1)).version == 2  # type: ignore[union-attr]
    assert catalogue.current(date(2019, 8, 31)) is None
    assert catalogue.version(1) is not None and catalogue.version(3) is None


def test_unknown_field_names_file_item_and_field() -> None:
    data = copy.deepcopy(SHIPPED)
    data["items"][2]["colour"] = "red"
    text = json.dumps(data, ensure_ascii=False, indent=2)
    error = _refusal(parse_json(text, file="checklist_v9.json"))
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"code": "C03"' in row) - 1  # the item's "{"
    assert (error.code, error.params) == ("datafile.unknown_field",
                                          {"file": "checklist_v9.json", "line": line, "item": "C03", "field": "colour"})
    assert render(error.code, error.params) == (f"Tệp dữ liệu checklist_v9.json, dòng {line}, mục C03: "
                                                "trường lạ “colour”.")


def test_missing_field_names_file_item_and_field() -> None:
    data = copy.deepcopy(SHIPPED)
    del data["items"][0]["legal_basis"]
    error = _refusal(data)
    assert (error.code, error.params["item"], error.params["field"]) == ("datafile.missing_field", "C01", "legal_basis")


def test_missing_top_level_field_is_reported_for_the_whole_file() -> None:
    data = copy.deepcopy(SHIPPED)
    del data["version"]
    error = _refusal(data)
    assert (error.code, error.params["item"], error.params["field"]) == ("datafile.missing_field", "*", "version")


def test_item_without_a_code_is_named_by_position() -> None:
    data = copy.deepcopy(SHIPPED)
    del data["items"][4]["code"]
    assert _refusal(data).params == {"file": "checklist_v9.json", "line": "?", "item": "#5", "field": "code"}


@pytest.mark.parametrize(("field", "value"), [
    ("answer", "yes/no"), ("severity", "extreme"), ("business_types", ["karaoke", "casino"]),
    ("business_types", []), ("basis_verified", "yes"), ("text", "  "), ("legal_basis", 54),
])
def test_bad_values_are_refused_with_the_field(field: str, value: Any) -> None:
    data = copy.deepcopy(SHIPPED)
    data["items"][10][field] = value
    error = _refusal(data)
    assert (error.code, error.params["item"], error.params["field"]) == ("datafile.bad_value", "A02", field)


@pytest.mark.parametrize(("field", "value"), [("version", 0), ("version", "1"), ("valid_from", "01/09/2019"),
                                              ("items", [])])
def test_bad_header_values_are_refused(field: str, value: Any) -> None:
    data = copy.deepcopy(SHIPPED) | {field: value}
    assert (_refusal(data).code, _refusal(data).params["field"]) == ("datafile.bad_value", field)


def test_duplicate_item_code_is_refused() -> None:
    data = copy.deepcopy(SHIPPED)
    data["items"][1]["code"] = "C01"
    assert (_refusal(data).code, _refusal(data).params["item"]) == ("datafile.duplicate", "C01")


def test_two_files_claiming_one_version_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, "checklist_v1.json", SHIPPED)
    _write(tmp_path, "checklist_v1b.json", SHIPPED)
    with pytest.raises(DomainError) as caught:
        load_catalogue(tmp_path)
    assert caught.value.code == "datafile.duplicate" and caught.value.params["file"] == "checklist_v1b.json"


def test_broken_json_and_empty_folder_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        load_catalogue(tmp_path)
    assert caught.value.code == "datafile.none_found"
    (tmp_path / "checklist_v1.json").write_text('{"version": 1,\n "items": [', "utf-8")
    with pytest.raises(DomainError) as caught:
        load_catalogue(tmp_path)
    assert (caught.value.code, caught.value.params) == ("datafile.not_json", {"file": "checklist_v1.json", "line": 2})
    assert "checklist_v1.json" in str(caught.value)


def test_a_text_repeated_for_one_business_type_is_refused() -> None:
    data = copy.deepcopy(SHIPPED)
    data["items"][9]["text"] = "  có giấy chứng nhận đủ điều kiện về an ninh,   trật tự còn hiệu lực"  # = A01, A02 is #10
    data["items"][10]["text"] = data["items"][9]["text"].upper()
    error = _refusal(data)
    assert (error.code, error.params["item"], error.params["other"]) == ("datafile.duplicate_text", "A02", "A01")
    assert "nội dung trùng với mục A01" in render(error.code, error.params)


def test_the_same_text_for_different_business_types_is_two_printed_checklists_not_a_duplicate() -> None:
    template = parse_template(copy.deepcopy(SHIPPED), file="checklist_v1.json")  # K01 and V01 say the same
    assert template.item("K01").text == template.item("V01").text  # type: ignore[union-attr]


def _suggesting(references: Any, answer: str = "check") -> dict[str, Any]:
    data = copy.deepcopy(SHIPPED)
    data["items"][13] |= {"suggests": references, "answer": answer}  # K01
    return data


def test_an_item_may_suggest_known_offences() -> None:
    template = parse_template(_suggesting(["nd282-mua-dam", "nd144-mua-dam"]), file="checklist_v9.json",
                              known_sanctions={"nd282-mua-dam", "nd144-mua-dam"})
    assert template.item("K01").suggests == ("nd282-mua-dam", "nd144-mua-dam")  # type: ignore[union-attr]
    assert template.item("K02").suggests == ()  # type: ignore[union-attr]


def test_an_item_pointing_to_an_unknown_offence_is_refused_with_file_line_and_item() -> None:
    text = json.dumps(_suggesting(["nd282-mua-dam", "nd282-khong-co"]), ensure_ascii=False, indent=2)
    error = _refusal(parse_json(text, file="checklist_v9.json"), known_sanctions={"nd282-mua-dam"})
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"code": "K01"' in row) - 1
    assert (error.code, error.params) == ("datafile.unknown_sanction", {
        "file": "checklist_v9.json", "line": line, "item": "K01", "reference": "nd282-khong-co"})
    assert render(error.code, error.params) == (
        f"Tệp dữ liệu checklist_v9.json, dòng {line}, mục K01: hành vi vi phạm “nd282-khong-co” không có trong "
        "bảng tra cứu xử phạt.")


@pytest.mark.parametrize(("references", "answer"), [
    (["nd282-mua-dam", "nd282-mua-dam"], "check"), ([""], "check"), ("nd282-mua-dam", "check"),
    (["nd282-mua-dam"], "note"),  # only a đạt / không đạt item can fail
])
def test_bad_suggestions_are_refused(references: Any, answer: str) -> None:
    error = _refusal(_suggesting(references, answer), known_sanctions={"nd282-mua-dam"})
    assert (error.code, error.params["item"], error.params["field"]) == ("datafile.bad_value", "K01", "suggests")


def test_every_shipped_file_loads_and_its_suggestions_point_to_the_shipped_sanctions() -> None:
    default_catalogue.cache_clear()
    catalogue = default_catalogue()
    assert [t.version for t in catalogue.templates] == [int(p.stem.split("_v")[1])
                                                        for p in sorted(checklists_dir().glob("checklist_v*.json"))]
    known = {e.id for e in default_table().entries}
    for template in catalogue.templates:
        for item in template.items:
            assert set(item.suggests) <= known, item.code


# --- the shipped checklist v2 (issue 9) ---
V1_SHA256 = "d4287644a18edea35cd35ea0584259d2af0a992b70d117384b02c366b57e4075"
SECURITY_TYPES = {BusinessType.ACCOMMODATION, BusinessType.SHORT_STAY_APARTMENT, BusinessType.KARAOKE,
                  BusinessType.DANCE_HALL, BusinessType.MASSAGE_SAUNA}


def _v2() -> Any:
    template = load_catalogue(checklists_dir()).version(2)
    assert template is not None
    return template


def test_version_1_stays_byte_for_byte_as_shipped_so_old_records_print_as_they_were() -> None:
    import hashlib

    assert hashlib.sha256((checklists_dir() / "checklist_v1.json").read_bytes()).hexdigest() == V1_SHA256


def test_v2_has_no_item_saying_the_same_thing_twice_on_any_sheet() -> None:
    template = _v2()
    for business_type in BusinessType:
        texts = [" ".join(i.text.casefold().split()) for i in template.items_for(business_type)]
        assert len(texts) == len(set(texts)), business_type
    texts = [" ".join(i.text.casefold().split()) for i in template.items]
    assert len(texts) == len(set(texts))  # v2 shares an item between types instead of repeating it


def test_v2_asks_for_the_security_certificate_exactly_where_decree_96_requires_one() -> None:
    certificate = _v2().item("A01")
    assert certificate is not None and "an ninh, trật tự" in certificate.text
    assert certificate.business_types == SECURITY_TYPES and "96/2016/NĐ-CP" in certificate.legal_basis


def test_v2_has_items_of_their_own_for_each_business_type_of_the_issue() -> None:
    template = _v2()
    common = {i.code for i in template.items_for(BusinessType.OTHER)}

    def own(business_type: BusinessType) -> set[str]:
        return {i.code for i in template.items_for(business_type)} - common

    assert {"K03", "K05", "KV1", "KV2", "KV4"} <= own(BusinessType.KARAOKE)
    assert {"V03", "V05", "V06", "V07", "KV1", "KV2"} <= own(BusinessType.DANCE_HALL)
    assert {"A01", "L01", "L02"} <= own(BusinessType.ACCOMMODATION)
    assert own(BusinessType.MASSAGE_SAUNA) == {"A01"}
    assert own(BusinessType.BAR) == own(BusinessType.DIM_LIGHT_CAFE) == {"B01"}
    # Barber and relaxation shops are held to the duties of every business prone to prostitution.
    assert own(BusinessType.BARBER_HAIR_WASH) == set() and "C08" in common and "C09" in common
    karaoke = {i.code: i for i in template.items_for(BusinessType.KARAOKE)}
    assert "20 m²" in karaoke["K03"].text and "0 giờ đến 08 giờ" in karaoke["K05"].text
    assert "chốt cửa" in karaoke["KV2"].text and "báo cháy" in karaoke["KV2"].text


def test_v2_check_items_rest_on_a_basis_read_in_the_text() -> None:
    unverified = {i.code for i in _v2().items if not i.basis_verified}
    assert unverified == {"L02", "L03", "K06", "G99"}  # the team's own counts and notes


def test_v2_suggestions_point_to_offences_of_the_right_kind_still_in_force_when_v2_starts() -> None:
    from desktop.domain.sanctions import OffenderKind

    table, template = default_table(), _v2()
    for item in template.items:
        if not item.suggests:
            continue
        references = [table.get(ref) for ref in item.suggests]
        assert all(r is not None for r in references)
        assert any(r.in_force(template.valid_from) for r in references), item.code  # type: ignore[union-attr]
    operator_items = ("KV1", "KV2", "K03", "K05", "V03", "V05", "V06", "V07", "L01")
    for code in operator_items:
        item = template.item(code)
        assert item is not None and item.suggests
        assert all(table.get(r).applies_to(OffenderKind.ENTERPRISE) for r in item.suggests), code  # type: ignore[union-attr]
    lodging = template.item("L01")
    assert lodging is not None and set(lodging.suggests) >= {"nd282-luu-tru-1-3-nguoi", "nd144-luu-tru-1-3-nguoi"}
