"""The competent authority's decision on a violation: copied from the decision as written, never computed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from desktop.domain.inspection_plans import DecisionDraft, decision_problems
from desktop.domain.inspections import local_day
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import problem_text
from desktop.gui.widgets import MessageLine
from desktop.services.context import Outcome
from desktop.services.inspections.inspection_record_sheet import decision_text
from desktop.services.inspections.inspections import InspectionRecord
from desktop.services.inspections.sanction_decisions import DecisionRecord

MAX_AMOUNT = 2_000_000_000  # a QSpinBox holds 32-bit numbers; fines are far below


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DecisionForm(Retranslates, QDialog):
    """One decision on one violation of an inspection; a decision dated before the inspection is refused."""

    def __init__(self, context: AppContext, record: InspectionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record = record
        assert record.draft.started_at is not None
        self._inspected_on = local_day(record.draft.started_at)
        today = context.services.register.clock.today()
        # A decision already recorded can be reopened, e.g. to note that the fine was paid later.
        self._existing = {d.id: d for d in context.services.decisions.for_inspection(context.actor, record.id)}
        self.existing = QComboBox()
        self.existing.addItem("", None)
        for decision in self._existing.values():
            self.existing.addItem(decision_text(decision.draft), decision.id)
        self.violation = QComboBox()
        for n, v in enumerate(record.violations, start=1):
            self.violation.addItem(f"{n}. {v.draft.description} — {v.citation}", v.id)
        self.number = QLineEdit()
        self.number.setMaxLength(64)
        self.decided_on = QDateEdit(qdate(today))
        self.paid_on = QDateEdit(qdate(today))
        for edit in (self.decided_on, self.paid_on):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.authority = QLineEdit()
        self.amount = QSpinBox()
        self.amount.setRange(0, MAX_AMOUNT)
        self.amount.setSingleStep(500_000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSpecialValueText("—")
        self.penalties = QPlainTextEdit()
        self.penalties.setMaximumHeight(70)
        self.suspends = QCheckBox()
        self.paid = QCheckBox()
        self.message = MessageLine()
        self.labels = {name: QLabel() for name in ("existing", "violation_id", "number", "decided_on", "authority",
                                                    "amount_fined", "additional_penalties", "paid_on")}
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        for name, widget in (("existing", self.existing), ("violation_id", self.violation), ("number", self.number),
                             ("decided_on", self.decided_on), ("authority", self.authority),
                             ("amount_fined", self.amount), ("additional_penalties", self.penalties)):
            form.addRow(self.labels[name], widget)
        form.addRow("", self.suspends)
        form.addRow("", self.paid)
        form.addRow(self.labels["paid_on"], self.paid_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for signal in (self.number.textChanged, self.authority.textChanged, self.decided_on.dateChanged,
                       self.amount.valueChanged, self.penalties.textChanged, self.paid.toggled,
                       self.paid_on.dateChanged, self.violation.currentIndexChanged):
            signal.connect(self._check)
        self.paid.toggled.connect(self.paid_on.setEnabled)
        self.existing.currentIndexChanged.connect(self._load_existing)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.paid_on.setEnabled(False)
        self.saved: DecisionRecord | None = None
        self.retranslate()

    def _load_existing(self) -> None:
        chosen = self._existing.get(self.existing.currentData() or "")
        self.violation.setEnabled(chosen is None)  # a recorded decision stays on its violation
        if chosen is None:
            return
        d = chosen.draft
        self.violation.setCurrentIndex(max(0, self.violation.findData(d.violation_id)))
        self.number.setText(d.number)
        self.authority.setText(d.authority)
        if d.decided_on is not None:
            self.decided_on.setDate(qdate(d.decided_on))
        self.amount.setValue(d.amount_fined or 0)
        self.penalties.setPlainText(d.additional_penalties)
        self.suspends.setChecked(d.suspends_business)
        self.paid.setChecked(d.paid)
        if d.paid_on is not None:
            self.paid_on.setDate(qdate(d.paid_on))

    def draft(self) -> DecisionDraft:
        return DecisionDraft(
            violation_id=self.violation.currentData() or "", number=self.number.text(),
            decided_on=pydate(self.decided_on.date()), authority=self.authority.text(),
            amount_fined=self.amount.value() or None, additional_penalties=self.penalties.toPlainText(),
            suspends_business=self.suspends.isChecked(), paid=self.paid.isChecked(),
            paid_on=pydate(self.paid_on.date()) if self.paid.isChecked() else None)

    def _check(self) -> bool:
        problems = decision_problems(self.draft(), inspected_on=self._inspected_on,
                                     today=self._context.services.register.clock.today())
        fields = {p.field for p in problems}
        for name, caption in self.labels.items():
            caption.setStyleSheet("color: #b00020; font-weight: bold;" if name in fields else "")
        if problems:
            self.message.show_problem("\n".join(
                f"{self.labels[p.field].text().rstrip(':')}: {problem_text(p.code, p.params)}"
                if p.field in self.labels else problem_text(p.code, p.params) for p in problems))
        else:
            self.message.show_ok(self.tr("Quyết định hợp lệ, có thể lưu."))
        self.save_button.setEnabled(not problems and self.violation.count() > 0)
        return not problems

    def _save(self) -> None:
        if not self._check():
            return
        services, actor, draft = self._context.services, self._context.actor, self.draft()
        chosen = self._existing.get(self.existing.currentData() or "")
        decision_id, version = (chosen.id, chosen.version) if chosen else (None, None)

        def saved(outcome: Outcome[Any]) -> None:
            self.saved = outcome.value
            self.accept()

        # A refusal keeps the dialog open with the typed work.
        Operation(self._context, self, lambda: services.decisions.record(
            actor, draft, decision_id=decision_id, expected_version=version)) \
            .success(saved).failure(self.message.show_problem).disabling(self.save_button).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ghi quyết định xử phạt"))
        self.existing.setItemText(0, self.tr("— ghi quyết định mới —"))
        texts = {"existing": self.tr("Quyết định đã ghi:"), "violation_id": self.tr("Vi phạm:"), "number": self.tr("Số quyết định:"),
                 "decided_on": self.tr("Ngày quyết định:"), "authority": self.tr("Người có thẩm quyền:"),
                 "amount_fined": self.tr("Số tiền phạt (theo quyết định):"),
                 "additional_penalties": self.tr("Hình thức phạt bổ sung:"), "paid_on": self.tr("Ngày nộp phạt:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.amount.setSuffix(self.tr(" đồng"))
        self.number.setPlaceholderText(self.tr("Ví dụ: 18/QĐ-XPHC"))
        self.authority.setPlaceholderText(self.tr("Ví dụ: Chủ tịch UBND xã Xuân Lũng"))
        self.suspends.setText(self.tr("Quyết định đình chỉ hoạt động hoặc tước giấy phép"))
        self.paid.setText(self.tr("Đã nộp phạt"))
        self.save_button.setText(self.tr("Lưu quyết định"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._check()
