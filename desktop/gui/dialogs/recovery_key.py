"""Showing a newly made recovery key once, with its printable sheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.admin_units import unit
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.widgets import MessageLine
from desktop.services.accounts.setup import write_recovery_sheet_for


class RecoveryKeyDialog(QDialog):
    def __init__(self, context: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self._key = context, key
        explain = QLabel(self.tr("Mã khôi phục mới (mã cũ không còn dùng được). Mã chỉ hiện một lần: "
                                 "hãy in phiếu và cất trong tủ khóa của cơ quan."))
        explain.setWordWrap(True)
        shown = QLabel(key)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save = QPushButton(self.tr("In phiếu mã khôi phục…"))
        self.message = MessageLine()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        for widget in (explain, shown, save, self.message, buttons):
            layout.addWidget(widget)
        save.clicked.connect(self._save)
        buttons.accepted.connect(self.accept)
        self.setWindowTitle(self.tr("Mã khôi phục mới"))

    def _save(self) -> None:
        """Printing straight away is best: the key then never lies in a file on this PC."""
        from desktop.gui.printing import print_or_save

        print_or_save(self._context, self, title=self.tr("In phiếu mã khôi phục"), suggested="phieu-khoi-phuc.pdf",
                      write=self._writer(), finished=lambda chosen, _path: self._noted(printed=chosen == "print"),
                      failure=self.message.show_problem)

    def _writer(self) -> Callable[[Path], object]:
        """The sheet's write, for the worker: the office's details are read now."""
        register = self._context.services.register
        office, key, now = register.office, self._key, register.clock.now()
        return lambda path: write_recovery_sheet_for(
            path, recovery_key=key, unit_name=office.unit_name, province_name=unit(office.province_code).name,
            office_role=office.role, device_id=office.device_id, now=now)

    def _noted(self, *, printed: bool) -> None:
        self.message.show_ok(self.tr("Đã gửi phiếu tới máy in; không có tệp nào được lưu trên máy.") if printed
                             else self.tr("Đã lưu phiếu. Hãy in ra, rồi xóa tệp khỏi máy."))
        first_week, actor = self._context.services.first_week, self._context.actor
        Operation(self._context, self, lambda: first_week.note_recovery_sheet(actor)).run_in_background()

    def save_to(self, path: Path) -> None:
        from desktop.gui.printing import save_document

        save_document(self._context, self, path, self._writer(), open_after=False,
                      on_saved=lambda _path: self._noted(printed=False), failure=self.message.show_problem)
