"""The commune's catalogue of partner organisations that receive referrals: add, edit, retire, bring back."""

from __future__ import annotations

from collections.abc import Callable
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.clients import SERVICE_LABELS, ServiceCategory
from desktop.domain.problems import Problem
from desktop.domain.problems import DomainError
from desktop.domain.referrals import PARTNER_KIND_LABELS, PartnerKind
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import (
    check_list, checked_codes, code_combo, coded, fill_code_combo, note_label, retranslate_check_list,
)
from desktop.gui.dialogs.record_form import RecordForm
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.services.context import Outcome
from desktop.services.clients.partners import PartnerDraft, PartnerView, partner_problems

_RETIRED = QColor("#888888")


class PartnerForm(RecordForm):
    """One partner organisation: a new one (record None) or an existing PartnerView."""

    def __init__(self, context: AppContext, partner: PartnerView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, partner, parent)
        self.name = QLineEdit()
        self.kind = code_combo(PARTNER_KIND_LABELS)
        self.categories = check_list(SERVICE_LABELS, height=150)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone_note = note_label()
        if partner is not None:
            self.name.setText(partner.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(partner.kind)))
            for row in range(self.categories.count()):
                item = self.categories.item(row)
                if item.data(Qt.ItemDataRole.UserRole) in partner.categories:
                    item.setCheckState(Qt.CheckState.Checked)
            self.address.setText(partner.address)
            self.phone.setText(partner.phone)
        form = QFormLayout()
        for name, widget in (("name", self.name), ("kind", self.kind), ("categories", self.categories),
                             ("address", self.address), ("phone", self.phone)):
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], widget)
        form.addRow("", self.phone_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        self.categories.itemChanged.connect(lambda _item: self._check())
        self.address.textChanged.connect(self._check)
        self.phone.textChanged.connect(self._check)
        self.resize(560, 460)
        self.start()

    def draft(self) -> PartnerDraft:
        return PartnerDraft(name=self.name.text().strip(), kind=self.kind.currentData() or "",
                            phone=self.phone.text().strip(), address=self.address.text().strip(),
                            categories=checked_codes(self.categories))

    def problems(self) -> list[Problem]:
        return partner_problems(self.draft())

    def persist(self) -> Callable[[], Outcome[PartnerView]]:
        partner, draft, services, actor = self._record, self.draft(), self._context.services, self._context.actor
        return lambda: services.partners.save(actor, draft, partner_id=partner.id if partner else None,
                                              expected_version=partner.version if partner else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sửa nơi nhận") if self._record else self.tr("Thêm nơi nhận"))
        texts = {"name": self.tr("Tên cơ quan, tổ chức:"), "kind": self.tr("Loại:"),
                 "categories": self.tr("Dịch vụ nhận chuyển gửi:"), "address": self.tr("Địa chỉ:"),
                 "phone": self.tr("Điện thoại của cơ quan:")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.phone_note.setText(self.tr("Chỉ ghi số máy của cơ quan, không ghi số di động của cá nhân."))
        fill_code_combo(self.kind, PARTNER_KIND_LABELS)
        retranslate_check_list(self.categories)


class PartnersDialog(Retranslates, QDialog):
    """Every partner, retired ones greyed at the end of their rank; retiring keeps old referrals' names."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.partners: list[PartnerView] = []
        self.intro = note_label()
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button, self.edit_button, self.active_button = QPushButton(), QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.message = MessageLine()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(1120, 560)
        self.retranslate()

    # -- showing ------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_partner()
        try:
            self.partners = self._context.services.partners.list(self._context.actor, include_inactive=True)
        except DomainError as error:  # e.g. the account was locked meanwhile
            self.message.show_problem(error_text(error))
            self.partners = []
        self.partners.sort(key=lambda p: not p.active)  # stable: by name within each group
        self.table.setRowCount(len(self.partners))
        for i, p in enumerate(self.partners):
            services = ", ".join(coded(SERVICE_LABELS, ServiceCategory, c) for c in p.categories)
            values = (p.name, self.tr("Đang dùng") if p.active else self.tr("Đã ngừng sử dụng"),
                      coded(PARTNER_KIND_LABELS, PartnerKind, p.kind), services, p.address, p.phone)
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not p.active:
                    item.setForeground(_RETIRED)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 300), (3, 220), (4, 200)):  # long names elide; the status column stays in view
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, partner_id: str) -> None:
        ids = [p.id for p in self.partners]
        if partner_id in ids:
            self.table.selectRow(ids.index(partner_id))

    def selected_partner(self) -> PartnerView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.partners[rows[0].row()] if rows and rows[0].row() < len(self.partners) else None

    def _update_buttons(self) -> None:
        can_edit = self._context.actor.can(Permission.EDIT_CLIENTS)
        partner = self.selected_partner()
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and partner is not None)
        self.active_button.setEnabled(can_edit and partner is not None)
        self.active_button.setText(self.tr("Dùng lại") if partner is not None and not partner.active
                                   else self.tr("Ngừng sử dụng"))

    # -- actions ------------------------------------------------------------------------------
    def form(self, partner: PartnerView | None) -> PartnerForm:
        """The add / edit form (tests drive it directly instead of through exec())."""
        return PartnerForm(self._context, partner, self)

    def edit(self, partner: PartnerView | None) -> None:
        form = self.form(partner)
        form.exec()
        self.after_form(form)

    def after_form(self, form: PartnerForm) -> None:
        saved: PartnerView | None = form.saved
        form.deleteLater()
        if saved is None:
            return
        self.reload()
        self.select(saved.id)
        self.message.show_ok(self.tr("Đã lưu nơi nhận “{name}”.").format(name=saved.name))

    def edit_selected(self) -> None:
        partner = self.selected_partner()
        if partner is not None and self._context.actor.can(Permission.EDIT_CLIENTS):
            self.edit(partner)

    def toggle_selected(self) -> None:
        partner = self.selected_partner()
        if partner is None:
            return
        services, actor = self._context.services, self._context.actor
        Operation(self._context, self, lambda: services.partners.set_active(actor, partner.id, not partner.active)) \
            .success(lambda outcome: self._toggled(partner, outcome)).failure(self.message.show_problem) \
            .run_in_background()

    def _toggled(self, partner: PartnerView, outcome: Outcome[PartnerView]) -> None:
        self.reload()
        self.select(partner.id)
        if outcome.value.active:
            self.message.show_ok(self.tr("“{name}” lại có trong danh sách nơi nhận khi chuyển gửi.")
                                 .format(name=partner.name))
        else:
            self.message.show_ok(self.tr("Đã ngừng sử dụng “{name}”. Các phiếu giới thiệu cũ vẫn giữ tên nơi này.")
                                 .format(name=partner.name))

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Danh mục nơi nhận chuyển gửi"))
        self.intro.setText(self.tr(
            "Các cơ quan, tổ chức nhận người được giới thiệu, chuyển gửi. Nơi ngừng sử dụng không còn hiện khi "
            "chuyển gửi, nhưng các phiếu cũ vẫn giữ tên nơi đó."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Tên"), self.tr("Trạng thái"), self.tr("Loại"), self.tr("Dịch vụ"), self.tr("Địa chỉ"),
            self.tr("Điện thoại")])
        self.add_button.setText(self.tr("Thêm nơi nhận…"))
        self.edit_button.setText(self.tr("Sửa…"))
        self.close_button.setText(self.tr("Đóng"))
        self.reload()
