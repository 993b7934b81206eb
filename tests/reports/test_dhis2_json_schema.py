"""Our dataValueSets JSON Schema names only fields DHIS2's own classes read, with the same JSON types.

What DHIS2 reads, from its source (dhis2/dhis2-core, dhis-service-dxf2: dxf2/datavalueset/DataValueSet.java and
dxf2/datavalue/DataValue.java, their @JsonProperty getters; recorded in resources/dhis2/README.md): the JSON type
each property has there (Java String -> "string", Boolean -> "boolean", List -> "array").
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.shipped import resources_dir

SCHEMA: dict[str, Any] = json.loads((resources_dir() / "dhis2" / "datavalueset.schema.json").read_text("utf-8"))

DHIS2_DATA_VALUE_SET = {"idScheme": "string", "dataElementIdScheme": "string", "orgUnitIdScheme": "string",
                        "dryRun": "boolean", "strategy": "string", "dataSet": "string", "completeDate": "string",
                        "period": "string", "orgUnit": "string", "attributeOptionCombo": "string",
                        "dataValues": "array", "attributeCategoryOptions": "array"}
DHIS2_DATA_VALUE = {"dataElement": "string", "period": "string", "orgUnit": "string", "categoryOptionCombo": "string",
                    "attributeOptionCombo": "string", "value": "string", "storedBy": "string", "created": "string",
                    "lastUpdated": "string", "comment": "string", "followup": "boolean"}


def _json_type(node: dict[str, Any]) -> str:
    """The JSON type a property of our schema allows, following $ref and reading an enum's values."""
    if "$ref" in node:
        return _json_type(SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]])
    if "enum" in node:
        (kind,) = {type(v).__name__ for v in node["enum"]}
        return {"str": "string", "bool": "boolean"}[kind]
    return str(node["type"])


def test_the_data_value_set_s_fields_are_dhis2_s_with_dhis2_s_types() -> None:
    ours = SCHEMA["properties"]
    assert set(ours) <= set(DHIS2_DATA_VALUE_SET), set(ours) - set(DHIS2_DATA_VALUE_SET)
    assert {name: _json_type(node) for name, node in ours.items()} == {n: DHIS2_DATA_VALUE_SET[n] for n in ours}
    assert SCHEMA["additionalProperties"] is False  # a misspelt field is caught, not silently dropped by DHIS2


def test_each_data_value_s_fields_are_dhis2_s_with_dhis2_s_types() -> None:
    ours = SCHEMA["$defs"]["dataValue"]["properties"]
    assert set(ours) <= set(DHIS2_DATA_VALUE), set(ours) - set(DHIS2_DATA_VALUE)
    assert {name: _json_type(node) for name, node in ours.items()} == {n: DHIS2_DATA_VALUE[n] for n in ours}
    assert set(SCHEMA["$defs"]["dataValue"]["required"]) <= set(ours)
    assert SCHEMA["$defs"]["dataValue"]["additionalProperties"] is False
