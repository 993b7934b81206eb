"""Consent per scope: record it, withdraw it, and print the form the person signs."""

from __future__ import annotations

from collections.abc import Callable


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop.domain.clients import CONSENT_LABELS, consent_problems, withdrawal_problems
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import (
    check_list, checked_codes, date_edit, day, note_label, problem_lines, retranslate_check_list, to_date,
)
from desktop.gui.icons import icon
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label
from desktop.gui.widgets import MessageLine
from desktop.services.clients.client_views import ClientView
from desktop.services.context import Outcome


def print_consent_form(context: AppContext, parent: QWidget, client: ClientView | None) -> None:
    """Ask where to save, then let the core write the PDF (a neutral file name: no subject words)."""
    from desktop.gui.printing import print_or_save

    services, actor, language = context.services, context.actor, context.config.language
    client_id = client.id if client else None
    print_or_save(context, parent, title=QCoreApplication.translate("ConsentDialog", "In phiếu đồng ý"),
                  suggested="phieu-dong-y.pdf", write=lambda path: services.client_rights.print_consent_form(
                      actor, path, client_id=client_id, language=language))


class ConsentDialog(Retranslates, QDialog):
    def __init__(self, context: AppContext, client: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.client = client
        self._today = context.services.register.clock.today()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.give_box, self.withdraw_box = QGroupBox(), QGroupBox()
        self.scopes = check_list(CONSENT_LABELS, height=90)
        self.given_on = date_edit(self._today, latest=self._today)
        self.give_button = QPushButton()
        self.withdraw_scope = QComboBox()
        self.withdrawn_on = date_edit(self._today, latest=self._today)
        self.withdraw_button = QPushButton()
        self.print_button = QPushButton()
        self.print_button.setIcon(icon("printer"))
        self.close_button = QPushButton()
        self.form_note = note_label()
        self.message = MessageLine()
        self._captions = [QLabel() for _ in range(3)]
        give = QFormLayout(self.give_box)
        give.addRow(self._captions[0], self.scopes)
        give.addRow(self._captions[1], self.given_on)
        give.addRow("", self.give_button)
        withdraw = QFormLayout(self.withdraw_box)
        withdraw.addRow(self.withdraw_scope)
        withdraw.addRow(self._captions[2], self.withdrawn_on)
        withdraw.addRow("", self.withdraw_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.give_box)
        layout.addWidget(self.withdraw_box)
        layout.addWidget(self.form_note)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.scopes.itemChanged.connect(lambda _item: self.give_button.setEnabled(bool(checked_codes(self.scopes))))
        self.give_button.clicked.connect(self.give)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.print_button.clicked.connect(lambda: print_consent_form(context, self, self.client))
        self.close_button.clicked.connect(self.accept)
        self.resize(640, 540)
        self.retranslate()

    def _active(self) -> dict[str, str]:
        return {c.scope: day(c.given_on) for c in self.client.consents if c.active}

    def _update(self) -> None:
        active = self._active()
        lines = []
        for scope, text in CONSENT_LABELS.items():
            if scope.value in active:
                lines.append(self.tr("✔ {scope}: đã đồng ý từ {day}").format(scope=label(text), day=active[scope.value]))
            else:
                lines.append(self.tr("✘ {scope}: chưa đồng ý").format(scope=label(text)))
        self.state.setText("<br>".join(lines))
        self.scopes.blockSignals(True)
        for row in range(self.scopes.count()):
            item = self.scopes.item(row)
            given = item.data(Qt.ItemDataRole.UserRole) in active
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled if given else item.flags() | Qt.ItemFlag.ItemIsEnabled)
            if given:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.scopes.blockSignals(False)
        self.give_button.setEnabled(bool(checked_codes(self.scopes)))
        current = self.withdraw_scope.currentData()
        self.withdraw_scope.clear()
        for scope, text in CONSENT_LABELS.items():
            if scope.value in active:
                self.withdraw_scope.addItem(label(text), scope.value)
        self.withdraw_scope.setCurrentIndex(max(0, self.withdraw_scope.findData(current)))
        self.withdraw_box.setEnabled(bool(active))

    def give(self) -> None:
        scopes, on = checked_codes(self.scopes), to_date(self.given_on.date())
        problems = consent_problems(scopes, on=on, today=self._today)
        if problems:
            self.message.show_problem(problem_lines(problems))
            return
        clients, actor, client_id = self._context.services.clients, self._context.actor, self.client.id
        self._apply(lambda: clients.give_consent(actor, client_id, scopes, given_on=on), self.tr("Đã ghi đồng ý."))

    def withdraw(self) -> None:
        scope, on = self.withdraw_scope.currentData(), to_date(self.withdrawn_on.date())
        given = next((c.given_on for c in self.client.consents if c.active and c.scope == scope), None)
        if scope is None or given is None:
            return
        problems = withdrawal_problems(given_on=given, on=on, today=self._today)
        if problems:
            self.message.show_problem(problem_lines(problems))
            return
        clients, actor, client_id = self._context.services.clients, self._context.actor, self.client.id
        self._apply(lambda: clients.withdraw_consent(actor, client_id, scope, withdrawn_on=on),
                    self.tr("Đã ghi việc rút lại đồng ý."))

    def _apply(self, work: Callable[[], Outcome[ClientView]], done_text: str) -> None:
        """The change on the worker; the dialog shows the client as saved, or why not."""
        def done(outcome: Outcome[ClientView]) -> None:
            self.client = outcome.value
            self._update()
            self.message.show_ok(done_text)

        Operation(self._context, self, work).success(done).failure(self.message.show_problem).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đồng ý của người có mã {code}").format(code=self.client.uic))
        self.give_box.setTitle(self.tr("Ghi nhận đồng ý"))
        self.withdraw_box.setTitle(self.tr("Rút lại đồng ý"))
        for caption, text in zip(self._captions, (self.tr("Nội dung đồng ý:"), self.tr("Ngày đồng ý:"),
                                                  self.tr("Ngày rút lại:")), strict=True):
            caption.setText(text)
        retranslate_check_list(self.scopes)
        self.give_button.setText(self.tr("Ghi đồng ý"))
        self.withdraw_button.setText(self.tr("Ghi rút lại"))
        self.print_button.setText(self.tr("In phiếu đồng ý (PDF)…"))
        self.close_button.setText(self.tr("Đóng"))
        self.form_note.setText(self.tr("In phiếu, đọc cho người đó nghe, để họ đánh dấu và ký; cất phiếu đã ký "
                                       "riêng, không để cùng sổ tay ghi chép."))
        self._update()
