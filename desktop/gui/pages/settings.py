"""Settings: language, idle lock, data folder, backups, letterhead, own password, the clients' retention period."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.db import backup as backups
from desktop.domain.clients import RETENTION_MONTHS_RANGE
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext, show_error
from desktop.gui.pages.settings_backups import BackupActions
from desktop.gui.pages.settings_office import OfficeStartBox
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.services.accounts import auth
from desktop.services.context import Changes
from desktop.services.maintenance.relocation import move_register


class PasswordDialog(QDialog):
    """Change one's own password; `required` when an administrator chose the current one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self._context = context
        self.old, self.new, self.confirm = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.old, self.new, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLine()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đổi mật khẩu"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout(self)
        if required:
            reason = QLabel(self.tr("Mật khẩu hiện tại do quản trị viên đặt. Hãy đổi sang mật khẩu chỉ bạn biết "
                                    "trước khi làm việc."))
            reason.setWordWrap(True)
            form.addRow(reason)
        form.addRow(self.tr("Mật khẩu hiện tại:"), self.old)
        form.addRow(self.tr("Mật khẩu mới:"), self.new)
        form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.confirm)
        form.addRow(self.message)
        form.addRow(buttons)
        buttons.accepted.connect(self._go)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Đổi mật khẩu"))

    def _go(self) -> None:
        try:
            auth.change_password(self._context.services.register, self._context.actor, old=self.old.text(),
                                 new=self.new.text(), confirm=self.confirm.text())
        except Exception as error:  # noqa: BLE001
            self.message.show_problem(error_text(error))
            return
        self.accept()


