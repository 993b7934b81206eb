"""Reading a commune's own list of businesses: which column is which, and each cell in the forms' terms."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.domain.establishments import (
    BUSINESS_TYPE_LABELS, STATUS_LABELS, BusinessType, EstablishmentDraft, EstablishmentStatus, establishment_problems,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem
from desktop.domain.text import fold

# The template's columns, in order: field of the form, Vietnamese header.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("Import", "Tên cơ sở")),
    ("business_type", QT_TRANSLATE_NOOP("Import", "Loại hình")),
    ("address", QT_TRANSLATE_NOOP("Import", "Địa chỉ")),
    ("representative", QT_TRANSLATE_NOOP("Import", "Người đại diện")),
    ("registration_number", QT_TRANSLATE_NOOP("Import", "Số đăng ký kinh doanh")),
    ("registration_date", QT_TRANSLATE_NOOP("Import", "Ngày đăng ký kinh doanh")),
    ("licence_number", QT_TRANSLATE_NOOP("Import", "Số giấy phép")),
    ("licence_date", QT_TRANSLATE_NOOP("Import", "Ngày cấp giấy phép")),
    ("security_certificate_number", QT_TRANSLATE_NOOP("Import", "Số giấy chứng nhận ANTT")),
    ("security_certificate_date", QT_TRANSLATE_NOOP("Import", "Ngày cấp giấy chứng nhận ANTT")),
    ("status", QT_TRANSLATE_NOOP("Import", "Tình trạng")),
    ("opened_on", QT_TRANSLATE_NOOP("Import", "Ngày bắt đầu hoạt động")),
    ("closed_on", QT_TRANSLATE_NOOP("Import", "Ngày đóng cửa")),
)
FIELDS = tuple(name for name, _header in COLUMNS)
TEMPLATE_SHEET = QT_TRANSLATE_NOOP("Import", "Cơ sở kinh doanh")
TEMPLATE_LISTS = QT_TRANSLATE_NOOP("Import", "Danh mục")
TEMPLATE_PICK = QT_TRANSLATE_NOOP("Import", "Hãy chọn từ danh sách.")
REQUIRED = ("name", "business_type", "address")
_DATES = {"registration_date", "licence_date", "security_certificate_date", "opened_on", "closed_on"}

# Words commune books use for the same columns (folded); the longest match wins.
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("ten co so", "ten doanh nghiep", "ten ho kinh doanh", "ten"),
    "business_type": ("loai hinh", "nganh nghe", "loai"),
    "address": ("dia chi", "dia diem"),
    "representative": ("nguoi dai dien", "chu co so", "chu ho", "chu"),
    "registration_number": ("so dang ky kinh doanh", "so dkkd", "ma so dkkd", "sdkkd", "dkkd", "so dang ky"),
    "registration_date": ("ngay dang ky kinh doanh", "ngay dkkd", "ngay dang ky"),
    "licence_number": ("so giay phep",),
    "licence_date": ("ngay cap giay phep", "ngay cap gp"),
    "security_certificate_number": ("so giay chung nhan antt", "giay chung nhan an ninh", "so gcn antt"),
    "security_certificate_date": ("ngay cap giay chung nhan antt", "ngay cap gcn antt"),
    "status": ("tinh trang", "trang thai"),
    "opened_on": ("ngay bat dau hoat dong", "ngay hoat dong", "ngay khai truong"),
    "closed_on": ("ngay dong cua", "ngay ngung hoat dong"),
}
_DATE_TEXT = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")


def guess_field(header: str) -> str | None:
    """The form field a sheet's column header means, or None."""
    folded = fold(header)
    if not folded:
        return None
    for name, label in COLUMNS:  # the template's own header, exactly
        if folded == fold(label):
            return name
    best: tuple[int, str] | None = None
    for name, aliases in _ALIASES.items():
        for alias in aliases:
            if alias in folded and (best is None or len(alias) > best[0]):
                best = (len(alias), name)
    return best[1] if best else None


