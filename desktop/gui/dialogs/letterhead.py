"""The office's letterhead (Decree 30/2020): issuing body, parent, symbol, signatory, recipients."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.widgets import MessageLine
from desktop.services.context import Outcome
from desktop.services.documents.letterhead import LetterheadSettings

_MULTI_LINE = ("issuing_body", "authority", "recipients")


class LetterheadDialog(Retranslates, QDialog):
    """Everyone sees what prints; an administrator edits it. A refused save keeps what was typed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        current = context.services.letterhead.get(context.actor)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        editable = context.actor.can(Permission.MANAGE_SETTINGS)
        for name in LetterheadSettings.__dataclass_fields__:
            value = getattr(current, name)
            field: QLineEdit | QPlainTextEdit
            if name in _MULTI_LINE:
                field = QPlainTextEdit(value)
                field.setFixedHeight(78)
            else:
                field = QLineEdit(value)
            field.setReadOnly(not editable)
            self.fields[name] = field
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], field)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.reset_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setEnabled(editable)
        self.reset_button.setEnabled(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        self.retranslate()

    def typed(self) -> LetterheadSettings:
        return LetterheadSettings(**{name: field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
                                     for name, field in self.fields.items()})

    def _show(self, settings: LetterheadSettings) -> None:
        for name, field in self.fields.items():
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(getattr(settings, name))
            else:
                field.setText(getattr(settings, name))

    def save(self) -> None:
        services, actor, typed = self._context.services, self._context.actor, self.typed()
        # A refusal keeps the dialog open with what was typed.
        Operation(self._context, self, lambda: services.letterhead.save(actor, typed)) \
            .success(lambda _outcome: self.accept()).failure(self.message.show_problem).run_in_background()

    def reset(self) -> None:
        services, actor = self._context.services, self._context.actor

        def done(outcome: Outcome[LetterheadSettings]) -> None:
            self._show(outcome.value)
            self.message.show_ok(self.tr("Đã trở về mặc định của đơn vị."))

        Operation(self._context, self, lambda: services.letterhead.reset(actor)).success(done) \
            .failure(self.message.show_problem).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Thể thức văn bản"))
        self.heading.setText(self.tr(
            "Phần đầu và phần cuối của mọi văn bản in ra (Nghị định 30/2020/NĐ-CP): tên cơ quan ban hành, số và ký "
            "hiệu, người ký, nơi nhận. Mỗi dòng in thành một dòng."))
        labels = {
            "issuing_body": self.tr("Tên cơ quan ban hành:"),
            "parent_body": self.tr("Cơ quan chủ quản (in phía trên; để trống với UBND):"),
            "symbol": self.tr("Chữ viết tắt trong ký hiệu (BC-…):"),
            "authority": self.tr("Thẩm quyền, chức vụ người ký:"),
            "signer": self.tr("Họ và tên người ký:"),
            "recipients": self.tr("Nơi nhận (mỗi nơi một dòng):"),
            "archive": self.tr("Lưu:"),
        }
        for name, label in self._labels.items():
            label.setText(labels[name])
        self.save_button.setText(self.tr("Lưu"))
        self.reset_button.setText(self.tr("Mặc định"))
        self.cancel_button.setText(self.tr("Đóng"))
