"""A team and its roster as formed by a decision (number, date, issuer), checked as you type."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.inspection_plans import (
    TEAM_KIND_LABELS, TEAM_ROLE_LABELS, MemberDraft, TeamDraft, TeamKind, TeamRole, team_problems,
)
from desktop.gui.context import AppContext
from desktop.gui.dialogs.field_problems import mark_problems
from desktop.gui.dialogs.sanction_decision import pydate, qdate
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label
from desktop.gui.widgets import MessageLine
from desktop.services.context import Outcome
from desktop.services.inspections.inspection_plans import TeamRecord


class TeamForm(Retranslates, QDialog):
    def __init__(self, context: AppContext, record: TeamRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record = record
        today = context.services.register.clock.today()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for code, text in TEAM_KIND_LABELS.items():
            self.kind.addItem(label(text), code.value)
        self.decision_number = QLineEdit()
        self.decision_issuer = QLineEdit()
        self.decision_date, self.valid_from, self.valid_to = (QDateEdit(qdate(today)) for _ in range(3))
        for edit in (self.decision_date, self.valid_from, self.valid_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.valid_to.setDate(qdate(date(today.year, 12, 31)))  # a roster usually holds for the year
        self.members = QTableWidget(0, 3)
        self.members.verticalHeader().hide()
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_member, self.remove_member = QPushButton(), QPushButton()
        self.message = MessageLine()
        self.labels = {n: QLabel() for n in ("name", "kind", "decision_number", "decision_date", "decision_issuer",
                                             "valid_from", "valid_to", "members")}
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        for name, widget in (("name", self.name), ("kind", self.kind), ("decision_number", self.decision_number),
                             ("decision_date", self.decision_date), ("decision_issuer", self.decision_issuer),
                             ("valid_from", self.valid_from), ("valid_to", self.valid_to)):
            form.addRow(self.labels[name], widget)
        row = QHBoxLayout()
        row.addWidget(self.add_member)
        row.addWidget(self.remove_member)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.labels["members"])
        layout.addWidget(self.members, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if record is not None:
            self._fill(record)
        for signal in (self.name.textChanged, self.decision_number.textChanged, self.decision_issuer.textChanged,
                       self.decision_date.dateChanged, self.valid_from.dateChanged, self.valid_to.dateChanged,
                       self.members.itemChanged):
            signal.connect(self._check)
        self.add_member.clicked.connect(lambda: self.add(MemberDraft("", "", TeamRole.MEMBER.value)))
        self.remove_member.clicked.connect(self._remove)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.saved: TeamRecord | None = None
        self.resize(720, 560)
        self.retranslate()

    def _fill(self, record: TeamRecord) -> None:
        d = record.draft
        self.name.setText(d.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.decision_number.setText(d.decision_number)
        self.decision_issuer.setText(d.decision_issuer)
        for edit, day in ((self.decision_date, d.decision_date), (self.valid_from, d.valid_from),
                          (self.valid_to, d.valid_to)):
            if day is not None:
                edit.setDate(qdate(day))
        for member in d.members:
            self.add(member)

    def add(self, member: MemberDraft) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        self.members.setItem(row, 0, QTableWidgetItem(member.full_name))
        self.members.setItem(row, 1, QTableWidgetItem(member.agency))
        role = QComboBox()
        for code, text in TEAM_ROLE_LABELS.items():
            role.addItem(label(text), code.value)
        role.setCurrentIndex(max(0, role.findData(member.team_role)))
        role.currentIndexChanged.connect(self._check)
        self.members.setCellWidget(row, 2, role)
        self._check()

    def _remove(self) -> None:
        rows = self.members.selectionModel().selectedRows()
        if rows:
            self.members.removeRow(rows[0].row())
            self._check()

    def draft(self) -> TeamDraft:
        members = []
        for row in range(self.members.rowCount()):
            name, agency = self.members.item(row, 0), self.members.item(row, 1)
            role = self.members.cellWidget(row, 2)
            members.append(MemberDraft(name.text() if name else "", agency.text() if agency else "",
                                       role.currentData() if isinstance(role, QComboBox) else TeamRole.MEMBER.value))
        return TeamDraft(name=self.name.text(), kind=self.kind.currentData() or TeamKind.COMMUNE.value,
                         decision_number=self.decision_number.text(), decision_date=pydate(self.decision_date.date()),
                         decision_issuer=self.decision_issuer.text(), valid_from=pydate(self.valid_from.date()),
                         valid_to=pydate(self.valid_to.date()), members=tuple(members))

    def _check(self) -> bool:
        problems = team_problems(self.draft(), today=self._context.services.register.clock.today())
        mark_problems(problems, labels=self.labels, message=self.message)
        if not problems:
            self.message.show_ok(self.tr("Đội kiểm tra hợp lệ, có thể lưu."))
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
        Operation(self._context, self, lambda: plans.save_team(actor, draft, team_id=record_id)).success(saved) \
            .failure(self.message.show_problem).disabling(self.save_button).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sửa đội kiểm tra") if self._record else self.tr("Thêm đội kiểm tra"))
        texts = {"name": self.tr("Tên đội:"), "kind": self.tr("Loại đội:"),
                 "decision_number": self.tr("Quyết định thành lập số:"), "decision_date": self.tr("Ngày quyết định:"),
                 "decision_issuer": self.tr("Người ký quyết định:"), "valid_from": self.tr("Danh sách áp dụng từ:"),
                 "valid_to": self.tr("Đến ngày:"), "members": self.tr("Thành viên (cán bộ; không ghi người lao động):")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.name.setPlaceholderText(self.tr("Ví dụ: Đội kiểm tra liên ngành 178 xã Xuân Lũng"))
        self.decision_issuer.setPlaceholderText(self.tr("Ví dụ: Chủ tịch UBND xã Xuân Lũng"))
        self.members.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Cơ quan, chức vụ"),
                                                self.tr("Vai trò")])
        self.add_member.setText(self.tr("Thêm thành viên"))
        self.remove_member.setText(self.tr("Bỏ thành viên đã chọn"))
        self.save_button.setText(self.tr("Lưu đội kiểm tra"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._check()