def guess_mapping(headers: list[str], remembered: dict[str, str]) -> dict[int, str]:
    """Column index -> field; a header the officer mapped before keeps its field (the mapping is remembered)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        chosen = remembered.get(fold(header)) or guess_field(header)
        if chosen in FIELDS and chosen not in mapping.values():
            mapping[index] = chosen
    return mapping


@dataclass(frozen=True)
class ParsedRow:
    line: int  # the sheet's own row number, as the officer sees it in Excel
    draft: EstablishmentDraft
    problems: list[Problem] = field(default_factory=list)


def parse_date(value: Any) -> date | None | Problem:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_TEXT.match(str(value))
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    return Problem("date.invalid", "", {"value": str(value)})


def parse_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a registration number Excel stored as 1234.0
    if isinstance(value, (datetime, date)):
        return f"{value:%d/%m/%Y}"
    return str(value).strip()


_LABELS: dict[str, dict[BusinessType, str] | dict[EstablishmentStatus, str]] = {"business_type": BUSINESS_TYPE_LABELS, "status": STATUS_LABELS}


@functools.cache
def _table(kind: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(code, folded label, folded parts of the label) once per list, not once per cell."""
    return tuple((str(code.value), fold(label), tuple(p.strip() for p in re.split(r"[,()]", fold(label)) if p.strip()))
                 for code, label in _LABELS[kind].items())


@functools.lru_cache(maxsize=4096)  # a sheet repeats the same few words thousands of times
def _match(kind: str, text: str) -> str | None:
    for code, label, _parts in _table(kind):
        if text in (label, code):
            return code
    for code, _label, parts in _table(kind):  # "nhà nghỉ" is one part of "Khách sạn, nhà nghỉ (cơ sở lưu trú)"
        if text in parts or any(text.startswith(part + " ") for part in parts):
            return code
    return None


def _choice(value: Any, kind: str, *, default: str | None) -> str | None:
    text = fold(parse_text(value))
    return _match(kind, text) if text else default


def unsaved_formulas(values: list[Any], written: list[Any], mapping: dict[int, str]) -> list[str]:
    """Mapped fields whose cell holds a formula Excel never calculated and saved (a value we cannot know)."""
    return [name for index, name in mapping.items()
            if index < len(written) and isinstance(written[index], str) and written[index].startswith("=")
            and (index >= len(values) or values[index] is None)]


def parse_row(line: int, cells: list[Any], mapping: dict[int, str], *, today: date,
              unsaved_formulas: list[str] | None = None) -> ParsedRow:
    """One sheet row as a draft plus every problem, worded by the same codes as the form's."""
    values: dict[str, Any] = {name: cells[index] if index < len(cells) else None for index, name in mapping.items()}
    problems: list[Problem] = [Problem("import.formula_without_value", name) for name in unsaved_formulas or ()]
    fields_: dict[str, Any] = {}
    for name in FIELDS:
        raw = values.get(name)
        if name in _DATES:
            parsed = parse_date(raw)
            if isinstance(parsed, Problem):
                problems.append(Problem("date.invalid", name, parsed.params))
                parsed = None
            fields_[name] = parsed
        elif name == "business_type":
            fields_[name] = _choice(raw, "business_type", default=None) or parse_text(raw)
        elif name == "status":
            fields_[name] = _choice(raw, "status", default=EstablishmentStatus.OPERATING.value) or parse_text(raw)
        else:
            fields_[name] = parse_text(raw)
    draft = EstablishmentDraft(**fields_)
    known = {(p.code, p.field) for p in problems} | {("required", f) for f in unsaved_formulas or ()}
    for problem in establishment_problems(draft, today=today):
        if (problem.code, problem.field) not in known:
            problems.append(problem)
    return ParsedRow(line, draft, problems)


def duplicate_key(name: str, address: str) -> str:
    """Two records are the same business when name and address match without case, spaces or diacritics."""
    return fold(name) + "|" + fold(address)
