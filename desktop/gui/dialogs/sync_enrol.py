"""Trusting another office's card: its fingerprint must match, group by group, what was read out on the phone."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.widgets import MessageLine
from desktop.services.sync.sync import CardInfo

# Big, evenly spaced digits: read over a crackling phone line, a 3 must not pass for an 8.
FINGERPRINT_STYLE = ("font-family: 'DejaVu Sans Mono', 'Consolas', monospace; font-size: 22pt; font-weight: bold; "
                     "letter-spacing: 2px; padding: 8px; background: #eef3f8; border-radius: 4px;")


def digit_groups(text: str) -> list[str]:
    """However it was typed (spaces, dashes, nothing), the fingerprint's digits in groups of five."""
    digits = re.sub(r"\D", "", text)
    return [digits[i:i + 5] for i in range(0, len(digits), 5)]


class EnrolDialog(Retranslates, QDialog):
    """Shows whose card it is and its fingerprint; the enrol button waits for the typed digits to match."""

    def __init__(self, context: AppContext, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.source = source
        # Read (and its self-signature checked) before the dialog opens: a broken file never gets this far.
        self.card = context.services.sync.read_card(context.actor, source)
        self.enrolled: CardInfo | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.who = QLabel()
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.fingerprint = QLabel(self.card.fingerprint)
        self.fingerprint.setStyleSheet(FINGERPRINT_STYLE)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typed = QLineEdit()
        self.typed.setMaxLength(60)
        self.is_rotation = self.card.previous_key_id is not None
        self.rotation = QCheckBox()
        self.rotation.setVisible(self.is_rotation)
        self.message = MessageLine()
        self._caption = QLabel()
        self.buttons = QDialogButtonBox()
        self.enrol_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout()
        form.addRow(self._caption, self.typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.who)
        layout.addWidget(self.fingerprint)
        layout.addLayout(form)
        layout.addWidget(self.rotation)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(self._check)
        self.rotation.toggled.connect(self._check)
        self.enrol_button.clicked.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 400)
        self.retranslate()

    def matches(self) -> bool:
        return digit_groups(self.typed.text()) == digit_groups(self.card.fingerprint)

    def _check(self) -> None:
        expected, typed = digit_groups(self.card.fingerprint), digit_groups(self.typed.text())
        by_rotation = self.is_rotation and self.rotation.isChecked()
        self.typed.setEnabled(not by_rotation)
        self.enrol_button.setEnabled(self.matches() or by_rotation)
        if by_rotation:
            self.message.show_ok(self.tr("Thẻ sẽ được đăng ký vì khóa cũ đang tin cậy của đơn vị đã ký xác nhận."))
        elif not typed:
            self.message.show_ok("")
        else:
            wrong = [str(n) for n, (a, b) in enumerate(zip(typed, expected, strict=False), start=1)
                     if len(a) == 5 and a != b]
            if wrong:
                self.message.show_problem(self.tr(
                    "Nhóm số {groups} không khớp. Đừng đăng ký: có thể tệp thẻ đã bị thay trên đường gửi. "
                    "Hãy đọc lại với bên kia, hoặc xin tệp thẻ mới.").format(groups=", ".join(wrong)))
            elif self.matches():
                self.message.show_ok(self.tr("✔ Cả sáu nhóm số đều khớp."))
            elif len("".join(typed)) > len("".join(expected)):
                self.message.show_problem(self.tr("Đã gõ nhiều hơn 30 chữ số."))
            else:
                self.message.show_ok(self.tr("Đã khớp {done}/6 nhóm…").format(
                    done=sum(len(a) == 5 for a in typed)))

    def enrol(self) -> None:
        by_rotation = self.is_rotation and self.rotation.isChecked()
        if not (self.matches() or by_rotation):
            return
        services, actor, source = self._context.services, self._context.actor, self.source
        typed = None if by_rotation else self.typed.text()
        self.enrol_button.setEnabled(False)

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self.enrolled = outcome.value
            self.accept()

        def failed(problem: str) -> None:
            self._check()
            self.message.show_problem(problem)

        Operation(self._context, self, lambda: services.sync.enrol(actor, source, confirmed_fingerprint=typed)) \
            .success(done).failure(failed).run_in_background()

    def retranslate(self) -> None:
        hub = self.card.role in ("hub", "national")  # a province hub or the national one
        self.setWindowTitle(self.tr("Cài thẻ của cơ quan tổng hợp") if hub else self.tr("Đăng ký thẻ của xã/phường"))
        self.intro.setText(self.tr(
            "Gọi điện cho đơn vị này (theo số điện thoại đã biết, không dùng số ghi trong email) và nhờ họ đọc "
            "mã vân tay trên màn hình của họ. Gõ lại các chữ số nghe được vào ô dưới: chỉ khi khớp với mã vân tay "
            "của tệp thẻ thì mới đăng ký được."))
        kind = self.tr("cơ quan tổng hợp") if hub else self.tr("xã/phường")
        self.who.setText(self.tr("Thẻ của <b>{unit}</b> ({kind}, mã {code}). Mã vân tay của tệp thẻ:").format(
            unit=self.card.unit_name, kind=kind, code=self.card.unit_code))
        self._caption.setText(self.tr("Mã vân tay nghe qua điện thoại:"))
        self.typed.setPlaceholderText(self.tr("ví dụ: 12345 67890 12345 67890 12345 67890"))
        self.rotation.setText(self.tr("Đây là thẻ thay khóa của đơn vị đã đăng ký: đăng ký theo xác nhận của khóa cũ "
                                      "(không cần đọc mã vân tay)"))
        self.enrol_button.setText(self.tr("Cài thẻ") if hub else self.tr("Đăng ký thẻ"))
        self.cancel_button.setText(self.tr("Hủy"))
        self._check()
