"""The ADX message schema of a DHIS2 mapping: a W3C XML Schema and the Schematron rules that go with it.

The IHE QRPH ADX profile has whoever owns the data structure generate the message schema from it; the profile's
stylesheets (read in dhis2/adx, recorded in resources/dhis2/README.md) say what that schema holds, and this module
writes the same from our mapping, in our own words:

- namespace urn:ihe:qrph:adx:2015, elements qualified; a root `adx` with a required `exported` dateTime holding
  one or more `group`s, each holding one or more `dataValue`s;
- `group`: `orgUnit` (the org unit code list), `period` (a start and a duration), `dataSet` (fixed to the
  structure's own identifier), all required;
- `dataValue`: at most one `annotation` element; `dataElement` (the data element code list) and `value` (a
  decimal), both required; each disaggregator an optional attribute typed by its code list;
- every code list an enumeration restricting xs:token; `adx`, `group` and `dataValue` take any further attribute
  unchecked (the profile's extension point);
- Schematron: a data element carries exactly the disaggregators its structure gives it, no other.

Where we are stricter than the profile, and why: the period is one of our four period kinds (the profile allows
any SDMX time range: we send no other), and `completeDate` on a group, which DHIS2 reads, is typed as a date.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from desktop.reports.dhis2_mapping import Dhis2Mapping

ADX_NS = "urn:ihe:qrph:adx:2015"
XS = "http://www.w3.org/2001/XMLSchema"
SCH = "http://purl.oclc.org/dsdl/schematron"


def _code_list(name: str, codes: list[str]) -> list[str]:
    lines = [f'  <xs:simpleType name="{name}">', '    <xs:restriction base="xs:token">']
    lines += [f"      <xs:enumeration value={quoteattr(code)}/>" for code in sorted(set(codes))]
    return lines + ["    </xs:restriction>", "  </xs:simpleType>"]


def adx_schema(mapping: Dhis2Mapping) -> bytes:
    """The ADX message schema of this mapping (W3C XML Schema 1.0)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<xs:schema xmlns:xs="{XS}" xmlns="{ADX_NS}" targetNamespace="{ADX_NS}" elementFormDefault="qualified">']
    lines += _code_list("DataElementCodes", [e.uid for e in mapping.elements])
    lines += _code_list("OrgUnitCodes", list(mapping.org_units.values()))
    for name, dis in sorted(mapping.disaggregations.items()):
        lines += _code_list(f"{name}_codes", [o.adx_code for o in dis.options.values()])
    lines += ['  <xs:simpleType name="PeriodType">', '    <xs:restriction base="xs:string">',
              # An ISO 8601 start date and the duration of one of our period kinds (month, quarter, half, year).
              '      <xs:pattern value="[0-9]{4}-[0-9]{2}-[0-9]{2}/P(1M|3M|6M|1Y)"/>',
              "    </xs:restriction>", "  </xs:simpleType>"]
    lines += ['  <xs:complexType name="AdxType">', '    <xs:sequence maxOccurs="unbounded">',
              '      <xs:element name="group" type="GroupType"/>', "    </xs:sequence>",
              '    <xs:attribute name="exported" type="xs:dateTime" use="required"/>',
              '    <xs:anyAttribute processContents="skip"/>', "  </xs:complexType>"]
    lines += ['  <xs:complexType name="GroupType">', '    <xs:sequence maxOccurs="unbounded">',
              '      <xs:element name="dataValue" type="DataValueType"/>', "    </xs:sequence>",
              '    <xs:attribute name="orgUnit" type="OrgUnitCodes" use="required"/>',
              '    <xs:attribute name="period" type="PeriodType" use="required"/>',
              f'    <xs:attribute name="dataSet" type="xs:string" use="required" fixed={quoteattr(mapping.data_set)}/>',
              '    <xs:attribute name="completeDate" type="xs:date" use="optional"/>',
              '    <xs:anyAttribute processContents="skip"/>', "  </xs:complexType>"]
    lines += ['  <xs:complexType name="DataValueType">', '    <xs:sequence minOccurs="0" maxOccurs="1">',
              '      <xs:element name="annotation"/>', "    </xs:sequence>",
              '    <xs:attribute name="dataElement" type="DataElementCodes" use="required"/>',
              '    <xs:attribute name="value" type="xs:decimal" use="required"/>']
    lines += [f'    <xs:attribute name="{dis.adx_attribute}" type="{name}_codes" use="optional"/>'
              for name, dis in sorted(mapping.disaggregations.items())]
    lines += ['    <xs:anyAttribute processContents="skip"/>', "  </xs:complexType>",
              '  <xs:element name="adx" type="AdxType"/>', "</xs:schema>"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def adx_schematron(mapping: Dhis2Mapping) -> bytes:
    """ISO Schematron rules of this mapping: each data element with its own disaggregator and no other one."""
    attributes = sorted(d.adx_attribute for d in mapping.disaggregations.values())
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<sch:schema xmlns:sch="{SCH}" queryBinding="xslt">',
             f'  <sch:ns prefix="adx" uri="{ADX_NS}"/>', "  <sch:pattern>"]
    for element in sorted(mapping.elements, key=lambda e: e.uid):
        own = mapping.disaggregations[element.disaggregation].adx_attribute if element.disaggregation else ""
        asserts = [f'      <sch:assert test="@{a}">@{a} is required on {element.uid}</sch:assert>' if a == own
                   else f'      <sch:assert test="not(@{a})">@{a} is not allowed on {element.uid}</sch:assert>'
                   for a in attributes]
        if asserts:  # a rule needs at least one assertion; with no disaggregators there is nothing to check
            lines += [f"    <sch:rule context=\"adx:dataValue[@dataElement='{element.uid}']\">", *asserts,
                      "    </sch:rule>"]
    lines += ["  </sch:pattern>", "</sch:schema>"]
    return ("\n".join(lines) + "\n").encode("utf-8")
