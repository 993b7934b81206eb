"""The form to add or edit an establishment of the register, checked as the officer types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.domain.establishments import (
    BUSINESS_TYPE_LABELS, MAX_SHORT, STATUS_LABELS, EstablishmentDraft, establishment_problems,
)
from desktop.gui.context import AppContext
from desktop.gui.texts import error_text, label, problem_text
from desktop.gui.widgets import MessageLine
from desktop.services.establishments import EstablishmentRecord

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


class EstablishmentForm(QDialog):
    def __init__(self, context: AppContext, record: EstablishmentRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record = record
        self.saved: EstablishmentRecord | None = None
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
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self._build_layout()
        self._fill(record)
        for edit in self.texts.values():
            edit.textChanged.connect(self._check)
        for optional in self.dates.values():
            optional.changed.connect(self._check)
        self.business_type.currentIndexChanged.connect(self._check)
        self.status.currentIndexChanged.connect(self._check)
        self.notes.textChanged.connect(self._check)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._check()
        self._initial = self.draft()

    def reject(self) -> None:
        """Cancel, Esc or the close box: typed work is dropped only after the officer confirms."""
        from desktop.gui.context import confirm

        if self.saved is None and self.draft() != self._initial and not confirm(
                self, self.tr("Bỏ thay đổi?"), self.tr("Những gì bạn vừa nhập chưa được lưu. Bỏ đi?"),
                yes=self.tr("Bỏ thay đổi"), no=self.tr("Tiếp tục nhập")):
            return
        super().reject()

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
        return EstablishmentDraft(
            business_type=self.business_type.currentData(), status=self.status.currentData(),
            notes=self.notes.toPlainText(),
            **{name: edit.text() for name, edit in self.texts.items()},
            **{name: optional.value() for name, optional in self.dates.items()},
        )

    def _check(self) -> bool:
        problems = establishment_problems(self.draft(), today=self._context.services.register.clock.today())
        bad_fields = {p.field for p in problems}
        for name, caption in self._labels.items():
            caption.setStyleSheet("color: #b00020; font-weight: bold;" if name in bad_fields else "")
        if problems:
            self.message.show_problem("\n".join(self._described(p.field, problem_text(p.code, p.params))
                                                for p in problems))
        else:
            self.message.show_ok(self.tr("Thông tin hợp lệ."))
        self.save_button.setEnabled(not problems)
        return not problems

    def _described(self, field: str, text: str) -> str:
        """'Tên cơ sở: Chưa nhập trường bắt buộc.' — the sentence alone would not say which field."""
        name = self._field_names.get(field, "")
        return f"{name}: {text}" if name else text

    def _save(self) -> None:
        if not self._check():
            return
        record = self._record
        try:
            outcome = self._context.services.establishments.save(
                self._context.actor, self.draft(), record_id=record.id if record else None,
                expected_version=record.version if record else None)
        except Exception as error:  # noqa: BLE001 - the dialog stays open with the typed work
            self.message.show_problem(error_text(error))
            return
        self.saved = outcome.value
        self._context.announce(outcome.changes)
        self.accept()

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
        self.save_button.setText(self.tr("Lưu"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
