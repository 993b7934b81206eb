"""Small pieces the client-area dialogs share: dates, code-list combos and check lists, a warning box."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QListWidget, QListWidgetItem, QWidget

from desktop.domain.problems import Problem
from desktop.gui.texts import label, problem_text

ERROR_STYLE = "color: #b00020; font-weight: bold;"
# A box for something the worker must read before going on (a minor, a missing consent).
WARNING_STYLE = ("QLabel { background: #fff4e5; color: #7a3e00; border: 1px solid #e0a050; "
                 "border-radius: 4px; padding: 8px; }")
BLOCK_STYLE = ("QLabel { background: #fdecea; color: #8a1010; border: 1px solid #e08080; "
               "border-radius: 4px; padding: 8px; }")
NOTE_STYLE = "color: #555555; font-style: italic;"


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def coded[Code](table: Mapping[Code, str], enum: Callable[[str], Code], code: str) -> str:
    """The translated label of a code, or the code itself when a newer version sent an unknown one."""
    try:
        return label(table[enum(code)])
    except (ValueError, KeyError):
        return code


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, *, latest: date | None = None) -> QDateEdit:
    """A dd/MM/yyyy field with a calendar; `latest` stops dates in the future."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    edit.setDate(to_qdate(day))
    return edit


def code_combo[Code](labels: Mapping[Code, str], *, blank: str | None = None) -> QComboBox:
    """A combo of a code list; the item data is the code, the text its translated label."""
    combo = QComboBox()
    fill_code_combo(combo, labels, blank=blank)
    return combo


def fill_code_combo[Code](combo: QComboBox, labels: Mapping[Code, str], *, blank: str | None = None,
                    codes: Iterable[str] | None = None) -> None:
    """(Re)fill keeping the chosen code: used again when the language changes."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    allowed = None if codes is None else set(codes)
    for code, text in labels.items():
        value = str(getattr(code, "value", code))
        if allowed is None or value in allowed:
            combo.addItem(label(text), value)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def check_list[Code](labels: Mapping[Code, str], *, height: int = 120) -> QListWidget:
    widget = QListWidget()
    for code, text in labels.items():
        item = QListWidgetItem(label(text))
        item.setData(Qt.ItemDataRole.UserRole, str(getattr(code, "value", code)))
        item.setData(Qt.ItemDataRole.UserRole + 1, text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(height)
    return widget


def checked_codes(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(r).data(Qt.ItemDataRole.UserRole) for r in range(widget.count())
                 if widget.item(r).checkState() == Qt.CheckState.Checked)


def retranslate_check_list(widget: QListWidget) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        item.setText(label(item.data(Qt.ItemDataRole.UserRole + 1)))


def warning_label(style: str = WARNING_STYLE) -> QLabel:
    box = QLabel()
    box.setWordWrap(True)
    box.setStyleSheet(style)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.hide()
    return box


def note_label() -> QLabel:
    note = QLabel()
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    return note


def mark_fields(captions: Mapping[str, QWidget], problems: Sequence[Problem]) -> None:
    """Red captions for the fields a problem names, so the eye finds what to fix."""
    bad = {p.field for p in problems}
    for name, caption in captions.items():
        caption.setStyleSheet(ERROR_STYLE if name in bad else "")


def problem_lines(problems: Iterable[Problem]) -> str:
    """Each sentence once: two missing facts should not say the same thing twice."""
    return "\n".join(dict.fromkeys(problem_text(p.code, p.params) for p in problems))
