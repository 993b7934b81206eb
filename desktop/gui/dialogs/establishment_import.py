"""Importing businesses from Excel: the shared import dialog, in the establishments' words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import establishment_import as rules
from desktop.domain.establishments import BUSINESS_TYPE_LABELS, BusinessType
from desktop.gui.context import AppContext
from desktop.gui.dialogs.sheet_import import ImportService, SheetImportDialog, SheetKind, SheetPreviewModel
from desktop.gui.dialogs.sheet_import import row_verdict as _row_verdict
from desktop.gui.texts import label, vn_number
from desktop.services.establishments.establishment_import import ImportPreview, PreviewRow, write_template


def _display(column: str, value: Any) -> Any:
    if column == "business_type":
        return label(BUSINESS_TYPE_LABELS[BusinessType(value)]) if value in BusinessType.__members__.values() \
            else value
    return value


KIND = SheetKind(rules.COLUMNS, ("name", "business_type", "address"), lambda: QCoreApplication.translate(
    "Import", "Trùng với cơ sở đã có (cùng tên và địa chỉ): bỏ qua."), _display)


def row_verdict(row: PreviewRow) -> str:
    """What will happen to one row, in the same words as the form ("Địa chỉ: Chưa nhập trường bắt buộc.")."""
    return _row_verdict(row, KIND)


class PreviewModel(SheetPreviewModel):
    def __init__(self) -> None:
        super().__init__(KIND)


class ImportDialog(SheetImportDialog):
    template_name = "mau-danh-sach-co-so.xlsx"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, KIND, parent)

    def service(self) -> ImportService:
        return self._context.services.establishment_import

    def write_template(self, path: Path) -> None:
        write_template(path, language=self._context.config.language)

    def title_text(self) -> str:
        return self.tr("Nhập danh sách cơ sở từ Excel")

    def choose_text(self) -> str:
        return self.tr("Chọn bảng tính danh sách cơ sở")

    def totals_text(self, p: ImportPreview) -> str:
        return self.tr(
            "{total} dòng: <b>{good} sẽ được thêm</b>, {bad} có lỗi (không nhập), {dup} trùng với cơ sở đã có "
            "(bỏ qua). Tệp {file}, trang “{sheet}”.").format(
                total=vn_number(len(p.rows)), good=vn_number(p.good), bad=vn_number(p.with_problems),
                dup=vn_number(p.duplicates), file=p.file_name, sheet=p.sheet)

    def button_text(self, count: int) -> str:
        return self.tr("Nhập {count} cơ sở").format(count=vn_number(count))

    def done_text(self, count: int) -> str:
        return self.tr("Đã nhập {count} cơ sở vào sổ.").format(count=vn_number(count))
