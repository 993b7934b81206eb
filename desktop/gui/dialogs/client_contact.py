"""Logging one contact or service given to a person (counted in lượt), checked as the worker types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.domain.clients import SERVICE_LABELS, TOPIC_LABELS, ContactDraft, contact_problems
from desktop.domain.problems import Problem
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import (
    check_list, checked_codes, code_combo, date_edit, fill_code_combo, note_label, problem_lines,
    retranslate_check_list, to_date,
)
from desktop.gui.dialogs.record_form import RecordForm
from desktop.services.clients.client_views import ClientView, ContactView
from desktop.services.context import Outcome

_ITEMS = ("condoms", "lubricant", "leaflets")


class ContactDialog(RecordForm):

    def __init__(self, context: AppContext, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(context, None, parent)
        self.client = client
        self._today = context.services.register.clock.today()
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
        form = QFormLayout()
        for name, widget in (("contacted_on", self.contacted_on), ("category", self.category),
                             ("topics", self.topics)):
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], widget)
        self.items_box = QGroupBox()
        grid = QGridLayout(self.items_box)
        for i, name in enumerate(_ITEMS):
            self._labels[name] = QLabel()
            grid.addWidget(self._labels[name], 0, i * 2)
            grid.addWidget(self.items[name], 0, i * 2 + 1)
        self._labels["notes"] = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.items_box)
        layout.addWidget(self._labels["notes"])
        layout.addWidget(self.notes)
        layout.addWidget(self.notes_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.contacted_on.dateChanged.connect(self._check)
        self.category.currentIndexChanged.connect(self._check)
        self.topics.itemChanged.connect(self._check)
        for spin in self.items.values():
            spin.valueChanged.connect(self._check)
        self.resize(600, 560)
        self.start()

    def draft(self) -> ContactDraft:
        return ContactDraft(contacted_on=to_date(self.contacted_on.date()), category=self.category.currentData(),
                            topics=checked_codes(self.topics), notes=self.notes.toPlainText(),
                            **{name: spin.value() for name, spin in self.items.items()})

    def problems(self) -> list[Problem]:
        return contact_problems(self.draft(), today=self._today, first_contact_on=self.client.first_contact_on)

    def show_problems(self, problems: list[Problem]) -> None:
        if problems:
            self.message.show_problem(problem_lines(problems))
        else:
            super().show_problems(problems)

    def persist(self) -> Outcome[ContactView]:
        return self._context.services.clients.log_contact(self._context.actor, self.client.id, self.draft())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ghi lần tiếp xúc"))
        self.heading.setText(self.tr("Lần tiếp xúc, hỗ trợ cho người có mã {code}").format(code=self.client.uic))
        texts = {"contacted_on": self.tr("Ngày:"), "category": self.tr("Loại hỗ trợ:"),
                 "topics": self.tr("Nội dung trao đổi:"), "condoms": self.tr("Bao cao su:"),
                 "lubricant": self.tr("Chất bôi trơn:"), "leaflets": self.tr("Tờ rơi:"), "notes": self.tr("Ghi chú:")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.items_box.setTitle(self.tr("Vật phẩm đã phát"))
        self.notes_note.setText(self.tr("Ghi chú chỉ lưu trên máy này, không gửi đi."))
        fill_code_combo(self.category, SERVICE_LABELS)
        retranslate_check_list(self.topics)
