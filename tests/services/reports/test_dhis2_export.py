"""The hub's DHIS2 export: dataValueSets JSON and ADX XML through the mapping, checked against their schemas,
small client counts never sent, a wrong mapping named row by row with nothing written."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from lxml import etree, isoschematron

from desktop.domain import periods
from desktop.domain.problems import DomainError, ValidationFailed
from desktop.domain.shipped import resources_dir
from desktop.reports.dhis2_mapping import parse_mapping
from desktop.reports.dhis2_adx_schema import adx_schema, adx_schematron
from tests.conftest import Opened
from tests.services.reports.test_reports_hub import Q3, filled  # noqa: F401 - the fixture

EXAMPLE = resources_dir() / "dhis2" / "dhis2-mapping.example.toml"
SCHEMA = json.loads((resources_dir() / "dhis2" / "datavalueset.schema.json").read_text("utf-8"))
CLIENT_ELEMENTS = {"HnHT1suppt1", "HnHT2servc1"}


def _json(opened: Opened, tmp_path: Path, mapping: Path = EXAMPLE) -> dict[str, Any]:
    target = tmp_path / "q3.json"
    opened.services.dhis2.export(opened.admin, Q3, fmt="json", path=target, mapping=mapping)
    return json.loads(target.read_text("utf-8"))  # type: ignore[no-any-return]


def test_data_value_sets_json_is_valid_and_holds_each_commune_s_values(filled: Opened, tmp_path: Path) -> None:  # noqa: F811
    body = _json(filled, tmp_path)
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(body)
    assert body["dataSet"] == "HnPhuTho26A"
    values = {(v["dataElement"], v["orgUnit"], v["categoryOptionCombo"]): v["value"] for v in body["dataValues"]}
    assert {v["period"] for v in body["dataValues"]} == {"2026Q3"}
    # TT1: sessions per commune (0, 1, 3), as the hub's per-commune sheet shows them, with the default combo.
    assert [values[("HnTT1sessn1", ou, "HllvX50cXC0")] for ou in ("HnOuTanHoa1", "HnOuChiTie1", "HnOuXuanLg1")] == [
        "0", "1", "3"]
    # TT2 by sex: Xuân Lũng's 38 people split male / female / other, adding up to its total.
    xuan_lung = [values.get(("HnTT2reach1", "HnOuXuanLg1", combo)) for combo in ("HnSexMale01", "HnSexFemal1",
                                                                                 "HnSexOther1")]
    assert sum(int(v) for v in xuan_lung if v) == 38
    # No client figure of 1 to 4 people leaves the hub, in a total or a breakdown group.
    for v in body["dataValues"]:
        if v["dataElement"] in CLIENT_ELEMENTS:
            assert not 1 <= float(v["value"]) <= 4, v
    # HT1 is 1 and 3 people in two communes: only the commune with none is sent.
    assert [k for k in values if k[0] == "HnHT1suppt1"] == [("HnHT1suppt1", "HnOuTanHoa1", "HllvX50cXC0")]


def test_the_json_schema_catches_a_broken_file(filled: Opened, tmp_path: Path) -> None:  # noqa: F811
    body = _json(filled, tmp_path)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for broken in (
        {**body, "dataValues": [{**body["dataValues"][0], "dataElement": "1notAUid00"}]},  # a digit first, 10 chars
        {**body, "dataValues": [{**body["dataValues"][0], "value": 12}]},  # DHIS2 takes values as text
        {**body, "dataValues": [{**body["dataValues"][0], "period": "2026-Q3"}]},  # not an ISO period
        {**body, "dataValue": body["dataValues"]},  # a misspelt key
    ):
        assert list(validator.iter_errors(broken)), broken


def test_adx_message_is_valid_against_the_schema_generated_from_the_mapping(filled: Opened, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "q3.adx.xml"
    filled.services.dhis2.export(filled.admin, Q3, fmt="adx", path=target, mapping=EXAMPLE)
    mapping = parse_mapping(EXAMPLE.read_text("utf-8"), source="x")
    schema = etree.XMLSchema(etree.fromstring(adx_schema(mapping)))
    document = etree.parse(str(target))
    schema.assertValid(document)
    # The profile's second check: each data element with exactly the disaggregator the mapping gives it.
    isoschematron.Schematron(etree.fromstring(adx_schematron(mapping))).assertValid(document)
    ns = {"a": "urn:ihe:qrph:adx:2015"}
    groups = document.findall("a:group", ns)
    assert {g.get("orgUnit") for g in groups} == {"HnOuTanHoa1", "HnOuChiTie1", "HnOuXuanLg1"}
    assert {g.get("period") for g in groups} == {"2026-07-01/P3M"}
    genders = {v.get("GENDER") for v in document.iterfind(".//a:dataValue", ns)} - {None}
    assert genders <= {"MLE", "FMLE", "OTH"} and genders
    # Negative: the same message with a value that is not a number, or an unknown data element, is refused.
    text = target.read_text("utf-8")
    for broken in (re.sub(r'value="\d+"', 'value="nhiều"', text, count=1),
                   text.replace('dataElement="HnTT1sessn1"', 'dataElement="HnTT9xxxxx1"', 1),
                   text.replace('period="2026-07-01/P3M"', 'period="2026Q3"', 1)):
        assert not schema.validate(etree.fromstring(broken.encode("utf-8")))


def _mapping(tmp_path: Path, change: Any) -> Path:
    path = tmp_path / "mapping.toml"
    path.write_text(change(EXAMPLE.read_text("utf-8")), "utf-8")
    return path


def test_a_wrong_mapping_is_named_row_by_row_and_nothing_is_written(filled: Opened, tmp_path: Path) -> None:  # noqa: F811
    mapping = _mapping(tmp_path, lambda t: t.replace('"08218" = "HnOuChiTie1"', '')
                       .replace('options.other = { category_option_combo = "HnSexOther1", adx_code = "OTH" }', '')
                       .replace('KT1 = { uid = "HnKT1insp01" }', 'KX9 = { uid = "HnKT1insp01" }'))
    target = tmp_path / "out.json"
    target.write_text("the previous export", "utf-8")
    with pytest.raises(ValidationFailed) as caught:
        filled.services.dhis2.export(filled.admin, Q3, fmt="json", path=target, mapping=mapping)
    found = {(p.code, p.field) for p in caught.value.problems}
    assert found == {("dhis2.commune_not_mapped", "org_units.08218"),
                     ("dhis2.unknown_indicator", "data_elements.KX9"),
                     ("dhis2.option_not_mapped", "disaggregations.sex.options.other")}
    assert target.read_text("utf-8") == "the previous export"


def test_bad_uids_and_period_types_are_caught_when_the_mapping_is_read(tmp_path: Path) -> None:
    text = (EXAMPLE.read_text("utf-8").replace('"HnOuXuanLg1"', '"9nOuXuanLg1"').replace('"HnTT1sessn1"', '"HnTT1"')
            .replace('quarter = "Quarterly"', 'quarter = "Monthly"'))
    with pytest.raises(ValidationFailed) as caught:
        parse_mapping(text, source="m.toml")
    assert {(p.code, p.field) for p in caught.value.problems} == {
        ("dhis2.bad_uid", "org_units.08500"), ("dhis2.bad_uid", "data_elements.TT1"),
        ("dhis2.period_type_mismatch", "periods.quarter")}
    with pytest.raises(ValidationFailed) as caught:
        parse_mapping("format = 1\n[data_elements\n", source="m.toml")
    assert caught.value.problems[0].code == "dhis2.mapping_unreadable"


def test_a_period_kind_the_mapping_does_not_allow_is_refused(filled: Opened, tmp_path: Path) -> None:  # noqa: F811
    mapping = _mapping(tmp_path, lambda t: t.replace('month = "Monthly"\n', ""))
    with pytest.raises(ValidationFailed) as caught:
        filled.services.dhis2.export(filled.admin, periods.parse("2026-08"), fmt="json", path=tmp_path / "x.json",
                                     mapping=mapping)
    assert [p.code for p in caught.value.problems] == ["dhis2.period_not_mapped"]
    assert not (tmp_path / "x.json").exists()


def test_the_hub_s_own_mapping_lives_in_its_data_folder(filled: Opened, tmp_path: Path) -> None:  # noqa: F811
    with pytest.raises(DomainError) as caught:
        filled.services.dhis2.read_mapping(filled.admin)
    assert caught.value.code == "dhis2.mapping_missing"
    installed = filled.services.dhis2.install_mapping(filled.admin, EXAMPLE).value
    assert installed == filled.data_dir.root / "dhis2-mapping.toml"
    assert len(_json(filled, tmp_path, mapping=installed)["dataValues"]) > 0
    target = tmp_path / "default.json"
    filled.services.dhis2.export(filled.admin, Q3, fmt="json", path=target)  # the hub's copy by default
    assert target.exists()


def test_the_command_line_exports_and_names_each_wrong_row_in_the_chosen_language(
        filled: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main
    from tests.conftest import PASSWORD

    monkeypatch.setenv("HOANHAP_PASSWORD", PASSWORD)
    root, target = str(filled.data_dir.root), tmp_path / "q3.adx.xml"
    filled.services.register.close()
    assert main(["--data-dir", root, "dhis2-mapping", "install", str(EXAMPLE)]) == 0
    assert main(["--data-dir", root, "export-dhis2", "--period", "2026-Q3", "--format", "adx",
                 "--output", str(target)]) == 0
    out = capsys.readouterr().out
    assert "22 giá trị DHIS2 của 3 xã, phường, kỳ 2026Q3; 5 số nhỏ (1–4 người) không gửi" in out
    assert target.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<adx ')
    broken = _mapping(tmp_path, lambda t: t.replace('"08500" = "HnOuXuanLg1"', '"08500" = "HnOuXuanLg"'))
    assert main(["--data-dir", root, "export-dhis2", "--period", "2026-Q3", "--format", "json",
                 "--output", str(tmp_path / "x.json"), "--mapping", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "org_units.08500: “HnOuXuanLg” không phải mã UID của DHIS2" in err
    monkeypatch.setenv("HOANHAP_LANG", "en")
    assert main(["--data-dir", root, "export-dhis2", "--period", "2026-Q3", "--format", "json",
                 "--output", str(tmp_path / "x.json"), "--mapping", str(broken)]) == 2
    assert "org_units.08500: “HnOuXuanLg” is not a DHIS2 UID" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_a_commune_does_not_export_to_dhis2(opened: Opened, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        opened.services.dhis2.export(opened.admin, Q3, fmt="json", path=tmp_path / "x.json", mapping=EXAMPLE)
    assert caught.value.code == "dhis2.hub_only" and not (tmp_path / "x.json").exists()
