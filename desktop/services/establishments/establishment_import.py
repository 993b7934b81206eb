"""Bringing in a commune's existing list of businesses from Excel: template, preview, then one transaction."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.db.files import atomic_path
from desktop.db.models import Establishment, Setting
from desktop.domain import establishment_import as rules
from desktop.domain.establishments import BUSINESS_TYPE_LABELS, STATUS_LABELS, EstablishmentDraft
from desktop.domain.i18n import translate
from desktop.domain.problems import DomainError, Problem
from desktop.domain.roles import Permission
from desktop.domain.text import fold, nfc
from desktop.services import audit
from desktop.services.context import Actor, Changes, Outcome, require
from desktop.services.register import Register, require_commune

MAPPING_KEY = "import.establishments.columns"
# A password-protected .xlsx is an OLE compound file (encrypted package), not a zip.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_SCAN_ROWS = 20


@dataclass(frozen=True)
class PreviewRow:
    line: int
    draft: EstablishmentDraft
    problems: tuple[Problem, ...]
    duplicate: bool  # already in the register, or earlier in the same file

    @property
    def good(self) -> bool:
        return not self.problems and not self.duplicate


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sha256: str
    sheet: str
    headers: tuple[str, ...]
    mapping: dict[int, str]  # column index -> form field
    rows: tuple[PreviewRow, ...]

    @property
    def good(self) -> int:
        return sum(row.good for row in self.rows)

    @property
    def with_problems(self) -> int:
        return sum(bool(row.problems) for row in self.rows)

    @property
    def duplicates(self) -> int:
        return sum(row.duplicate and not row.problems for row in self.rows)

    @property
    def unmapped_required(self) -> tuple[str, ...]:
        return tuple(f for f in rules.REQUIRED if f not in self.mapping.values())


def write_template(path: Path, *, language: str = "vi") -> Path:
    """The template: Vietnamese headers, and pick-lists for the business type and the status."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook has one worksheet
    sheet.title = translate("Import", rules.TEMPLATE_SHEET, language)
    sheet.append([translate("Import", header, language) for _name, header in rules.COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    lists = book.create_sheet(translate("Import", rules.TEMPLATE_LISTS, language))
    lists.sheet_state = "hidden"
    for row, label in enumerate(BUSINESS_TYPE_LABELS.values(), start=1):
        lists.cell(row=row, column=1, value=translate("Codes", label, language))
    for row, label in enumerate(STATUS_LABELS.values(), start=1):
        lists.cell(row=row, column=2, value=translate("Codes", label, language))
    columns = [name for name, _h in rules.COLUMNS]
    for field_name, column, count in (("business_type", "A", len(BUSINESS_TYPE_LABELS)),
                                      ("status", "B", len(STATUS_LABELS))):
        letter = chr(ord("A") + columns.index(field_name))
        check = DataValidation(type="list", formula1=f"='{lists.title}'!${column}$1:${column}${count}",
                               allow_blank=True)
        check.error = translate("Import", rules.TEMPLATE_PICK, language)
        sheet.add_data_validation(check)
        check.add(f"{letter}2:{letter}5000")
    for n, (_name, header) in enumerate(rules.COLUMNS):
        sheet.column_dimensions[chr(ord("A") + n)].width = max(14, len(header) + 4)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _open_book(path: Path) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise DomainError("import.unreadable", file=path.name, detail=str(error)) from None
    if head == _OLE_SIGNATURE:
        raise DomainError("import.encrypted", file=path.name)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        raise DomainError("import.not_a_workbook", file=path.name) from None


def _has_formulas(path: Path, sheet: Any) -> bool:
    """Whether the sheet's XML holds any formula: only then is it read a second time, for formulas."""
    member = getattr(sheet, "_worksheet_path", "")
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as xml:
            tail = b""
            for block in iter(lambda: xml.read(1 << 20), b""):
                if b"<f>" in tail + block or b"<f " in tail + block:
                    return True
                tail = block[-3:]
    except (KeyError, zipfile.BadZipFile, OSError):
        return False
    return False


def _formula_cells(path: Path, title: str) -> Generator[list[Any]]:
    """The same sheet's rows as written (formulas as text), to tell a formula without a saved value."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        for row in book[title].iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _rows(sheet: Any) -> Generator[tuple[int, list[Any]]]:
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        yield number, list(row)


class EstablishmentImportService:
    def __init__(self, register: Register) -> None:
        self._register = register

    def remembered_mapping(self, actor: Actor) -> dict[str, str]:
        require(actor, Permission.VIEW_RECORDS)
        with self._register.uow() as uow:
            row = uow.session.get(Setting, MAPPING_KEY)
            return json.loads(row.value) if row is not None else {}

    def preview(self, actor: Actor, path: Path, *, mapping: dict[int, str] | None = None) -> ImportPreview:
        """Read the first visible sheet: find the header row, map columns, check every row; nothing is written."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        book = _open_book(path)
        rows: Generator[tuple[int, list[Any]]] | None = None
        formulas: Generator[list[Any]] | None = None
        try:
            sheet = next((ws for ws in book.worksheets if getattr(ws, "sheet_state", "visible") == "visible"), None)
            if sheet is None:
                raise DomainError("import.no_sheet", file=path.name)
            rows = _rows(sheet)
            remembered = self.remembered_mapping(actor)
            header_line, headers = self._header(rows, path, remembered)
            chosen = mapping if mapping is not None else rules.guess_mapping(headers, remembered)
            existing = self._existing_keys()
            formulas = _formula_cells(path, sheet.title) if _has_formulas(path, sheet) else None
            if formulas is not None:
                for _skip in range(header_line):
                    next(formulas, None)
            today = self._register.clock.today()
            seen: set[str] = set()
            parsed: list[PreviewRow] = []
            blank_run: list[int] = []
            for line, cells in rows:
                written = next(formulas, []) if formulas is not None else []
                unsaved = rules.unsaved_formulas(cells, written, chosen)
                if not unsaved and all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                    blank_run.append(line)  # trailing blank rows are not rows; blank rows inside are skipped
                    continue
                row = rules.parse_row(line, cells, chosen, today=today, unsaved_formulas=unsaved)
                key = rules.duplicate_key(row.draft.name, row.draft.address)
                duplicate = bool(row.draft.name.strip()) and (key in existing or key in seen)
                seen.add(key)
                parsed.append(PreviewRow(line, row.draft, tuple(row.problems), duplicate))
        finally:
            if formulas is not None:
                formulas.close()
            if rows is not None:
                rows.close()  # a generator left mid-sheet holds the file open
            book.close()
        return ImportPreview(path.name, _sha256(path), sheet.title, tuple(headers), dict(chosen), tuple(parsed))

    def _header(self, rows: Iterator[tuple[int, list[Any]]], path: Path,
                remembered: dict[str, str]) -> tuple[int, list[str]]:
        """The first row (of the first few) naming at least two known columns; a merged title above is passed."""
        for line, cells in rows:
            headers = [rules.parse_text(c) for c in cells]
            if len(rules.guess_mapping(headers, remembered)) >= 2:
                return line, headers
            if line >= _HEADER_SCAN_ROWS:
                break
        raise DomainError("import.no_header", file=path.name)

    def _existing_keys(self) -> set[str]:
        with self._register.uow() as uow:
            found = uow.session.execute(select(Establishment.name, Establishment.address)
                                        .where(Establishment.deleted_at.is_(None)))
            return {rules.duplicate_key(name, address) for name, address in found}

    def apply(self, actor: Actor, preview: ImportPreview, *, all_or_nothing: bool = False) -> Outcome[int]:
        """Every good row in one transaction (duplicates and rows with problems left out), or none at all."""
        require(actor, Permission.EDIT_RECORDS)
        require_commune(self._register)
        if preview.unmapped_required:
            headers = dict(rules.COLUMNS)
            raise DomainError("import.unmapped", fields=", ".join(headers[f] for f in preview.unmapped_required))
        if all_or_nothing and preview.good != len(preview.rows):
            raise DomainError("import.not_all_good", bad=len(preview.rows) - preview.good)
        r, office = self._register, self._register.office
        now = r.clock.now()
        good = [row for row in preview.rows if row.good]
        with r.uow() as uow:
            for row in good:
                draft = row.draft
                record = Establishment(origin_unit=office.origin_unit, origin_device=office.device_id,
                                       created_at=now, updated_at=now, author=actor.account_id, version=1,
                                       **{name: nfc(v) if isinstance(v := getattr(draft, name), str) else v
                                          for name in draft.__dataclass_fields__})
                record.search_text = fold(" ".join((draft.name, draft.address, draft.representative)))
                uow.session.add(record)
                uow.session.flush()
                audit.record(uow.session, actor, "establishment.import", at=now, entity="establishment",
                             entity_id=record.id, detail={"file": preview.file_name, "sha256": preview.sha256,
                                                          "line": row.line})
            audit.record(uow.session, actor, "import.establishments", at=now, entity="import",
                         detail={"file": preview.file_name, "sha256": preview.sha256, "added": len(good),
                                 "skipped": len(preview.rows) - len(good)})
            self._remember(uow.session, preview)
            uow.commit()
        return Outcome(len(good), Changes.ESTABLISHMENTS)

    @staticmethod
    def _remember(session: Any, preview: ImportPreview) -> None:
        remembered = {fold(preview.headers[i]): name for i, name in preview.mapping.items() if i < len(preview.headers)}
        row = session.get(Setting, MAPPING_KEY)
        if row is None:
            session.add(Setting(key=MAPPING_KEY, value=json.dumps(remembered, ensure_ascii=False)))
        else:
            stored = json.loads(row.value) | remembered
            row.value = json.dumps(stored, ensure_ascii=False)
