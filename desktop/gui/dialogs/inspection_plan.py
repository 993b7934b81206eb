"""An inspection plan for a period: which establishments, when, planned or surprise, and the team that does it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget,
)

from desktop.domain.inspection_plans import PLAN_KINDS, PlanDraft, PlanEntryDraft, plan_problems
from desktop.domain.inspections import KIND_LABELS
from desktop.gui.context import AppContext
from desktop.gui.dialogs.field_problems import mark_problems
from desktop.gui.dialogs.sanction_decision import pydate, qdate
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label
from desktop.gui.widgets import MessageLine
from desktop.services.context import Outcome
from desktop.services.establishments.establishments import EstablishmentQuery
from desktop.services.inspections.inspection_plans import PlanRecord


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class PlanForm(Retranslates, QDialog):
    def __init__(self, context: AppContext, record: PlanRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record = record
        services, actor = context.services, context.actor
        today = services.register.clock.today()
        self._establishments = [(r.id, r.name) for r in services.establishments.page(
            actor, EstablishmentQuery(active_only=True), offset=0,
            limit=services.establishments.count(actor, EstablishmentQuery(active_only=True)))]
        self._team_sizes = {t.id: len(t.draft.members) for t in services.inspection_plans.teams(actor)}
        self.number, self.title = QLineEdit(), QLineEdit()
        self.period_start = _date_edit(date(today.year, 1, 1))
        self.period_end = _date_edit(date(today.year, 12, 31))
        self.team = QComboBox()
        self.team.addItem("", "")
        for team in services.inspection_plans.teams(actor):
            self.team.addItem(f"{team.draft.name} ({team.draft.decision_number})", team.id)
        self.entries = QTableWidget(0, 3)
        self.entries.verticalHeader().hide()
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_entry, self.remove_entry = QPushButton(), QPushButton()
        self.message = MessageLine()
        self.labels = {n: QLabel() for n in ("number", "title", "period_start", "period_end", "team_id", "entries")}
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        for name, widget in (("number", self.number), ("title", self.title), ("period_start", self.period_start),
                             ("period_end", self.period_end), ("team_id", self.team)):
            form.addRow(self.labels[name], widget)
        row = QHBoxLayout()
        row.addWidget(self.add_entry)
        row.addWidget(self.remove_entry)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.labels["entries"])
        layout.addWidget(self.entries, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if record is not None:
            self._fill(record)
        for signal in (self.number.textChanged, self.title.textChanged, self.period_start.dateChanged,
                       self.period_end.dateChanged, self.team.currentIndexChanged):
            signal.connect(self._check)
        self.add_entry.clicked.connect(lambda: self.add(PlanEntryDraft("", today)))
        self.remove_entry.clicked.connect(self._remove)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.saved: PlanRecord | None = None
        self.resize(760, 600)
        self.retranslate()

    def _fill(self, record: PlanRecord) -> None:
        d = record.draft
        self.number.setText(d.number)
        self.title.setText(d.title)
        if d.period_start:
            self.period_start.setDate(qdate(d.period_start))
        if d.period_end:
            self.period_end.setDate(qdate(d.period_end))
        self.team.setCurrentIndex(max(0, self.team.findData(d.team_id)))
        for entry in d.entries:
            self.add(entry)

    def add(self, entry: PlanEntryDraft) -> None:
        row = self.entries.rowCount()
        self.entries.insertRow(row)
        place = QComboBox()
        place.addItem("", "")
        for ident, name in self._establishments:
            place.addItem(name, ident)
        place.setCurrentIndex(max(0, place.findData(entry.establishment_id)))
        day = _date_edit(entry.planned_on or self._context.services.register.clock.today())
        kind = QComboBox()
        for code in PLAN_KINDS:
            kind.addItem(label(KIND_LABELS[code]), code.value)
        kind.setCurrentIndex(max(0, kind.findData(entry.kind)))
        for widget, column in ((place, 0), (day, 1), (kind, 2)):
            self.entries.setCellWidget(row, column, widget)
        place.currentIndexChanged.connect(self._check)
        day.dateChanged.connect(self._check)
        kind.currentIndexChanged.connect(self._check)
        self._check()

    def _remove(self) -> None:
        rows = self.entries.selectionModel().selectedRows()
        if rows:
            self.entries.removeRow(rows[0].row())
            self._check()

    def draft(self) -> PlanDraft:
        entries = []
        for row in range(self.entries.rowCount()):
            place, day, kind = (self.entries.cellWidget(row, c) for c in range(3))
            assert isinstance(place, QComboBox) and isinstance(day, QDateEdit) and isinstance(kind, QComboBox)
            entries.append(PlanEntryDraft(place.currentData() or "", pydate(day.date()), kind.currentData()))
        return PlanDraft(number=self.number.text(), title=self.title.text(),
                         period_start=pydate(self.period_start.date()), period_end=pydate(self.period_end.date()),
                         team_id=self.team.currentData() or "", entries=tuple(entries))

    def _check(self) -> bool:
        draft = self.draft()
        problems = plan_problems(draft, team_members=self._team_sizes.get(draft.team_id),
                                 known_establishments={i for i, _ in self._establishments})
        mark_problems(problems, labels=self.labels, message=self.message)
        if not problems:
            self.message.show_ok(self.tr("Kế hoạch hợp lệ, có thể lưu."))
        self.save_button.setEnabled(not problems)
        return not problems

    def _save(self) -> None:
        if not self._check():
            return
        plans, actor, draft = self._context.services.inspection_plans, self._context.actor, self.draft()
        record_id = self._record.id if self._record else None

        def saved(outcome: Outcome[Any]) -> None:
            self.saved = outcome.value
            self.accept()

        # A refusal keeps the dialog open with the typed work.
        Operation(self._context, self, lambda: plans.save_plan(actor, draft, plan_id=record_id)).success(saved) \
            .failure(self.message.show_problem).disabling(self.save_button).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sửa kế hoạch kiểm tra") if self._record else self.tr("Lập kế hoạch kiểm tra"))
        texts = {"number": self.tr("Số kế hoạch:"), "title": self.tr("Tên kế hoạch:"),
                 "period_start": self.tr("Thời gian từ ngày:"), "period_end": self.tr("Đến ngày:"),
                 "team_id": self.tr("Đội kiểm tra thực hiện:"), "entries": self.tr("Cơ sở được kiểm tra:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.number.setPlaceholderText(self.tr("Ví dụ: 12/KH-UBND"))
        self.team.setItemText(0, self.tr("— chọn đội —"))
        self.entries.setHorizontalHeaderLabels([self.tr("Cơ sở"), self.tr("Ngày dự kiến"), self.tr("Hình thức")])
        self.add_entry.setText(self.tr("Thêm cơ sở"))
        self.remove_entry.setText(self.tr("Bỏ cơ sở đã chọn"))
        self.save_button.setText(self.tr("Lưu kế hoạch"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._check()
