"""Forms of the support models register: a model, an activity it held, people it supported (counts only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from desktop.domain.clients import SERVICE_LABELS
from desktop.domain.problems import Problem
from desktop.domain.support_models import (
    ACTIVITY_LABELS, KIND_LABELS, MAX_SHORT, ActivityDraft, SupportGivenDraft, SupportModelDraft, activity_problems,
    support_given_problems, support_model_guidance, support_model_problems,
)
from desktop.gui.context import AppContext
from desktop.gui.dialogs.establishment_form import OptionalDate
from desktop.gui.dialogs.record_form import RecordForm
from desktop.gui.dialogs.tip_off_form import choose, date_edit, edit_date, fill_codes
from desktop.gui.texts import problem_text
from desktop.services.context import Outcome
from desktop.services.registers.support_models import ActivityRecord, SupportGivenRecord, SupportModelRecord


def spin(maximum: int = 100_000) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setGroupSeparatorShown(True)
    return box


class _Form(RecordForm):
    """Caption-prefixed problem lines, as the other registers' forms write them."""

    _field_names: dict[str, str]

    def _rows(self, rows: tuple[tuple[str, QWidget], ...]) -> QFormLayout:
        form = QFormLayout()
        for name, widget in rows:
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], widget)
        return form

    def _captions(self, texts: dict[str, str]) -> None:
        for name, text in texts.items():
            self._labels[name].setText(text)
        self._field_names = {name: text.rstrip(":") for name, text in texts.items()}

    def describe(self, problem: Problem) -> str:
        text = problem_text(problem.code, problem.params)
        name = self._field_names.get(problem.field or "", "")
        return f"{name}: {text}" if name else text


