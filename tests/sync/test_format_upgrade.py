"""The converter machinery on a made-up history: a table and a field renamed, a field stored under another column."""

from __future__ import annotations

import json

import pytest

from desktop.domain.problems import DomainError
from desktop.sync.format import BundleFormat, FieldSpec, TableFormat
from desktop.sync.format import upgrade as up


def _field(name: str, column: str | None = None) -> FieldSpec:
    return FieldSpec(name, "str", True, False, None, None, column or name)


FORMATS = {
    1: BundleFormat(1, frozenset(), {"tips": TableFormat("tips", (_field("id"), _field("place"))),
                                     "teams": TableFormat("teams", (_field("id"),))}),
    # Format 2 renamed the table and the field (the model keeps it in column "location"), and gave
    # teams a field that needs no converter.
    2: BundleFormat(2, frozenset(), {"tip_offs": TableFormat("tip_offs", (_field("id"), _field("where", "location"))),
                                     "teams": TableFormat("teams", (_field("id"), _field("leader")))}),
}


@pytest.fixture
def history(monkeypatch: pytest.MonkeyPatch) -> None:
    step = up.Step(1, lambda m: {**m, "format": 2}, records={"tip_offs": lambda r: {"id": r["id"], "where": r["place"]}},
                   renamed_tables={"tips": "tip_offs"})
    monkeypatch.setattr(up, "CURRENT", 2)
    monkeypatch.setattr(up, "STEPS", {1: step})
    monkeypatch.setattr(up, "bundle_format", FORMATS.__getitem__)


def _lines(*records: dict[str, str]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def test_an_older_payload_is_brought_up_to_the_current_format_and_its_columns(history: None) -> None:
    manifest = {"format": 1, "files": {"tips.jsonl": {"sha256": "x", "records": 2}}}
    tables = {"tips": _lines({"id": "a", "place": "Chợ xã"}, {"id": "b", "place": "Bến xe"})}
    manifest, tables = up.upgrade_payload(1, manifest, tables)
    assert manifest == {"format": 2, "files": {"tip_offs.jsonl": {"sha256": "x", "records": 2}}}
    assert [json.loads(line) for line in tables["tip_offs"].splitlines()] == [
        {"id": "a", "location": "Chợ xã"}, {"id": "b", "location": "Bến xe"}]


def test_a_field_its_own_version_never_had_is_refused(history: None) -> None:
    tables = {"tips": _lines({"id": "a", "place": "Chợ xã", "where": "?"})}
    with pytest.raises(DomainError) as refused:
        up.upgrade_payload(1, {"format": 1, "files": {"tips.jsonl": {}}}, tables)
    assert (refused.value.code, refused.value.params["column"]) == ("sync.record_unknown_column", "where")


def test_a_field_added_later_is_refused_in_an_older_payload_that_passes_through(history: None) -> None:
    manifest = {"format": 1, "files": {"teams.jsonl": {}}}
    assert up.upgrade_payload(1, manifest, {"teams": _lines({"id": "t1", "note": 'x,"leader": y'})})[1]["teams"]
    with pytest.raises(DomainError) as refused:
        up.upgrade_payload(1, manifest, {"teams": _lines({"id": "t1"}, {"id": "t2", "leader": "Lan"})})
    assert (refused.value.params["line"], refused.value.params["column"]) == (2, "leader")


def test_the_current_format_passes_untouched_when_fields_are_their_columns() -> None:
    data = _lines({"id": "a"})
    manifest, tables = up.upgrade_payload(up.CURRENT, {"files": {"outreach_sessions.jsonl": {}}},
                                          {"outreach_sessions": data})
    assert tables["outreach_sessions"] is data
