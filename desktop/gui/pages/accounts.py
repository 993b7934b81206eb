"""Accounts (administrators only): add, deactivate or reactivate, change role."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QInputDialog, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.roles import ROLE_LABELS, Permission, Role
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label
from desktop.gui.widgets import MessageLine
from desktop.services.accounts.accounts import AccountView
from desktop.services.context import Changes


class AddAccountDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.username, self.display_name, self.password, self.confirm = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in (Role.OFFICER, Role.VIEWER, Role.ADMIN):
            self.role.addItem(label(ROLE_LABELS[role]), role.value)
        self.message = MessageLine()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Thêm tài khoản"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout(self)
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.display_name)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow(self.tr("Mật khẩu ban đầu:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.confirm)
        form.addRow(self.message)
        form.addRow(buttons)
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Thêm tài khoản"))

    def _go(self) -> None:
        services, actor = self._context.services, self._context.actor
        username, display_name, role = self.username.text(), self.display_name.text(), Role(self.role.currentData())
        password, confirm = self.password.text(), self.confirm.text()
        # On the worker: hashing the password takes a moment on an old PC.
        Operation(self._context, self, lambda: services.accounts.add(
            actor, username=username, display_name=display_name, role=role, password=password, confirm=confirm)) \
            .success(lambda _outcome: self.accept()).failure(self.message.show_problem).run_in_background()


class AccountsPage(Retranslates, QWidget):
    key = "accounts"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[AccountView] = []
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button, self.toggle_button, self.role_button = QPushButton(), QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.toggle_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: AddAccountDialog(context, self).exec())
        self.toggle_button.clicked.connect(self._toggle)
        self.role_button.clicked.connect(self._role)
        context.changed.connect(lambda changes: self.refresh() if changes & Changes.ACCOUNTS else None)
        context.actor_changed.connect(self.refresh)
        self.retranslate()

    def refresh(self) -> None:
        if not self._context.actor.can(Permission.MANAGE_ACCOUNTS):
            self.table.setRowCount(0)
            return
        self._rows = self._context.services.accounts.list(self._context.actor)
        self.table.setRowCount(len(self._rows))
        for i, account in enumerate(self._rows):
            values = (account.username, account.display_name, label(ROLE_LABELS[account.role]),
                      self.tr("Đang dùng") if account.active else self.tr("Đã khóa"))
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _toggle(self) -> None:
        account = self._selected()
        if account is None:
            return
        password = ""
        if not account.active:
            password, ok = QInputDialog.getText(self, self.tr("Mở lại tài khoản"), self.tr("Mật khẩu mới cho tài khoản:"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return
        services, actor = self._context.services, self._context.actor
        Operation(self._context, self, lambda: services.accounts.set_active(
            actor, account.id, not account.active, new_password=password, confirm=password)).run_in_background()

    def _role(self) -> None:
        account = self._selected()
        if account is None:
            return
        roles = [Role.ADMIN, Role.OFFICER, Role.VIEWER]
        names = [label(ROLE_LABELS[r]) for r in roles]
        choice, ok = QInputDialog.getItem(self, self.tr("Đổi vai trò"), self.tr("Vai trò mới:"), names,
                                          roles.index(account.role), False)
        if not ok:
            return
        services, actor, role = self._context.services, self._context.actor, roles[names.index(choice)]
        Operation(self._context, self, lambda: services.accounts.set_role(actor, account.id, role)).run_in_background()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"), self.tr("Vai trò"),
                                              self.tr("Trạng thái")])
        self.add_button.setText(self.tr("Thêm tài khoản…"))
        self.toggle_button.setText(self.tr("Khóa / mở lại"))
        self.role_button.setText(self.tr("Đổi vai trò…"))
        self.refresh()
