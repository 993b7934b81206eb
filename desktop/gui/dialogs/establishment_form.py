"""The form to add or edit an establishment of the register, checked as the officer types."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.domain.establishments import (
    BUSINESS_TYPE_LABELS, MAX_SHORT, STATUS_LABELS, EstablishmentDraft, establishment_problems,
)
from desktop.domain.problems import Problem
from desktop.gui.context import AppContext
from desktop.gui.dialogs.record_form import RecordForm
from desktop.gui.texts import label, problem_text
from desktop.services.context import Outcome
from desktop.services.establishments.establishments import EstablishmentRecord

_TEXTS = ("name", "address", "representative", "registration_number", "licence_number", "security_certificate_number")
_DATES = ("registration_date", "licence_date", "security_certificate_date", "opened_on", "closed_on")


class OptionalDate(QWidget):
    """A date that may be unknown: the box unticked means 'not known', so nothing is invented."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox()
        self.edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addStretch()
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.known)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        q = self.edit.date()
        return date(q.year(), q.month(), q.day())

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.known.setChecked(value is not None)


class EstablishmentForm(RecordForm):
    def __init__(self, context: AppContext, record: EstablishmentRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, record, parent)
        today = context.services.register.clock.today()
        self.texts = {name: QLineEdit() for name in _TEXTS}
        for edit in self.texts.values():
            edit.setMaxLength(MAX_SHORT)
        self.dates = {name: OptionalDate(today) for name in _DATES}
        self.business_type = QComboBox()
        for code, text in BUSINESS_TYPE_LABELS.items():
            self.business_type.addItem(label(text), code.value)
        self.status = QComboBox()
        for code, text in STATUS_LABELS.items():
            self.status.addItem(label(text), code.value)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self._build_layout()
        self._fill(record)
        for edit in self.texts.values():
            edit.textChanged.connect(self._check)
        for optional in self.dates.values():
            optional.changed.connect(self._check)
        self.business_type.currentIndexChanged.connect(self._check)
        self.status.currentIndexChanged.connect(self._check)
        self.notes.textChanged.connect(self._check)
        self.start()

    def _pair(self, number: str, day: str) -> QWidget:
        """A document number with its date on one line."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self._labels[day] = QLabel()
        layout.addWidget(self.texts[number], 1)
        layout.addWidget(self._labels[day])
        layout.addWidget(self.dates[day])
        return row

    def _build_layout(self) -> None:
        self._labels: dict[str, QLabel] = {}
        main = QFormLayout()
        for name, widget in (("name", self.texts["name"]), ("business_type", self.business_type),
                             ("address", self.texts["address"]), ("representative", self.texts["representative"])):
            self._labels[name] = QLabel()
            main.addRow(self._labels[name], widget)
        self.papers_box = QGroupBox()
        papers = QFormLayout(self.papers_box)
        for number, day in (("registration_number", "registration_date"), ("licence_number", "licence_date"),
                            ("security_certificate_number", "security_certificate_date")):
            self._labels[number] = QLabel()
            papers.addRow(self._labels[number], self._pair(number, day))
        self.state_box = QGroupBox()
        state = QFormLayout(self.state_box)
        for name, widget in (("status", self.status), ("opened_on", self.dates["opened_on"]),
                             ("closed_on", self.dates["closed_on"])):
            self._labels[name] = QLabel()
            state.addRow(self._labels[name], widget)
        self._labels["notes"] = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(main)
        layout.addWidget(self.papers_box)
        layout.addWidget(self.state_box)
        layout.addWidget(self._labels["notes"])
        layout.addWidget(self.notes)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 640)

    def _fill(self, record: EstablishmentRecord | None) -> None:
        if record is None:
            return
        d = record.draft
        for name, edit in self.texts.items():
            edit.setText(getattr(d, name))
        for name, optional in self.dates.items():
            optional.set_value(getattr(d, name))
        self.business_type.setCurrentIndex(max(0, self.business_type.findData(d.business_type)))
        self.status.setCurrentIndex(max(0, self.status.findData(d.status)))
        self.notes.setPlainText(d.notes)

    def draft(self) -> EstablishmentDraft:
        texts: dict[str, Any] = {name: edit.text() for name, edit in self.texts.items()}  # keyword arguments
        dates: dict[str, Any] = {name: optional.value() for name, optional in self.dates.items()}
        return EstablishmentDraft(
            business_type=self.business_type.currentData(), status=self.status.currentData(),
            notes=self.notes.toPlainText(), **texts, **dates,
        )

    def problems(self) -> list[Problem]:
        return establishment_problems(self.draft(), today=self._context.services.register.clock.today())

    def describe(self, problem: Problem) -> str:
        """'Tên cơ sở: Chưa nhập trường bắt buộc.' — the sentence alone would not say which field."""
        text = problem_text(problem.code, problem.params)
        name = self._field_names.get(problem.field or "", "")
        return f"{name}: {text}" if name else text

    def persist(self) -> Callable[[], Outcome[EstablishmentRecord]]:
        record, draft, services, actor = self._record, self.draft(), self._context.services, self._context.actor
        return lambda: services.establishments.save(actor, draft, record_id=record.id if record else None,
                                                    expected_version=record.version if record else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sửa thông tin cơ sở") if self._record else self.tr("Thêm cơ sở kinh doanh"))
        texts = {
            "name": self.tr("Tên cơ sở:"), "business_type": self.tr("Loại hình:"),
            "address": self.tr("Địa chỉ (trong xã):"), "representative": self.tr("Chủ cơ sở / người đại diện:"),
            "registration_number": self.tr("Đăng ký kinh doanh số:"), "registration_date": self.tr("ngày"),
            "licence_number": self.tr("Giấy phép kinh doanh số:"), "licence_date": self.tr("ngày"),
            "security_certificate_number": self.tr("Giấy chứng nhận đủ điều kiện ANTT số:"),
            "security_certificate_date": self.tr("ngày"), "status": self.tr("Tình trạng:"),
            "opened_on": self.tr("Bắt đầu hoạt động:"), "closed_on": self.tr("Ngày đóng cửa:"),
            "notes": self.tr("Ghi chú (chỉ lưu trên máy này, không gửi đi):"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self._field_names = {name: text.rstrip(":") for name, text in texts.items()} | {
            "registration_date": self.tr("Ngày đăng ký kinh doanh"), "licence_date": self.tr("Ngày cấp giấy phép"),
            "security_certificate_date": self.tr("Ngày cấp giấy chứng nhận ANTT"),
            "security_certificate_number": self.tr("Giấy chứng nhận ANTT"), "notes": self.tr("Ghi chú"),
        }
        self.texts["address"].setPlaceholderText(self.tr("Số nhà, thôn / tổ dân phố"))
        self.texts["security_certificate_number"].setToolTip(self.tr(
            "Bắt buộc với cơ sở lưu trú (khách sạn, nhà nghỉ, căn hộ cho thuê ngắn ngày)."))
        for optional in self.dates.values():
            optional.known.setToolTip(self.tr("Đánh dấu khi biết ngày; để trống nếu không rõ."))
        self.papers_box.setTitle(self.tr("Giấy tờ"))
        self.state_box.setTitle(self.tr("Hoạt động"))
