"""Importing the year's baseline figures (annual targets of the province's plan) from Excel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import target_import as rules
from desktop.gui.context import AppContext
from desktop.gui.dialogs.sheet_import import ImportService, SheetImportDialog, SheetKind
from desktop.gui.texts import vn_number
from desktop.services.sheet_import import ImportPreview

def _display(column: str, value: Any) -> Any:
    return "" if value is None else value


KIND = SheetKind(rules.COLUMNS, ("year", "indicator", "name", "column_name", "target"),
                 lambda: QCoreApplication.translate(
                     "Import", "Đã có chỉ tiêu này cho năm này (hoặc trùng một dòng trước): bỏ qua. "
                     "Muốn sửa, dùng “Chỉ tiêu năm…”."), _display,
                 {"column_name": "target_set"})


class BaselineImportDialog(SheetImportDialog):
    template_name = "mau-chi-tieu-nam.xlsx"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, KIND, parent)

    def service(self) -> ImportService:
        return self._context.services.baseline_import

    def write_template(self, path: Path) -> None:
        self._context.services.baseline_import.write_template(self._context.actor, path,
                                                              language=self._context.config.language)

    def title_text(self) -> str:
        return self.tr("Nhập chỉ tiêu năm từ Excel")

    def choose_text(self) -> str:
        return self.tr("Chọn bảng tính chỉ tiêu kế hoạch năm")

    def totals_text(self, p: ImportPreview) -> str:
        return self.tr(
            "{total} dòng có số liệu: <b>{good} sẽ được thêm</b>, {bad} có lỗi (không nhập), {dup} đã có "
            "(bỏ qua). Tệp {file}, trang “{sheet}”.").format(
                total=vn_number(len(p.rows)), good=vn_number(p.good), bad=vn_number(p.with_problems),
                dup=vn_number(p.duplicates), file=p.file_name, sheet=p.sheet)

    def button_text(self, count: int) -> str:
        return self.tr("Nhập {count} chỉ tiêu").format(count=vn_number(count))

    def done_text(self, count: int) -> str:
        return self.tr("Đã nhập {count} chỉ tiêu năm.").format(count=vn_number(count))
