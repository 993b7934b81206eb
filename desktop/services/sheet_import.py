"""The machinery every Excel import shares: template, tolerant reader, remembered columns, preview, checks before apply.

An area (establishments, outreach sessions, baseline figures) says what its sheet looks like (`SheetArea`);
this module opens the book, finds the header row, maps the columns, reads every row through the area's
parser (the form's own rules) and marks duplicates. Nothing here writes a record: each area's service
adds its good rows in one transaction of its own.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.db.files import atomic_path
from desktop.db.models import Setting
from desktop.domain.i18n import translate
from desktop.domain.problems import DomainError, Problem
from desktop.domain.sheet_import import RowParser, SheetLayout, parse_text, unsaved_formulas
from desktop.domain.text import fold
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import Actor, require
from desktop.services.records import new_record, saved
from desktop.services.register import Register, require_commune

# A password-protected .xlsx is an OLE compound file (encrypted package), not a zip.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_SCAN_ROWS = 20
_TEMPLATE_ROWS = 5000  # how far down the template's pick-lists reach


@dataclass(frozen=True)
class SheetArea:
    """What one import reads: its columns, where its mapping is remembered, its row parser and duplicate key."""

    layout: SheetLayout
    mapping_key: str  # the Setting holding the officer's column choices
    parse_row: RowParser
    duplicate_key: Callable[[Any], str | None]  # None: the row cannot be told a duplicate (e.g. no name)
    left_blank: Callable[[Any], bool] | None = None  # a template row the office did not fill in: not a row


@dataclass(frozen=True)
class PreviewRow:
    line: int
    draft: Any  # the area's draft (EstablishmentDraft, OutreachDraft, TargetDraft)
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
    required: tuple[str, ...] = ()

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
        return tuple(f for f in self.required if f not in self.mapping.values())


@dataclass(frozen=True)
class PickList:
    field: str
    labels: Sequence[str]  # source texts, translated in the template's language
    context: str = "Codes"


def write_template(path: Path, *, layout: SheetLayout, sheet_title: str, lists_title: str, pick_error: str,
                   pick_lists: Sequence[PickList], rows: Sequence[Sequence[Any]] = (), language: str = "vi") -> Path:
    """A template: Vietnamese headers, pick-lists on a hidden sheet, and optionally rows to fill in."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.chartsheet import Chartsheet
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None and not isinstance(sheet, Chartsheet)  # a new workbook starts with one worksheet
    sheet.title = translate("Import", sheet_title, language)
    sheet.append([translate("Import", header, language) for _name, header in layout.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    lists = book.create_sheet(translate("Import", lists_title, language))
    lists.sheet_state = "hidden"
    for number, pick in enumerate(pick_lists, start=1):
        column = get_column_letter(number)
        for row_number, text in enumerate(pick.labels, start=1):
            lists.cell(row=row_number, column=number, value=translate(pick.context, text, language))
        letter = get_column_letter(layout.fields.index(pick.field) + 1)
        check = DataValidation(type="list", formula1=f"='{lists.title}'!${column}$1:${column}${len(pick.labels)}",
                               allow_blank=True)
        check.error = translate("Import", pick_error, language)
        sheet.add_data_validation(check)
        check.add(f"{letter}2:{letter}{_TEMPLATE_ROWS}")
    for n, (_name, header) in enumerate(layout.columns, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = max(14, len(header) + 4)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return path


def sha256_of(path: Path) -> str:
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


def _formula_cells(path: Path, title: str) -> Iterator[list[Any]]:
    """The same sheet's rows as written (formulas as text), to tell a formula without a saved value."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        for row in book[title].iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _rows(sheet: Any) -> Iterator[tuple[int, list[Any]]]:
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        yield number, list(row)


def _header(area: SheetArea, rows: Iterator[tuple[int, list[Any]]], path: Path,
            remembered: dict[str, str]) -> tuple[int, list[str]]:
    """The first row (of the first few) naming at least two known columns; a merged title above is passed."""
    for line, cells in rows:
        headers = [parse_text(c) for c in cells]
        if len(area.layout.guess_mapping(headers, remembered)) >= 2:
            return line, headers
        if line >= _HEADER_SCAN_ROWS:
            break
    # the example columns are this sheet's own (its first two required ones), not another area's
    headers = area.layout.headers
    examples = [headers[name] for name in area.layout.required[:2]] or [h for _n, h in area.layout.columns[:2]]
    raise DomainError("import.no_header", file=path.name, columns=", ".join(f"“{h}”" for h in examples))


def remembered_mapping(register: Register, key: str) -> dict[str, str]:
    with register.uow() as uow:
        row = uow.session.get(Setting, key)
        return dict(json.loads(row.value)) if row is not None else {}


def remember_mapping(session: Session, key: str, preview: ImportPreview) -> None:
    """The officer's column choices, by folded header, for the next book with the same headers."""
    remembered = {fold(preview.headers[i]): name for i, name in preview.mapping.items() if i < len(preview.headers)}
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(remembered, ensure_ascii=False)))
    else:
        stored = json.loads(row.value) | remembered
        row.value = json.dumps(stored, ensure_ascii=False)


def read_preview(register: Register, area: SheetArea, path: Path, *, existing: set[str],
                 mapping: dict[int, str] | None = None) -> ImportPreview:
    """Read the first visible sheet: find the header row, map columns, check every row; nothing is written."""
    book = _open_book(path)
    rows: Iterator[tuple[int, list[Any]]] | None = None
    formulas: Iterator[list[Any]] | None = None
    try:
        sheet = next((ws for ws in book.worksheets if getattr(ws, "sheet_state", "visible") == "visible"), None)
        if sheet is None:
            raise DomainError("import.no_sheet", file=path.name)
        rows = _rows(sheet)
        remembered = remembered_mapping(register, area.mapping_key)
        header_line, headers = _header(area, rows, path, remembered)
        chosen = mapping if mapping is not None else area.layout.guess_mapping(headers, remembered)
        formulas = _formula_cells(path, sheet.title) if _has_formulas(path, sheet) else None
        if formulas is not None:
            for _skip in range(header_line):
                next(formulas, None)
        today = register.clock.today()
        parse_row, duplicate_key, left_blank = area.parse_row, area.duplicate_key, area.left_blank
        seen: set[str] = set()
        parsed: list[PreviewRow] = []
        for line, cells in rows:
            written = next(formulas, []) if formulas is not None else []
            unsaved = unsaved_formulas(cells, written, chosen)
            if not unsaved and all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue  # trailing blank rows are not rows; blank rows inside are skipped
            row = parse_row(line, cells, chosen, today=today, unsaved_formulas=unsaved)
            if left_blank is not None and not row.problems and left_blank(row.draft):
                continue
            key = duplicate_key(row.draft)
            duplicate = key is not None and (key in existing or key in seen)
            if key is not None:
                seen.add(key)
            parsed.append(PreviewRow(line, row.draft, tuple(row.problems), duplicate))
    finally:
        if formulas is not None:
            formulas.close()  # type: ignore[attr-defined]  # read-only workbooks have close()
        if rows is not None:
            rows.close()  # type: ignore[attr-defined]  # a generator left mid-sheet holds the file open
        book.close()
    return ImportPreview(path.name, sha256_of(path), sheet.title, tuple(headers), dict(chosen), tuple(parsed),
                         area.layout.required)


def rows_to_apply(preview: ImportPreview, layout: SheetLayout, *, all_or_nothing: bool) -> list[PreviewRow]:
    """The good rows, after refusing a preview with an unmapped required column (or any bad row, if asked)."""
    if preview.unmapped_required:
        headers = layout.headers
        raise DomainError("import.unmapped", fields=", ".join(headers[f] for f in preview.unmapped_required))
    if all_or_nothing and preview.good != len(preview.rows):
        raise DomainError("import.not_all_good", bad=len(preview.rows) - preview.good)
    return [row for row in preview.rows if row.good]


def add_rows(register: Register, actor: Actor, preview: ImportPreview, *, layout: SheetLayout, model: type[Any],
             fill: Callable[[Any, Any], None], action: str, entity: str, import_action: str, mapping_key: str,
             all_or_nothing: bool) -> int:
    """A sheet of new records: every good row in one transaction (or none at all), each written as the form's save
    writes it (`fill`) with an audit entry naming the file and line, one entry for the whole import, and the
    officer's column choices remembered. Returns how many rows went in."""
    require(actor, Permission.EDIT_RECORDS)
    require_commune(register)
    good = rows_to_apply(preview, layout, all_or_nothing=all_or_nothing)
    now = register.clock.now()
    source = {"file": preview.file_name, "sha256": preview.sha256}
    with register.uow(write=True) as uow:
        for row in good:
            record = new_record(uow.session, model, actor=actor, office=register.office, now=now)
            fill(record, row.draft)
            saved(uow.session, record, actor=actor, now=now, action=action, entity=entity,
                  detail={**source, "line": row.line})
        audit.record(uow.session, actor, import_action, at=now, entity="import",
                     detail={**source, "added": len(good), "skipped": len(preview.rows) - len(good)})
        remember_mapping(uow.session, mapping_key, preview)
        uow.commit()
    return len(good)
