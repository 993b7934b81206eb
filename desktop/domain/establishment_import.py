"""Reading a commune's own list of businesses: which column is which, and each cell in the forms' terms."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.establishments import (
    BUSINESS_TYPE_LABELS, STATUS_LABELS, EstablishmentDraft, EstablishmentStatus, establishment_problems,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.problems import Problem
from desktop.domain import sheet_import
from desktop.domain.sheet_import import (
    ChoiceList, ParsedRow, SheetLayout, cells_of, merged_problems, parse_date, parse_text, unsaved_formulas,
)
from desktop.domain.text import fold

__all__ = [
    "COLUMNS",
    "FIELDS",
    "LAYOUT",
    "REQUIRED",
    "ParsedRow",
    "duplicate_key",
    "guess_field",
    "guess_mapping",
    "parse_date",
    "parse_row",
    "parse_text",
    "unsaved_formulas",
]

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
TEMPLATE_LISTS, TEMPLATE_PICK = sheet_import.TEMPLATE_LISTS, sheet_import.TEMPLATE_PICK
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
LAYOUT = SheetLayout(COLUMNS, _ALIASES, REQUIRED)
# The template's pick-lists: field -> the labels offered in its cells.
PICK_LISTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("business_type", tuple(BUSINESS_TYPE_LABELS.values())), ("status", tuple(STATUS_LABELS.values())))
_TYPES, _STATUSES = ChoiceList(BUSINESS_TYPE_LABELS), ChoiceList(STATUS_LABELS)


def guess_field(header: str) -> str | None:
    """The form field a sheet's column header means, or None."""
    return LAYOUT.guess_field(header)


def guess_mapping(headers: list[str], remembered: dict[str, str]) -> dict[int, str]:
    """Column index -> field; a header the officer mapped before keeps its field (the mapping is remembered)."""
    return LAYOUT.guess_mapping(headers, remembered)


def parse_row(line: int, cells: list[Any], mapping: dict[int, str], *, today: date,
              unsaved_formulas: list[str] | None = None) -> ParsedRow:
    """One sheet row as a draft plus every problem, worded by the same codes as the form's."""
    values = cells_of(cells, mapping)
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
            fields_[name] = _TYPES.choice(raw, default=None) or parse_text(raw)
        elif name == "status":
            fields_[name] = _STATUSES.choice(raw, default=EstablishmentStatus.OPERATING.value) or parse_text(raw)
        else:
            fields_[name] = parse_text(raw)
    draft = EstablishmentDraft(**fields_)
    rules = establishment_problems(draft, today=today)
    return ParsedRow(line, draft, merged_problems(problems, rules, unsaved=list(unsaved_formulas or ())))


def duplicate_key(name: str, address: str) -> str:
    """Two records are the same business when name and address match without case, spaces or diacritics."""
    return fold(name) + "|" + fold(address)
