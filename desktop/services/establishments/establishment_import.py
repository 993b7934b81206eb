"""Bringing in a commune's existing list of businesses from Excel: template, preview, then one transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.db.models import Establishment
from desktop.domain import establishment_import as rules
from desktop.domain.establishments import EstablishmentDraft
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.establishments.establishments import fill_establishment, normalised
from desktop.services.register import Register, require_commune
from desktop.services.sheet_import import (
    ImportPreview, PickList, add_rows, PreviewRow, SheetArea, read_preview, remembered_mapping,
)
from desktop.services.sheet_import import write_template as _write_template

__all__ = ["MAPPING_KEY", "EstablishmentImportService", "ImportPreview", "PreviewRow", "write_template"]

MAPPING_KEY = "import.establishments.columns"


def _duplicate_key(draft: EstablishmentDraft) -> str | None:
    return rules.duplicate_key(draft.name, draft.address) if draft.name.strip() else None


AREA = SheetArea(rules.LAYOUT, MAPPING_KEY, rules.parse_row, _duplicate_key)


def write_template(path: Path, *, language: str = "vi") -> Path:
    """The template: Vietnamese headers, and pick-lists for the business type and the status."""
    return _write_template(path, layout=rules.LAYOUT, sheet_title=rules.TEMPLATE_SHEET,
                           lists_title=rules.TEMPLATE_LISTS, pick_error=rules.TEMPLATE_PICK,
                           pick_lists=[PickList(name, labels) for name, labels in rules.PICK_LISTS], language=language)


class EstablishmentImportService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def remembered_mapping(self, actor: Actor) -> dict[str, str]:
        require(actor, Permission.VIEW_RECORDS)
        return remembered_mapping(self._register, MAPPING_KEY)

    def preview(self, actor: Actor, path: Path, *, mapping: dict[int, str] | None = None) -> ImportPreview:
        """Read the first visible sheet: find the header row, map columns, check every row; nothing is written."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        return read_preview(self._register, AREA, path, existing=self._existing_keys(), mapping=mapping)

    def _existing_keys(self) -> set[str]:
        with self._register.uow() as uow:
            found = uow.session.execute(select(Establishment.name, Establishment.address)
                                        .where(Establishment.deleted_at.is_(None)))
            return {rules.duplicate_key(name, address) for name, address in found}

    def apply(self, actor: Actor, preview: ImportPreview, *, all_or_nothing: bool = False) -> Outcome[int]:
        """Every good row in one transaction (duplicates and rows with problems left out), or none at all; each row
        is the one the form's save writes (origin, version, texts, search text)."""
        added = add_rows(self._register, actor, preview, layout=rules.LAYOUT, model=Establishment,
                         fill=lambda record, draft: fill_establishment(record, normalised(draft)),
                         action="establishment.import", entity="establishment",
                         import_action="import.establishments", mapping_key=MAPPING_KEY,
                         all_or_nothing=all_or_nothing)
        return Outcome(added, Changes.ESTABLISHMENTS)
