"""The dated sanction-reference table: Decree 144/2021 until 14/12/2025, Decree 282/2025 from 15/12/2025."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.problems import DomainError
from desktop.domain.sanctions import load_table, parse_table, sanctions_dir

TABLE = load_table(sanctions_dir())
NEW = json.loads((sanctions_dir() / "nd282_2025.json").read_text("utf-8"))


def test_the_old_decree_applies_until_14_december_2025_and_the_new_one_after() -> None:
    before = {e.decree for e in TABLE.in_force(date(2025, 12, 14))}
    after = {e.decree for e in TABLE.in_force(date(2025, 12, 15))}
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


def test_unchecked_citations_are_marked_and_shortened() -> None:
    assert all(not e.verified for e in TABLE.entries)  # article numbers still need a legal officer's check
    assert TABLE.get("nd144-mua-dam").citation == "Khoản 1 Điều 24 Nghị định 144/2021/NĐ-CP"  # type: ignore[union-attr]
    assert TABLE.get("nd282-mua-dam").citation == "Điều 32 Nghị định 282/2025/NĐ-CP"  # type: ignore[union-attr]
    assert TABLE.get("nd282-ban-dam").citation == "Nghị định 282/2025/NĐ-CP"  # type: ignore[union-attr]


def test_an_amount_is_allowed_only_inside_the_range() -> None:
    ref = TABLE.get("nd282-mua-dam")
    assert ref is not None
    assert ref.allows(1_000_000) and ref.allows(2_000_000)
    assert not ref.allows(999_999) and not ref.allows(2_000_001)


def _refusal(data: Any) -> DomainError:
    with pytest.raises(DomainError) as caught:
        parse_table(data, file="extra.json")
    return caught.value


def test_unknown_and_missing_fields_name_file_and_entry() -> None:
    data = copy.deepcopy(NEW)
    data["entries"][1]["penalty"] = 5
    assert _refusal(data).params == {"file": "extra.json", "item": "nd282-mua-dam-nhieu-nguoi", "field": "penalty"}
    data = copy.deepcopy(NEW)
    del data["entries"][0]["valid_from"]
    error = _refusal(data)
    assert (error.code, error.params["item"], error.params["field"]) == ("datafile.missing_field", "nd282-mua-dam",
                                                                         "valid_from")


@pytest.mark.parametrize(("changes", "field"), [
    ({"min_vnd": 3_000_000}, "max_vnd"),  # minimum above maximum
    ({"min_vnd": None}, "min_vnd"),  # half a range
    ({"min_vnd": None, "max_vnd": None}, "warning"),  # neither fine nor warning
    ({"valid_to": "2025-01-01"}, "valid_to"),  # ends before it starts
    ({"max_vnd": -5}, "max_vnd"),
    ({"valid_from": "15/12/2025"}, "valid_from"),
])
def test_inconsistent_entries_are_refused(changes: dict[str, Any], field: str) -> None:
    data = copy.deepcopy(NEW)
    data["entries"][0] |= changes
    error = _refusal(data)
    assert (error.code, error.params["field"]) == ("datafile.bad_value", field)


def test_an_id_used_twice_across_files_is_refused(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(NEW, ensure_ascii=False), "utf-8")
    with pytest.raises(DomainError) as caught:
        load_table(tmp_path)
    assert (caught.value.code, caught.value.params) == ("datafile.duplicate",
                                                        {"file": "b.json", "item": "nd282-mua-dam"})
