"""Logging one contact or service given to a person (counted in lượt), checked as the worker types."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout,
    QWidget,
)

from desktop.domain.clients import SERVICE_LABELS, TOPIC_LABELS, ContactDraft, contact_problems
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import (
    check_list, checked_codes, code_combo, date_edit, fill_code_combo, mark_fields, note_label, problem_lines,
    retranslate_check_list, to_date,
)
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.services.client_views import ClientView, ContactView

_ITEMS = ("condoms", "lubricant", "leaflets")


class ContactDialog(QDialog):
    def __init__(self, context: AppContext, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.client = client
        self._today = context.services.register.clock.today()
        self.saved: ContactView | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.contacted_on = date_edit(self._today, latest=self._today)
        self.category = code_combo(SERVICE_LABELS)
        self.topics = check_list(TOPIC_LABELS, height=190)
        self.items = {name: QSpinBox() for name in _ITEMS}
        for spin in self.items.values():
            spin.setRange(0, 10_000)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes_note = note_label()
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self._captions: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, widget in (("contacted_on", self.contacted_on), ("category", self.category),
                             ("topics", self.topics)):
            self._captions[name] = QLabel()
            form.addRow(self._captions[name], widget)
        self.items_box = QGroupBox()
        grid = QGridLayout(self.items_box)
        for i, name in enumerate(_ITEMS):
            self._captions[name] = QLabel()
            grid.addWidget(self._captions[name], 0, i * 2)
            grid.addWidget(self.items[name], 0, i * 2 + 1)
        self._captions["notes"] = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.items_box)
        layout.addWidget(self._captions["notes"])
        layout.addWidget(self.notes)
        layout.addWidget(self.notes_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.contacted_on.dateChanged.connect(self._check)
        self.category.currentIndexChanged.connect(self._check)
        self.topics.itemChanged.connect(self._check)
        for spin in self.items.values():
            spin.valueChanged.connect(self._check)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.resize(600, 560)
        self.retranslate()

    def draft(self) -> ContactDraft:
        return ContactDraft(contacted_on=to_date(self.contacted_on.date()), category=self.category.currentData(),
                            topics=checked_codes(self.topics), notes=self.notes.toPlainText(),
                            **{name: spin.value() for name, spin in self.items.items()})

    def _check(self) -> bool:
        problems = contact_problems(self.draft(), today=self._today, first_contact_on=self.client.first_contact_on)
        mark_fields(self._captions, problems)
        if problems:
            self.message.show_problem(problem_lines(problems))
        else:
            self.message.show_ok(self.tr("Thông tin hợp lệ."))
        self.save_button.setEnabled(not problems)
        return not problems

    def _save(self) -> None:
        if not self._check():
            return
        try:
            outcome = self._context.services.clients.log_contact(self._context.actor, self.client.id, self.draft())
        except Exception as error:  # noqa: BLE001 - the dialog stays open with the typed work
            self.message.show_problem(error_text(error))
            return
        self.saved = outcome.value
        self._context.announce(outcome.changes)
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ghi lần tiếp xúc"))
        self.heading.setText(self.tr("Lần tiếp xúc, hỗ trợ cho người có mã {code}").format(code=self.client.uic))
        texts = {"contacted_on": self.tr("Ngày:"), "category": self.tr("Loại hỗ trợ:"),
                 "topics": self.tr("Nội dung trao đổi:"), "condoms": self.tr("Bao cao su:"),
                 "lubricant": self.tr("Chất bôi trơn:"), "leaflets": self.tr("Tờ rơi:"), "notes": self.tr("Ghi chú:")}
        for name, text in texts.items():
            self._captions[name].setText(text)
        self.items_box.setTitle(self.tr("Vật phẩm đã phát"))
        self.notes_note.setText(self.tr("Ghi chú chỉ lưu trên máy này, không gửi đi."))
        fill_code_combo(self.category, SERVICE_LABELS)
        retranslate_check_list(self.topics)
        self.save_button.setText(self.tr("Lưu"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