class SupportModelForm(_Form):
    def __init__(self, context: AppContext, record: SupportModelRecord | None = None, *,
                 reached_this_year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, record, parent)
        today = context.services.register.clock.today()
        self._reached = reached_this_year
        self.name, self.host = QLineEdit(), QLineEdit()
        for edit in (self.name, self.host):
            edit.setMaxLength(MAX_SHORT)
        self.kind = QComboBox()
        self.established_on = date_edit(today)
        self.core_members, self.members = spin(), spin()
        self.closed_on = OptionalDate(today)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("color: #8a4b00;")
        layout = QVBoxLayout(self)
        layout.addLayout(self._rows((("name", self.name), ("kind", self.kind), ("host_organisation", self.host),
                                     ("established_on", self.established_on), ("core_members", self.core_members),
                                     ("members", self.members), ("closed_on", self.closed_on))))
        layout.addWidget(self.guidance)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        fill_codes(self.kind, KIND_LABELS)
        if record is not None:
            d = record.draft
            self.name.setText(d.name)
            self.host.setText(d.host_organisation)
            choose(self.kind, d.kind)
            self.established_on.setDate(QDate(d.established_on.year, d.established_on.month, d.established_on.day))
            self.core_members.setValue(d.core_members)
            self.members.setValue(d.members)
            self.closed_on.set_value(d.closed_on)
        for edit in (self.name, self.host):
            edit.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        self.established_on.dateChanged.connect(self._check)
        for box in (self.core_members, self.members):
            box.valueChanged.connect(self._check)
        self.closed_on.changed.connect(self._check)
        self.start()

    def draft(self) -> SupportModelDraft:
        return SupportModelDraft(name=self.name.text(), kind=self.kind.currentData() or "",
                                 established_on=edit_date(self.established_on), host_organisation=self.host.text(),
                                 core_members=self.core_members.value(), members=self.members.value(),
                                 closed_on=self.closed_on.value())

    def problems(self) -> list[Problem]:
        draft = self.draft()
        # QĐ 1875's yardsticks are advice beside the form, never a reason to refuse the save.
        self.guidance.setText("\n".join(problem_text(p.code, p.params)
                                        for p in support_model_guidance(draft, reached_this_year=self._reached)))
        return support_model_problems(draft, today=self._context.services.register.clock.today())

    def persist(self) -> Callable[[], Outcome[SupportModelRecord]]:
        record, draft, services, actor = self._record, self.draft(), self._context.services, self._context.actor
        return lambda: services.support_models.save(actor, draft, record_id=record.id if record else None,
                                                    expected_version=record.version if record else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sửa thông tin mô hình") if self._record else self.tr("Thêm mô hình hỗ trợ"))
        self._captions({
            "name": self.tr("Tên mô hình:"), "kind": self.tr("Loại mô hình:"),
            "host_organisation": self.tr("Cơ quan, tổ chức chủ trì:"), "established_on": self.tr("Ngày thành lập:"),
            "core_members": self.tr("Số thành viên nòng cốt:"), "members": self.tr("Tổng số thành viên:"),
            "closed_on": self.tr("Ngừng hoạt động từ:"),
        })
        self.name.setPlaceholderText(self.tr("Ví dụ: Câu lạc bộ Bạn giúp bạn thôn Đồng Xuân"))
        fill_codes(self.kind, KIND_LABELS)


class ActivityForm(_Form):
    def __init__(self, context: AppContext, model: SupportModelRecord, record: ActivityRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, record, parent)
        self._model = model
        self.held_on = date_edit(context.services.register.clock.today())
        self.kind = QComboBox()
        self.participants, self.new_people = spin(), spin()
        layout = QVBoxLayout(self)
        layout.addLayout(self._rows((("held_on", self.held_on), ("kind", self.kind),
                                     ("participants", self.participants), ("new_people", self.new_people))))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fill_codes(self.kind, ACTIVITY_LABELS)
        if record is not None:
            d = record.draft
            self.held_on.setDate(QDate(d.held_on.year, d.held_on.month, d.held_on.day))
            choose(self.kind, d.kind)
            self.participants.setValue(d.participants)
            self.new_people.setValue(d.new_people)
        self.held_on.dateChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        for box in (self.participants, self.new_people):
            box.valueChanged.connect(self._check)
        self.start()

    def draft(self) -> ActivityDraft:
        return ActivityDraft(held_on=edit_date(self.held_on), kind=self.kind.currentData() or "",
                             participants=self.participants.value(), new_people=self.new_people.value())

    def problems(self) -> list[Problem]:
        d = self._model.draft
        return activity_problems(self.draft(), today=self._context.services.register.clock.today(),
                                 established_on=d.established_on, closed_on=d.closed_on)

    def persist(self) -> Callable[[], Outcome[Any]]:
        record, draft, services, actor = self._record, self.draft(), self._context.services, self._context.actor
        model_id = self._model.id
        return lambda: services.support_models.save_activity(actor, model_id, draft,
                                                      record_id=record.id if record else None,
                                                      expected_version=record.version if record else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hoạt động của “{name}”").format(name=self._model.draft.name))
        self._captions({"held_on": self.tr("Ngày:"), "kind": self.tr("Loại hoạt động:"),
                        "participants": self.tr("Số người tham gia:"),
                        "new_people": self.tr("Trong đó người mới trong năm:")})
        self.new_people.setToolTip(self.tr(
            "Số người tham gia mà mô hình chưa tiếp cận lần nào từ đầu năm (ước tính của cán bộ). "
            "Cộng các buổi lại ra số người được tiếp cận, không tính trùng."))
        fill_codes(self.kind, ACTIVITY_LABELS)


class SupportGivenForm(_Form):
    def __init__(self, context: AppContext, model: SupportModelRecord, record: SupportGivenRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, record, parent)
        self._model = model
        self.given_on = date_edit(context.services.register.clock.today())
        self.category = QComboBox()
        self.people = spin()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._rows((("given_on", self.given_on), ("category", self.category),
                                     ("people", self.people))))
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fill_codes(self.category, SERVICE_LABELS)
        if record is not None:
            d = record.draft
            self.given_on.setDate(QDate(d.given_on.year, d.given_on.month, d.given_on.day))
            choose(self.category, d.category)
            self.people.setValue(d.people)
        self.given_on.dateChanged.connect(self._check)
        self.category.currentIndexChanged.connect(self._check)
        self.people.valueChanged.connect(self._check)
        self.start()

    def draft(self) -> SupportGivenDraft:
        return SupportGivenDraft(given_on=edit_date(self.given_on), category=self.category.currentData() or "",
                                 people=self.people.value())

    def problems(self) -> list[Problem]:
        d = self._model.draft
        return support_given_problems(self.draft(), today=self._context.services.register.clock.today(),
                                      established_on=d.established_on, closed_on=d.closed_on)

    def persist(self) -> Callable[[], Outcome[Any]]:
        record, draft, services, actor = self._record, self.draft(), self._context.services, self._context.actor
        model_id = self._model.id
        return lambda: services.support_models.save_support_given(actor, model_id, draft,
                                                      record_id=record.id if record else None,
                                                      expected_version=record.version if record else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Người được hỗ trợ qua “{name}”").format(name=self._model.draft.name))
        self._captions({"given_on": self.tr("Ngày (hoặc cuối tháng tổng hợp):"),
                        "category": self.tr("Loại dịch vụ:"), "people": self.tr("Số người:")})
        self.note.setText(self.tr("Chỉ ghi số người, không ghi tên. Người cần theo dõi riêng thì lập hồ sơ ở "
                                  "trang “Người được hỗ trợ”."))
        fill_codes(self.category, SERVICE_LABELS)
