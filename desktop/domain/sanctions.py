"""The dated sanction-reference table (DOMAIN §5): amounts are data to show, never a fine computed in code."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.datafiles import WHOLE_FILE, Fields, read_json
from desktop.domain.problems import DomainError
from desktop.domain.shipped import resources_dir

FILE_PATTERN = "*.json"


@dataclass(frozen=True)
class SanctionReference:
    id: str  # stable: violations keep it, e.g. "nd282-2025-d32-k1"
    decree: str
    article: str  # "" when the article number has not been checked yet
    clause: str
    description: str
    min_vnd: int | None  # None with max_vnd None: no fine in this clause (a warning only)
    max_vnd: int | None
    warning: bool  # a warning (cảnh cáo) is possible instead of a fine
    valid_from: date
    valid_to: date | None  # inclusive; None while in force
    verified: bool

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def has_fine(self) -> bool:
        return self.min_vnd is not None and self.max_vnd is not None

    def allows(self, amount: int) -> bool:
        return self.has_fine and self.min_vnd <= amount <= self.max_vnd  # type: ignore[operator]

    @property
    def citation(self) -> str:
        return citation(self.decree, self.article, self.clause)


def citation(decree: str, article: str, clause: str) -> str:
    """'Khoản 1 Điều 32 Nghị định 282/2025/NĐ-CP', shortened when article or clause is unknown."""
    parts = []
    if clause and article:
        parts.append(f"Khoản {clause}")
    if article:
        parts.append(f"Điều {article}")
    parts.append(f"Nghị định {decree}")
    return " ".join(parts)


@dataclass(frozen=True)
class SanctionTable:
    entries: tuple[SanctionReference, ...]

    def get(self, reference_id: str) -> SanctionReference | None:
        return next((e for e in self.entries if e.id == reference_id), None)

    def in_force(self, day: date) -> tuple[SanctionReference, ...]:
        return tuple(e for e in self.entries if e.in_force(day))


_FILE_FIELDS = {"entries"}
_ENTRY_FIELDS = {"id", "decree", "article", "clause", "description", "min_vnd", "max_vnd", "warning",
                 "valid_from", "valid_to", "verified"}


def _entry(data: Any, *, file: str, index: int) -> SanctionReference:
    given = data.get("id") if isinstance(data, dict) else None
    label = given if isinstance(given, str) else f"#{index + 1}"
    f = Fields(data, file=file, item=label, required=_ENTRY_FIELDS, optional={"comment"})
    entry = SanctionReference(
        id=f.text("id"), decree=f.text("decree"), article=f.text("article", allow_empty=True),
        clause=f.text("clause", allow_empty=True), description=f.text("description"),
        min_vnd=f.optional_int("min_vnd"), max_vnd=f.optional_int("max_vnd"), warning=f.get("warning", bool),
        valid_from=f.day("valid_from"),  # type: ignore[arg-type]
        valid_to=f.day("valid_to", optional=True), verified=f.get("verified", bool),
    )
    if (entry.min_vnd is None) != (entry.max_vnd is None):
        raise f.bad("max_vnd" if entry.max_vnd is None else "min_vnd")
    if entry.has_fine and entry.min_vnd > entry.max_vnd:  # type: ignore[operator]
        raise f.bad("max_vnd")
    if not entry.has_fine and not entry.warning:
        raise f.bad("warning")  # an entry with neither a fine nor a warning sanctions nothing
    if entry.valid_to is not None and entry.valid_to < entry.valid_from:
        raise f.bad("valid_to")
    return entry


def parse_table(data: Any, *, file: str) -> tuple[SanctionReference, ...]:
    f = Fields(data, file=file, item=WHOLE_FILE, required=_FILE_FIELDS, optional={"comment"})
    return tuple(_entry(d, file=file, index=n) for n, d in enumerate(f.items("entries")))


def load_table(folder: Path) -> SanctionTable:
    """Every *.json in `folder`, merged; an id used twice (in one file or two) is refused."""
    entries: dict[str, SanctionReference] = {}
    for path in sorted(folder.glob(FILE_PATTERN)):
        for entry in parse_table(read_json(path), file=path.name):
            if entry.id in entries:
                raise DomainError("datafile.duplicate", file=path.name, item=entry.id)
            entries[entry.id] = entry
    if not entries:
        raise DomainError("datafile.none_found", folder=str(folder), pattern=FILE_PATTERN)
    return SanctionTable(tuple(entries.values()))


def sanctions_dir() -> Path:
    return resources_dir() / "sanctions"


@functools.cache
def default_table() -> SanctionTable:
    return load_table(sanctions_dir())
