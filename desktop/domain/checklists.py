"""Versioned inspection checklists (DOMAIN §5): the template model and the strict loader of its data files."""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.datafiles import WHOLE_FILE, Fields, line_of, read_json
from desktop.domain.establishments import BusinessType
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError
from desktop.domain.sanctions import default_table
from desktop.domain.shipped import resources_dir

ALL_TYPES = "*"  # in a data file: the item applies to every business type
FILE_PATTERN = "checklist_v*.json"


class AnswerType(StrEnum):
    CHECK = "check"  # đạt / không đạt / không áp dụng
    NUMBER = "number"
    NOTE = "note"


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"


VERDICT_LABELS = {
    Verdict.PASS: QT_TRANSLATE_NOOP("Codes", "Đạt"),
    Verdict.FAIL: QT_TRANSLATE_NOOP("Codes", "Không đạt"),
    Verdict.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Codes", "Không áp dụng"),
}


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


SEVERITY_LABELS = {
    Severity.LOW: QT_TRANSLATE_NOOP("Codes", "Nhẹ"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("Codes", "Trung bình"),
    Severity.HIGH: QT_TRANSLATE_NOOP("Codes", "Nghiêm trọng"),
}


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    text: str
    legal_basis: str
    basis_verified: bool  # False: the basis is practice or not yet checked against the current text
    business_types: frozenset[BusinessType]
    answer: AnswerType
    severity: Severity
    unit: str = ""  # for number items, e.g. "phòng"
    suggests: tuple[str, ...] = ()  # sanction-reference ids a "không đạt" result suggests, most likely first

    def applies_to(self, business_type: str) -> bool:
        return business_type in self.business_types


@dataclass(frozen=True)
class ChecklistTemplate:
    version: int
    valid_from: date
    title: str
    items: tuple[ChecklistItem, ...]

    def item(self, code: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.code == code), None)

    def items_for(self, business_type: str) -> tuple[ChecklistItem, ...]:
        """The items printed and answered for this type, in the template's order."""
        return tuple(i for i in self.items if i.applies_to(business_type))


_TEMPLATE_FIELDS = {"version", "valid_from", "title", "items"}
_ITEM_FIELDS = {"code", "text", "legal_basis", "basis_verified", "business_types", "answer", "severity"}


def _business_types(fields: Fields) -> frozenset[BusinessType]:
    names = fields.items("business_types")
    if names == [ALL_TYPES]:
        return frozenset(BusinessType)
    try:
        return frozenset(BusinessType(n) for n in names)
    except (TypeError, ValueError):
        raise fields.bad("business_types") from None


def _item(data: Any, *, file: str, index: int, known_sanctions: Collection[str] | None) -> ChecklistItem:
    given = data.get("code") if isinstance(data, dict) else None
    label = given if isinstance(given, str) else f"#{index + 1}"
    f = Fields(data, file=file, item=label, required=_ITEM_FIELDS, optional={"unit", "suggests", "comment"})
    item = ChecklistItem(
        code=f.text("code"), text=f.text("text"), legal_basis=f.text("legal_basis"),
        basis_verified=f.get("basis_verified", bool), business_types=_business_types(f),
        answer=f.choice("answer", AnswerType), severity=f.choice("severity", Severity),
        unit=f.text("unit", allow_empty=True), suggests=f.texts("suggests"),
    )
    if len(set(item.suggests)) != len(item.suggests) or (item.suggests and item.answer is not AnswerType.CHECK):
        raise f.bad("suggests")  # only a đạt / không đạt item can fail, so only it suggests an offence
    if known_sanctions is not None:
        for reference in item.suggests:
            if reference not in known_sanctions:
                raise f.error("datafile.unknown_sanction", reference=reference)
    return item


def _same_text(text: str) -> str:
    return " ".join(text.casefold().split())


def _check_duplicates(items: list[tuple[ChecklistItem, int | str]], *, file: str) -> None:
    """One code once; one text once among the items printed for a business type (v1 repeats a text across types)."""
    codes: set[str] = set()
    texts: dict[str, list[ChecklistItem]] = {}
    for item, line in items:
        if item.code in codes:
            raise DomainError("datafile.duplicate", file=file, line=line, item=item.code)
        codes.add(item.code)
        for other in texts.get(_same_text(item.text), []):
            if other.business_types & item.business_types:
                raise DomainError("datafile.duplicate_text", file=file, line=line, item=item.code, other=other.code)
        texts.setdefault(_same_text(item.text), []).append(item)


def parse_template(data: Any, *, file: str, known_sanctions: Collection[str] | None = None) -> ChecklistTemplate:
    """A template from a parsed JSON document; DomainError naming `file`, line and item otherwise.

    With `known_sanctions` (ids of the sanction reference), an item suggesting any other id is refused.
    """
    f = Fields(data, file=file, item=WHOLE_FILE, required=_TEMPLATE_FIELDS, optional={"comment"})
    version = f.get("version", int)
    if version < 1:
        raise f.bad("version")
    valid_from = f.day("valid_from")
    assert valid_from is not None
    located = [(_item(d, file=file, index=n, known_sanctions=known_sanctions), line_of(d))
               for n, d in enumerate(f.items("items"))]
    _check_duplicates(located, file=file)
    return ChecklistTemplate(version, valid_from, f.text("title"), tuple(item for item, _ in located))


@dataclass(frozen=True)
class ChecklistCatalogue:
    """Every template version; an inspection keeps the version it used so old records print as they were."""

    templates: tuple[ChecklistTemplate, ...]  # sorted by version

    def version(self, number: int) -> ChecklistTemplate | None:
        return next((t for t in self.templates if t.version == number), None)

    def current(self, day: date) -> ChecklistTemplate | None:
        """The newest template already in force on `day`."""
        valid = [t for t in self.templates if t.valid_from <= day]
        return max(valid, key=lambda t: (t.valid_from, t.version)) if valid else None

    @property
    def latest(self) -> ChecklistTemplate:
        return max(self.templates, key=lambda t: (t.valid_from, t.version))


def load_catalogue(folder: Path, known_sanctions: Collection[str] | None = None) -> ChecklistCatalogue:
    """Read every checklist_v*.json in `folder`; two files claiming one version are refused."""
    templates: dict[int, ChecklistTemplate] = {}
    for path in sorted(folder.glob(FILE_PATTERN)):
        data = read_json(path)
        template = parse_template(data, file=path.name, known_sanctions=known_sanctions)
        if template.version in templates:
            raise DomainError("datafile.duplicate", file=path.name, line=line_of(data),
                              item=f"version {template.version}")
        templates[template.version] = template
    if not templates:
        raise DomainError("datafile.none_found", folder=str(folder), pattern=FILE_PATTERN)
    return ChecklistCatalogue(tuple(templates[v] for v in sorted(templates)))


def checklists_dir() -> Path:
    return resources_dir() / "checklists"


@functools.cache
def default_catalogue() -> ChecklistCatalogue:
    """The templates shipped with the application, read once on first use (never at import).

    Their suggestions are checked against the shipped sanction reference.
    """
    return load_catalogue(checklists_dir(), known_sanctions={e.id for e in default_table().entries})
