"""Moving a referral along its lifecycle, with the outcome and the partner's feedback."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.clients import SERVICE_LABELS, ServiceCategory
from desktop.domain.referrals import (
    OUTCOME_LABELS, STATUS_LABELS, TRANSITIONS, ReferralStatus, StatusChange, status_problems,
)
from desktop.domain.problems import Problem
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import coded, date_edit, day, fill_code_combo, note_label, problem_lines, to_date
from desktop.gui.dialogs.record_form import RecordForm
from desktop.services.clients.client_views import ReferralView
from desktop.services.context import Outcome

# The lifecycle's order, so the choices read sent -> accepted -> completed / refused / lost.
_ORDER = [ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, ReferralStatus.REFUSED, ReferralStatus.LOST]


class ReferralStatusDialog(RecordForm):
    """Only the moves the lifecycle allows are offered; a closed referral takes feedback only."""


    def __init__(self, context: AppContext, referral: ReferralView, parent: QWidget | None = None) -> None:
        super().__init__(context, referral, parent)
        self.referral = referral
        self._today = context.services.register.clock.today()
        self.current = ReferralStatus(referral.status)
        self.allowed = [s for s in _ORDER if s in TRANSITIONS[self.current]]
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        self.status_on = date_edit(self._today, latest=self._today)
        self.outcome = QComboBox()
        self.has_outcome_on = QCheckBox()
        self.outcome_on = date_edit(self._today, latest=self._today)
        self.feedback = QPlainTextEdit(referral.feedback)
        self.feedback.setMaximumHeight(90)
        self.feedback_note = note_label()
        form = QFormLayout()
        for name, widget in (("status", self.status), ("status_on", self.status_on), ("outcome", self.outcome),
                             ("outcome_on", self.outcome_on), ("feedback", self.feedback)):
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], widget)
            if name == "outcome":
                form.addRow("", self.has_outcome_on)
        form.addRow("", self.feedback_note)
        for row in range(5):  # a closed referral shows the feedback only
            form.setRowVisible(row, self.is_open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._check)
        self.status_on.dateChanged.connect(self._check)
        self.outcome.currentIndexChanged.connect(self._check)
        self.has_outcome_on.toggled.connect(self._check)
        self.outcome_on.dateChanged.connect(self._check)
        self.feedback.textChanged.connect(self._check)
        self.resize(560, 420)
        self.start()

    @property
    def is_open(self) -> bool:
        return bool(self.allowed)

    def change(self) -> StatusChange:
        outcome = self.outcome.currentData() or ""
        return StatusChange(status=self.status.currentData() or "", on=to_date(self.status_on.date()),
                            outcome=outcome,
                            outcome_on=to_date(self.outcome_on.date()) if outcome and self.has_outcome_on.isChecked()
                            else None,
                            feedback=self.feedback.toPlainText())

    def draft(self) -> StatusChange:
        return self.change()

    def problems(self) -> list[Problem]:
        if not self.is_open:
            return []
        return status_problems(self.change(), current=self.current, referred_on=self.referral.referred_on,
                               last_status_on=self.referral.status_on, today=self._today)

    def _check(self) -> bool:
        outcome = bool(self.change().outcome)
        self.has_outcome_on.setEnabled(outcome)
        self.outcome_on.setEnabled(outcome and self.has_outcome_on.isChecked())
        return super()._check()

    def show_problems(self, problems: list[Problem]) -> None:
        if problems:
            self.message.show_problem(problem_lines(problems))
        else:
            super().show_problems(problems)

    def persist(self) -> Outcome[ReferralView]:
        referrals, actor = self._context.services.referrals, self._context.actor
        if self.is_open:
            return referrals.change_status(actor, self.referral.id, self.change())
        return referrals.record_feedback(actor, self.referral.id, self.feedback.toPlainText())

    def retranslate(self) -> None:
        r = self.referral
        self.setWindowTitle(self.tr("Cập nhật phiếu {code}").format(code=r.code))
        heading = self.tr("<b>{code}</b> — {partner}<br>{service}, giới thiệu ngày {referred}. "
                          "Hiện tại: <b>{status}</b> (từ {since}).").format(
            code=r.code, partner=r.partner_name, service=coded(SERVICE_LABELS, ServiceCategory, r.category),
            referred=day(r.referred_on), status=coded(STATUS_LABELS, ReferralStatus, r.status), since=day(r.status_on))
        if not self.is_open:
            heading += "<br>" + self.tr("Phiếu đã kết thúc: chỉ còn ghi được phản hồi của nơi nhận.")
        self.heading.setText(heading)
        texts = {"status": self.tr("Chuyển sang:"), "status_on": self.tr("Ngày:"), "outcome": self.tr("Kết quả:"),
                 "outcome_on": self.tr("Ngày có kết quả:"), "feedback": self.tr("Phản hồi của nơi nhận:")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.has_outcome_on.setText(self.tr("Kết quả có vào ngày khác ngày trên"))
        self.feedback_note.setText(self.tr("Phản hồi chỉ lưu trên máy này, không gửi đi."))
        fill_code_combo(self.status, STATUS_LABELS, codes=[s.value for s in self.allowed])
        fill_code_combo(self.outcome, OUTCOME_LABELS, blank=self.tr("(chưa có kết quả)"))
