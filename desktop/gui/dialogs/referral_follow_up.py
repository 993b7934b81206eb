"""Moving a referral's follow-up date: later when the partner needs more time, never before the referral."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.problems import Problem
from desktop.domain.referrals import follow_up_problems
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import date_edit, day, to_date
from desktop.gui.dialogs.record_form import RecordForm
from desktop.services.clients.client_views import ReferralView
from desktop.services.context import Outcome


class FollowUpDialog(RecordForm):
    ask_before_dropping = False  # one date, picked again in a second

    def __init__(self, context: AppContext, referral: ReferralView, parent: QWidget | None = None) -> None:
        super().__init__(context, referral, parent)
        self.referral = referral
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.follow_up_on = date_edit(referral.follow_up_on)
        self._labels["follow_up_on"] = QLabel()
        form = QFormLayout()
        form.addRow(self._labels["follow_up_on"], self.follow_up_on)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.follow_up_on.dateChanged.connect(self._check)
        self.resize(440, 200)
        self.start()

    def draft(self) -> date:
        return to_date(self.follow_up_on.date())

    def problems(self) -> list[Problem]:
        return follow_up_problems(self.draft(), referred_on=self.referral.referred_on)

    def persist(self) -> Outcome[ReferralView]:
        return self._context.services.referrals.set_follow_up(self._context.actor, self.referral.id, self.draft())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đổi ngày hẹn theo dõi"))
        self.heading.setText(self.tr("Phiếu {code}, giới thiệu ngày {referred_on} đến {partner}. "
                                     "Hẹn theo dõi hiện tại: {current}.").format(
            code=self.referral.code, referred_on=day(self.referral.referred_on), partner=self.referral.partner_name,
            current=day(self.referral.follow_up_on)))
        self._labels["follow_up_on"].setText(self.tr("Ngày hẹn theo dõi mới:"))
        self.save_button.setText(self.tr("Lưu ngày hẹn"))
