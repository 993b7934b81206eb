"""Printing from the inspection area: the save-as question, and the choice of a blank or pre-filled checklist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QRadioButton, QVBoxLayout, QWidget,
)

from desktop.domain.establishments import BUSINESS_TYPE_LABELS
from desktop.gui.context import AppContext
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label


def ask_pdf_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Where to write a PDF; None when the officer cancels. The core writes every byte."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return Path(path) if path else None


def print_record(context: AppContext, parent: QWidget | None, inspection_id: str, *, day: str) -> None:
    """Print the biên bản of one inspection, or save it."""
    from desktop.gui.printing import print_or_save

    services, actor = context.services, context.actor
    print_or_save(context, parent, title=QCoreApplication.translate("InspectionPrint", "In biên bản kiểm tra"),
                  suggested=f"bien-ban-kiem-tra-{day}.pdf",
                  write=lambda path: services.printing.print_inspection_record(actor, inspection_id, path))


def write_checklist(context: AppContext, path: Path, *, business_type: str | None = None,
                    establishment_id: str | None = None) -> object:
    """The core writes the sheet; called on the worker thread (it reads no widget)."""
    return context.services.printing.print_checklist(context.actor, path, business_type=business_type,
                                                     establishment_id=establishment_id)


class ChecklistChoice(Retranslates, QDialog):
    """Blank for a business type, or pre-filled with the selected establishment's details."""

    def __init__(self, *, establishment: tuple[str, str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._establishment = establishment  # (id, name, business type)
        self.by_type = QRadioButton()
        self.for_selected = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.by_type)
        group.addButton(self.for_selected)
        self.business_type = QComboBox()
        for code, text in BUSINESS_TYPE_LABELS.items():
            self.business_type.addItem(label(text), code.value)
        if establishment is not None:
            self.business_type.setCurrentIndex(max(0, self.business_type.findData(establishment[2])))
            self.for_selected.setChecked(True)
        else:
            self.by_type.setChecked(True)
            self.for_selected.setEnabled(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.by_type)
        layout.addWidget(self.business_type)
        layout.addWidget(self.for_selected)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.by_type.toggled.connect(self.business_type.setEnabled)
        self.business_type.setEnabled(self.by_type.isChecked())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def choice(self) -> tuple[str | None, str | None]:
        """(business type, establishment id): exactly one is set."""
        if self.for_selected.isChecked() and self._establishment is not None:
            return None, self._establishment[0]
        return self.business_type.currentData(), None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("In phiếu kiểm tra"))
        self.by_type.setText(self.tr("Phiếu trống cho loại hình:"))
        if self._establishment is not None:
            self.for_selected.setText(self.tr("Phiếu điền sẵn thông tin cơ sở “{name}”").format(name=self._establishment[1]))
        else:
            self.for_selected.setText(self.tr("Phiếu điền sẵn thông tin cơ sở (hãy chọn một cơ sở trong danh sách)"))
        self.hint.setText(self.tr("Phiếu in theo mẫu đang có hiệu lực, gồm các mục áp dụng cho loại hình, "
                                  "căn cứ pháp lý và ô đạt / không đạt / không áp dụng."))
        self.ok_button.setText(self.tr("Chọn nơi lưu…"))
        self.cancel_button.setText(self.tr("Hủy"))
