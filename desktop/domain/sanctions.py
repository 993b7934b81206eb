"""The dated sanction-reference table (DOMAIN §5): amounts are data to show, never a fine computed in code."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.datafiles import WHOLE_FILE, Fields, line_of, read_json
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError
from desktop.domain.shipped import resources_dir

FILE_PATTERN = "*.json"


class OffenderKind(StrEnum):
    """Who committed the offence: the decrees fine an individual and an organisation on different ranges."""

    PERSON = "person"  # an individual present at the business (a customer, a worker, a broker)
    HOUSEHOLD = "household_business"  # the operator as hộ kinh doanh: fined within the individual's range
    ENTERPRISE = "enterprise"  # the operator as doanh nghiệp / tổ chức: the organisation's range

    @property
    def is_operator(self) -> bool:
        return self is not OffenderKind.PERSON


OFFENDER_KIND_LABELS = {
    OffenderKind.PERSON: QT_TRANSLATE_NOOP("Codes", "Cá nhân có mặt tại cơ sở"),
    OffenderKind.HOUSEHOLD: QT_TRANSLATE_NOOP("Codes", "Hộ kinh doanh (chủ cơ sở)"),
    OffenderKind.ENTERPRISE: QT_TRANSLATE_NOOP("Codes", "Doanh nghiệp, tổ chức (chủ cơ sở)"),
}

# In a data file "offenders" lists these words; "operator" stands for both operator kinds.
OPERATOR = "operator"
_OFFENDER_WORDS: dict[str, frozenset[str]] = {
    OffenderKind.PERSON.value: frozenset({OffenderKind.PERSON}),
    OPERATOR: frozenset({OffenderKind.HOUSEHOLD, OffenderKind.ENTERPRISE}),
    OffenderKind.HOUSEHOLD.value: frozenset({OffenderKind.HOUSEHOLD}),
    OffenderKind.ENTERPRISE.value: frozenset({OffenderKind.ENTERPRISE}),
}


@dataclass(frozen=True)
class SanctionReference:
    id: str  # stable: violations keep it, e.g. "nd282-2025-d32-k1"
    decree: str
    article: str  # "" when the article number has not been checked yet
    clause: str
    description: str
    min_vnd: int | None  # the individual's range; None with max_vnd None: no fine (a warning only)
    max_vnd: int | None
    warning: bool  # a warning (cảnh cáo) is possible instead of a fine
    valid_from: date
    valid_to: date | None  # inclusive; None while in force
    verified: bool  # True only when the article's own words were read (see `source`)
    point: str = ""  # "a", "đ"…; "" when the clause has no points
    offenders: frozenset[str] = frozenset({OffenderKind.PERSON})  # OffenderKind values
    org_min_vnd: int | None = None  # the organisation's range, as written in the file (never computed)
    org_max_vnd: int | None = None
    additional_penalties: tuple[str, ...] = ()  # hình thức xử phạt bổ sung, Vietnamese text as read
    remedial_measures: tuple[str, ...] = ()  # biện pháp khắc phục hậu quả
    source: str = ""  # where the text was read: title and URL

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def applies_to(self, kind: OffenderKind) -> bool:
        return kind in self.offenders

    @property
    def has_fine(self) -> bool:
        return self.min_vnd is not None and self.max_vnd is not None

    def allows(self, amount: int) -> bool:
        """Inside the individual's range (the range of a person or a household business)."""
        return self.min_vnd is not None and self.max_vnd is not None and self.min_vnd <= amount <= self.max_vnd

    def range_for(self, kind: OffenderKind) -> tuple[int | None, int | None]:
        """The fine range for this kind of offender; (None, None) when the entry does not apply or has no fine."""
        if not self.applies_to(kind):
            return None, None
        if kind is OffenderKind.ENTERPRISE:
            return self.org_min_vnd, self.org_max_vnd
        return self.min_vnd, self.max_vnd

    def allows_for(self, kind: OffenderKind, amount: int) -> bool:
        low, high = self.range_for(kind)
        return low is not None and high is not None and low <= amount <= high

    @property
    def citation(self) -> str:
        return citation(self.decree, self.article, self.clause, self.point)


def citation(decree: str, article: str, clause: str, point: str = "") -> str:
    """'Điểm a Khoản 1 Điều 32 Nghị định 282/2025/NĐ-CP', shortened when point, clause or article is unknown."""
    parts = []
    if point and clause and article:
        parts.append(f"Điểm {point}")
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

    def in_force(self, day: date, kind: OffenderKind | None = None) -> tuple[SanctionReference, ...]:
        """The entries in force on `day`; with `kind`, only those that apply to that kind of offender."""
        return tuple(e for e in self.entries if e.in_force(day) and (kind is None or e.applies_to(kind)))


_FILE_FIELDS = {"entries"}
_ENTRY_FIELDS = {"id", "decree", "article", "clause", "point", "description", "offenders", "min_vnd", "max_vnd",
                 "warning", "valid_from", "valid_to", "verified", "source"}
