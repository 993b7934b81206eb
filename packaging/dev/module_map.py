"""The module map of desktop/ (each folder with its Python files and lines), for desktop/ARCHITECTURE.md.

    python packaging/dev/module_map.py            # print the table
    python packaging/dev/module_map.py --write    # refresh it in ARCHITECTURE.md, between the two markers
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop"
ARCHITECTURE = PACKAGE / "ARCHITECTURE.md"
START, END = "<!-- module-map: start (packaging/dev/module_map.py --write) -->", "<!-- module-map: end -->"


@dataclass(frozen=True)
class Folder:
    path: str  # relative to the repository, e.g. "desktop/services/clients"
    files: int
    lines: int
    largest: str  # the longest module, to see at a glance what is near the 400-line mark
    largest_lines: int


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def folders(package: Path = PACKAGE) -> list[Folder]:
    """Every folder of the package holding Python modules (its own files only, not its subfolders)."""
    found = []
    for folder in sorted({p.parent for p in package.rglob("*.py")}):
        if "__pycache__" in folder.parts:
            continue
        counted = {p.name: _lines(p) for p in folder.glob("*.py")}
        largest = max(counted, key=lambda name: (counted[name], name))
        found.append(Folder(folder.relative_to(package.parent).as_posix(), len(counted), sum(counted.values()),
                            largest, counted[largest]))
    return found


def table(found: list[Folder]) -> str:
    rows = ["| folder | files | lines | longest module |", "| --- | ---: | ---: | --- |"]
    rows += [f"| `{f.path}/` | {f.files} | {f.lines} | {f.largest} ({f.largest_lines}) |" for f in found]
    rows.append(f"| **total** | {sum(f.files for f in found)} | {sum(f.lines for f in found)} | |")
    return "\n".join(rows)


def refreshed(text: str, map_text: str) -> str:
    """`text` with the part between the markers replaced by `map_text`."""
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{map_text}\n{END}{after}"


def main(argv: list[str]) -> int:
    map_text = table(folders())
    if "--write" in argv:
        ARCHITECTURE.write_text(refreshed(ARCHITECTURE.read_text("utf-8"), map_text), "utf-8")
    else:
        print(map_text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
