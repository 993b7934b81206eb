"""Closing a reporting period: the commune's signed word that a month's data is complete (or that there was none)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.periods import Period
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import period_label
from desktop.gui.widgets import MessageLine


class ClosePeriodDialog(Retranslates, QDialog):
    """Offers only ended periods not closed yet; the declaration is signed now and travels in the next bundle."""

    def __init__(self, context: AppContext, choices: Sequence[Period], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._choices = list(choices)
        self.closed: str | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.period = QComboBox()
        self.nil = QCheckBox()
        self.declaration = QLabel()
        self.declaration.setWordWrap(True)
        self.declaration.setTextFormat(Qt.TextFormat.RichText)
        self.declaration.setStyleSheet("padding: 8px; background: #eef3f8; border-radius: 4px;")
        self.message = MessageLine()
        self._caption = QLabel()
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        form.addRow(self._caption, self.period)
        form.addRow("", self.nil)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.declaration)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.period.currentIndexChanged.connect(self._declare)
        self.nil.toggled.connect(self._declare)
        self.close_button.clicked.connect(self.close_period)
        self.buttons.rejected.connect(self.reject)
        self.resize(600, 380)
        self.retranslate()

    def chosen(self) -> Period | None:
        index = self.period.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def _declare(self) -> None:
        period = self.chosen()
        self.close_button.setEnabled(period is not None)
        if period is None:
            self.declaration.setText(self.tr("Mọi kỳ đã kết thúc đều đã được chốt."))
            return
        office = self._context.services.register.office
        template = (self.tr("Tôi, <b>{user}</b>, xác nhận <b>{unit}</b> không có số liệu nào phát sinh trong "
                            "<b>{period}</b> (báo cáo trống).") if self.nil.isChecked() else
                    self.tr("Tôi, <b>{user}</b>, xác nhận số liệu <b>{period}</b> của <b>{unit}</b> đã được nhập "
                            "đầy đủ vào sổ."))
        self.declaration.setText(template.format(user=self._context.actor.username, unit=office.unit_name,
                                                 period=period_label(period)))

    def close_period(self) -> None:
        period = self.chosen()
        if period is None:
            return
        services, actor, nil = self._context.services, self._context.actor, self.nil.isChecked()
        self.close_button.setEnabled(False)

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self.closed = outcome.value
            self.accept()

        def failed(problem: str) -> None:
            self.close_button.setEnabled(True)
            self.message.show_problem(problem)

        Operation(self._context, self, lambda: services.sync.close_period(actor, period.code, nil=nil)) \
            .success(done).failure(failed).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Chốt kỳ báo cáo"))
        self.intro.setText(self.tr(
            "Chốt kỳ là lời xác nhận của xã, có chữ ký số của máy này, rằng số liệu của kỳ đã đầy đủ. Lời xác nhận "
            "được gửi lên cấp trên trong gói dữ liệu tiếp theo; cấp trên dựa vào đó để biết xã đã báo cáo đúng hạn "
            "hay chưa. Mỗi kỳ chỉ chốt được một lần."))
        self._caption.setText(self.tr("Kỳ báo cáo:"))
        current = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        for period in self._choices:
            self.period.addItem(period_label(period))
        self.period.setCurrentIndex(max(0, current) if self._choices else -1)
        self.period.blockSignals(False)
        self.nil.setText(self.tr("Báo cáo trống: trong kỳ này không có hoạt động nào để báo cáo"))
        self.close_button.setText(self.tr("Ký và chốt kỳ"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._declare()
