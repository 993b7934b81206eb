"""Referring a person to a partner: blocked without referral consent unless overridden with a reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.clients import SERVICE_LABELS, ConsentScope
from desktop.domain.problems import Problem
from desktop.domain.referrals import ReferralDraft, referral_problems
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import (
    BLOCK_STYLE, code_combo, date_edit, fill_code_combo, note_label, problem_lines, to_date, warning_label,
)
from desktop.gui.dialogs.record_form import RecordForm
from desktop.gui.texts import problem_text
from desktop.gui.widgets import make_searchable
from desktop.services.clients.client_views import ClientView, ReferralView
from desktop.services.context import Outcome
from desktop.services.clients.partners import PartnerView

FOLLOW_UP_DAYS = 14


def has_referral_consent(client: ClientView, on: date) -> bool:
    """Mirrors the service's rule: referral consent given by `on` and not withdrawn by then."""
    return any(c.scope == ConsentScope.REFERRAL.value and c.given_on <= on
               and (c.withdrawn_on is None or c.withdrawn_on > on) for c in client.consents)


class ReferralDialog(RecordForm):

    def __init__(self, context: AppContext, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(context, None, parent)
        self.client = client
        self._today = context.services.register.clock.today()
        self.partners: list[PartnerView] = context.services.partners.list(context.actor)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.category = code_combo(SERVICE_LABELS)
        self.partner = QComboBox()
        make_searchable(self.partner)
        self.referred_on = date_edit(self._today, latest=self._today)
        self.follow_up_on = date_edit(self._today + timedelta(days=FOLLOW_UP_DAYS))
        self.block = warning_label(BLOCK_STYLE)
        self.override = QCheckBox()
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(70)
        self.reason_note = note_label()
        form = QFormLayout()
        for name, widget in (("category", self.category), ("partner_id", self.partner),
                             ("referred_on", self.referred_on), ("follow_up_on", self.follow_up_on)):
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], widget)
        self._labels["consent_override_reason"] = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.block)
        layout.addWidget(self.override)
        layout.addWidget(self._labels["consent_override_reason"])
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_note)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.category.currentIndexChanged.connect(lambda _i: self._fill_partners(keep=False))
        self.partner.currentIndexChanged.connect(self._check)
        self.referred_on.dateChanged.connect(self._check)
        self.follow_up_on.dateChanged.connect(self._check)
        self.override.toggled.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self.resize(600, 520)
        self.start()

    def _fill_partners(self, *, keep: bool = True) -> None:
        """Partners offering the chosen service first, the best one chosen; the others stay below a line."""
        current = self.partner.currentData() if keep else None
        category = self.category.currentData()
        matching = [p for p in self.partners if category in p.categories]
        others = [p for p in self.partners if category not in p.categories]
        self.partner.blockSignals(True)
        self.partner.clear()
        for p in matching:
            self.partner.addItem(p.name, p.id)
        if matching and others:
            self.partner.insertSeparator(self.partner.count())
        for p in others:
            self.partner.addItem(p.name, p.id)
        index = self.partner.findData(current) if current else -1
        self.partner.setCurrentIndex(index if index >= 0 else 0)
        self.partner.blockSignals(False)
        self._check()

    def draft(self) -> ReferralDraft:
        return ReferralDraft(referred_on=to_date(self.referred_on.date()), category=self.category.currentData(),
                             partner_id=self.partner.currentData() or "",
                             follow_up_on=to_date(self.follow_up_on.date()),
                             consent_override_reason=self.reason.toPlainText().strip() if self.override.isChecked() else "")

    def consent_missing(self) -> bool:
        return not has_referral_consent(self.client, to_date(self.referred_on.date()))

    def _overriding(self) -> bool:
        return self.consent_missing() and self.override.isChecked()

    def problems(self) -> list[Problem]:
        draft = self.draft()
        problems = referral_problems(draft, today=self._today)
        assert draft.referred_on is not None
        if draft.referred_on < self.client.first_contact_on:
            problems.append(Problem("contact.before_first_contact", "referred_on",
                                    {"first": self.client.first_contact_on.strftime("%d/%m/%Y")}))
        if self.consent_missing() and not self._overriding():
            problems.append(Problem("referral.no_consent", "consent"))
        elif self._overriding() and not draft.consent_override_reason:
            problems.append(Problem("required", "consent_override_reason"))
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        missing, overriding = self.consent_missing(), self._overriding()
        self.block.setVisible(missing)
        self.override.setVisible(missing)
        for widget in (self._labels["consent_override_reason"], self.reason, self.reason_note):
            widget.setVisible(overriding)
        if overriding and not self.draft().consent_override_reason:
            self.message.show_problem(self.tr("Hãy ghi lý do phải chuyển gửi khi người này chưa đồng ý."))
        elif problems:
            # The missing consent is explained in the red box above; the line lists anything else.
            self.message.show_problem(problem_lines(p for p in problems if p.code != "referral.no_consent"))
        else:
            super().show_problems(problems)

    def persist(self) -> Outcome[ReferralView]:
        return self._context.services.referrals.refer(self._context.actor, self.client.id, self.draft())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Giới thiệu, chuyển gửi"))
        self.heading.setText(self.tr("Chuyển gửi cho người có mã {code}").format(code=self.client.uic))
        texts = {"category": self.tr("Dịch vụ cần:"), "partner_id": self.tr("Nơi nhận:"),
                 "referred_on": self.tr("Ngày giới thiệu:"), "follow_up_on": self.tr("Ngày hẹn theo dõi:"),
                 "consent_override_reason": self.tr("Lý do phải chuyển gửi ngay (bắt buộc):")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.block.setText("⛔ " + problem_text("referral.no_consent") + "\n" + self.tr(
            "Cách đúng: đóng cửa sổ này, bấm “Đồng ý…” trong hồ sơ để ghi ý kiến đồng ý, rồi chuyển gửi."))
        self.override.setText(self.tr("Vẫn chuyển gửi khi chưa có đồng ý (việc này được ghi vào nhật ký)"))
        self.reason_note.setText(self.tr("Lý do chỉ lưu trên máy này, không gửi đi."))
        fill_code_combo(self.category, SERVICE_LABELS)
        self.save_button.setText(self.tr("Lưu phiếu giới thiệu"))
        self._fill_partners()
