"""RULES.md cannot drift from the checks: its table is what the code generates, and covers every synced table."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.messages import MESSAGES
from desktop.sync.format import CURRENT, bundle_format
from desktop.sync.rules import CHECKS, SINCE, rules_table

RULES_MD = Path(__file__).resolve().parents[2] / "desktop" / "sync" / "RULES.md"


def test_rules_md_holds_the_generated_table() -> None:
    assert RULES_MD.read_text(encoding="utf-8").endswith(rules_table())


def test_every_table_of_the_current_format_has_its_rules_and_every_code_a_sentence() -> None:
    assert set(bundle_format(CURRENT).tables) == set(CHECKS)
    codes = {code for _, listed in CHECKS.values() for code in listed}
    assert codes <= set(MESSAGES) and set(SINCE) <= codes
