"""The indicator set in force, and (for an administrator) loading a new one from a file."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import vn_number
from desktop.gui.widgets import MessageLine
from desktop.services.context import Outcome


class ReportDefinitionsDialog(Retranslates, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555555;")
        self.load_button = QPushButton()
        self.load_button.setEnabled(context.actor.can(Permission.MANAGE_SETTINGS))
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.help)
        layout.addWidget(self.load_button)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.load_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def _show_info(self) -> None:
        """Every set in force with its dates: a report uses the one whose dates hold its whole period."""
        lines = [self.tr("<b>Bộ chỉ tiêu theo thời gian áp dụng</b> (báo cáo dùng bộ có thời gian bao trùm kỳ "
                         "báo cáo):")]
        for info in self._context.services.reports.definition_sets(self._context.actor):
            origin = self.tr("có sẵn trong ứng dụng") if info.built_in else self.tr("do quản trị viên nạp")
            if info.replaced:
                origin += self.tr("; bộ đã nạp được dùng cho thời gian trùng")
            lines.append(self.tr("{start} – {end}: {programme} ({code}), {count} chỉ tiêu; tệp {file} ({origin}).")
                         .format(start=f"{info.valid_from:%d/%m/%Y}" if info.valid_from else "",
                                 end=f"{info.valid_to:%d/%m/%Y}" if info.valid_to else "",
                                 programme=html.escape(info.programme_name), code=html.escape(info.programme_code),
                                 count=vn_number(info.indicators), file=html.escape(info.source), origin=origin))
        self.info.setText("<br>".join(lines))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp định nghĩa chỉ tiêu"), "",
                                              self.tr("Tệp chỉ tiêu (*.toml);;Mọi tệp (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Validate and store the file (on the worker); on any problem say which line, and the set in force stays."""
        services, actor = self._context.services, self._context.actor

        def loaded(outcome: Outcome[Any]) -> None:
            self._show_info()
            self.message.show_ok(self.tr(
                "Đã nạp {count} chỉ tiêu từ tệp {file}. Các báo cáo từ nay theo bộ chỉ tiêu này.")
                .format(count=vn_number(outcome.value.indicators), file=outcome.value.source))

        def refused(problem: str) -> None:
            self.message.show_problem(self.tr("{problem}\nBộ chỉ tiêu đang dùng không thay đổi.").format(
                problem=problem))

        Operation(self._context, self, lambda: services.reports.load_definitions(actor, path)).success(loaded) \
            .failure(refused).disabling(self.load_button).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bộ chỉ tiêu báo cáo"))
        self.help.setText(self.tr(
            "Khi có chương trình hoặc kế hoạch mới (ví dụ giai đoạn 2026–2035), quản trị viên nạp tệp định nghĩa chỉ "
            "tiêu do tỉnh cung cấp; tệp ghi rõ thời gian áp dụng (valid_from, valid_to). Tệp được kiểm tra toàn bộ "
            "trước khi dùng; nếu có lỗi hoặc trùng thời gian với bộ đã nạp khác, các bộ hiện tại được giữ nguyên."))
        self.load_button.setText(self.tr("Nạp tệp định nghĩa mới…"))
        if not self.load_button.isEnabled():
            self.load_button.setToolTip(self.tr("Chỉ quản trị viên được nạp bộ chỉ tiêu mới."))
        self.close_button.setText(self.tr("Đóng"))
        self._show_info()
