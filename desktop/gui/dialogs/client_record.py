"""One person's file: header, timeline, referrals, needs and plan, and every action on them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.age_bands import age_in, band_of_birth_year, is_minor
from desktop.domain.clients import (
    CHANNEL_LABELS, SERVICE_LABELS, STATUS_LABELS, WORKPLACE_LABELS, ClientStatus, ContactChannel, ServiceCategory,
    WorkplaceType,
)
from desktop.domain.codes import SEX_LABELS, Sex
from desktop.domain.problems import DomainError
from desktop.domain.referrals import OUTCOME_LABELS, ReferralOutcome, ReferralStatus
from desktop.domain.referrals import STATUS_LABELS as REFERRAL_STATUS_LABELS
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import coded, day, note_label
from desktop.gui.dialogs.client_timeline import ClientTimeline
from desktop.gui.dialogs.referral_follow_up import FollowUpDialog
from desktop.gui.icons import icon
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label
from desktop.gui.widgets import MessageLine
from desktop.services.clients.client_views import ClientView, ReferralView
from desktop.services.context import Changes, Outcome

_WATCHED = Changes.CLIENTS | Changes.REFERRALS | Changes.PARTNERS


class ClientRecordDialog(Retranslates, QDialog):
    """Not modal: a worker may keep a file open while doing other things; it follows every change."""

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.client_id = client_id
        self.client: ClientView = context.services.clients.get(context.actor, client_id)
        self.referral_rows: list[ReferralView] = []
        self.code = QLabel()
        self.code.setStyleSheet("font-size: 18pt; font-weight: bold; letter-spacing: 2px;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.facts, self.consents, self.nickname = QLabel(), QLabel(), QLabel()
        for widget in (self.facts, self.consents, self.nickname):
            widget.setWordWrap(True)
            widget.setTextFormat(Qt.TextFormat.RichText)
        self.minor = QLabel()
        self.minor.setStyleSheet("color: #b00020; font-weight: bold;")
        self.tabs = QTabWidget()
        self.timeline = ClientTimeline()
        self.referrals = QTableWidget(0, 7)
        self.referrals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals.verticalHeader().hide()
        self.referrals.horizontalHeader().setStretchLastSection(True)
        self.update_button, self.slip_button = QPushButton(), QPushButton()
        self.slip_button.setIcon(icon("printer"))
        self.follow_up_button = QPushButton()
        self.needs, self.plan = QPlainTextEdit(), QPlainTextEdit()
        self.plan_note = note_label()
        self.save_plan_button = QPushButton()
        self.plan_message = MessageLine()
        self.contact_button, self.refer_button, self.consent_button = QPushButton(), QPushButton(), QPushButton()
        self.status_button, self.access_button, self.erase_button = QPushButton(), QPushButton(), QPushButton()
        self.erase_button.setStyleSheet("color: #b00020;")
        self.close_button = QPushButton()
        self._build_layout()
        self.update_button.clicked.connect(self.update_referral)
        self.slip_button.clicked.connect(self.print_slip)
        self.follow_up_button.clicked.connect(self.move_follow_up)
        self.referrals.doubleClicked.connect(lambda _index: self.update_referral())
        self.referrals.itemSelectionChanged.connect(self._update_buttons)
        self.save_plan_button.clicked.connect(self.save_plan)
        self.contact_button.clicked.connect(self.log_contact)
        self.refer_button.clicked.connect(self.refer)
        self.consent_button.clicked.connect(self.edit_consent)
        self.status_button.clicked.connect(self.change_status)
        self.access_button.clicked.connect(self.export_access)
        self.erase_button.clicked.connect(self.erase)
        self.close_button.clicked.connect(self.close)
        context.changed.connect(self._changed)
        self._watching = True
        self.resize(980, 680)
        self.retranslate()

    def _build_layout(self) -> None:
        header = QGridLayout()
        header.addWidget(self.code, 0, 0)
        header.addWidget(self.status, 0, 1)
        header.addWidget(self.minor, 0, 2)
        header.setColumnStretch(3, 1)
        header.addWidget(self.facts, 1, 0, 1, 4)
        header.addWidget(self.consents, 2, 0, 1, 4)
        header.addWidget(self.nickname, 3, 0, 1, 4)
        referrals_tab = QWidget()
        referral_layout = QVBoxLayout(referrals_tab)
        referral_layout.addWidget(self.referrals)
        row = QHBoxLayout()
        row.addWidget(self.update_button)
        row.addWidget(self.follow_up_button)
        row.addWidget(self.slip_button)
        row.addStretch()
        referral_layout.addLayout(row)
        plan_tab = QWidget()
        plan_layout = QVBoxLayout(plan_tab)
        self._plan_captions = [QLabel(), QLabel()]
        plan_layout.addWidget(self._plan_captions[0])
        plan_layout.addWidget(self.needs)
        plan_layout.addWidget(self._plan_captions[1])
        plan_layout.addWidget(self.plan)
        plan_layout.addWidget(self.plan_note)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.save_plan_button)
        plan_row.addWidget(self.plan_message, 1)
        plan_layout.addLayout(plan_row)
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(referrals_tab, "")
        self.tabs.addTab(plan_tab, "")
        actions = QHBoxLayout()
        for button in (self.contact_button, self.refer_button, self.consent_button, self.status_button):
            actions.addWidget(button)
        actions.addStretch()
        for button in (self.access_button, self.erase_button, self.close_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)

    # -- showing ------------------------------------------------------------------------------
    def reload(self) -> None:
        services, actor = self._context.services, self._context.actor
        self.client = services.clients.get(actor, self.client_id)
        contacts = {c.id: c for c in services.clients.contacts(actor, self.client_id)}
        self.timeline.show_events(services.clients.timeline(actor, self.client_id), contacts)
        self.referral_rows = services.referrals.for_client(actor, self.client_id)
        self._show_header()
        self._show_referrals()
        if not self.needs.document().isModified() and not self.plan.document().isModified():
            self.needs.setPlainText(self.client.needs)
            self.plan.setPlainText(self.client.plan)

    def _show_header(self) -> None:
        c = self.client
        year = self._context.services.register.clock.today().year
        age = age_in(year, c.birth_year)
        self.setWindowTitle(self.tr("Hồ sơ {code}").format(code=c.uic))
        self.code.setText(c.uic)
        self.status.setText(self.tr("{status} (từ {since})").format(status=coded(STATUS_LABELS, ClientStatus, c.status),
                                                                    since=day(c.status_on)))
        self.minor.setText(self.tr("⚠ Người chưa thành niên") if is_minor(age) else "")
        self.facts.setText(self.tr(
            "Sinh năm {year} ({age} tuổi, nhóm {band}) · {sex} · Nơi làm việc: {workplace}<br>"
            "Gặp lần đầu {first} ({channel}) · Gặp gần nhất {last}").format(
            year=c.birth_year, age=age, band=label(band_of_birth_year(c.birth_year, year).label),
            sex=coded(SEX_LABELS, Sex, c.sex), workplace=coded(WORKPLACE_LABELS, WorkplaceType, c.workplace_type),
            first=day(c.first_contact_on), channel=coded(CHANNEL_LABELS, ContactChannel, c.first_contact_channel),
            last=day(c.last_contact_on)))
        active = {k.scope for k in c.consents if k.active}
        marks = [("<span style='color:#1b5e20'>✔ {name}</span>" if scope in active else
                  "<span style='color:#b00020'>✘ {name}</span>").format(name=self.timeline.scope_name(scope))
                 for scope in ("support", "referral", "sharing")]
        self.consents.setText(self.tr("Đồng ý: {scopes}").format(scopes=" &nbsp; ".join(marks)))
        self.nickname.setText(self.tr("Tên gọi (chỉ trên máy này): {nickname}").format(nickname=c.nickname)
                              if c.nickname else "")

    def _show_referrals(self) -> None:
        today = self._context.services.register.clock.today()
        selected = self.selected_referral()
        self.referrals.setRowCount(len(self.referral_rows))
        for i, r in enumerate(self.referral_rows):
            follow = day(r.follow_up_on) + (" " + self.tr("(quá hạn)") if r.overdue(today) else "")
            outcome = coded(OUTCOME_LABELS, ReferralOutcome, r.outcome) if r.outcome else ""
            values = (r.code, day(r.referred_on), r.partner_name, coded(SERVICE_LABELS, ServiceCategory, r.category),
                      coded(REFERRAL_STATUS_LABELS, ReferralStatus, r.status), follow, outcome)
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if r.overdue(today):
                    item.setForeground(QColor("#b00020"))
                self.referrals.setItem(i, j, item)
        self.referrals.resizeColumnsToContents()
        if selected is not None:
            ids = [r.id for r in self.referral_rows]
            if selected.id in ids:
                self.referrals.selectRow(ids.index(selected.id))
        self._update_buttons()

    def selected_referral(self) -> ReferralView | None:
        rows = self.referrals.selectionModel().selectedRows()
        return self.referral_rows[rows[0].row()] if rows and rows[0].row() < len(self.referral_rows) else None

    def _update_buttons(self) -> None:
        selected = self.selected_referral() is not None
        self.update_button.setEnabled(selected)
        self.slip_button.setEnabled(selected)
        self.follow_up_button.setEnabled(selected and self._context.actor.can(Permission.EDIT_CLIENTS))

    def _changed(self, changes: Changes) -> None:
        if not changes & _WATCHED:
            return
        try:
            self.reload()
        except DomainError:  # erased (here or by another window): nothing is left to show
            self.close()

    # -- actions ------------------------------------------------------------------------------
    def log_contact(self) -> None:
        from desktop.gui.dialogs.client_contact import ContactDialog

        ContactDialog(self._context, self.client, self).exec()

    def refer(self) -> None:
        from desktop.gui.dialogs.referral_form import ReferralDialog

        ReferralDialog(self._context, self.client, self).exec()

    def edit_consent(self) -> None:
        from desktop.gui.dialogs.client_consent import ConsentDialog

        ConsentDialog(self._context, self.client, self).exec()

    def change_status(self) -> None:
        from desktop.gui.dialogs.client_status import ClientStatusDialog

        ClientStatusDialog(self._context, self.client, self).exec()

    def update_referral(self) -> None:
        from desktop.gui.dialogs.referral_status import ReferralStatusDialog

        referral = self.selected_referral()
        if referral is not None:
            ReferralStatusDialog(self._context, referral, self).exec()

    def follow_up_dialog(self) -> FollowUpDialog | None:
        """The dialog moving the selected referral's follow-up date (tests drive it without exec())."""
        referral = self.selected_referral()
        return FollowUpDialog(self._context, referral, self) if referral is not None else None

    def move_follow_up(self) -> None:
        dialog = self.follow_up_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def erase(self) -> None:
        from desktop.gui.dialogs.client_erase import EraseClientDialog

        EraseClientDialog(self._context, self.client.id, self.client.uic, parent=self).exec()

    def save_plan(self) -> None:
        services, actor, client_id = self._context.services, self._context.actor, self.client_id
        needs, plan = self.needs.toPlainText(), self.plan.toPlainText()
        # A refusal leaves the typed text in the fields.
        Operation(self._context, self, lambda: services.clients.save_plan(actor, client_id, needs=needs, plan=plan)) \
            .success(self._plan_saved).failure(self.plan_message.show_problem).run_in_background()

    def _plan_saved(self, outcome: Outcome[Any]) -> None:
        self.needs.document().setModified(False)
        self.plan.document().setModified(False)
        self.plan_message.show_ok(self.tr("Đã lưu."))

    def print_slip(self) -> None:
        referral = self.selected_referral()
        if referral is None:
            return
        from desktop.gui.printing import print_or_save

        print_or_save(self._context, self, title=self.tr("In phiếu giới thiệu"),
                      suggested=f"phieu-gioi-thieu-{referral.code}.pdf", write=self.slip_writer(referral.id))

    def slip_writer(self, referral_id: str) -> Callable[[Path], object]:
        """The slip's write, for the worker: what it needs is read here, on the GUI thread."""
        services, actor, language = self._context.services, self._context.actor, self._context.config.language
        return lambda path: services.referrals.print_slip(actor, referral_id, path, language=language)

    def export_access(self) -> None:
        today = self._context.services.register.clock.today()
        from desktop.gui.printing import print_or_save

        services, actor, client_id = self._context.services, self._context.actor, self.client_id
        language = self._context.config.language
        print_or_save(self._context, self, title=self.tr("In bản sao hồ sơ cho người được hỗ trợ"),
                      suggested=f"ho-so-{today:%Y%m%d}.pdf",
                      write=lambda path: services.client_rights.export_access(actor, client_id, path, language=language))

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Diễn biến"))
        self.tabs.setTabText(1, self.tr("Giới thiệu, chuyển gửi"))
        self.tabs.setTabText(2, self.tr("Nhu cầu và kế hoạch hỗ trợ"))
        self.referrals.setHorizontalHeaderLabels([
            self.tr("Mã phiếu"), self.tr("Ngày"), self.tr("Nơi nhận"), self.tr("Dịch vụ"), self.tr("Tình trạng"),
            self.tr("Hẹn theo dõi"), self.tr("Kết quả")])
        self.update_button.setText(self.tr("Cập nhật tình trạng…"))
        self.slip_button.setText(self.tr("In phiếu giới thiệu (PDF)…"))
        self.follow_up_button.setText(self.tr("Đổi ngày hẹn theo dõi…"))
        self._plan_captions[0].setText(self.tr("Đánh giá nhu cầu:"))
        self._plan_captions[1].setText(self.tr("Kế hoạch hỗ trợ:"))
        self.plan_note.setText(self.tr("Hai mục này chỉ lưu trên máy này, không gửi đi."))
        self.save_plan_button.setText(self.tr("Lưu nhu cầu và kế hoạch"))
        self.contact_button.setText(self.tr("Ghi lần tiếp xúc…"))
        self.refer_button.setText(self.tr("Chuyển gửi…"))
        self.consent_button.setText(self.tr("Đồng ý…"))
        self.status_button.setText(self.tr("Đổi tình trạng…"))
        self.access_button.setText(self.tr("Xuất hồ sơ cho người này (PDF)…"))
        self.erase_button.setText(self.tr("Xóa hồ sơ…"))
        self.close_button.setText(self.tr("Đóng"))
        if self._watching:  # a closed file stays closed, even if its person was erased meanwhile
            self._changed(_WATCHED)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self._watching:  # a closed file no longer follows changes; the page opens a fresh one
            self._context.changed.disconnect(self._changed)
            self._watching = False
        super().closeEvent(event)
