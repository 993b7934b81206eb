"""Reading a commune's own outreach book: which column is which, and each cell in the session form's terms."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.outreach import FORM_LABELS, TARGET_GROUP_LABELS, TOPIC_LABELS, OutreachDraft, outreach_problems
from desktop.domain.problems import Problem
from desktop.domain.sheet_import import (
    ChoiceList, ParsedRow, SheetLayout, cells_of, merged_problems, parse_count, parse_date, parse_text,
)
from desktop.domain.text import fold

# The template's columns, in order: field of the form, Vietnamese header (the form's own labels).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("held_on", QT_TRANSLATE_NOOP("Import", "Ngày tổ chức")),
    ("place", QT_TRANSLATE_NOOP("Import", "Địa điểm")),
    ("form", QT_TRANSLATE_NOOP("Import", "Hình thức")),
    ("target_group", QT_TRANSLATE_NOOP("Import", "Nhóm đối tượng")),
    ("topics", QT_TRANSLATE_NOOP("Import", "Chủ đề lồng ghép")),
    ("participants_total", QT_TRANSLATE_NOOP("Import", "Tổng số người tham gia")),
    ("participants_male", QT_TRANSLATE_NOOP("Import", "Nam")),
    ("participants_female", QT_TRANSLATE_NOOP("Import", "Nữ")),
    ("participants_other", QT_TRANSLATE_NOOP("Import", "Khác")),
    ("target_members", QT_TRANSLATE_NOOP("Import", "Trong đó thuộc nhóm đối tượng")),
    ("newly_reached", QT_TRANSLATE_NOOP("Import", "Trong đó lần đầu được tiếp cận trong năm")),
    ("leaflets", QT_TRANSLATE_NOOP("Import", "Tờ rơi đã phát")),
    ("condoms", QT_TRANSLATE_NOOP("Import", "Bao cao su đã phát")),
    ("lubricant", QT_TRANSLATE_NOOP("Import", "Chất bôi trơn đã phát")),
    ("organiser", QT_TRANSLATE_NOOP("Import", "Đơn vị tổ chức")),
    ("partners", QT_TRANSLATE_NOOP("Import", "Đơn vị phối hợp")),
)
FIELDS = tuple(name for name, _header in COLUMNS)
TEMPLATE_SHEET = QT_TRANSLATE_NOOP("Import", "Buổi truyền thông")
REQUIRED = ("held_on", "place", "form", "target_group")
_COUNTS = ("participants_total", "participants_male", "participants_female", "participants_other",
           "target_members", "leaflets", "condoms", "lubricant")

# Words commune books use for the same columns (folded); the longest match wins.
_ALIASES: dict[str, tuple[str, ...]] = {
    "held_on": ("ngay to chuc", "ngay thuc hien", "thoi gian", "ngay"),
    "place": ("dia diem", "noi to chuc", "dia chi"),
    "form": ("hinh thuc",),
    "target_group": ("nhom doi tuong", "doi tuong"),
    "topics": ("chu de", "noi dung long ghep", "noi dung"),
    "participants_total": ("tong so nguoi", "so nguoi tham gia", "tong so", "so nguoi", "tong"),
    "participants_male": ("nam",),
    "participants_female": ("nu",),
    "participants_other": ("khac",),
    "target_members": ("thuoc nhom doi tuong", "thuoc doi tuong", "trong do doi tuong"),
    "newly_reached": ("lan dau", "moi tiep can", "tiep can moi"),
    "leaflets": ("to roi", "tai lieu"),
    "condoms": ("bao cao su", "bcs"),
    "lubricant": ("chat boi tron", "boi tron"),
    "organiser": ("don vi to chuc", "to chuc", "nguoi to chuc"),
    "partners": ("don vi phoi hop", "phoi hop"),
}
LAYOUT = SheetLayout(COLUMNS, _ALIASES, REQUIRED)
PICK_LISTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("form", tuple(FORM_LABELS.values())), ("target_group", tuple(TARGET_GROUP_LABELS.values())))
_FORMS, _GROUPS, _TOPICS = ChoiceList(FORM_LABELS), ChoiceList(TARGET_GROUP_LABELS), ChoiceList(TOPIC_LABELS)
_TOPIC_SPLIT = re.compile(r"[;\n]+")  # topics' own labels hold commas, so a book separates them with ";"


def _topics(value: Any) -> tuple[tuple[str, ...], bool]:
    """The topic codes of a cell ("Phòng, chống ma túy; Việc làm"), and whether every part was known."""
    codes: list[str] = []
    known = True
    for part in _TOPIC_SPLIT.split(parse_text(value)):
        text = fold(part)
        if not text:
            continue
        code = _TOPICS.match(text)
        if code is None:
            known = False
        elif code not in codes:
            codes.append(code)
    return tuple(codes), known


def parse_row(line: int, cells: list[Any], mapping: dict[int, str], *, today: date,
              unsaved_formulas: list[str] | None = None) -> ParsedRow:
    """One sheet row as a session draft plus every problem, worded by the same codes as the form's."""
    values = cells_of(cells, mapping)
    problems: list[Problem] = [Problem("import.formula_without_value", name) for name in unsaved_formulas or ()]
    held_on = parse_date(values.get("held_on"))
    if isinstance(held_on, Problem):
        problems.append(Problem("date.invalid", "held_on", held_on.params))
        held_on = None
    counts: dict[str, Any] = {}
    for name in (*_COUNTS, "newly_reached"):
        count = parse_count(values.get(name))
        if isinstance(count, Problem):
            problems.append(Problem("number.invalid", name, count.params))
            count = None
        counts[name] = count if count is not None or name == "newly_reached" else 0
    topics, known = _topics(values.get("topics"))
    draft = OutreachDraft(
        held_on=held_on, place=parse_text(values.get("place")),
        form=_FORMS.choice(values.get("form"), default="") or parse_text(values.get("form")),
        target_group=_GROUPS.choice(values.get("target_group"), default="") or parse_text(values.get("target_group")),
        # An unknown topic is kept as written so the form's rule names it ("outreach.unknown_topic").
        topics=topics if known else (*topics, parse_text(values.get("topics"))),
        organiser=parse_text(values.get("organiser")), partners=parse_text(values.get("partners")), **counts)
    rules = outreach_problems(draft, today=today)
    return ParsedRow(line, draft, merged_problems(problems, rules, unsaved=list(unsaved_formulas or ())))


def duplicate_key(draft: OutreachDraft) -> str | None:
    """The same session: same day, place, form and target group (without case, spaces or diacritics)."""
    if draft.held_on is None or not draft.place.strip():
        return None
    return session_key(draft.held_on, draft.place, draft.form, draft.target_group)


def session_key(held_on: date, place: str, form: str, target_group: str) -> str:
    """The key of a session, a row of the book or one already in the register alike."""
    return "|".join((held_on.isoformat(), fold(place), form, target_group))
