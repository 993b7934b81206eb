"""The ADX schema generated from a mapping follows the ADX profile's published generation rules (dhis2/adx
IHE/xslt/dsd2adx2.xsl, IHE2017/xslt/dsd2adx3.xsl, IHE2017/xslt/dsd2schematron.xsl; the IHE QRPH-ADX-COVID19
sample message and the schema generated for it), recorded in resources/dhis2/README.md.

The message below is ours, written in the shape of the published samples (namespace and xsi declarations,
single-quoted attributes, dataSet/orgUnit/period on each group, disaggregated and total values side by side,
extension attributes on the root and on a group): the schema and the Schematron rules must accept it, and must
refuse it again once any one published constraint is broken.
"""

from __future__ import annotations

import dataclasses

import pytest
from lxml import etree, isoschematron

from desktop.domain.shipped import resources_dir
from desktop.reports.dhis2_adx_schema import adx_schema, adx_schematron
from desktop.reports.dhis2_mapping import Dhis2Mapping, Element, parse_mapping

EXAMPLE = resources_dir() / "dhis2" / "dhis2-mapping.example.toml"

SAMPLE = """<adx xmlns='urn:ihe:qrph:adx:2015' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'
     exported='2026-10-05T08:30:00Z' orgUnitIdScheme='uid'>
  <group dataSet='HnPhuTho26A' orgUnit='HnOuTanHoa1' period='2026-07-01/P3M' comment='quý ba'>
    <dataValue dataElement='HnTT1sessn1'  value='14'/>
    <dataValue dataElement='HnTT2reach1'  GENDER='MLE'  value='31'/>
    <dataValue dataElement='HnTT2reach1'  GENDER='FMLE'  value='47'/>
    <dataValue dataElement='HnHT2servc1'  GENDER='OTH'  value='0'>
      <annotation>không có ai</annotation>
    </dataValue>
  </group>
  <group dataSet='HnPhuTho26A' orgUnit='HnOuXuanLg1' period='2026-07-01/P3M' completeDate='2026-10-04'>
    <dataValue dataElement='HnKT1insp01'  value='6.5' note='extension'/>
  </group>
</adx>
"""


@pytest.fixture(scope="module")
def mapping() -> Dhis2Mapping:
    return parse_mapping(EXAMPLE.read_text("utf-8"), source="example")


def _valid(mapping: Dhis2Mapping, text: str) -> bool:
    document = etree.fromstring(text.encode("utf-8"))
    schema = etree.XMLSchema(etree.fromstring(adx_schema(mapping)))
    rules = isoschematron.Schematron(etree.fromstring(adx_schematron(mapping)))
    return bool(schema.validate(document)) and bool(rules.validate(document))


def test_a_message_in_the_published_sample_s_shape_is_accepted(mapping: Dhis2Mapping) -> None:
    document = etree.fromstring(SAMPLE.encode("utf-8"))
    etree.XMLSchema(etree.fromstring(adx_schema(mapping))).assertValid(document)
    isoschematron.Schematron(etree.fromstring(adx_schematron(mapping))).assertValid(document)


def test_code_lists_are_tokens_as_the_profile_generates_them(mapping: Dhis2Mapping) -> None:
    # xs:token collapses surrounding white space before the enumeration is checked.
    assert _valid(mapping, SAMPLE.replace("GENDER='MLE'", "GENDER=' MLE '"))


@pytest.mark.parametrize(("old", "new"), [
    # adx: a required `exported` dateTime, one or more groups
    ("     exported='2026-10-05T08:30:00Z'", ""),
    ("exported='2026-10-05T08:30:00Z'", "exported='2026-10-05'"),
    # group: orgUnit from the org unit code list, required
    ("orgUnit='HnOuTanHoa1' ", ""),
    ("orgUnit='HnOuTanHoa1'", "orgUnit='HnOuNowhere1'"),
    # group: period a start date and duration, required
    ("period='2026-07-01/P3M' comment", "period='2026Q3' comment"),
    ("period='2026-07-01/P3M' comment", "comment"),
    # group: dataSet fixed to the structure's identifier, required
    ("dataSet='HnPhuTho26A' orgUnit='HnOuTanHoa1'", "dataSet='HnOtherSet1' orgUnit='HnOuTanHoa1'"),
    ("dataSet='HnPhuTho26A' orgUnit='HnOuTanHoa1'", "orgUnit='HnOuTanHoa1'"),
    ("completeDate='2026-10-04'", "completeDate='04/10/2026'"),
    # group: one or more dataValues
    ("    <dataValue dataElement='HnKT1insp01'  value='6.5' note='extension'/>\n", ""),
    # dataValue: dataElement from its code list, value a decimal, both required
    ("dataElement='HnTT1sessn1'", "dataElement='HnTT9xxxxx1'"),
    ("dataElement='HnTT1sessn1'  value='14'", "dataElement='HnTT1sessn1'"),
    ("value='14'", "value='mười bốn'"),
    # dataValue: a disaggregator's code from its code list
    ("GENDER='FMLE'", "GENDER='F'"),
    # dataValue: at most one annotation, and no other element
    ("<annotation>không có ai</annotation>", "<annotation>a</annotation><annotation>b</annotation>"),
    ("<annotation>không có ai</annotation>", "<comment>không có ai</comment>"),
    # elements qualified in the profile's namespace (not none, not the 2015 draft's)
    ("xmlns='urn:ihe:qrph:adx:2015'", ""),
    ("xmlns='urn:ihe:qrph:adx:2015'", "xmlns='http://ihe.net/quality/schema/adx'"),
    # Schematron: a disaggregated data element carries its disaggregator, a total carries none
    ("dataElement='HnTT2reach1'  GENDER='MLE'", "dataElement='HnTT2reach1'"),
    ("dataElement='HnTT1sessn1'  value", "dataElement='HnTT1sessn1' GENDER='MLE' value"),
])
def test_each_published_constraint_refuses_a_message_that_breaks_it(mapping: Dhis2Mapping, old: str,
                                                                     new: str) -> None:
    assert old in SAMPLE
    assert not _valid(mapping, SAMPLE.replace(old, new, 1))


def test_without_disaggregations_every_value_is_a_total(mapping: Dhis2Mapping) -> None:
    totals = dataclasses.replace(mapping, elements=(Element("TT1", "HnTT1sessn1"),), disaggregations={})
    message = ("<adx xmlns='urn:ihe:qrph:adx:2015' exported='2026-10-05T08:30:00Z'><group dataSet='HnPhuTho26A' "
               "orgUnit='HnOuTanHoa1' period='2026-07-01/P1M'><dataValue dataElement='HnTT1sessn1' value='3'/>"
               "</group></adx>")
    assert _valid(totals, message)
    # With no code list for it, a disaggregator is only an extension attribute, which the profile lets through.
    assert _valid(totals, message.replace("value='3'", "GENDER='MLE' value='3'"))
    assert not _valid(totals, message.replace("P1M", "P7D"))  # a week: not one of our period kinds
    assert not _valid(totals, "<adx xmlns='urn:ihe:qrph:adx:2015' exported='2026-10-05T08:30:00Z'/>")  # no group
