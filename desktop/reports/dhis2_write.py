"""The bytes of a DHIS2 export: a dataValueSets JSON file or an ADX XML message.

dataValueSets (DHIS2 Web API, "Sending data values" / "Sending large bulks of data values"): one object with an
optional dataSet and a list of dataValues, each naming its dataElement, period, orgUnit, categoryOptionCombo
and value (a string); values of several org units go in one file by naming period and orgUnit per value.

ADX (IHE QRPH Aggregate Data Exchange, as DHIS2 reads and writes it): <adx xmlns="urn:ihe:qrph:adx:2015"
exported="..."> holding one <group orgUnit period dataSet> per org unit and period, each holding
<dataValue dataElement value> with the disaggregators as further attributes; the period is an ISO 8601
start date and duration ("2026-07-01/P3M"). The message schema of a mapping, which every message we write
meets, is generated in `dhis2_adx_schema`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from itertools import groupby
from xml.sax.saxutils import quoteattr

from desktop.reports.dhis2_adx_schema import ADX_NS
from desktop.reports.dhis2_mapping import Dhis2Mapping
from desktop.reports.dhis2_values import Dhis2Values



def datavalueset_json(values: Dhis2Values, mapping: Dhis2Mapping) -> bytes:
    body: dict[str, object] = {}
    if mapping.data_set:
        body["dataSet"] = mapping.data_set
    if mapping.id_scheme == "CODE":
        body["orgUnitIdScheme"] = "CODE"  # org units named by their DHIS2 code, not their UID
    body["dataValues"] = [{"dataElement": v.data_element, "period": values.period, "orgUnit": v.org_unit,
                           "categoryOptionCombo": v.category_option_combo, "value": v.value}
                          for v in values.values]
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def adx_xml(values: Dhis2Values, mapping: Dhis2Mapping, *, exported: datetime) -> bytes:
    stamp = exported.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<adx xmlns="{ADX_NS}" exported="{stamp}">']
    for org_unit, group in groupby(sorted(values.values, key=lambda v: v.org_unit), key=lambda v: v.org_unit):
        lines.append(f"  <group orgUnit={quoteattr(org_unit)} period={quoteattr(values.adx_period)} "
                     f"dataSet={quoteattr(mapping.data_set)}>")
        for v in group:
            extra = "".join(f" {name}={quoteattr(code)}" for name, code in v.adx)
            lines.append(f"    <dataValue dataElement={quoteattr(v.data_element)}{extra} value={quoteattr(v.value)}/>")
        lines.append("  </group>")
    lines.append("</adx>")
    return ("\n".join(lines) + "\n").encode("utf-8")
