"""Moving a referral along its lifecycle, with the outcome and the partner's feedback."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.domain.clients import SERVICE_LABELS, ServiceCategory
from desktop.domain.referrals import (
    OUTCOME_LABELS, STATUS_LABELS, TRANSITIONS, ReferralStatus, StatusChange, status_problems,
)
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import (
    coded, date_edit, day, fill_code_combo, mark_fields, note_label, problem_lines, to_date,
)
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.services.client_views import ReferralView

# The lifecycle's order, so the choices read sent -> accepted -> completed / refused / lost.
_ORDER = [ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, ReferralStatus.REFUSED, ReferralStatus.LOST]


class ReferralStatusDialog(QDialog):
    """Only the moves the lifecycle allows are offered; a closed referral takes feedback only."""

    def __init__(self, context: AppContext, referral: ReferralView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.referral = referral
        self._today = context.services.register.clock.today()
        self.current = ReferralStatus(referral.status)
        self.allowed = [s for s in _ORDER if s in TRANSITIONS[self.current]]
        self.saved: ReferralView | None = None
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
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self._captions: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, widget in (("status", self.status), ("status_on", self.status_on), ("outcome", self.outcome),
                             ("outcome_on", self.outcome_on), ("feedback", self.feedback)):
            self._captions[name] = QLabel()
            form.addRow(self._captions[name], widget)
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
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 420)
        self.retranslate()

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

    def _check(self) -> bool:
        change = self.change()
        self.has_outcome_on.setEnabled(bool(change.outcome))
        self.outcome_on.setEnabled(bool(change.outcome) and self.has_outcome_on.isChecked())
        problems = status_problems(change, current=self.current, referred_on=self.referral.referred_on,
                                   last_status_on=self.referral.status_on, today=self._today) if self.is_open else []
        mark_fields(self._captions, problems)
        if problems:
            self.message.show_problem(problem_lines(problems))
        else:
            self.message.show_ok(self.tr("Thông tin hợp lệ."))
        self.save_button.setEnabled(not problems)
        return not problems

    def _save(self) -> None:
        if not self._check():
            return
        referrals, actor = self._context.services.referrals, self._context.actor
        try:
            if self.is_open:
                outcome = referrals.change_status(actor, self.referral.id, self.change())
            else:
                outcome = referrals.record_feedback(actor, self.referral.id, self.feedback.toPlainText())
        except Exception as error:  # noqa: BLE001 - the dialog stays open with the typed work
            self.message.show_problem(error_text(error))
            return
        self.saved = outcome.value
        self._context.announce(outcome.changes)
        self.accept()

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
            self._captions[name].setText(text)
        self.has_outcome_on.setText(self.tr("Kết quả có vào ngày khác ngày trên"))
        self.feedback_note.setText(self.tr("Phản hồi chỉ lưu trên máy này, không gửi đi."))
        fill_code_combo(self.status, STATUS_LABELS, codes=[s.value for s in self.allowed])
        fill_code_combo(self.outcome, OUTCOME_LABELS, blank=self.tr("(chưa có kết quả)"))
        self.save_button.setText(self.tr("Lưu"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
