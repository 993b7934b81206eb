"""The form to record a tip-off and follow it to its handling; no field for names, the description stays here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.tip_offs import (
    CHANNEL_LABELS, MAX_DESCRIPTION, OUTCOME_LABELS, RECIPIENT_LABELS, RESULT_LABELS, SUBJECT_LABELS, Subject,
    TipOffDraft, days_to_handle, tip_off_problems,
)
from desktop.gui.context import AppContext
from desktop.gui.dialogs.establishment_form import OptionalDate
from desktop.gui.dialogs.record_form import RecordForm
from desktop.gui.texts import label, problem_text
from desktop.services.context import Outcome
from desktop.services.registers.tip_offs import TipOffRecord


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def edit_date(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def fill_codes[Code](combo: QComboBox, labels: Mapping[Code, str], *, empty: str | None = None) -> None:
    """The code list's labels in the window's language, keeping the chosen code."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for code, text in labels.items():
        combo.addItem(label(text), str(code))
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def choose(combo: QComboBox, code: str | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(code)))


class TipOffForm(RecordForm):
    def __init__(self, context: AppContext, record: TipOffRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, record, parent)
        today = context.services.register.clock.today()
        self.received_on = date_edit(today)
        self.channel, self.subject_kind, self.establishment = QComboBox(), QComboBox(), QComboBox()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.verified_on, self.passed_on_on, self.handled_on = OptionalDate(today), OptionalDate(today), OptionalDate(today)
        self.verification, self.recipient, self.outcome = QComboBox(), QComboBox(), QComboBox()
        self.days = QLabel()
        self._choices = context.services.tip_offs.establishment_choices(context.actor)
        self._build_layout()
        self._fill(record)
        for combo in (self.channel, self.subject_kind, self.establishment, self.verification, self.recipient,
                      self.outcome):
            combo.currentIndexChanged.connect(self._check)
        for optional in (self.verified_on, self.passed_on_on, self.handled_on):
            optional.changed.connect(self._check)
        self.received_on.dateChanged.connect(self._check)
        self.description.textChanged.connect(self._check)
        self.start()

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        self._labels[name] = QLabel()
        form.addRow(self._labels[name], widget)

    def _build_layout(self) -> None:
        main = QFormLayout()
        for name, widget in (("received_on", self.received_on), ("channel", self.channel),
                             ("subject_kind", self.subject_kind), ("establishment_id", self.establishment),
                             ("description", self.description)):
            self._row(main, name, widget)
        main.addRow("", self.privacy)
        self.verify_box, self.pass_box, self.handle_box = QGroupBox(), QGroupBox(), QGroupBox()
        for box, rows in ((self.verify_box, (("verified_on", self.verified_on),
                                             ("verification_result", self.verification))),
                          (self.pass_box, (("passed_on_to", self.recipient), ("passed_on_on", self.passed_on_on))),
                          (self.handle_box, (("handled_on", self.handled_on), ("outcome", self.outcome)))):
            form = QFormLayout(box)
            for name, widget in rows:
                self._row(form, name, widget)
        self.handle_box.layout().addRow("", self.days)  # type: ignore[union-attr]
        layout = QVBoxLayout(self)
        layout.addLayout(main)
        for box in (self.verify_box, self.pass_box, self.handle_box):
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(680, 700)

    def _fill_combos(self) -> None:
        fill_codes(self.channel, CHANNEL_LABELS)
        fill_codes(self.subject_kind, SUBJECT_LABELS)
        fill_codes(self.verification, RESULT_LABELS, empty=self.tr("(chưa xác minh)"))
        fill_codes(self.recipient, RECIPIENT_LABELS, empty=self.tr("(chưa chuyển)"))
        fill_codes(self.outcome, OUTCOME_LABELS, empty=self.tr("(chưa xử lý xong)"))
        current = self.establishment.currentData()
        self.establishment.blockSignals(True)
        self.establishment.clear()
        self.establishment.addItem(self.tr("(không gắn cơ sở trong danh sách)"), None)
        for choice in self._choices:
            self.establishment.addItem(f"{choice.name} — {choice.address}", choice.id)
        self.establishment.setCurrentIndex(max(0, self.establishment.findData(current)))
        self.establishment.blockSignals(False)

    def _fill(self, record: TipOffRecord | None) -> None:
        self._fill_combos()
        if record is None:
            return
        d = record.draft
        self.received_on.setDate(QDate(d.received_on.year, d.received_on.month, d.received_on.day))
        for combo, code in ((self.channel, d.channel), (self.subject_kind, d.subject_kind),
                            (self.verification, d.verification_result), (self.recipient, d.passed_on_to),
                            (self.outcome, d.outcome)):
            choose(combo, code)
        if d.establishment_id and self.establishment.findData(d.establishment_id) < 0:
            # Linked to a business deleted since: keep the link visible rather than dropping it silently.
            self.establishment.addItem(record.establishment_name or self.tr("(cơ sở đã xóa)"), d.establishment_id)
        choose(self.establishment, d.establishment_id)
        self.description.setPlainText(d.description)
        self.verified_on.set_value(d.verified_on)
        self.passed_on_on.set_value(d.passed_on_on)
        self.handled_on.set_value(d.handled_on)

    def draft(self) -> TipOffDraft:
        return TipOffDraft(
            received_on=edit_date(self.received_on), channel=self.channel.currentData() or "",
            subject_kind=self.subject_kind.currentData() or "", description=self.description.toPlainText(),
            establishment_id=self.establishment.currentData(), verified_on=self.verified_on.value(),
            verification_result=self.verification.currentData(), passed_on_to=self.recipient.currentData(),
            passed_on_on=self.passed_on_on.value(), handled_on=self.handled_on.value(),
            outcome=self.outcome.currentData())

    def problems(self) -> list[Problem]:
        draft = self.draft()
        linkable = draft.subject_kind == Subject.ESTABLISHMENT
        self.establishment.setEnabled(linkable or draft.establishment_id is not None)
        days = days_to_handle(draft.received_on, draft.handled_on)
        self.days.setText("" if days is None or days < 0 else self.tr("Số ngày từ khi tiếp nhận đến khi xử lý xong: {days}")
                          .format(days=days))
        return tip_off_problems(draft, today=self._context.services.register.clock.today())

    def describe(self, problem: Problem) -> str:
        text = problem_text(problem.code, problem.params)
        name = self._field_names.get(problem.field or "", "")
        return f"{name}: {text}" if name else text

    def persist(self) -> Callable[[], Outcome[TipOffRecord]]:
        record, draft, services, actor = self._record, self.draft(), self._context.services, self._context.actor
        return lambda: services.tip_offs.save(actor, draft, record_id=record.id if record else None,
                                              expected_version=record.version if record else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sửa tin báo") if self._record else self.tr("Ghi nhận tin báo, tố giác, phản ánh"))
        texts = {
            "received_on": self.tr("Ngày tiếp nhận:"), "channel": self.tr("Nguồn tiếp nhận:"),
            "subject_kind": self.tr("Phản ánh về:"), "establishment_id": self.tr("Cơ sở trong danh sách:"),
            "description": self.tr("Nội dung tóm tắt:"), "verified_on": self.tr("Ngày xác minh:"),
            "verification_result": self.tr("Kết quả xác minh:"), "passed_on_to": self.tr("Chuyển cho:"),
            "passed_on_on": self.tr("Ngày chuyển:"), "handled_on": self.tr("Ngày xử lý xong:"),
            "outcome": self.tr("Kết quả xử lý:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self._field_names = {name: text.rstrip(":") for name, text in texts.items()}
        self.verify_box.setTitle(self.tr("Xác minh"))
        self.pass_box.setTitle(self.tr("Chuyển cơ quan có thẩm quyền"))
        self.handle_box.setTitle(self.tr("Kết quả giải quyết"))
        self.privacy.setText(self.tr(
            "Ghi ngắn gọn, trung lập: sự việc, địa điểm, thời gian (tối đa {max} ký tự). Không ghi họ tên, số điện "
            "thoại của người bị phản ánh hay người báo tin. Nội dung này chỉ lưu trên máy này, không gửi lên cấp trên."
        ).format(max=MAX_DESCRIPTION))
        self.description.setPlaceholderText(self.tr("Ví dụ: phản ánh quán karaoke ở thôn … mở sau 24 giờ, nghi có "
                                                    "hoạt động mua bán dâm"))
        self._fill_combos()
