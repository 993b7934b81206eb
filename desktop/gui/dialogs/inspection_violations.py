"""The violations part of the inspection form: each picks an article of the sanction table in force on the day."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
    QVBoxLayout, QWidget,
)

from desktop.domain.checklists import ChecklistItem
from desktop.domain.inspections import HANDLING_LABELS, MAX_SHORT, Handling, ViolationDraft
from desktop.domain.problems import Problem
from desktop.domain.sanctions import SanctionReference
from desktop.gui.texts import label, problem_text, vn_number
from desktop.gui.widgets import MessageLine

MAX_AMOUNT = 2_000_000_000  # a QSpinBox holds 32-bit numbers; fines of the table are far below
_FIELD = re.compile(r"^violations\[(\d+)\]\.?(\w*)")


class ViolationEditor(QGroupBox):
    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._references: dict[str, SanctionReference] = {}
        self.description = QLineEdit()
        self.item = QComboBox()
        self.item.addItem("", None)
        self.reference = QComboBox()
        self.reference.addItem("", None)
        for combo in (self.item, self.reference):
            # Long item texts must not widen the form: the list drops down wide enough to read them.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
        self.legal_basis = QLineEdit()
        self.legal_basis.setMaxLength(MAX_SHORT)
        self.range = QLabel()
        self.range.setWordWrap(True)
        self.handling = QComboBox()
        for code, text in HANDLING_LABELS.items():
            self.handling.addItem(label(text), code.value)
        self.amount = QSpinBox()
        self.amount.setRange(0, MAX_AMOUNT)
        self.amount.setSingleStep(100_000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSpecialValueText("—")
        self.remove_button = QPushButton()
        self.message = MessageLine()
        self._labels = {name: QLabel() for name in ("description", "item", "reference", "legal_basis", "handling",
                                                    "amount")}
        form = QFormLayout(self)
        form.addRow(self._labels["description"], self.description)
        form.addRow(self._labels["item"], self.item)
        form.addRow(self._labels["reference"], self.reference)
        form.addRow(self._labels["legal_basis"], self.legal_basis)
        form.addRow("", self.range)
        handling_row = QHBoxLayout()
        handling_row.addWidget(self.handling, 1)
        handling_row.addWidget(self._labels["amount"])
        handling_row.addWidget(self.amount)
        form.addRow(self._labels["handling"], handling_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(bottom)
        self.description.textChanged.connect(self.changed)
        self.legal_basis.textChanged.connect(self.changed)
        self.item.currentIndexChanged.connect(self.changed)
        self.reference.currentIndexChanged.connect(self._update)
        self.handling.currentIndexChanged.connect(self._update)
        self.amount.valueChanged.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()
        self._update()

    # -- choices that depend on the day and the checklist ----------------------------------------------
    def set_references(self, references: tuple[SanctionReference, ...], *, keep: SanctionReference | None = None) -> None:
        """The articles in force on the inspection day; a chosen one no longer in force stays, to be reported."""
        chosen = self.reference.currentData()
        self.reference.blockSignals(True)
        while self.reference.count() > 1:
            self.reference.removeItem(1)
        listed = list(references)
        if keep is not None and keep not in listed:
            listed.append(keep)
        self._references = {r.id: r for r in listed}
        for ref in listed:
            self.reference.addItem(f"{ref.citation} — {ref.description}", ref.id)
        self.reference.setCurrentIndex(max(0, self.reference.findData(chosen)))
        self.reference.blockSignals(False)
        self._update()

    def set_items(self, items: list[ChecklistItem], failed: list[str]) -> None:
        chosen = self.item.currentData()
        self.item.blockSignals(True)
        while self.item.count() > 1:
            self.item.removeItem(1)
        for item in items:
            mark = "✘ " if item.code in failed else ""
            self.item.addItem(f"{mark}{item.code} – {item.text}", item.code)
        self.item.setCurrentIndex(max(0, self.item.findData(chosen)))
        self.item.blockSignals(False)

    def _update(self) -> None:
        ref = self._references.get(self.reference.currentData() or "")
        self.legal_basis.setEnabled(ref is None)
        fine = self.handling.currentData() == Handling.FINE_PROPOSAL.value
        self.amount.setEnabled(fine)
        self._labels["amount"].setEnabled(fine)
        self.range.setText(self._range_text(ref))
        self.changed.emit()

    def _range_text(self, ref: SanctionReference | None) -> str:
        if ref is None:
            return self.tr("Căn cứ ngoài bảng tham chiếu: ghi rõ văn bản, điều, khoản. Không đề nghị phạt tiền được.")
        if ref.has_fine:
            text = self.tr("Mức phạt tiền theo văn bản: từ {min} đến {max} đồng.").format(
                min=vn_number(ref.min_vnd or 0), max=vn_number(ref.max_vnd or 0))
            return text + (" " + self.tr("Có thể cảnh cáo thay cho phạt tiền.") if ref.warning else "")
        return self.tr("Điều khoản này không có mức phạt tiền (chỉ cảnh cáo).")

    # -- the draft ---------------------------------------------------------------------------------------
    def draft(self) -> ViolationDraft:
        ref = self.reference.currentData()
        fine = self.handling.currentData() == Handling.FINE_PROPOSAL.value
        return ViolationDraft(
            description=self.description.text(), handling=self.handling.currentData(), sanction_ref=ref,
            legal_basis="" if ref else self.legal_basis.text(),
            proposed_amount=(self.amount.value() or None) if fine else None, item_code=self.item.currentData())

    def set_draft(self, draft: ViolationDraft) -> None:
        self.description.setText(draft.description)
        self.legal_basis.setText(draft.legal_basis)
        self.handling.setCurrentIndex(max(0, self.handling.findData(draft.handling)))
        self.reference.setCurrentIndex(max(0, self.reference.findData(draft.sanction_ref)))
        self.item.setCurrentIndex(max(0, self.item.findData(draft.item_code)))
        self.amount.setValue(draft.proposed_amount or 0)
        self.description.setCursorPosition(0)
        self.legal_basis.setCursorPosition(0)

    def show_problems(self, problems: list[Problem]) -> None:
        fields = {m.group(2) for p in problems if (m := _FIELD.match(p.field))}
        names = {"description": "description", "sanction_ref": "reference", "handling": "handling",
                 "proposed_amount": "amount", "item_code": "item"}
        for field, name in names.items():
            self._labels[name].setStyleSheet("color: #b00020; font-weight: bold;" if field in fields else "")
        if problems:
            self.message.show_problem("\n".join(problem_text(p.code, p.params) for p in problems))
        else:
            self.message.show_ok("")

    def retranslate(self, number: int = 0) -> None:
        if number:
            self.setTitle(self.tr("Vi phạm {number}").format(number=number))
        texts = {"description": self.tr("Hành vi vi phạm:"), "item": self.tr("Mục kiểm tra liên quan:"),
                 "reference": self.tr("Điều khoản xử phạt:"), "legal_basis": self.tr("Căn cứ khác:"),
                 "handling": self.tr("Đề nghị xử lý:"), "amount": self.tr("Số tiền đề nghị:")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.item.setItemText(0, self.tr("— không gắn với mục nào —"))
        self.reference.setItemText(0, self.tr("— căn cứ khác (ghi bên dưới) —"))
        for index, text in enumerate(HANDLING_LABELS.values()):
            self.handling.setItemText(index, label(text))
        self.amount.setSuffix(self.tr(" đồng"))
        self.description.setPlaceholderText(self.tr("Mô tả ngắn hành vi; không ghi tên người lao động"))
        self.legal_basis.setPlaceholderText(self.tr("Ví dụ: Nghị định 54/2019/NĐ-CP, Điều 4"))
        self.remove_button.setText(self.tr("Xóa vi phạm này"))
        self._update()


class ViolationList(QWidget):
    """The violations found in one visit; none is the common case."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: list[ViolationEditor] = []
        self._references: tuple[SanctionReference, ...] = ()
        self._table: dict[str, SanctionReference] = {}
        self._items: tuple[list[ChecklistItem], list[str]] = ([], [])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.add_button = QPushButton()
        self._column = QVBoxLayout()
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.addWidget(self.empty)
        inner.addLayout(self._column)
        inner.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch()
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add())
        self.retranslate()

    def add(self, draft: ViolationDraft | None = None) -> ViolationEditor:
        editor = ViolationEditor()
        keep = self._table.get(draft.sanction_ref or "") if draft is not None else None
        editor.set_references(self._references, keep=keep)
        editor.set_items(*self._items)
        if draft is not None:
            editor.set_draft(draft)
        self.editors.append(editor)
        self._column.addWidget(editor)
        editor.changed.connect(self.changed)
        editor.remove_requested.connect(self.remove)
        self._renumber()
        self.changed.emit()
        return editor

    def remove(self, editor: ViolationEditor) -> None:
        self.editors.remove(editor)
        self._column.removeWidget(editor)
        editor.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        for n, editor in enumerate(self.editors, start=1):
            editor.retranslate(n)
        self.empty.setVisible(not self.editors)

    def set_references(self, references: tuple[SanctionReference, ...], table: dict[str, SanctionReference]) -> None:
        self._references, self._table = references, table
        for editor in self.editors:
            editor.set_references(references, keep=table.get(editor.reference.currentData() or ""))

    def set_items(self, items: list[ChecklistItem], failed: list[str]) -> None:
        self._items = (items, failed)
        for editor in self.editors:
            editor.set_items(items, failed)

    def drafts(self) -> tuple[ViolationDraft, ...]:
        return tuple(editor.draft() for editor in self.editors)

    def show_problems(self, problems: list[Problem]) -> None:
        for n, editor in enumerate(self.editors):
            editor.show_problems([p for p in problems if (m := _FIELD.match(p.field)) and int(m.group(1)) == n])

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Chưa ghi vi phạm nào. Nếu phát hiện vi phạm, bấm “Thêm vi phạm” và chọn điều "
                                   "khoản trong bảng tham chiếu đang có hiệu lực vào ngày kiểm tra."))
        self.add_button.setText(self.tr("Thêm vi phạm"))
        for n, editor in enumerate(self.editors, start=1):
            editor.retranslate(n)
