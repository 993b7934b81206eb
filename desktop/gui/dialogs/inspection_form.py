"""The inspection record (biên bản) form: the visit, the checklist answers, the violations; one save, one transaction."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.checklists import ChecklistTemplate
from desktop.domain.establishments import existed_from
from desktop.domain.inspections import (
    COUNT_FIELDS, KIND_LABELS, LOCAL_ZONE, MAX_SHORT, InspectionDraft, InspectionKind, inspection_problems, local_day,
)
from desktop.domain.problems import DomainError, Problem
from desktop.gui.context import AppContext
from desktop.gui.dialogs.inspection_checklist import ChecklistTable
from desktop.gui.dialogs.inspection_formalities import FIELDS as FORMAL_FIELDS
from desktop.gui.dialogs.inspection_formalities import Formalities
from desktop.gui.dialogs.inspection_violations import ViolationList
from desktop.gui.operations import Operation
from desktop.gui.pages.establishments_model import type_label
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label, problem_text
from desktop.gui.widgets import MessageLine
from desktop.services.context import Outcome
from desktop.services.inspections.inspections import InspectionRecord

_HEADER_FIELDS = ("started_at", "kind", "team_members", "representative", "decision_reference", "findings",
                  *COUNT_FIELDS)
_RED = "color: #b00020; font-weight: bold;"


class InspectionForm(Retranslates, QDialog):
    def __init__(self, context: AppContext, establishment_id: str, record: InspectionRecord | None = None, *,
                 kind: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record = record
        self.saved: InspectionRecord | None = None
        services, actor = context.services, context.actor
        self._establishment_id = establishment_id
        self._establishment = services.establishments.get(actor, establishment_id).draft
        self._existed_from = existed_from(self._establishment)
        self._sanctions = services.inspections.sanctions
        self._template: ChecklistTemplate | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.started_at = QDateTimeEdit()
        self.started_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.started_at.setCalendarPopup(True)
        self.kind = QComboBox()
        for code, text in KIND_LABELS.items():
            self.kind.addItem(label(text), code.value)
        for short in (self.started_at, self.kind):
            short.setMinimumWidth(220)
            short.setMaximumWidth(320)
        self.team_members = QLineEdit()
        self.representative = QLineEdit()
        self.decision_reference = QLineEdit()
        for edit in (self.team_members, self.representative, self.decision_reference):
            edit.setMaxLength(MAX_SHORT)
        self.counts = {name: QSpinBox() for name in COUNT_FIELDS}
        for spin in self.counts.values():
            spin.setRange(0, 10_000)
        self.findings = QPlainTextEdit()
        self.findings.setMinimumHeight(90)
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.all_passed_button = QPushButton()
        self.checklist = ChecklistTable()
        self.violations = ViolationList()
        self.formalities = Formalities()
        self.tabs = QTabWidget()
        self.message = MessageLine()
        self.message.setMaximumHeight(120)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self._build_layout()
        self._fill(record, kind)
        self._day_changed()
        if record is not None:
            self.checklist.set_results(record.draft.results)
            for violation in record.draft.violations:
                self.violations.add(violation)
            self._checklist_changed()  # failed items marked in the violations' item lists
        self._connect()
        self.retranslate()
        self._check()
        self._initial = self.draft()

    # -- building ---------------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self._labels: dict[str, QLabel] = {name: QLabel() for name in _HEADER_FIELDS}
        general = QWidget()
        self.counts_box = QGroupBox()
        grid = QGridLayout(self.counts_box)
        for i, name in enumerate(COUNT_FIELDS):
            grid.addWidget(self._labels[name], i // 2, (i % 2) * 2)
            grid.addWidget(self.counts[name], i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        form = QFormLayout(general)
        for name, widget in (("started_at", self.started_at), ("kind", self.kind), ("team_members", self.team_members),
                             ("representative", self.representative)):
            form.addRow(self._labels[name], widget)
        form.addRow(self.counts_box)
        form.addRow(self._labels["findings"], self.findings)
        form.addRow(self._labels["decision_reference"], self.decision_reference)
        checklist = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.template_label, 1)
        top.addWidget(self.all_passed_button)
        inner = QVBoxLayout(checklist)
        inner.addLayout(top)
        inner.addWidget(self.checklist)
        self.tabs.addTab(general, "")
        self.tabs.addTab(checklist, "")
        self.tabs.addTab(self.violations, "")
        self.tabs.addTab(self.formalities, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1000, 720)

    def _fill(self, record: InspectionRecord | None, kind: str | None) -> None:
        now = self._context.services.register.clock.now().astimezone(LOCAL_ZONE)
        latest = QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        self.started_at.setMaximumDateTime(latest)
        if record is None:
            self.started_at.setDateTime(latest)
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind or InspectionKind.PLANNED.value)))
            self.representative.setText(self._establishment.representative)
            return
        d = record.draft
        assert d.started_at is not None
        at = d.started_at.astimezone(LOCAL_ZONE)
        self.started_at.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.team_members.setText(d.team_members)
        self.representative.setText(d.representative)
        self.decision_reference.setText(d.decision_reference)
        self.findings.setPlainText(d.findings)
        for name, spin in self.counts.items():
            spin.setValue(getattr(d, name))
        self.formalities.set_teams(self._context.services.inspection_plans.teams(
            self._context.actor, on=local_day(d.started_at)))
        self.formalities.set_values(d)

    def _connect(self) -> None:
        for edit in (self.team_members, self.representative, self.decision_reference):
            edit.textChanged.connect(self._check)
        self.findings.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        for spin in self.counts.values():
            spin.valueChanged.connect(self._check)
        self.started_at.dateTimeChanged.connect(self._day_changed)
        self.checklist.changed.connect(self._checklist_changed)
        self.violations.changed.connect(self._check)
        self.violations.suggest_requested.connect(self._add_suggestions)
        self.formalities.changed.connect(self._formalities_changed)
        self.all_passed_button.clicked.connect(self.checklist.mark_unanswered_passed)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    # -- what depends on the day ------------------------------------------------------------------------
    def day(self) -> date:
        q = self.started_at.date()
        return date(q.year(), q.month(), q.day())

    def _day_changed(self) -> None:
        """The checklist version and the sanction articles are the ones in force on the inspection day."""
        inspections, actor = self._context.services.inspections, self._context.actor
        version = self._record.draft.template_version if self._record else None
        try:
            template = inspections.template(actor, version=version, day=self.day())
        except DomainError:
            template = None
        if template != self._template:
            self._template = template
            if template is not None:
                self.checklist.set_template(template, self._establishment.business_type)
            else:
                self.checklist.setRowCount(0)
            self._show_template()
        refs = inspections.references_in_force(actor, self.day())
        self.violations.set_references(refs, {r.id: r for r in self._sanctions.entries})
        self.formalities.set_teams(self._context.services.inspection_plans.teams(actor, on=self.day()))
        self._checklist_changed()

    def _formalities_changed(self) -> None:
        if not self.team_members.text().strip():  # the chosen team's roster fills an empty members line
            self.team_members.setText(self.formalities.members_text())
        self._check()

    def _add_suggestions(self) -> None:
        """A violation pre-filled for each failed item that points to an offence and has none yet."""
        found = self._context.services.inspections.suggestions(self._context.actor, self.draft())
        for violation in found:
            self.violations.add(violation)
        self.violations.show_suggested(len(found))

    def _checklist_changed(self) -> None:
        self.violations.set_items(self.checklist.check_items(), self.checklist.failed_codes())
        self._check()

    def _show_template(self) -> None:
        t = self._template
        if t is None:
            self.template_label.setText(self.tr("Không có mẫu phiếu kiểm tra nào có hiệu lực vào ngày này."))
            return
        self.template_label.setText(self.tr(
            "<b>{title}</b> – phiên bản {version}, áp dụng từ {day}; {count} mục áp dụng cho loại hình {type}."
        ).format(title=t.title, version=t.version, day=t.valid_from.strftime("%d/%m/%Y"),
                 count=len(self.checklist.items), type=type_label(self._establishment.business_type)))

    # -- the draft and its problems -----------------------------------------------------------------------
    def draft(self) -> InspectionDraft:
        q, t = self.started_at.date(), self.started_at.time()
        counts: dict[str, Any] = {name: spin.value() for name, spin in self.counts.items()}  # keyword arguments
        return InspectionDraft(
            establishment_id=self._establishment_id,
            started_at=datetime(q.year(), q.month(), q.day(), t.hour(), t.minute(), tzinfo=LOCAL_ZONE),
            kind=self.kind.currentData(), team_members=self.team_members.text(),
            representative=self.representative.text(),
            template_version=self._template.version if self._template else None,
            findings=self.findings.toPlainText(), decision_reference=self.decision_reference.text(),
            results=self.checklist.results(), violations=self.violations.drafts(),
            **counts,
            **self.formalities.values(datetime(q.year(), q.month(), q.day(), t.hour(), t.minute(), tzinfo=LOCAL_ZONE)),
        )

    def problems(self) -> list[Problem]:
        return inspection_problems(self.draft(), business_type=self._establishment.business_type,
                                   existed_from=self._existed_from, template=self._template,
                                   sanctions=self._sanctions, now=self._context.services.register.clock.now())

    def _check(self) -> bool:
        draft = self.draft()
        problems = self.problems()
        fields = {p.field for p in problems}
        for name, caption in (*self._labels.items(), *self.formalities.labels.items()):
            caption.setStyleSheet(_RED if name in fields else "")
        bad_items = {draft.results[int(f[8:-1])].item_code for f in (p.field or "" for p in problems)
                     if f.startswith("results[") and f.endswith("]")}
        self.checklist.highlight(bad_items)
        self.violations.show_problems(problems)
        self._mark_tabs(problems)
        if problems:
            texts = list(dict.fromkeys(self._described(p, draft) for p in problems))
            self.message.show_problem("\n".join(texts))
        else:
            self.message.show_ok(self.tr("Biên bản hợp lệ, có thể lưu."))
        self.save_button.setEnabled(not problems)
        return not problems

    def _described(self, problem: Problem, draft: InspectionDraft) -> str:
        text = problem_text(problem.code, problem.params)
        field = problem.field or ""
        if field.startswith("violations["):
            number = int(field[len("violations["):field.index("]")]) + 1
            return self.tr("Vi phạm {number}: {problem}").format(number=number, problem=text)
        caption = self._labels.get(field) or self.formalities.labels.get(field)
        return f"{caption.text().rstrip(':')}: {text}" if caption is not None else text

    def _mark_tabs(self, problems: list[Problem]) -> None:
        fields = [p.field or "" for p in problems]
        flags = (any(f in self._labels for f in fields),
                 any(f.startswith("results[") or f == "template_version" for f in fields),
                 any(f.startswith("violations[") for f in fields),
                 any(f in FORMAL_FIELDS for f in fields))
        count = len(self.violations.editors)
        titles = (self.tr("Thông tin chung"), self.tr("Phiếu kiểm tra"),
                  self.tr("Vi phạm ({count})").format(count=count), self.tr("Thành phần, kết luận"))
        for index, (title, bad) in enumerate(zip(titles, flags, strict=True)):
            self.tabs.setTabText(index, f"{title} ⚠" if bad else title)

    # -- closing ------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Esc or the close box: typed work is dropped only after the officer confirms."""
        from desktop.gui.context import confirm

        if self.saved is None and self.draft() != self._initial and not confirm(
                self, self.tr("Bỏ biên bản?"), self.tr("Những gì bạn vừa nhập chưa được lưu. Bỏ đi?"),
                yes=self.tr("Bỏ thay đổi"), no=self.tr("Tiếp tục nhập")):
            return
        super().reject()

    def _save(self) -> None:
        if not self._check():
            return
        service, actor, record = self._context.services.inspections, self._context.actor, self._record
        draft = self.draft()

        def work() -> Outcome[InspectionRecord]:
            if record is None:
                return service.record(actor, draft)
            return service.amend(actor, record.id, draft, expected_version=record.version)

        def saved(outcome: Outcome[InspectionRecord]) -> None:
            self.saved = outcome.value
            self._offer_print(outcome.value)
            self.accept()

        # A refusal keeps the dialog open with the typed work.
        Operation(self._context, self, work).success(saved).failure(self.message.show_problem) \
            .disabling(self.save_button).run_in_background()

    def _offer_print(self, saved: InspectionRecord) -> None:
        from desktop.domain.roles import Permission
        from desktop.gui.context import confirm
        from desktop.gui.dialogs.inspection_print import print_record

        if not self._context.actor.can(Permission.PRINT):
            return
        text = self.tr("Đã lưu biên bản kiểm tra.")
        if saved.reinspection_due_on is not None:
            text += " " + self.tr("Có vi phạm: đã hẹn tái kiểm tra vào ngày {day}.").format(
                day=saved.reinspection_due_on.strftime("%d/%m/%Y"))
        text += "\n\n" + self.tr("In biên bản (PDF) ngay bây giờ?")
        if confirm(self, self.tr("Đã lưu"), text, yes=self.tr("In biên bản…"), no=self.tr("Để sau")):
            assert saved.draft.started_at is not None
            print_record(self._context, self, saved.id, day=f"{local_day(saved.draft.started_at):%Y%m%d}")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sửa biên bản kiểm tra") if self._record else self.tr("Ghi biên bản kiểm tra"))
        e = self._establishment
        self.heading.setText(self.tr("<b>{name}</b> – {type} – {address}").format(
            name=e.name, type=type_label(e.business_type), address=e.address))
        texts = {
            "started_at": self.tr("Thời gian kiểm tra:"), "kind": self.tr("Hình thức kiểm tra:"),
            "team_members": self.tr("Thành viên đoàn kiểm tra:"), "representative": self.tr("Đại diện cơ sở:"),
            "staff_present": self.tr("Số người lao động có mặt:"),
            "staff_without_contract": self.tr("Trong đó chưa có hợp đồng lao động:"),
            "staff_under_18": self.tr("Trong đó chưa đủ 18 tuổi:"), "guests_present": self.tr("Số khách có mặt:"),
            "findings": self.tr("Nhận xét, kết luận của đoàn:"),
            "decision_reference": self.tr("Số quyết định xử lý (nếu đã có):"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.team_members.setPlaceholderText(self.tr("Họ tên, cơ quan của cán bộ trong đoàn (không ghi tên người lao động)"))
        self.counts_box.setTitle(self.tr("Số người tại cơ sở (chỉ ghi số, không ghi tên)"))
        self.all_passed_button.setText(self.tr("Các mục chưa ghi: Đạt"))
        self.all_passed_button.setToolTip(self.tr("Ghi “Đạt” cho mọi mục kiểm tra còn để trống"))
        self.save_button.setText(self.tr("Lưu biên bản"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._show_template()
        self.checklist.retranslate()
        self.violations.retranslate()
        self.formalities.retranslate()
        self._check()
