"""Registering a person: the facts that build the code (never stored), the record's fields, duplicates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.clients import (
    CHANNEL_LABELS, MAX_NICKNAME, WORKPLACE_LABELS, ClientDraft, client_problems, client_warnings,
)
from desktop.domain.codes import SEX_LABELS
from desktop.domain.uic import FACT_LABELS, build_uic, uic_problems
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import (
    code_combo, date_edit, day, fill_code_combo, mark_fields, note_label, problem_lines, to_date, warning_label,
)
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label, problem_text
from desktop.gui.widgets import MessageLine
from desktop.services.clients.client_views import ClientRow, ClientView
from desktop.services.context import Outcome

MINOR = "client.minor"


class DuplicatesDialog(Retranslates, QDialog):
    """Same code and birth year already in the register: open that person, or create a new one anyway."""

    OPEN, CREATE = 1, 2

    def __init__(self, candidates: tuple[ClientRow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.choice = 0
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = QTableWidget(len(candidates), 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(lambda: self._choose(self.OPEN))
        self.create_button.clicked.connect(lambda: self._choose(self.CREATE))
        self.back_button.clicked.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self._choose(self.OPEN))
        self.retranslate()
        self.table.selectRow(0)
        self.resize(640, 300)

    def selected(self) -> ClientRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Có thể đã có trong sổ"))
        self.explain.setText(self.tr(
            "Sổ đã có {count} hồ sơ cùng mã số và năm sinh. Có thể đây là cùng một người. Hãy mở hồ sơ đã có; "
            "chỉ tạo mới khi bạn chắc chắn đây là người khác.").format(count=len(self.candidates)))
        self.table.setHorizontalHeaderLabels([self.tr("Mã số"), self.tr("Năm sinh"), self.tr("Gặp lần đầu"),
                                              self.tr("Gặp gần nhất"), self.tr("Tên gọi (trên máy này)")])
        for i, row in enumerate(self.candidates):
            values = (row.uic, str(row.birth_year), day(row.first_contact_on), day(row.last_contact_on), row.nickname)
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.open_button.setText(self.tr("Mở hồ sơ đã có"))
        self.create_button.setText(self.tr("Vẫn tạo mới"))
        self.back_button.setText(self.tr("Quay lại"))


class RegisterClientDialog(Retranslates, QDialog):
    """Checks as the worker types; on save, duplicates are shown before anything is written."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        services, actor = context.services, context.actor
        self._today = services.register.clock.today()
        self.recipe = services.clients.recipe(actor)
        self.saved: ClientView | None = None
        self.open_existing: ClientRow | None = None
        self.facts = {name: QLineEdit() for name in self.recipe.typed_facts}
        self.code = QLabel()
        self.code.setStyleSheet("font-size: 16pt; font-weight: bold; letter-spacing: 2px;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_note, self.nickname_note = note_label(), note_label()
        self.birth_year = QLineEdit()
        self.birth_year.setValidator(QIntValidator(0, 9999, self))
        self.birth_year.setMaxLength(4)
        self.minor_box = warning_label()
        self.minor_ack = QCheckBox()
        self.minor_ack.hide()
        self.sex = code_combo(SEX_LABELS)
        self.workplace = code_combo(WORKPLACE_LABELS)
        self.first_contact_on = date_edit(self._today, latest=self._today)
        self.channel = code_combo(CHANNEL_LABELS)
        self.nickname = QLineEdit()
        self.nickname.setMaxLength(MAX_NICKNAME)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self._build_layout()
        for edit in (*self.facts.values(), self.birth_year, self.nickname):
            edit.textChanged.connect(self._check)
        for combo in (self.sex, self.workplace, self.channel):
            combo.currentIndexChanged.connect(self._check)
        self.first_contact_on.dateChanged.connect(self._check)
        self.minor_ack.toggled.connect(self._check)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._initial = self._typed()

    def _build_layout(self) -> None:
        self._captions: dict[str, QLabel] = {}
        self.code_box = QGroupBox()
        facts_form = QFormLayout(self.code_box)
        for name, edit in self.facts.items():
            self._captions[name] = QLabel()
            facts_form.addRow(self._captions[name], edit)
        self._captions["code"] = QLabel()
        facts_form.addRow(self._captions["code"], self.code)
        facts_form.addRow(self.facts_note)
        self.record_box = QGroupBox()
        form = QFormLayout(self.record_box)
        for name, widget in (("birth_year", self.birth_year), ("sex", self.sex),
                             ("workplace_type", self.workplace), ("first_contact_on", self.first_contact_on),
                             ("first_contact_channel", self.channel), ("nickname", self.nickname)):
            self._captions[name] = QLabel()
            form.addRow(self._captions[name], widget)
            if name == "birth_year":
                form.addRow(self.minor_box)
                form.addRow(self.minor_ack)
        form.addRow(self.nickname_note)
        self._captions["notes"] = QLabel()
        form.addRow(self._captions["notes"], self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_box)
        layout.addWidget(self.record_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 640)

    # -- what was typed -------------------------------------------------------------------------
    def draft(self) -> ClientDraft:
        year = self.birth_year.text()
        return ClientDraft(birth_year=int(year) if year.isdigit() else None, sex=self.sex.currentData(),
                           workplace_type=self.workplace.currentData(),
                           first_contact_on=to_date(self.first_contact_on.date()),
                           first_contact_channel=self.channel.currentData(), nickname=self.nickname.text(),
                           notes=self.notes.toPlainText())

    def typed_facts(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.facts.items()}

    def _typed(self) -> tuple[object, ...]:
        return (self.draft(), tuple(self.typed_facts().values()))

    def acknowledged(self) -> tuple[str, ...]:
        return (MINOR,) if self.minor_ack.isChecked() else ()

    # -- checking as you type -------------------------------------------------------------------
    def _check(self) -> bool:
        draft = self.draft()
        all_facts = {**self.typed_facts(), "sex": draft.sex, "birth_year": draft.birth_year}
        fact_problems = uic_problems(self.recipe, all_facts)
        typed = [p for p in fact_problems if p.field in self.recipe.typed_facts]
        problems = client_problems(draft, today=self._today) + typed
        code_ok = not fact_problems and not [p for p in problems if p.field == "birth_year"]
        self.code.setText(build_uic(self.recipe, all_facts) if code_ok else "—")
        warnings = client_warnings(draft, today=self._today)
        minor = next((w for w in warnings if w.code == MINOR), None)
        self.minor_box.setVisible(minor is not None)
        self.minor_ack.setVisible(minor is not None)
        if minor is not None:
            self.minor_box.setText("⚠ " + problem_text(minor.code, minor.params))
        else:
            self.minor_ack.setChecked(False)
        mark_fields(self._captions, problems)
        waiting = minor is not None and not self.minor_ack.isChecked()
        if problems:
            self.message.show_problem(problem_lines(problems))
        elif waiting:
            self.message.show_problem(self.tr("Hãy đánh dấu ô xác nhận về người chưa thành niên trước khi lưu."))
        else:
            self.message.show_ok(self.tr("Thông tin hợp lệ."))
        ok = not problems and not waiting
        self.save_button.setEnabled(ok)
        return ok

    # -- saving -----------------------------------------------------------------------------------
    def _save(self, *, create_anyway: bool = False) -> None:
        if not self._check():
            return
        clients, actor, draft, facts = self._context.services.clients, self._context.actor, self.draft(), \
            self.typed_facts()
        acknowledged = self.acknowledged()

        def registered(outcome: Outcome[Any]) -> None:
            registration = outcome.value
            if registration.client is None:
                self._duplicates(registration.candidates)
                return
            self._done(registration.client)

        # A refusal keeps the dialog open with the typed work.
        Operation(self._context, self, lambda: clients.register(
            actor, draft, facts, acknowledged=acknowledged, create_anyway=create_anyway)) \
            .success(registered).failure(self.message.show_problem).disabling(self.save_button).run_in_background()

    def _duplicates(self, candidates: tuple[ClientRow, ...]) -> None:
        dialog = DuplicatesDialog(candidates, self)
        dialog.exec()
        if dialog.choice == DuplicatesDialog.OPEN and dialog.selected() is not None:
            self.open_existing = dialog.selected()
            self._forget_facts()
            super().accept()
        elif dialog.choice == DuplicatesDialog.CREATE:
            self._save(create_anyway=True)

    def _done(self, client: ClientView) -> None:
        self.saved = client
        self._forget_facts()
        self.accept()

    def _forget_facts(self) -> None:
        """The facts only made the code: clear them from the fields as soon as they have served."""
        for edit in self.facts.values():
            edit.clear()

    def reject(self) -> None:
        """Cancel, Esc or the close box: typed work is dropped only after the worker confirms."""
        from desktop.gui.context import confirm

        if self.saved is None and self._typed() != self._initial and not confirm(
                self, self.tr("Bỏ thay đổi?"), self.tr("Những gì bạn vừa nhập chưa được lưu. Bỏ đi?"),
                yes=self.tr("Bỏ thay đổi"), no=self.tr("Tiếp tục nhập")):
            return
        self._forget_facts()
        super().reject()

    # -- language ---------------------------------------------------------------------------------
    def _fact_caption(self, name: str) -> str:
        part = next(p for p in self.recipe.parts if p.fact == name)
        text = label(part.label or FACT_LABELS.get(name, name))
        optional = all(p.optional for p in self.recipe.parts if p.fact == name)
        return self.tr("{fact} (không bắt buộc):").format(fact=text) if optional else text + ":"

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đăng ký người được hỗ trợ"))
        self.code_box.setTitle(self.tr("Tạo mã số"))
        self.record_box.setTitle(self.tr("Thông tin lưu trong sổ"))
        for name in self.facts:
            self._captions[name].setText(self._fact_caption(name))
        self._captions["code"].setText(self.tr("Mã số sẽ là:"))
        self.facts_note.setText(self.tr(
            "Thông tin này chỉ dùng để tạo mã, không được lưu. Giới tính và năm sinh bên dưới cũng góp vào mã."))
        texts = {"birth_year": self.tr("Năm sinh:"), "sex": self.tr("Giới tính:"),
                 "workplace_type": self.tr("Nơi làm việc:"), "first_contact_on": self.tr("Ngày gặp lần đầu:"),
                 "first_contact_channel": self.tr("Biết đến qua:"), "nickname": self.tr("Tên gọi (không bắt buộc):"),
                 "notes": self.tr("Ghi chú:")}
        for name, text in texts.items():
            self._captions[name].setText(text)
        self.birth_year.setPlaceholderText(self.tr("ví dụ 1995"))
        self.nickname_note.setText(self.tr(
            "Tên gọi và ghi chú chỉ lưu trên máy này, được mã hóa, không bao giờ gửi đi. Không ghi họ tên thật, "
            "số điện thoại hay số giấy tờ."))
        self.minor_ack.setText(self.tr("Tôi đã biết đây là người chưa thành niên và sẽ xử lý theo quy định riêng."))
        fill_code_combo(self.sex, SEX_LABELS)
        fill_code_combo(self.workplace, WORKPLACE_LABELS)
        fill_code_combo(self.channel, CHANNEL_LABELS)
        self.save_button.setText(self.tr("Lưu"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._check()

