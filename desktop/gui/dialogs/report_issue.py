"""Before printing a report: its number in the document register, date of issue and narrative sections."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout,
    QWidget,
)

from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import period_label
from desktop.gui.widgets import MessageLine
from desktop.reports.issue import NARRATIVE_SECTIONS, Narrative
from desktop.reports.model import Report
from desktop.services.context import Outcome
from desktop.services.documents.documents import DocumentEntry


class ReportIssueDialog(Retranslates, QDialog):
    """Registers the report (or corrects its entry); a used number is refused and the typed text stays."""

    def __init__(self, context: AppContext, report: Report, entry: DocumentEntry | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.report = report
        self.existing = entry
        self.entry: DocumentEntry | None = entry
        today = context.services.register.clock.today()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.number = QSpinBox()
        self.number.setRange(1, 99_999)
        self.number.setValue(entry.number if entry else
                             context.services.documents.next_number(context.actor, year=today.year))
        self.issued_on = QDateEdit()
        self.issued_on.setDisplayFormat("dd/MM/yyyy")
        self.issued_on.setCalendarPopup(True)
        day = entry.issued_on if entry else today
        self.issued_on.setDate(QDate(day.year, day.month, day.day))
        self.title_field = QLineEdit(entry.title if entry else report.title)
        self.sections: dict[str, QPlainTextEdit] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        self._number_label, self._date_label, self._title_label = QLabel(), QLabel(), QLabel()
        form.addRow(self._number_label, self.number)
        form.addRow(self._date_label, self.issued_on)
        form.addRow(self._title_label, self.title_field)
        for key, _ in NARRATIVE_SECTIONS:
            edit = QPlainTextEdit(getattr(entry.narrative, key) if entry else "")
            edit.setMinimumHeight(70)
            self.sections[key] = edit
            self._labels[key] = QLabel()
            form.addRow(self._labels[key], edit)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def narrative(self) -> Narrative:
        return Narrative(**{key: edit.toPlainText() for key, edit in self.sections.items()})

    def save(self) -> None:
        qdate = self.issued_on.date()
        issued_on = date(qdate.year(), qdate.month(), qdate.day())
        number = self.number.value()
        # The same entry is corrected when it keeps its number; a new number registers a new document.
        keep = self.existing is not None and self.existing.number == number and self.existing.year == issued_on.year
        services, actor, title = self._context.services, self._context.actor, self.title_field.text()
        period_code, narrative = self.report.period.code, self.narrative()
        entry_id = self.existing.id if keep and self.existing else None

        def saved(outcome: Outcome[DocumentEntry]) -> None:
            self.entry = outcome.value
            self.accept()

        # A refusal keeps the dialog open with everything typed.
        Operation(self._context, self, lambda: services.documents.save(
            actor, number=number, issued_on=issued_on, title=title, period_code=period_code, narrative=narrative,
            entry_id=entry_id)).success(saved).failure(self.message.show_problem).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Số văn bản và thuyết minh báo cáo"))
        self.heading.setText(self.tr(
            "<b>{period}</b>: số của báo cáo trong sổ đăng ký văn bản đi và các phần lời của báo cáo gửi cấp trên. "
            "Được in vào PDF và ghi vào trang “Thuyết minh” của tệp Excel.").format(
                period=period_label(self.report.period)))
        self._number_label.setText(self.tr("Số văn bản:"))
        self._date_label.setText(self.tr("Ngày ban hành:"))
        self._title_label.setText(self.tr("Trích yếu:"))
        headings = {
            "situation": self.tr("I. Tình hình chung:"),
            "results": self.tr("II. Kết quả thực hiện:"),
            "shortcomings": self.tr("III. Tồn tại, hạn chế và nguyên nhân:"),
            "proposals": self.tr("IV. Đề xuất, kiến nghị:"),
        }
        for key, label in self._labels.items():
            label.setText(headings[key])
        self.save_button.setText(self.tr("Lưu vào sổ"))
        self.cancel_button.setText(self.tr("Hủy"))
