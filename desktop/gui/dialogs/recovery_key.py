"""Showing a newly made recovery key once, with its printable sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.admin_units import unit
from desktop.gui.context import AppContext
from desktop.gui.texts import error_text
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

        chosen = print_or_save(self._context.printing, self, title=self.tr("In phiếu mã khôi phục"),
                               suggested="phieu-khoi-phuc.pdf", write=self._write)
        if chosen:
            self._noted(printed=chosen == "print")

    def _write(self, path: Path) -> bool:
        register = self._context.services.register
        office = register.office
        try:
            write_recovery_sheet_for(path, recovery_key=self._key, unit_name=office.unit_name,
                                     province_name=unit(office.province_code).name, office_role=office.role,
                                     device_id=office.device_id, now=register.clock.now())
        except Exception as error:  # noqa: BLE001
            self.message.show_problem(error_text(error))
            return False
        return True

    def _noted(self, *, printed: bool) -> None:
        self.message.show_ok(self.tr("Đã gửi phiếu tới máy in; không có tệp nào được lưu trên máy.") if printed
                             else self.tr("Đã lưu phiếu. Hãy in ra, rồi xóa tệp khỏi máy."))
        self._context.announce(self._context.services.first_week.note_recovery_sheet(self._context.actor).changes)

    def save_to(self, path: Path) -> None:
        if self._write(path):
            self._noted(printed=False)
