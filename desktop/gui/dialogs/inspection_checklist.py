"""The checklist part of the inspection form: one row per item of the template that applies to the business type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.domain.checklists import VERDICT_LABELS, AnswerType, ChecklistItem, ChecklistTemplate, Verdict
from desktop.domain.inspections import MAX_SHORT, ItemResult
from desktop.gui.texts import label

NO_NUMBER = -1  # the spin box's "—": not counted


def _centred(widget: QWidget) -> QWidget:
    """A cell widget kept at its natural height in the middle of a tall (wrapped) row."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(2, 0, 2, 0)
    layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    return holder


class ChecklistTable(QTableWidget):
    """Answers per item: đạt / không đạt / không áp dụng, a number, a note. Unanswered items are left out."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.items: tuple[ChecklistItem, ...] = ()  # type: ignore[assignment]  # hides QTableWidget.items() (unused)
        self.answers: dict[str, QComboBox | QSpinBox | None] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(3, 220)
        # Wrapped item texts need the final column width before rows can take their height.
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())

    def set_template(self, template: ChecklistTemplate, business_type: str) -> None:
        """Rebuild the rows, keeping what was answered for items still on the list."""
        kept = {r.item_code: r for r in self.results()}
        self.items = template.items_for(business_type)
        self.answers, self.notes = {}, {}
        self.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            code = QTableWidgetItem(item.code)
            code.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            self.setItem(row, 0, code)
            self.setItem(row, 1, QTableWidgetItem(item.text))
            answer = self._answer_widget(item)
            self.answers[item.code] = answer
            if answer is not None:
                self.setCellWidget(row, 2, _centred(answer))
            note = QLineEdit()
            note.setMaxLength(MAX_SHORT)
            note.textChanged.connect(self.changed)
            self.notes[item.code] = note
            self.setCellWidget(row, 3, _centred(note))
        self.set_results(tuple(kept.values()))
        self.resizeRowsToContents()
        self.retranslate()

    def _answer_widget(self, item: ChecklistItem) -> QComboBox | QSpinBox | None:
        if item.answer is AnswerType.CHECK:
            combo = QComboBox()
            combo.addItem("—", None)
            for verdict, text in VERDICT_LABELS.items():
                combo.addItem(label(text), verdict.value)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._verdict_changed(c))
            return combo
        if item.answer is AnswerType.NUMBER:
            spin = QSpinBox()
            spin.setRange(NO_NUMBER, 100_000)
            spin.setSpecialValueText("—")
            spin.setValue(NO_NUMBER)
            if item.unit:
                spin.setSuffix(f" {item.unit}")
            spin.valueChanged.connect(self.changed)
            return spin
        return None  # a note item: the note column is the answer

    def _verdict_changed(self, combo: QComboBox) -> None:
        failed = combo.currentData() == Verdict.FAIL.value
        combo.setStyleSheet("color: #b00020; font-weight: bold;" if failed else "")
        self.changed.emit()

    def results(self) -> tuple[ItemResult, ...]:
        found = []
        for item in self.items:
            answer, note = self.answers.get(item.code), self.notes[item.code].text().strip()
            if isinstance(answer, QComboBox):
                if answer.currentData() is not None or note:
                    found.append(ItemResult(item.code, answer.currentData(), note=note))
            elif isinstance(answer, QSpinBox):
                if answer.value() != NO_NUMBER or note:
                    found.append(ItemResult(item.code, number=None if answer.value() == NO_NUMBER else answer.value(),
                                            note=note))
            elif note:
                found.append(ItemResult(item.code, note=note))
        return tuple(found)

    def set_results(self, results: tuple[ItemResult, ...]) -> None:
        for result in results:
            answer, note = self.answers.get(result.item_code), self.notes.get(result.item_code)
            if note is None:
                continue  # not on this template's list for the type
            if isinstance(answer, QComboBox):
                answer.setCurrentIndex(max(0, answer.findData(result.verdict)))
            elif isinstance(answer, QSpinBox):
                answer.setValue(NO_NUMBER if result.number is None else result.number)
            note.setText(result.note)

    def set_verdict(self, code: str, verdict: str | None) -> None:
        answer = self.answers.get(code)
        if isinstance(answer, QComboBox):
            answer.setCurrentIndex(max(0, answer.findData(verdict)))

    def mark_unanswered_passed(self) -> None:
        for answer in self.answers.values():
            if isinstance(answer, QComboBox) and answer.currentData() is None:
                answer.setCurrentIndex(answer.findData(Verdict.PASS.value))

    def failed_codes(self) -> list[str]:
        return [code for code, answer in self.answers.items()
                if isinstance(answer, QComboBox) and answer.currentData() == Verdict.FAIL.value]

    def check_items(self) -> list[ChecklistItem]:
        return [i for i in self.items if i.answer is AnswerType.CHECK]

    def highlight(self, codes: set[str]) -> None:
        for row, item in enumerate(self.items):
            cell = self.item(row, 0)
            if cell is not None:
                cell.setForeground(Qt.GlobalColor.red if item.code in codes else Qt.GlobalColor.black)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.resizeRowsToContents()

    def retranslate(self) -> None:
        for row, item in enumerate(self.items):
            cell = self.item(row, 1)
            if cell is not None:
                cell.setText(self.tr("{text}\nCăn cứ: {basis}").format(text=item.text, basis=item.legal_basis))
        self.resizeRowsToContents()
        self.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Nội dung kiểm tra và căn cứ"), self.tr("Kết quả"),
                                        self.tr("Ghi chú")])
        for answer in self.answers.values():
            if isinstance(answer, QComboBox):
                for index, verdict in enumerate(VERDICT_LABELS.values(), start=1):
                    answer.setItemText(index, label(verdict))
        for item in self.items:
            if item.answer is AnswerType.NOTE:
                self.notes[item.code].setPlaceholderText(self.tr("Ghi nhận của đoàn"))