class SettingsPage(Retranslates, QWidget):
    key = "settings"
    language_chosen = Signal(str)
    idle_minutes_chosen = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(context.config.language)))
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setValue(context.config.idle_lock_minutes)
        self.folder = QLabel(str(context.data_dir.root))
        self.folder.setWordWrap(True)
        self.move_button = QPushButton()
        self.backup_label = QLabel()
        self.backup_button = QPushButton()
        self.password_button = QPushButton()
        self.recovery_button = QPushButton()
        self.letterhead_button = QPushButton()
        self.message = MessageLine()
        self.is_hub = context.services.register.office.is_hub
        self._stored_retention: int | None = None
        # Clients: how long a file is kept after the last contact (administrator, commune office only).
        self.clients_box = QGroupBox()
        self.retention = QSpinBox()
        self.retention.setRange(*RETENTION_MONTHS_RANGE)
        self.retention_button = QPushButton()
        self._retention_label = QLabel()
        self._retention_label.setWordWrap(True)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention)
        retention_row.addWidget(self.retention_button)
        retention_row.addStretch()
        QFormLayout(self.clients_box).addRow(self._retention_label, retention_row)
        self.general = QGroupBox()
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self.general)
        form.addRow(self._labels[0], self.language)
        form.addRow(self._labels[1], self.idle)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.move_button)
        form.addRow(self._labels[2], folder_row)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_label, 1)
        backup_row.addWidget(self.backup_button)
        form.addRow(self._labels[3], backup_row)
        self.backups = BackupActions(context, self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.backups)
        self.office_box = OfficeStartBox(context)
        layout.addWidget(self.office_box)
        layout.addWidget(self.clients_box)
        layout.addWidget(self.letterhead_button)
        layout.addWidget(self.password_button)
        layout.addWidget(self.recovery_button)
        layout.addWidget(self.message)
        layout.addStretch()
        self.language.currentIndexChanged.connect(self._language)
        self.idle.valueChanged.connect(self._idle)
        self.backup_button.clicked.connect(self.backup_now)
        self.move_button.clicked.connect(self._move)
        self.password_button.clicked.connect(lambda: PasswordDialog(context, self).exec())
        self.recovery_button.clicked.connect(self._new_recovery_key)
        self.letterhead_button.clicked.connect(self.edit_letterhead)
        self.retention.valueChanged.connect(self._retention_edited)
        self.retention_button.clicked.connect(self.save_retention)
        context.actor_changed.connect(self._permissions)
        context.changed.connect(self._changed)
        self.retranslate()

    def _language(self) -> None:
        language = self.language.currentData()
        self._context.save_config(replace(self._context.config, language=language))
        self.language_chosen.emit(language)

    def _idle(self, minutes: int) -> None:
        self._context.save_config(replace(self._context.config, idle_lock_minutes=minutes))
        self.idle_minutes_chosen.emit(minutes)

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        services, actor = self._context.services, self._context.actor

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self.backup_button.setEnabled(True)
            self.message.show_ok(self.tr("Đã sao lưu: {file}").format(file=outcome.value.path.name))
            self._context.announce(outcome.changes)

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.message.show_problem(error_text(error))

        self._context.run(lambda: services.maintenance.backup_now(actor), done, on_error=failed)

    def _move(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục dữ liệu mới"))
        if folder:
            self.move_to(Path(folder))

    def move_to(self, folder: Path) -> None:
        try:
            move_register(self._context.services.register, self._context.actor, folder)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.message.show_ok(self.tr("Đã sao chép sổ đăng ký sang {folder}. Lần mở sau ứng dụng sẽ dùng thư mục này.")
                             .format(folder=str(folder)))

    def edit_letterhead(self) -> None:
        from desktop.gui.dialogs.letterhead import LetterheadDialog

        LetterheadDialog(self._context, self).exec()

    def _new_recovery_key(self) -> None:
        from desktop.gui.context import confirm
        from desktop.gui.dialogs.recovery_key import RecoveryKeyDialog

        if not confirm(self, self.tr("Tạo mã khôi phục mới"),
                       self.tr("Phiếu mã khôi phục cũ sẽ không còn dùng được. Tiếp tục?"),
                       yes=self.tr("Tạo mã mới"), no=self.tr("Không")):
            return
        try:
            key = auth.replace_recovery_key(self._context.services.register, self._context.actor).value
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        RecoveryKeyDialog(self._context, key, self).exec()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.BACKUP:
            self._show_backup()
        if changes & Changes.SETTINGS:
            self._show_retention()

    def _show_retention(self) -> None:
        """The stored period, shown only where it applies: an administrator at a commune office."""
        shown = not self.is_hub and self._context.actor.can(Permission.MANAGE_SETTINGS)
        self.clients_box.setVisible(shown)
        if not shown:
            return
        try:
            months = self._context.services.client_rights.retention_months(self._context.actor)
        except Exception as error:  # noqa: BLE001
            self.message.show_problem(error_text(error))
            return
        self._stored_retention = months
        self.retention.blockSignals(True)
        self.retention.setValue(months)
        self.retention.blockSignals(False)
        self.retention_button.setEnabled(False)

    def _retention_edited(self, months: int) -> None:
        self.retention_button.setEnabled(months != self._stored_retention)

    def save_retention(self) -> None:
        try:
            outcome = self._context.services.client_rights.set_retention_months(self._context.actor,
                                                                                self.retention.value())
        except Exception as error:  # noqa: BLE001 - the service has the last word on role and range
            self.message.show_problem(error_text(error))
            return
        self._stored_retention = outcome.value
        self.retention_button.setEnabled(False)
        self.message.show_ok(self.tr("Đã lưu thời hạn lưu hồ sơ: {months} tháng sau lần gặp cuối.")
                             .format(months=outcome.value))
        self._context.announce(outcome.changes)

    def _show_backup(self) -> None:
        latest = backups.latest_backup_time(self._context.data_dir.backups)
        self.backup_label.setText(latest.strftime("%d/%m/%Y %H:%M") if latest else self.tr("chưa có"))

    def _permissions(self) -> None:
        admin = self._context.actor.can(Permission.MANAGE_SETTINGS)
        self.move_button.setEnabled(admin)
        self.recovery_button.setVisible(admin)
        self.backup_button.setEnabled(self._context.actor.can(Permission.BACKUP))
        self._show_retention()

    def retranslate(self) -> None:
        self.general.setTitle(self.tr("Cài đặt chung"))
        for label, text in zip(self._labels, (self.tr("Ngôn ngữ:"), self.tr("Tự khóa sau (phút không dùng):"),
                                              self.tr("Thư mục dữ liệu:"), self.tr("Sao lưu gần nhất:")), strict=True):
            label.setText(text)
        self.move_button.setText(self.tr("Chuyển sang thư mục khác…"))
        self.backup_button.setText(self.tr("Sao lưu ngay"))
        self.password_button.setText(self.tr("Đổi mật khẩu của tôi…"))
        self.recovery_button.setText(self.tr("Tạo mã khôi phục mới (khi mất phiếu cũ)…"))
        self.letterhead_button.setText(self.tr("Thể thức văn bản: cơ quan ban hành, người ký, nơi nhận…"))
        self.clients_box.setTitle(self.tr("Hồ sơ người được hỗ trợ"))
        self._retention_label.setText(self.tr("Thời hạn lưu hồ sơ sau lần gặp cuối (tháng):"))
        self.retention_button.setText(self.tr("Lưu thời hạn"))
        self._show_backup()
        self._permissions()