_ENTRY_OPTIONAL = {"org_min_vnd", "org_max_vnd", "additional_penalties", "remedial_measures", "comment"}


def _offenders(f: Fields) -> frozenset[str]:
    words = f.items("offenders")
    if not all(isinstance(w, str) and w in _OFFENDER_WORDS for w in words) or len(set(words)) != len(words):
        raise f.bad("offenders")
    return frozenset().union(*(_OFFENDER_WORDS[w] for w in words))


def _check_ranges(entry: SanctionReference, f: Fields) -> None:
    if (entry.min_vnd is None) != (entry.max_vnd is None):
        raise f.bad("max_vnd" if entry.max_vnd is None else "min_vnd")
    if entry.min_vnd is not None and entry.max_vnd is not None and entry.min_vnd > entry.max_vnd:
        raise f.bad("max_vnd")
    if not entry.has_fine and not entry.warning:
        raise f.bad("warning")  # an entry with neither a fine nor a warning sanctions nothing
    org = (entry.org_min_vnd, entry.org_max_vnd)
    if OffenderKind.ENTERPRISE not in entry.offenders:
        if org != (None, None):  # a range nobody can be fined within is a mistake in the file
            raise f.bad("org_min_vnd" if entry.org_min_vnd is not None else "org_max_vnd")
        return
    if org == (None, None) and not entry.has_fine:
        return  # a warning only, for an organisation too
    if None in org or not entry.has_fine:
        raise f.bad("org_max_vnd" if entry.org_max_vnd is None else "org_min_vnd")
    if entry.org_min_vnd > entry.org_max_vnd:  # type: ignore[operator]  # neither is None: checked above
        raise f.bad("org_max_vnd")
    if entry.org_min_vnd < entry.min_vnd or entry.org_max_vnd < entry.max_vnd:  # type: ignore[operator]  # as above
        raise f.error("datafile.org_range_below", org=f"{entry.org_min_vnd}–{entry.org_max_vnd}",
                      person=f"{entry.min_vnd}–{entry.max_vnd}")


def _entry(data: Any, *, file: str, index: int) -> SanctionReference:
    given = data.get("id") if isinstance(data, dict) else None
    label = given if isinstance(given, str) else f"#{index + 1}"
    f = Fields(data, file=file, item=label, required=_ENTRY_FIELDS, optional=_ENTRY_OPTIONAL)
    entry = SanctionReference(
        id=f.text("id"), decree=f.text("decree"), article=f.text("article", allow_empty=True),
        clause=f.text("clause", allow_empty=True), description=f.text("description"),
        min_vnd=f.optional_int("min_vnd"), max_vnd=f.optional_int("max_vnd"), warning=f.get("warning", bool),
        valid_from=f.day("valid_from"),  # type: ignore[arg-type]  # required: a date or an error
        valid_to=f.day("valid_to", optional=True), verified=f.get("verified", bool),
        point=f.text("point", allow_empty=True), offenders=_offenders(f),
        org_min_vnd=f.optional_int("org_min_vnd"), org_max_vnd=f.optional_int("org_max_vnd"),
        additional_penalties=f.texts("additional_penalties"), remedial_measures=f.texts("remedial_measures"),
        source=f.text("source"),
    )
    if entry.point and not entry.clause:
        raise f.bad("point")  # a point always sits inside a clause
    _check_ranges(entry, f)
    if entry.valid_to is not None and entry.valid_to < entry.valid_from:
        raise f.error("datafile.ends_before_start", valid_from=entry.valid_from.isoformat(),
                      valid_to=entry.valid_to.isoformat())
    return entry


def _located_entries(data: Any, *, file: str) -> list[tuple[SanctionReference, int | str]]:
    f = Fields(data, file=file, item=WHOLE_FILE, required=_FILE_FIELDS, optional={"comment"})
    raw = f.items("entries")
    return [(_entry(d, file=file, index=n), line_of(d)) for n, d in enumerate(raw)]


def parse_table(data: Any, *, file: str) -> tuple[SanctionReference, ...]:
    """The entries of one parsed file (see datafiles.parse_json for line numbers in errors)."""
    return tuple(entry for entry, _ in _located_entries(data, file=file))


def load_table(folder: Path) -> SanctionTable:
    """Every *.json in `folder`, merged; an id used twice (in one file or two) is refused.

    Ids stay unique even across dates: a violation keeps only the id, so a changed clause gets a new id.
    """
    entries: dict[str, SanctionReference] = {}
    for path in sorted(folder.glob(FILE_PATTERN)):
        for entry, line in _located_entries(read_json(path), file=path.name):
            if entry.id in entries:
                raise DomainError("datafile.duplicate", file=path.name, line=line, item=entry.id)
            entries[entry.id] = entry
    if not entries:
        raise DomainError("datafile.none_found", folder=str(folder), pattern=FILE_PATTERN)
    return SanctionTable(tuple(entries.values()))


def sanctions_dir() -> Path:
    return resources_dir() / "sanctions"


@functools.cache
def default_table() -> SanctionTable:
    return load_table(sanctions_dir())
