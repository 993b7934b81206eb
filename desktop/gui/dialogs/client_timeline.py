"""A person's timeline in words: contacts, consents, status changes and each step of every referral."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain.clients import SERVICE_LABELS, STATUS_LABELS, TOPIC_LABELS, ClientStatus, ContactTopic, ServiceCategory
from desktop.domain.referrals import OUTCOME_LABELS, ReferralOutcome, ReferralStatus
from desktop.domain.referrals import STATUS_LABELS as REFERRAL_STATUS_LABELS
from desktop.gui.dialogs.client_fields import coded, day
from desktop.gui.retranslate import Retranslates
from desktop.services.clients.client_queries import TimelineEvent
from desktop.services.clients.client_views import ContactView

REF_ID = Qt.ItemDataRole.UserRole
KIND = Qt.ItemDataRole.UserRole + 1
_COLOURS = {"status": "#1a4f8a", "consent_given": "#1b5e20", "consent_withdrawn": "#b00020", "contact": "#222222",
            "outcome": "#1b5e20", "referral_refused": "#a15c00", "referral_lost_to_follow_up": "#a15c00"}
_MARKS = {"status": "◆", "consent_given": "✔", "consent_withdrawn": "✘", "contact": "●", "outcome": "★"}


class ClientTimeline(Retranslates, QTreeWidget):
    """Oldest first, like a case file; the newest line is scrolled into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self._events: list[TimelineEvent] = []
        self._contacts: Mapping[str, ContactView] = {}
        self.retranslate()

    def show_events(self, events: list[TimelineEvent], contacts: Mapping[str, ContactView]) -> None:
        self._events, self._contacts = events, contacts
        self.clear()
        for event in events:
            what, detail = self.describe(event)
            mark = _MARKS.get(event.kind, "➜")
            item = QTreeWidgetItem([day(event.on), f"{mark}  {what}", detail])
            item.setData(0, REF_ID, event.ref_id)
            item.setData(0, KIND, event.kind)
            item.setForeground(1, QColor(_COLOURS.get(event.kind, "#5a3d8a")))
            item.setToolTip(2, detail)
            self.addTopLevelItem(item)
        if (last := self.topLevelItem(self.topLevelItemCount() - 1)) is not None:
            self.scrollToItem(last)

    def describe(self, event: TimelineEvent) -> tuple[str, str]:
        """(what happened, details) in the current language."""
        d = event.detail
        kind = event.kind
        if kind == "status":
            what = self.tr("Tình trạng: {status}").format(status=coded(STATUS_LABELS, ClientStatus, event.code))
            reason = d.get("reason", "")
            return what, coded(OUTCOME_LABELS, ReferralOutcome, reason) if reason else ""
        if kind == "consent_given":
            return self.tr("Đồng ý: {scope}").format(scope=self.scope_name(event.code)), ""
        if kind == "consent_withdrawn":
            return self.tr("Rút lại đồng ý: {scope}").format(scope=self.scope_name(event.code)), ""
        if kind == "contact":
            what = self.tr("Tiếp xúc, hỗ trợ: {service}").format(service=coded(SERVICE_LABELS, ServiceCategory,
                                                                               event.code))
            return what, self._contact_detail(event)
        if kind == "outcome":
            what = self.tr("Kết quả: {outcome}").format(outcome=coded(OUTCOME_LABELS, ReferralOutcome, event.code))
            return what, self.tr("Phiếu {code} — {partner}").format(code=d.get("referral_code", ""),
                                                                    partner=d.get("partner", ""))
        service = coded(SERVICE_LABELS, ServiceCategory, event.code)
        slip = self.tr("Phiếu {code} — {partner}").format(code=d.get("referral_code", ""), partner=d.get("partner", ""))
        if kind == "referral_sent":
            return self.tr("Chuyển gửi: {service}").format(service=service), slip
        status = kind.removeprefix("referral_")
        return self.tr("Phiếu giới thiệu: {status}").format(
            status=coded(REFERRAL_STATUS_LABELS, ReferralStatus, status)), slip

    def scope_name(self, scope: str) -> str:
        names = {"support": self.tr("nhận hỗ trợ"), "referral": self.tr("chuyển gửi"),
                 "sharing": self.tr("chia sẻ thông tin với nơi nhận")}
        return names.get(scope, scope)

    def _contact_detail(self, event: TimelineEvent) -> str:
        parts = [coded(TOPIC_LABELS, ContactTopic, t) for t in event.detail.get("topics", "").split()]
        contact = self._contacts.get(event.ref_id)
        if contact is not None:
            given = [(contact.condoms, self.tr("bao cao su: {n}")), (contact.lubricant, self.tr("chất bôi trơn: {n}")),
                     (contact.leaflets, self.tr("tờ rơi: {n}"))]
            parts += [text.format(n=n) for n, text in given if n]
        return "; ".join(parts)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Ngày"), self.tr("Việc"), self.tr("Chi tiết")])
        if self._events:
            self.show_events(self._events, self._contacts)
