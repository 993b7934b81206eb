"""Settings: copies on an external drive, the restore drill, and installing a signed update."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QGroupBox, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext, confirm
from desktop.gui.dialogs.restore_preview import RestorePreviewDialog
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.services.maintenance.backup_preview import BackupPreview
from desktop.services.maintenance.maintenance import restore_backup


SCHEDULE_CHECK_MS = 60 * 60 * 1000


class BackupActions(Retranslates, QGroupBox):
    def __init__(self, context: AppContext, message: MessageLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.message = message
        self.dialog: RestorePreviewDialog | None = None
        self.external_button = QPushButton()
        self.drill_button = QPushButton()
        self.update_button = QPushButton()
        layout = QVBoxLayout(self)
        for button in (self.external_button, self.drill_button, self.update_button):
            layout.addWidget(button)
        self.external_button.clicked.connect(self._choose_external)
        self.drill_button.clicked.connect(self._choose_backup)
        self.update_button.clicked.connect(self._choose_update)
        context.actor_changed.connect(self._permissions)
        # The scheduled copy: at login (app.py) and then every hour while the window is open,
        # so a PC left on for days still gets its daily copy.
        self.schedule = QTimer(self)
        self.schedule.setInterval(SCHEDULE_CHECK_MS)
        self.schedule.timeout.connect(self.run_schedule)
        self.schedule.start()
        self.retranslate()

    def run_schedule(self) -> None:
        services, actor = self._context.services, self._context.actor
        # Quiet: no progress; an Outcome (a copy was due) is announced, None (not due) is not.
        Operation(self._context, self, lambda: services.maintenance.backup_if_due(actor)) \
            .failure(self.message.show_problem).run_in_background()

    # --- a copy on an external drive --------------------------------------------------------

    def _choose_external(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn ổ USB hoặc ổ đĩa rời"))
        if folder:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        services, actor = self._context.services, self._context.actor
        Operation(self._context, self, lambda: services.maintenance.backup_to(actor, folder)).success(
            lambda outcome: self.message.show_ok(self.tr("Đã sao lưu ra {file}.").format(file=str(outcome.value.path)))) \
            .failure(self.message.show_problem).disabling(self.external_button) \
            .with_progress(self.tr("Đang sao lưu ra ổ đĩa rời…")).run_in_background()

    # --- the restore drill --------------------------------------------------------------------

    def _choose_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu"), str(self._context.data_dir.backups),
                                              self.tr("Bản sao lưu (register-*.db)"))
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> None:
        """Read the copy on the worker thread, then show what it holds; nothing is replaced yet."""
        services, actor = self._context.services, self._context.actor
        self.drill_button.setEnabled(False)

        def done(preview: BackupPreview) -> None:
            self.drill_button.setEnabled(True)
            self.dialog = RestorePreviewDialog(preview, self, can_restore=actor.can(Permission.BACKUP))
            self.dialog.accepted.connect(lambda: self._restore(preview))
            self.dialog.open()

        def failed(error: BaseException) -> None:
            self.drill_button.setEnabled(True)
            self.message.show_problem(error_text(error))

        self._context.run(lambda: services.maintenance.preview_backup(actor, path), done, on_error=failed)

    def _restore(self, preview: BackupPreview) -> None:
        if not confirm(self, self.tr("Khôi phục bản sao lưu"),
                       self.tr("Thay sổ đăng ký đang dùng bằng bản sao lưu {file}? Ứng dụng sẽ đóng lại sau đó.")
                       .format(file=preview.path.name), yes=self.tr("Khôi phục"), no=self.tr("Không")):
            return
        register, actor = self._context.services.register, self._context.actor
        # On the single worker, after whatever it still runs: nothing else uses the register meanwhile.
        Operation(self._context, self, lambda: restore_backup(register, actor, preview.path)).success(
            lambda safety: self._close_app(self.tr(
                "Đã khôi phục. Sổ đăng ký trước đó được giữ ở {file}. Hãy mở lại ứng dụng.").format(
                file=safety.name if safety else "-"))).failure(self.message.show_problem) \
            .with_progress(self.tr("Đang khôi phục bản sao lưu…")).run_in_background()

    # --- a signed update ------------------------------------------------------------------------

    def _choose_update(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn gói cập nhật"), "",
                                              self.tr("Gói cập nhật Hòa Nhập (*.hnu)"))
        if path:
            self.install_update(Path(path))

    def install_update(self, path: Path) -> None:
        from desktop.services.updates.updates import default_installation, install_update

        register, actor = self._context.services.register, self._context.actor
        self.update_button.setEnabled(False)

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self.update_button.setEnabled(True)
            self._close_app(self.tr("Đã cài phiên bản {version} (trước đó: {previous}); bản sao lưu trước khi cập "
                                    "nhật: {file}. Ứng dụng sẽ đóng; hãy mở lại.")
                            .format(version=outcome.value.version, previous=outcome.value.previous,
                                    file=outcome.value.backup.name))

        def failed(error: BaseException) -> None:
            self.update_button.setEnabled(True)
            self.message.show_problem(error_text(error))

        self._context.run(lambda: install_update(register, actor, path, installation=default_installation()), done,
                          on_error=failed)

    def _close_app(self, text: str) -> None:
        self.message.show_ok(text)
        QMessageBox.information(self, self.tr("Hòa Nhập"), text)
        QCoreApplication.quit()

    # --- words and rights ---------------------------------------------------------------------

    def _permissions(self) -> None:
        actor = self._context.actor
        self.external_button.setEnabled(actor.can(Permission.BACKUP))
        self.drill_button.setEnabled(actor.can(Permission.BACKUP))
        self.update_button.setVisible(actor.can(Permission.MANAGE_SETTINGS))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sao lưu, khôi phục và cập nhật"))
        self.external_button.setText(self.tr("Sao lưu ra USB / ổ đĩa rời…"))
        self.drill_button.setText(self.tr("Kiểm tra hoặc khôi phục một bản sao lưu…"))
        self.update_button.setText(self.tr("Cài bản cập nhật từ USB…"))
        self._permissions()
