"""The commune's "Send data" page: what will go, sending to a folder or by email, closing periods, receipts, cards."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain import periods
from desktop.domain.periods import Period
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.pages.sync_cards import CardsPanel
from desktop.gui.pages.sync_models import SentModel, closure_text, sequences_text, size_text, when
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import period_label, vn_number
from desktop.gui.widgets import MessageLine
from desktop.services.context import Changes
from desktop.sync.periods_close import ReportStatus

# Parts of at most this much uncompressed data stay well under the ~20 MB most mail services accept.
EMAIL_SPLIT_BYTES = 15 * 1024 * 1024
CLOSABLE_MONTHS = 12
_STRIP = "padding: 8px; background: #eef3f8; border-radius: 4px;"
_WARNING = "padding: 8px; background: #fdecea; color: #b00020; border-radius: 4px;"


class SendPage(Retranslates, QWidget):
    key = "sync"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.closures: list[ReportStatus] = []
        self._working = False
        self.tabs = QTabWidget()
        self.cards = CardsPanel(context)
        self.no_hub = QLabel()
        self.no_hub.setWordWrap(True)
        self.no_hub.setStyleSheet(_WARNING)
        self.no_hub.linkActivated.connect(lambda _link: self.tabs.setCurrentWidget(self.cards))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(_STRIP)
        self.send_box, self.close_box, self.sent_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.full = QCheckBox()
        self.split = QCheckBox()
        self.split.setChecked(True)
        self.folder_button, self.email_button, self.outbox_button = QPushButton(), QPushButton(), QPushButton()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.send_message = MessageLine()
        self.periods_label = QLabel()
        self.periods_label.setWordWrap(True)
        self.close_button = QPushButton()
        self.model = SentModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.receipt_button = QPushButton()
        self.receipt_message = MessageLine()
        self._build_layout()
        self.folder_button.clicked.connect(self._choose_folder)
        self.email_button.clicked.connect(self.send_by_email)
        self.outbox_button.clicked.connect(self.open_outbox)
        self.close_button.clicked.connect(self._close_period)
        self.receipt_button.clicked.connect(self._choose_receipt)
        context.changed.connect(self._changed)
        context.actor_changed.connect(self.refresh)
        self.retranslate()

    def _build_layout(self) -> None:
        send = QVBoxLayout(self.send_box)
        send.addWidget(self.full)
        send.addWidget(self.split)
        buttons = QHBoxLayout()
        for widget in (self.folder_button, self.email_button, self.busy):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(self.outbox_button)
        send.addLayout(buttons)
        send.addWidget(self.send_message)
        close = QHBoxLayout(self.close_box)
        close.addWidget(self.periods_label, 1)
        close.addWidget(self.close_button)
        sent = QVBoxLayout(self.sent_box)
        sent.addWidget(self.table)
        receipt = QHBoxLayout()
        receipt.addWidget(self.receipt_button)
        receipt.addWidget(self.receipt_message, 1)
        sent.addLayout(receipt)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.no_hub)
        layout.addWidget(self.summary)
        layout.addWidget(self.send_box)
        layout.addWidget(self.close_box)
        layout.addWidget(self.sent_box, 1)
        self.tabs.addTab(page, "")
        self.tabs.addTab(self.cards, "")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

    # -- what is there to send ----------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes & ~(Changes.ACCOUNTS | Changes.SETTINGS | Changes.BACKUP):
            self.refresh()

    def refresh(self) -> None:
        services, actor = self._context.services, self._context.actor
        sent = services.sync.sent(actor)
        self.model.set_rows(sent)
        self.table.resizeColumnsToContents()
        self.closures = self._own_closures()
        hub = self.cards.trusted_hub()
        self.no_hub.setVisible(hub is None)
        pending = services.home.unsent_count()
        last = sent[0].created_at if sent else None
        if last is None:
            what = self.tr("Chưa gửi lần nào. Lần gửi đầu tiên mang toàn bộ {count} bản ghi của sổ.").format(
                count=vn_number(pending))
        elif pending:
            what = self.tr("<b>{count} bản ghi</b> thay đổi kể từ lần gửi trước ({when}) sẽ được gửi (kể cả các "
                           "bản ghi đã xóa).").format(count=vn_number(pending), when=when(last))
        else:
            what = self.tr("Không có thay đổi nào kể từ lần gửi trước ({when}). Vẫn gửi được: gói trống cho cấp "
                           "trên biết sổ của xã vẫn được cập nhật.").format(when=when(last))
        waiting = sum(b.acknowledged_at is None for b in sent)
        lines = [what]
        if hub is not None:
            lines.append(self.tr("Gửi tới: <b>{hub}</b>. Ghi chú riêng, biệt danh và kế hoạch hỗ trợ không bao giờ "
                                 "rời khỏi máy này.").format(hub=hub.unit_name))
        if waiting:
            lines.append(self.tr("{count} gói đang chờ cấp trên xác nhận đã nhận.").format(count=waiting))
        self.summary.setText("<br>".join(lines))
        self._show_periods()
        self._update_buttons()

    def _own_closures(self) -> list[ReportStatus]:
        services, actor = self._context.services, self._context.actor
        if not actor.can(Permission.VIEW_COUNTS):
            return []
        origin = services.register.office.origin_unit
        codes = [p.code for p in self._recent_months()]
        rows = services.sync.completeness(actor, codes).rows
        return [r for r in rows if r.origin_unit == origin]

    def _recent_months(self) -> list[Period]:
        """The last ended months, newest first."""
        current = periods.containing(self._context.services.register.clock.today(), periods.PeriodKind.MONTH)
        found = []
        for _ in range(CLOSABLE_MONTHS):
            current = periods.containing(current.start - timedelta(days=1), periods.PeriodKind.MONTH)
            found.append(current)
        return found

    def closable(self) -> list[Period]:
        closed = {r.period_code for r in self.closures if r.status != "missing"}
        return [p for p in self._recent_months() if p.code not in closed]

    def _show_periods(self) -> None:
        by_code = {r.period_code: r for r in self.closures}
        recent = self._recent_months()[:3]
        status = "; ".join(f"{period_label(p)}: {closure_text(by_code.get(p.code))}" for p in reversed(recent))
        self.periods_label.setText(self.tr("Ba tháng gần nhất – {status}").format(status=status))

    def _update_buttons(self, *, working: bool | None = None) -> None:
        # A refresh announced by another page mid-export must not re-enable the buttons.
        self._working = working = self._working if working is None else working
        can_send = self._context.actor.can(Permission.SYNC) and self.cards.trusted_hub() is not None
        for button in (self.folder_button, self.email_button):
            button.setEnabled(can_send and not working)
        self.close_button.setEnabled(not working and bool(self.closable()))
        self.receipt_button.setEnabled(not working)
        self.busy.setVisible(working)

    # -- sending ------------------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục hoặc USB để ghi gói dữ liệu"))
        if folder:
            self.send_to(Path(folder))

    def send_by_email(self) -> None:
        self.send_to(self._context.data_dir.outbox, email=True)

    def send_to(self, folder: Path, *, email: bool = False) -> None:
        services, actor = self._context.services, self._context.actor
        full = self.full.isChecked()
        split = EMAIL_SPLIT_BYTES if email and self.split.isChecked() else None
        self._update_buttons(working=True)
        self.send_message.show_ok(self.tr("Đang đóng gói, ký và mã hóa dữ liệu…"))

        def work():  # type: ignore[no-untyped-def]
            folder.mkdir(parents=True, exist_ok=True)
            return services.sync.export_bundle(actor, folder, full=full, split_bytes=split)

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self._update_buttons(working=False)
            self.full.setChecked(False)
            self._report(outcome.value, folder, email=email)
            if email:
                self.open_outbox()

        def failed(problem: str) -> None:
            self._update_buttons(working=False)
            self.send_message.show_problem(problem)

        Operation(self._context, self, work).success(done).failure(failed).run_in_background()

    def _report(self, result, folder: Path, *, email: bool) -> None:  # type: ignore[no-untyped-def]
        names = ", ".join(f.path.name for f in result.files)
        size = size_text(sum(f.size for f in result.files))
        if result.over_email_limit:
            self.send_message.show_problem(self.tr(
                "Đã ghi {files} ({size}) vào {folder}. Tệp quá lớn để đính kèm email (thường tối đa khoảng 20 MB): "
                "hãy chép vào USB, hoặc gửi lại và đánh dấu “chia thành nhiều tệp”.").format(
                files=names, size=size, folder=str(folder)))
        elif email:
            self.send_message.show_ok(self.tr(
                "Đã ghi {files} ({size}) vào thư mục gửi đi, thư mục đã được mở. Hãy đính kèm tệp vào email gửi cơ "
                "quan tổng hợp.").format(files=names, size=size))
        else:
            self.send_message.show_ok(self.tr("Đã ghi {files} ({size}) vào {folder}.").format(
                files=names, size=size, folder=str(folder)))

    def open_outbox(self) -> None:
        outbox = self._context.data_dir.outbox
        outbox.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(outbox)))

    # -- periods and receipts -----------------------------------------------------------------------------
    def close_dialog(self) -> QDialog:
        from desktop.gui.dialogs.sync_close import ClosePeriodDialog

        return ClosePeriodDialog(self._context, self.closable(), parent=self)

    def _close_period(self) -> None:
        dialog = self.close_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.send_message.show_ok(self.tr("Đã chốt {period}. Lời xác nhận sẽ đi cùng gói dữ liệu gửi tiếp theo.")
                                      .format(period=period_label(periods.parse(dialog.closed))))  # type: ignore[attr-defined]
        dialog.deleteLater()

    def _choose_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn giấy báo nhận của cơ quan tổng hợp"), "",
                                              self.tr("Giấy báo nhận (*.hnr);;Mọi tệp (*)"))
        if path:
            self.import_receipt(Path(path))

    def import_receipt(self, path: Path) -> None:
        services, actor = self._context.services, self._context.actor
        self._update_buttons(working=True)

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self._update_buttons(working=False)
            r = outcome.value
            if r.already_imported:
                text = self.tr("Giấy báo nhận này của {hub} đã được nhập trước đây.").format(hub=r.hub_name)
            else:
                text = self.tr("Giấy báo nhận của {hub}: {count} gói vừa được xác nhận đã nhận.").format(
                    hub=r.hub_name, count=r.acknowledged)
            if r.missing:
                self.receipt_message.show_problem(text + " " + self.tr(
                    "Cấp trên chưa nhận được gói số {numbers}: hãy gửi lại các tệp đó, hoặc gửi lại toàn bộ dữ liệu.")
                    .format(numbers=sequences_text(r.missing)))
            else:
                self.receipt_message.show_ok(text)

        def failed(problem: str) -> None:
            self._update_buttons(working=False)
            self.receipt_message.show_problem(problem)

        Operation(self._context, self, lambda: services.sync.import_receipt(actor, path)).success(done) \
            .failure(failed).run_in_background()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Gửi dữ liệu"))
        self.tabs.setTabText(1, self.tr("Thẻ đơn vị và mã vân tay"))
        self.no_hub.setText(self.tr(
            "Chưa cài thẻ của cơ quan tổng hợp nên chưa gửi được. <a href=\"cards\">Cài thẻ của cơ quan tổng hợp…</a>"))
        self.send_box.setTitle(self.tr("Gửi dữ liệu lên cấp trên"))
        self.full.setText(self.tr("Gửi lại toàn bộ dữ liệu (khi cấp trên báo thiếu hoặc mất gói)"))
        self.split.setText(self.tr("Khi gửi qua email: chia thành nhiều tệp nếu gói quá lớn (mỗi tệp dưới 20 MB)"))
        self.folder_button.setText(self.tr("Gửi vào thư mục / USB…"))
        self.email_button.setText(self.tr("Gửi qua email"))
        self.email_button.setToolTip(self.tr("Ghi gói vào thư mục gửi đi rồi mở thư mục đó để đính kèm vào email"))
        self.outbox_button.setText(self.tr("Mở thư mục gửi đi"))
        self.close_box.setTitle(self.tr("Chốt kỳ báo cáo"))
        self.close_button.setText(self.tr("Chốt kỳ báo cáo…"))
        self.sent_box.setTitle(self.tr("Các gói đã gửi"))
        self.receipt_button.setText(self.tr("Nhập giấy báo nhận…"))
        self.model.retranslate()
        self.refresh()
