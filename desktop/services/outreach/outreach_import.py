"""Bringing in a commune's outreach book from Excel: template, preview, then one transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.db.models import OutreachSession
from desktop.domain import outreach_import as rules
from desktop.domain.roles import Permission
from desktop.domain.sheet_import import TEMPLATE_LISTS, TEMPLATE_PICK
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.outreach.outreach import fill_session, normalised
from desktop.services.register import Register, require_commune
from desktop.services.sheet_import import (
    ImportPreview, PickList, add_rows, SheetArea, read_preview, remembered_mapping,
)
from desktop.services.sheet_import import write_template as _write_template

MAPPING_KEY = "import.outreach.columns"
AREA = SheetArea(rules.LAYOUT, MAPPING_KEY, rules.parse_row, rules.duplicate_key)


def write_template(path: Path, *, language: str = "vi") -> Path:
    """The template: the session form's labels as headers, pick-lists for the form and the target group."""
    return _write_template(path, layout=rules.LAYOUT, sheet_title=rules.TEMPLATE_SHEET, lists_title=TEMPLATE_LISTS,
                           pick_error=TEMPLATE_PICK, pick_lists=[PickList(name, labels) for name, labels in rules.PICK_LISTS],
                           language=language)


class OutreachImportService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def remembered_mapping(self, actor: Actor) -> dict[str, str]:
        require(actor, Permission.VIEW_RECORDS)
        return remembered_mapping(self._register, MAPPING_KEY)

    def preview(self, actor: Actor, path: Path, *, mapping: dict[int, str] | None = None) -> ImportPreview:
        """Every row of the book checked by the session form's rules, and sessions already in the register."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        return read_preview(self._register, AREA, path, existing=self._existing_keys(), mapping=mapping)

    def _existing_keys(self) -> set[str]:
        s = OutreachSession
        with self._register.uow() as uow:
            found = uow.session.execute(select(s.held_on, s.place, s.form, s.target_group)
                                        .where(s.deleted_at.is_(None)))
            return {rules.session_key(held_on, place, form, group) for held_on, place, form, group in found}

    def apply(self, actor: Actor, preview: ImportPreview, *, all_or_nothing: bool = False) -> Outcome[int]:
        """Every good row in one transaction (duplicates and rows with problems left out), or none at all; each row
        is the one the form's save writes (origin, version, texts, topics, search text)."""
        added = add_rows(self._register, actor, preview, layout=rules.LAYOUT, model=OutreachSession,
                         fill=lambda record, draft: fill_session(record, normalised(draft)),
                         action="outreach.import", entity="outreach_session", import_action="import.outreach",
                         mapping_key=MAPPING_KEY, all_or_nothing=all_or_nothing)
        return Outcome(added, Changes.OUTREACH)
