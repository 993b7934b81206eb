"""The form to add or edit an outreach session, checked as the officer types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.domain.outreach import FORM_LABELS, TARGET_GROUP_LABELS, TOPIC_LABELS, OutreachDraft, outreach_problems
from desktop.domain.problems import Problem
from desktop.gui.context import AppContext
from desktop.gui.dialogs.record_form import RecordForm
from desktop.gui.texts import label
from desktop.services.context import Outcome
from desktop.services.outreach.outreach import OutreachRecord

_COUNTS = ("participants_total", "participants_male", "participants_female", "participants_other",
           "target_members", "leaflets", "condoms", "lubricant")


class OutreachForm(RecordForm):
    def __init__(self, context: AppContext, record: OutreachRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, record, parent)
        self.held_on = QDateEdit()
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.held_on.setCalendarPopup(True)
        self.place = QLineEdit()
        self.form = QComboBox()
        for code, text in FORM_LABELS.items():
            self.form.addItem(label(text), code.value)
        self.target_group = QComboBox()
        for code, text in TARGET_GROUP_LABELS.items():
            self.target_group.addItem(label(text), code.value)
        self.topics = QListWidget()
        for code, text in TOPIC_LABELS.items():
            item = QListWidgetItem(label(text))
            item.setData(Qt.ItemDataRole.UserRole, code.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.topics.setMaximumHeight(130)
        self.counts = {name: QSpinBox() for name in _COUNTS}
        for spin in self.counts.values():
            spin.setRange(0, 1_000_000)
            spin.setGroupSeparatorShown(True)
        # -1 shows "Chưa rõ": sessions recorded before the question existed, or an officer who cannot say.
        self.newly_reached = QSpinBox()
        self.newly_reached.setRange(-1, 1_000_000)
        self.newly_reached.setGroupSeparatorShown(True)
        self.newly_reached.setValue(-1)
        self.newly_help = QLabel()
        self.newly_help.setWordWrap(True)
        self.newly_help.setStyleSheet("color: #555555;")
        self.organiser = QLineEdit()
        self.partners = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        self._build_layout()
        self.chain_tab_order(self.held_on, self.place, self.form, self.target_group, self.topics, self.organiser,
                             self.partners, *self.counts.values(), self.notes)
        self._fill(record)
        for widget in (self.place, self.organiser, self.partners):
            widget.textChanged.connect(self._check)
        self.held_on.dateChanged.connect(self._check)
        self.form.currentIndexChanged.connect(self._check)
        self.target_group.currentIndexChanged.connect(self._check)
        self.topics.itemChanged.connect(self._check)
        for spin in (*self.counts.values(), self.newly_reached):
            spin.valueChanged.connect(self._check)
        self.notes.textChanged.connect(self._check)
        self.start()

    def _build_layout(self) -> None:
        details = QFormLayout()
        for name, widget in (("held_on", self.held_on), ("place", self.place), ("form", self.form),
                             ("target_group", self.target_group), ("topics", self.topics),
                             ("organiser", self.organiser), ("partners", self.partners)):
            self._labels[name] = QLabel()
            details.addRow(self._labels[name], widget)
        self.people_box = QGroupBox()
        grid = QGridLayout(self.people_box)
        for i, name in enumerate(_COUNTS):
            self._labels[name] = QLabel()
            grid.addWidget(self._labels[name], i // 2, (i % 2) * 2)
            grid.addWidget(self.counts[name], i // 2, (i % 2) * 2 + 1)
        row = (len(_COUNTS) + 1) // 2
        self._labels["newly_reached"] = QLabel()
        grid.addWidget(self._labels["newly_reached"], row, 0)
        grid.addWidget(self.newly_reached, row, 1)
        grid.addWidget(self.newly_help, row + 1, 0, 1, 4)
        self._labels["notes"] = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addWidget(self.people_box)
        layout.addWidget(self._labels["notes"])
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 720)

    def _fill(self, record: OutreachRecord | None) -> None:
        today = self._context.services.register.clock.today()
        self.held_on.setMaximumDate(QDate(today.year, today.month, today.day))
        if record is None:
            self.held_on.setDate(QDate(today.year, today.month, today.day))
            return
        d = record.draft
        if d.held_on:
            self.held_on.setDate(QDate(d.held_on.year, d.held_on.month, d.held_on.day))
        self.place.setText(d.place)
        self.form.setCurrentIndex(max(0, self.form.findData(d.form)))
        self.target_group.setCurrentIndex(max(0, self.target_group.findData(d.target_group)))
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in d.topics
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for name, spin in self.counts.items():
            spin.setValue(getattr(d, name))
        self.newly_reached.setValue(-1 if d.newly_reached is None else d.newly_reached)
        self.organiser.setText(d.organiser)
        self.partners.setText(d.partners)
        self.notes.setPlainText(d.notes)

    def draft(self) -> OutreachDraft:
        q = self.held_on.date()
        topics = tuple(self.topics.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.topics.count())
                       if self.topics.item(r).checkState() == Qt.CheckState.Checked)
        return OutreachDraft(
            held_on=date(q.year(), q.month(), q.day()), place=self.place.text(), form=self.form.currentData(),
            target_group=self.target_group.currentData(), topics=topics,
            organiser=self.organiser.text(), partners=self.partners.text(), notes=self.notes.toPlainText(),
            newly_reached=None if self.newly_reached.value() < 0 else self.newly_reached.value(),
            **{name: spin.value() for name, spin in self.counts.items()},
        )

    def problems(self) -> list[Problem]:
        return outreach_problems(self.draft(), today=self._context.services.register.clock.today())

    def persist(self) -> Outcome[OutreachRecord]:
        record = self._record
        return self._context.services.outreach.save(
            self._context.actor, self.draft(), record_id=record.id if record else None,
            expected_version=record.version if record else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sửa buổi truyền thông") if self._record else self.tr("Thêm buổi truyền thông"))
        texts = {
            "held_on": self.tr("Ngày tổ chức:"), "place": self.tr("Địa điểm:"), "form": self.tr("Hình thức:"),
            "target_group": self.tr("Nhóm đối tượng:"), "topics": self.tr("Chủ đề lồng ghép:"),
            "organiser": self.tr("Đơn vị tổ chức:"), "partners": self.tr("Đơn vị phối hợp:"),
            "participants_total": self.tr("Tổng số người tham gia:"), "participants_male": self.tr("Nam:"),
            "participants_female": self.tr("Nữ:"), "participants_other": self.tr("Khác:"),
            "target_members": self.tr("Trong đó thuộc nhóm đối tượng:"), "leaflets": self.tr("Tờ rơi đã phát:"),
            "condoms": self.tr("Bao cao su đã phát:"), "lubricant": self.tr("Chất bôi trơn đã phát:"),
            "notes": self.tr("Ghi chú (chỉ lưu trên máy này, không gửi đi):"),
        }
        texts["newly_reached"] = self.tr("Trong đó lần đầu được tiếp cận trong năm:")
        self.newly_reached.setSpecialValueText(self.tr("Chưa rõ"))
        self.newly_help.setText(self.tr(
            "Ước tính của cán bộ: trong số người thuộc nhóm đối tượng, bao nhiêu người chưa được tiếp cận ở buổi nào "
            "trước đó trong năm. Tỷ lệ T3–T5 cộng số này để một người dự nhiều buổi chỉ được tính một lần. "
            "Để “Chưa rõ” nếu không ước tính được."))
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.people_box.setTitle(self.tr("Người tham gia và tài liệu"))
