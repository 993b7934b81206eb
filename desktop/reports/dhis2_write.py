"""The bytes of a DHIS2 export: a dataValueSets JSON file, an ADX XML message, and the ADX schema of our mapping.

dataValueSets (DHIS2 Web API, "Sending data values" / "Sending large bulks of data values"): one object with an
optional dataSet and a list of dataValues, each naming its dataElement, period, orgUnit, categoryOptionCombo
and value (a string); values of several org units go in one file by naming period and orgUnit per value.

ADX (IHE QRPH Aggregate Data Exchange, as DHIS2 reads and writes it): <adx xmlns="urn:ihe:qrph:adx:2015"
exported="..."> holding one <group orgUnit period dataSet> per org unit and period, each holding
<dataValue dataElement value> with the disaggregators as further attributes; the period is an ISO 8601
start date and duration ("2026-07-01/P3M"). The profile has the data structure's owner generate the
message schema from the structure (its code lists become enumerations): `adx_schema` does that from the
mapping, written here, copied from no one.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from itertools import groupby
from xml.sax.saxutils import quoteattr

from desktop.reports.dhis2_mapping import Dhis2Mapping
from desktop.reports.dhis2_values import Dhis2Values

ADX_NS = "urn:ihe:qrph:adx:2015"
XS = "http://www.w3.org/2001/XMLSchema"


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


def _enumeration(name: str, codes: list[str], base: str = "xs:string") -> list[str]:
    lines = [f'  <xs:simpleType name="{name}">', f'    <xs:restriction base="{base}">']
    lines += [f"      <xs:enumeration value={quoteattr(code)}/>" for code in sorted(set(codes))]
    return lines + ["    </xs:restriction>", "  </xs:simpleType>"]


def adx_schema(mapping: Dhis2Mapping) -> bytes:
    """The ADX message schema of this mapping: its data elements, org units, data set and disaggregators as
    code lists, the period as start/duration, every value a decimal."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             (f'<xs:schema xmlns:xs="{XS}" xmlns="{ADX_NS}" targetNamespace="{ADX_NS}" '
              'elementFormDefault="qualified" attributeFormDefault="unqualified">')]
    lines += _enumeration("DataElementCodes", [e.uid for e in mapping.elements])
    lines += _enumeration("OrgUnitCodes", list(mapping.org_units.values()))
    lines += _enumeration("DataSetCodes", [mapping.data_set])
    for name, dis in sorted(mapping.disaggregations.items()):
        lines += _enumeration(f"{name}_codes", [o.adx_code for o in dis.options.values()])
    lines += ['  <xs:simpleType name="PeriodType">', '    <xs:restriction base="xs:string">',
              # ISO 8601 start date and one of the durations our periods have (a month, quarter, half, year).
              '      <xs:pattern value="[0-9]{4}-[0-9]{2}-[0-9]{2}/P(1M|3M|6M|1Y)"/>',
              "    </xs:restriction>", "  </xs:simpleType>"]
    lines += ['  <xs:element name="adx">', "    <xs:complexType>", "      <xs:sequence>",
              '        <xs:element name="group" maxOccurs="unbounded">', "          <xs:complexType>",
              "            <xs:sequence>",
              '              <xs:element name="dataValue" maxOccurs="unbounded">', "                <xs:complexType>",
              '                  <xs:attribute name="dataElement" type="DataElementCodes" use="required"/>']
    for name, dis in sorted(mapping.disaggregations.items()):
        lines.append(f'                  <xs:attribute name="{dis.adx_attribute}" type="{name}_codes" use="optional"/>')
    lines += ['                  <xs:attribute name="value" type="xs:decimal" use="required"/>',
              "                </xs:complexType>", "              </xs:element>", "            </xs:sequence>",
              '            <xs:attribute name="orgUnit" type="OrgUnitCodes" use="required"/>',
              '            <xs:attribute name="period" type="PeriodType" use="required"/>',
              '            <xs:attribute name="dataSet" type="DataSetCodes" use="required"/>',
              '            <xs:attribute name="completeDate" type="xs:date" use="optional"/>',
              "          </xs:complexType>", "        </xs:element>", "      </xs:sequence>",
              '      <xs:attribute name="exported" type="xs:dateTime" use="required"/>',
              "    </xs:complexType>", "  </xs:element>", "</xs:schema>"]
    return ("\n".join(lines) + "\n").encode("utf-8")
