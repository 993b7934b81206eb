"""The support register's list: this month's counts, filters, the paged list, the due-for-erasure view."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desktop.domain import periods
from desktop.domain.age_bands import AGE_BANDS
from desktop.domain.clients import SERVICE_LABELS, STATUS_LABELS, WORKPLACE_LABELS
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext, show_error
from desktop.gui.dialogs.client_fields import fill_code_combo, warning_label
from desktop.gui.dialogs.client_record import ClientRecordDialog
from desktop.gui.icons import icon
from desktop.gui.pages.clients_model import ClientListModel
from desktop.gui.held import held_record
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import vn_number
from desktop.services.clients.client_rights import ErasureReason
from desktop.services.clients.client_views import ClientRow, ClientView
from desktop.services.context import Changes

# Home-screen items lead here (desktop.services.clients.client_home): which view each opens.
VIEWS = {"clients.erasure": "erasure", "referrals.overdue": "overdue"}


class ClientsPage(Retranslates, QWidget):
    key = "clients"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.record_dialog: QDialog | None = None  # the held record the home screen led to
        self.records: dict[str, ClientRecordDialog] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("padding: 8px; background: #eef3f8; border-radius: 4px;")
        self.status_filter, self.service_filter = QComboBox(), QComboBox()
        self.band_filter, self.workplace_filter = QComboBox(), QComboBox()
        self.overdue_filter = QCheckBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.erasure_view = QPushButton()
        self.erasure_view.setCheckable(True)
        self.erasure_note = warning_label()
        self.model = ClientListModel(context)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.count_label = QLabel()
        self.register_button, self.open_button = QPushButton(), QPushButton()
        self.contact_button, self.refer_button = QPushButton(), QPushButton()
        self.erase_button, self.blank_form_button = QPushButton(), QPushButton()
        self.blank_form_button.setIcon(icon("printer"))
        self.partners_button = QPushButton()
        self.erase_button.setStyleSheet("color: #b00020;")
        self.search.setMinimumWidth(170)
        filters = QHBoxLayout()
        filters.addWidget(self.search)
        for combo in (self.status_filter, self.service_filter, self.band_filter, self.workplace_filter):
            # Long labels ("Nhà nghỉ, khách sạn, cơ sở lưu trú") must not push the search box off the row.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            filters.addWidget(combo, 1)
        filters.addWidget(self.overdue_filter)
        filters.addWidget(self.erasure_view)
        actions = QHBoxLayout()
        for widget in (self.register_button, self.open_button, self.contact_button, self.refer_button,
                       self.erase_button):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(self.partners_button)
        actions.addWidget(self.blank_form_button)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.erasure_note)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        for combo in (self.status_filter, self.service_filter, self.band_filter, self.workplace_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overdue_filter.toggled.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.erasure_view.toggled.connect(self._apply_filters)
        self.register_button.clicked.connect(self.register_client)
        self.open_button.clicked.connect(self.open_selected)
        self.contact_button.clicked.connect(self.log_contact)
        self.refer_button.clicked.connect(self.refer)
        self.erase_button.clicked.connect(self.erase_selected)
        self.blank_form_button.clicked.connect(self._print_blank_form)
        self.partners_button.clicked.connect(self.edit_partners)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self.refresh)
        context.actor_changed.connect(self._update_buttons)
        self.retranslate()

    # -- views the home screen leads to -----------------------------------------------------------
    def claims_view(self, target: str) -> bool:
        """Opens the view a home item names ("clients.erasure", "referrals.overdue"); False if not ours.

        A held client (or one of its contacts, referrals, consents: the home item names the client) is ours
        too, but only opened by `open_view`, when the officer follows the item."""
        if held_record(target, "clients") is not None:
            return True
        view = VIEWS.get(target)
        if view is None:
            return False
        self.erasure_view.setChecked(view == "erasure")
        if view == "overdue":
            self.overdue_filter.setChecked(True)
        return True

    def open_view(self, target: str) -> None:
        """The client's record, so the officer corrects what the hub held back and the next bundle carries it."""
        held = held_record(target, "clients")
        if held is not None:
            self.record_dialog = self.open_record(held[1])

    # -- filters and refresh ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        fill_code_combo(self.status_filter, STATUS_LABELS, blank=self.tr("Mọi tình trạng"))
        fill_code_combo(self.service_filter, SERVICE_LABELS, blank=self.tr("Mọi loại hỗ trợ"))
        fill_code_combo(self.band_filter, {band.code: band.label for band in AGE_BANDS}, blank=self.tr("Mọi nhóm tuổi"))
        fill_code_combo(self.workplace_filter, WORKPLACE_LABELS, blank=self.tr("Mọi nơi làm việc"))

    def _apply_filters(self) -> None:
        erasure = self.erasure_view.isChecked()
        for widget in (self.status_filter, self.service_filter, self.band_filter, self.workplace_filter,
                       self.overdue_filter, self.search):
            widget.setEnabled(not erasure)
        self.model.due_for_erasure = erasure
        self.model.query = replace(self.model.query, status=self.status_filter.currentData() or None,
                                   service=self.service_filter.currentData() or None,
                                   age_band=self.band_filter.currentData() or None,
                                   workplace_type=self.workplace_filter.currentData() or None,
                                   overdue=self.overdue_filter.isChecked(), search=self.search.text())
        self._reload()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.CLIENTS | Changes.REFERRALS | Changes.SETTINGS):
            self._reload()

    def _reload(self) -> None:
        self.model.reload()
        self.count_label.setText(self.tr("{count} người").format(count=vn_number(self.model.rowCount())))
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        services, actor = self._context.services, self._context.actor
        today = services.register.clock.today()
        month = periods.containing(today, periods.PeriodKind.MONTH)
        counts = services.clients.counts(actor, month)
        due = services.client_rights.count_due_for_erasure(actor)
        months = services.client_rights.retention_months(actor)
        overdue = (self.tr("<span style='color:#b00020'><b>{count}</b> phiếu giới thiệu quá hạn theo dõi</span>")
                   if counts.overdue_referrals else self.tr("{count} phiếu giới thiệu quá hạn theo dõi"))
        self.summary.setText(self.tr(
            "<b>{active}</b> người đang được hỗ trợ · <b>{period}</b>: <b>{contacts}</b> lượt tiếp xúc, hỗ trợ "
            "({persons} người) · {overdue}").format(
            active=vn_number(counts.active_clients), period=self.tr("Tháng {month}").format(month=f"{today:%m/%Y}"), contacts=vn_number(counts.contacts),
            persons=vn_number(counts.persons_contacted),
            overdue=overdue.format(count=vn_number(counts.overdue_referrals))))
        self.erasure_view.setText(self.tr("Đến hạn xóa ({count})").format(count=vn_number(due)))
        self.erasure_note.setVisible(self.erasure_view.isChecked())
        self.erasure_note.setText(self.tr(
            "Những người dưới đây không được gặp lại trong hơn {months} tháng (thời hạn lưu giữ). Hãy xem từng hồ sơ "
            "và xóa khi không còn cần hỗ trợ.").format(months=months))

    def _update_buttons(self) -> None:
        can_edit = self._context.actor.can(Permission.EDIT_CLIENTS)
        selected = self.selected_row() is not None
        self.register_button.setEnabled(can_edit)
        self.partners_button.setEnabled(can_edit)
        self.open_button.setEnabled(selected)
        self.contact_button.setEnabled(can_edit and selected)
        self.refer_button.setEnabled(can_edit and selected)
        self.erase_button.setVisible(self.erasure_view.isChecked())
        self.erase_button.setEnabled(can_edit and selected)

    def selected_row(self) -> ClientRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- actions --------------------------------------------------------------------------------------
    def register_client(self) -> None:
        from desktop.gui.dialogs.client_register import RegisterClientDialog

        try:
            dialog = RegisterClientDialog(self._context, self)
        except DomainError as error:  # e.g. a broken code recipe
            show_error(self, error)
            return
        dialog.exec()
        chosen = dialog.saved or dialog.open_existing
        if chosen is not None:
            self.open_record(chosen.id)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_record(row.id)

    def open_record(self, client_id: str) -> ClientRecordDialog | None:
        record = self.records.get(client_id)
        if record is not None and record.isVisible():  # already open: bring it forward
            record.raise_()
            record.activateWindow()
            return record
        if record is not None:
            record.deleteLater()  # closed earlier: a fresh one shows the current state
        try:
            record = ClientRecordDialog(self._context, client_id, self)
        except DomainError as error:  # erased meanwhile
            show_error(self, error)
            return None
        self.records[client_id] = record
        record.show()
        return record

    def _selected_client(self) -> ClientView | None:
        row = self.selected_row()
        if row is None:
            return None
        try:
            return self._context.services.clients.get(self._context.actor, row.id)
        except DomainError as error:  # erased meanwhile, or no longer allowed
            show_error(self, error)
            return None

    def log_contact(self) -> None:
        from desktop.gui.dialogs.client_contact import ContactDialog

        client = self._selected_client()
        if client is not None:
            ContactDialog(self._context, client, self).exec()

    def refer(self) -> None:
        from desktop.gui.dialogs.referral_form import ReferralDialog

        client = self._selected_client()
        if client is not None:
            ReferralDialog(self._context, client, self).exec()

    def erase_selected(self) -> None:
        from desktop.gui.dialogs.client_erase import EraseClientDialog

        row = self.selected_row()
        if row is not None:
            reason = ErasureReason.RETENTION if self.erasure_view.isChecked() else ErasureReason.REQUEST
            EraseClientDialog(self._context, row.id, row.uic, reason=reason, parent=self).exec()

    def edit_partners(self) -> None:
        from desktop.gui.dialogs.partners import PartnersDialog

        dialog = PartnersDialog(self._context, self)
        dialog.exec()
        dialog.deleteLater()

    def _print_blank_form(self) -> None:
        from desktop.gui.dialogs.client_consent import print_consent_form

        print_consent_form(self._context, self, None)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Tìm theo mã số"))
        self.overdue_filter.setText(self.tr("Có phiếu quá hạn theo dõi"))
        self.register_button.setText(self.tr("Đăng ký người được hỗ trợ…"))
        self.open_button.setText(self.tr("Mở hồ sơ"))
        self.contact_button.setText(self.tr("Ghi lần tiếp xúc…"))
        self.refer_button.setText(self.tr("Chuyển gửi…"))
        self.erase_button.setText(self.tr("Xóa hồ sơ đã chọn…"))
        self.blank_form_button.setText(self.tr("In phiếu đồng ý trống…"))
        self.partners_button.setText(self.tr("Danh mục nơi nhận…"))
        self._fill_filters()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._apply_filters()

