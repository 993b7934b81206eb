"""Entering a period's denominators the data cannot know (students, workers in the area…)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.periods import Period
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.pages.reports_table import number_text, unit_text
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import period_label
from desktop.gui.widgets import MessageLine
from desktop.services.reports.reports import ParameterValue

# As Vietnamese write numbers: dots group thousands, a comma starts the decimals ("12.500", "37,5").
_NUMBER = re.compile(r"^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def parse_number(text: str) -> float | None:
    """None for an empty field (the figure is cleared); ValueError for anything but a Vietnamese number."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if not _NUMBER.match(cleaned):
        raise ValueError(text)
    return float(cleaned.replace(".", "").replace(",", "."))


class ReportParametersDialog(Retranslates, QDialog):
    def __init__(self, context: AppContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.period = period
        self.values: list[ParameterValue] = context.services.reports.parameters(context.actor, period)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        for row, item in enumerate(self.values):
            name = QLabel(item.name)
            name.setWordWrap(True)
            name.setMinimumWidth(420)
            field = QLineEdit("" if item.value is None else number_text(item.value, share=False))
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setMaximumWidth(140)
            field.textChanged.connect(self._validate)
            name.setBuddy(field)
            self.fields[item.code] = field
            grid.addWidget(name, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(QLabel(unit_text(item.unit)), row, 2)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(660)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def _wrong(self) -> list[str]:
        wrong = []
        for item in self.values:
            try:
                parse_number(self.fields[item.code].text())
            except ValueError:
                wrong.append(item.name)
        return wrong

    def _validate(self) -> bool:
        wrong = self._wrong()
        for item in self.values:
            self.fields[item.code].setStyleSheet("border: 1px solid #b00020;" if item.name in wrong else "")
        if wrong:
            self.message.show_problem(self.tr("“{name}”: hãy nhập một số không âm, ví dụ 1.250 hoặc 37,5.").format(
                name=wrong[0]))
        else:
            self.message.show_ok("")
        self.save_button.setEnabled(not wrong)
        return not wrong

    def save(self) -> None:
        if not self._validate():
            return
        from desktop.services.context import Changes, Outcome

        services, actor, period = self._context.services, self._context.actor, self.period
        edited = [(item.code, value) for item in self.values
                  if (value := parse_number(self.fields[item.code].text())) != item.value]

        def work() -> Outcome[None]:
            for code, value in edited:
                services.reports.set_parameter(actor, code, period=period, value=value)
            return Outcome(None, Changes.SETTINGS if edited else Changes.NONE)

        # A refusal keeps the dialog open with the typed figures.
        Operation(self._context, self, work).success(lambda _outcome: self.accept()) \
            .failure(self.message.show_problem).disabling(self.save_button).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Số liệu nền của kỳ báo cáo"))
        self.heading.setText(self.tr(
            "<b>{period}</b>: các số liệu dùng làm mẫu số cho chỉ tiêu tỷ lệ (ví dụ số học sinh trên địa bàn). "
            "Để trống nếu chưa có số liệu; chỉ tiêu đó sẽ ghi “Không đủ dữ liệu”.").format(
                period=period_label(self.period)))
        self.save_button.setText(self.tr("Lưu"))
        self.cancel_button.setText(self.tr("Hủy"))
