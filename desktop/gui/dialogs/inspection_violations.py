"""The violations part of the inspection form: each picks an article of the sanction table in force on the day."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
    QVBoxLayout, QWidget,
)

from desktop.domain.checklists import ChecklistItem
from desktop.domain.inspections import HANDLING_LABELS, MAX_SHORT, Handling, ViolationDraft, fine_range, offender_kind
from desktop.domain.problems import Problem
from desktop.domain.sanctions import OFFENDER_KIND_LABELS, OffenderKind, SanctionReference
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
        self._in_force: tuple[SanctionReference, ...] = ()  # every article in force on the day, for any offender
        self._keep: SanctionReference | None = None
        self.offender = QComboBox()
        self.offender.addItem("", None)
        for code, text in OFFENDER_KIND_LABELS.items():
            self.offender.addItem(label(text), code.value)
        self.offender_role = QLineEdit()
        self.offender_name = QLineEdit()
        for edit in (self.offender_role, self.offender_name):
            edit.setMaxLength(MAX_SHORT)
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
        for handling, text in HANDLING_LABELS.items():
            self.handling.addItem(label(text), handling.value)
        self.amount = QSpinBox()
        self.amount.setRange(0, MAX_AMOUNT)
        self.amount.setSingleStep(100_000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSpecialValueText("—")
        self.remove_button = QPushButton()
        self.message = MessageLine()
        self._labels = {name: QLabel() for name in ("description", "item", "reference", "legal_basis", "handling",
                                                    "amount", "offender", "offender_role", "offender_name")}
        form = QFormLayout(self)
        form.addRow(self._labels["offender"], self.offender)
        person_row = QHBoxLayout()
        person_row.addWidget(self._labels["offender_role"])
        person_row.addWidget(self.offender_role, 1)
        person_row.addWidget(self._labels["offender_name"])
        person_row.addWidget(self.offender_name, 1)
        form.addRow("", person_row)
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
        self.offender.currentIndexChanged.connect(self._offender_changed)
        self.offender_role.textChanged.connect(self.changed)
        self.offender_name.textChanged.connect(self.changed)
        self.description.textChanged.connect(self.changed)
        self.legal_basis.textChanged.connect(self.changed)
        self.item.currentIndexChanged.connect(self.changed)
        self.reference.currentIndexChanged.connect(self._update)
        self.handling.currentIndexChanged.connect(self._update)
        self.amount.valueChanged.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()
        self._offender_changed()

    # -- choices that depend on the day and the checklist ----------------------------------------------
    def set_references(self, references: tuple[SanctionReference, ...], *, keep: SanctionReference | None = None) -> None:
        """The articles in force on the inspection day; only those for the chosen offender are offered.

        A chosen one no longer in force (an old record) stays listed, so its problem can be reported.
        """
        self._in_force, self._keep = references, keep
        self._fill_references()

    def _fill_references(self) -> None:
        chosen = self.reference.currentData()
        kind = offender_kind(self.offender.currentData())
        self.reference.blockSignals(True)
        while self.reference.count() > 1:
            self.reference.removeItem(1)
        listed = [r for r in self._in_force if kind is None or r.applies_to(kind)]
        if self._keep is not None and self._keep not in listed:
            listed.append(self._keep)
        self._references = {r.id: r for r in listed}
        for ref in listed:
            self.reference.addItem(f"{ref.citation} — {ref.description}", ref.id)
        self.reference.setCurrentIndex(max(0, self.reference.findData(chosen)))
        self.reference.blockSignals(False)
        self._update()

    def _offender_changed(self) -> None:
        person = self.offender.currentData() == OffenderKind.PERSON.value
        for widget in (self.offender_role, self.offender_name, self._labels["offender_role"],
                       self._labels["offender_name"]):
            widget.setEnabled(person)
        if not person:  # the business is named by the establishment; nobody else is
            self.offender_role.clear()
            self.offender_name.clear()
        self._fill_references()

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
        self._kind = offender_kind(self.offender.currentData())
        self.legal_basis.setEnabled(ref is None)
        fine = self.handling.currentData() == Handling.FINE_PROPOSAL.value
        self.amount.setEnabled(fine)
        self._labels["amount"].setEnabled(fine)
        self.range.setText(self._range_text(ref))
        self.changed.emit()

    def _range_text(self, ref: SanctionReference | None) -> str:
        if ref is None:
            return self.tr("Căn cứ ngoài bảng tham chiếu: ghi rõ văn bản, điều, khoản. Không đề nghị phạt tiền được.")
        low, high = fine_range(ref, getattr(self, "_kind", None))
        if low is not None and high is not None:
            text = self.tr("Mức phạt tiền theo văn bản: từ {min} đến {max} đồng.").format(
                min=vn_number(low), max=vn_number(high))
            if getattr(self, "_kind", None) is OffenderKind.ENTERPRISE:
                text = self.tr("Mức phạt tiền đối với tổ chức: từ {min} đến {max} đồng.").format(
                    min=vn_number(low), max=vn_number(high))
            return text + (" " + self.tr("Có thể cảnh cáo thay cho phạt tiền.") if ref.warning else "")
        return self.tr("Điều khoản này không có mức phạt tiền (chỉ cảnh cáo).")

    # -- the draft ---------------------------------------------------------------------------------------
    def draft(self) -> ViolationDraft:
        ref = self.reference.currentData()
        fine = self.handling.currentData() == Handling.FINE_PROPOSAL.value
        return ViolationDraft(
            description=self.description.text(), handling=self.handling.currentData(), sanction_ref=ref,
            legal_basis="" if ref else self.legal_basis.text(),
            proposed_amount=(self.amount.value() or None) if fine else None, item_code=self.item.currentData(),
            offender_kind=self.offender.currentData(), offender_role=self.offender_role.text(),
            offender_name=self.offender_name.text())

    def set_draft(self, draft: ViolationDraft) -> None:
        self.offender.setCurrentIndex(max(0, self.offender.findData(draft.offender_kind)))
        self.offender_role.setText(draft.offender_role)
        self.offender_name.setText(draft.offender_name)
        self.description.setText(draft.description)
        self.legal_basis.setText(draft.legal_basis)
        self.handling.setCurrentIndex(max(0, self.handling.findData(draft.handling)))
        self.reference.setCurrentIndex(max(0, self.reference.findData(draft.sanction_ref)))
        self.item.setCurrentIndex(max(0, self.item.findData(draft.item_code)))
        self.amount.setValue(draft.proposed_amount or 0)
        self.description.setCursorPosition(0)
        self.legal_basis.setCursorPosition(0)

    def show_problems(self, problems: list[Problem]) -> None:
        fields = {m.group(2) for p in problems if (m := _FIELD.match(p.field or ""))}
        names = {"description": "description", "sanction_ref": "reference", "handling": "handling",
                 "proposed_amount": "amount", "item_code": "item", "offender_kind": "offender",
                 "offender_role": "offender_role", "offender_name": "offender_name"}
        for field, name in names.items():
            self._labels[name].setStyleSheet("color: #b00020; font-weight: bold;" if field in fields else "")
        if problems:
            self.message.show_problem("\n".join(problem_text(p.code, p.params) for p in problems))
        else:
            self.message.show_ok("")

    def retranslate(self, number: int = 0) -> None:
        if number:
            self.setTitle(self.tr("Vi phạm {number}").format(number=number))
        texts = {"offender": self.tr("Đối tượng vi phạm:"), "offender_role": self.tr("Vai trò:"),
                 "offender_name": self.tr("Họ tên (chỉ khi luật yêu cầu):"),
                 "description": self.tr("Hành vi vi phạm:"), "item": self.tr("Mục kiểm tra liên quan:"),
                 "reference": self.tr("Điều khoản xử phạt:"), "legal_basis": self.tr("Căn cứ khác:"),
                 "handling": self.tr("Đề nghị xử lý:"), "amount": self.tr("Số tiền đề nghị:")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.item.setItemText(0, self.tr("— không gắn với mục nào —"))
        self.offender.setItemText(0, self.tr("— chọn đối tượng vi phạm —"))
        for index, text in enumerate(OFFENDER_KIND_LABELS.values(), start=1):
            self.offender.setItemText(index, label(text))
        self.offender_role.setPlaceholderText(self.tr("Ví dụ: khách, người quản lý ca"))
        self.offender_name.setPlaceholderText(self.tr("Không ghi tên người lao động, người bán dâm"))
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
    suggest_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: list[ViolationEditor] = []
        self._references: tuple[SanctionReference, ...] = ()
        self._table: dict[str, SanctionReference] = {}
        self._items: tuple[list[ChecklistItem], list[str]] = ([], [])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.add_button = QPushButton()
        self.suggest_button = QPushButton()
        self.suggested = QLabel()
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
        row.addWidget(self.suggest_button)
        row.addWidget(self.suggested, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add())
        self.suggest_button.clicked.connect(self.suggest_requested)
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

    def show_suggested(self, count: int) -> None:
        self.suggested.setText(self.tr("Đã thêm %n vi phạm gợi ý: chọn đối tượng và ghi số tiền đề nghị nếu có.", "",
                                       count) if count else
                               self.tr("Không có mục “không đạt” nào gợi ý điều khoản mà chưa ghi vi phạm."))

    def drafts(self) -> tuple[ViolationDraft, ...]:
        return tuple(editor.draft() for editor in self.editors)

    def show_problems(self, problems: list[Problem]) -> None:
        for n, editor in enumerate(self.editors):
            editor.show_problems([p for p in problems if (m := _FIELD.match(p.field or "")) and int(m.group(1)) == n])

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Chưa ghi vi phạm nào. Nếu phát hiện vi phạm, bấm “Thêm vi phạm” và chọn điều "
                                   "khoản trong bảng tham chiếu đang có hiệu lực vào ngày kiểm tra."))
        self.add_button.setText(self.tr("Thêm vi phạm"))
        self.suggest_button.setText(self.tr("Thêm vi phạm gợi ý từ các mục không đạt"))
        self.suggest_button.setToolTip(self.tr("Mỗi mục “không đạt” của phiếu kiểm tra có gợi ý điều khoản xử phạt "
                                               "được thêm thành một vi phạm điền sẵn"))
        for n, editor in enumerate(self.editors, start=1):
            editor.retranslate(n)
