"""Rewrite the entries table of resources/sanctions/README.md from the JSON files (run after editing them).

    .venv/bin/python packaging/dev/sanctions_readme.py

Only the table between "## Entries" and the next "## " heading is replaced; the prose around it is kept, so the
"Not verified" and "Not in the table yet" sections are still written by hand. tests/domain/test_sanctions_table.py
checks that every entry is listed with its verified flag.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.domain.sanctions import citation, sanctions_dir  # noqa: E402  (after the path is set)

HEADER = ("| id | citation | offenders | individual / household (VND) | organisation (VND) | warning | in force "
          "| verified | source |\n|---|---|---|---|---|---|---|---|---|")
INTRO = ("Generated from the JSON files by `packaging/dev/sanctions_readme.py`; every entry appears here with its "
         "source and verified flag (a test checks that no entry is missing).")


def _money(low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return "—"
    return f"{low:,}–{high:,}".replace(",", ".")


def _day(text: str) -> str:
    return date.fromisoformat(text).strftime("%d/%m/%Y")


def _in_force(entry: dict[str, Any]) -> str:
    if entry["valid_to"] is None:
        return f"từ {_day(entry['valid_from'])}"
    return f"{_day(entry['valid_from'])}–{_day(entry['valid_to'])}"


def row(entry: dict[str, Any]) -> str:
    cells = [
        f"`{entry['id']}`",
        citation(entry["decree"], entry["article"], entry["clause"], entry["point"]),
        ", ".join(entry["offenders"]),
        _money(entry["min_vnd"], entry["max_vnd"]),
        _money(entry.get("org_min_vnd"), entry.get("org_max_vnd")),
        "có" if entry["warning"] else "",
        _in_force(entry),
        "**yes**" if entry["verified"] else "no",
        entry["source"].replace("|", "\\|"),
    ]
    return "| " + " | ".join(cells) + " |"


def table(folder: Path) -> str:
    # In the order the loader reads them: files sorted by name, entries as written.
    entries = [e for path in sorted(folder.glob("*.json"))
               for e in json.loads(path.read_text("utf-8"))["entries"]]
    return "\n".join([INTRO, "", HEADER, *(row(e) for e in entries)])


def rewrite(readme: str, folder: Path) -> str:
    head, rest = readme.split("## Entries\n", 1)
    _old, tail = rest.split("\n## ", 1)
    return f"{head}## Entries\n\n{table(folder)}\n\n## {tail}"


def main() -> None:
    path = sanctions_dir() / "README.md"
    path.write_text(rewrite(path.read_text("utf-8"), sanctions_dir()), "utf-8")


if __name__ == "__main__":
    main()
