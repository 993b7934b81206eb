"""Versioned inspection checklists (DOMAIN §5): the template model and the strict loader of its data files."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.datafiles import WHOLE_FILE, Fields, read_json
from desktop.domain.establishments import BusinessType
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import DomainError
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


def _item(data: Any, *, file: str, index: int) -> ChecklistItem:
    given = data.get("code") if isinstance(data, dict) else None
    label = given if isinstance(given, str) else f"#{index + 1}"
    f = Fields(data, file=file, item=label, required=_ITEM_FIELDS, optional={"unit", "comment"})
    return ChecklistItem(
        code=f.text("code"), text=f.text("text"), legal_basis=f.text("legal_basis"),
        basis_verified=f.get("basis_verified", bool), business_types=_business_types(f),
        answer=f.choice("answer", AnswerType), severity=f.choice("severity", Severity),
        unit=f.text("unit", allow_empty=True),
    )


def parse_template(data: Any, *, file: str) -> ChecklistTemplate:
    """A template from a parsed JSON document; DomainError naming `file` and the item otherwise."""
    f = Fields(data, file=file, item=WHOLE_FILE, required=_TEMPLATE_FIELDS, optional={"comment"})
    version = f.get("version", int)
    if version < 1:
        raise f.bad("version")
    valid_from = f.day("valid_from")
    assert valid_from is not None
    items = tuple(_item(d, file=file, index=n) for n, d in enumerate(f.items("items")))
    seen: set[str] = set()
    for item in items:
        if item.code in seen:
            raise DomainError("datafile.duplicate", file=file, item=item.code)
        seen.add(item.code)
    return ChecklistTemplate(version, valid_from, f.text("title"), items)


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


def load_catalogue(folder: Path) -> ChecklistCatalogue:
    """Read every checklist_v*.json in `folder`; two files claiming one version are refused."""
    templates: dict[int, ChecklistTemplate] = {}
    for path in sorted(folder.glob(FILE_PATTERN)):
        template = parse_template(read_json(path), file=path.name)
        if template.version in templates:
            raise DomainError("datafile.duplicate", file=path.name, item=f"version {template.version}")
        templates[template.version] = template
    if not templates:
        raise DomainError("datafile.none_found", folder=str(folder), pattern=FILE_PATTERN)
    return ChecklistCatalogue(tuple(templates[v] for v in sorted(templates)))


def checklists_dir() -> Path:
    return resources_dir() / "checklists"


@functools.cache
def default_catalogue() -> ChecklistCatalogue:
    """The templates shipped with the application, read once on first use (never at import)."""
    return load_catalogue(checklists_dir())
