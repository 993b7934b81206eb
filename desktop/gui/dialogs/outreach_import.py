"""Importing outreach sessions from Excel: the shared import dialog, in the session form's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import outreach_import as rules
from desktop.domain.outreach import FORM_LABELS, TARGET_GROUP_LABELS, OutreachForm, TargetGroup
from desktop.gui.context import AppContext
from desktop.gui.dialogs.sheet_import import ImportService, SheetImportDialog, SheetKind
from desktop.gui.texts import label, vn_number
from desktop.services.outreach.outreach_import import write_template
from desktop.services.sheet_import import ImportPreview


def _display(column: str, value: Any) -> Any:
    if column == "held_on":
        return f"{value:%d/%m/%Y}" if isinstance(value, date) else ""
    if column == "form" and value in OutreachForm.__members__.values():
        return label(FORM_LABELS[OutreachForm(value)])
    if column == "target_group" and value in TargetGroup.__members__.values():
        return label(TARGET_GROUP_LABELS[TargetGroup(value)])
    return value


KIND = SheetKind(rules.COLUMNS, ("held_on", "place", "form", "target_group", "participants_total"),
                 lambda: QCoreApplication.translate(
                     "Import", "Trùng với buổi đã có (cùng ngày, địa điểm, hình thức, nhóm đối tượng): bỏ qua."),
                 _display)


class OutreachImportDialog(SheetImportDialog):
    template_name = "mau-so-truyen-thong.xlsx"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, KIND, parent)

    def service(self) -> ImportService:
        return self._context.services.outreach_import

    def write_template(self, path: Path) -> None:
        write_template(path, language=self._context.config.language)

    def title_text(self) -> str:
        return self.tr("Nhập sổ buổi truyền thông từ Excel")

    def choose_text(self) -> str:
        return self.tr("Chọn bảng tính sổ truyền thông")

    def totals_text(self, p: ImportPreview) -> str:
        return self.tr(
            "{total} dòng: <b>{good} sẽ được thêm</b>, {bad} có lỗi (không nhập), {dup} trùng với buổi đã có "
            "(bỏ qua). Tệp {file}, trang “{sheet}”.").format(
                total=vn_number(len(p.rows)), good=vn_number(p.good), bad=vn_number(p.with_problems),
                dup=vn_number(p.duplicates), file=p.file_name, sheet=p.sheet)

    def button_text(self, count: int) -> str:
        return self.tr("Nhập {count} buổi").format(count=vn_number(count))

    def done_text(self, count: int) -> str:
        return self.tr("Đã nhập {count} buổi truyền thông vào sổ.").format(count=vn_number(count))
