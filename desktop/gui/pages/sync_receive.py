"""The hub's "Receive data" page: choose bundles, preview each (dry run), import with progress, write receipts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.pages.sync_cards import CardsPanel
from desktop.gui.pages.sync_communes import CommunesPanel, ConflictsPanel
from desktop.gui.pages.sync_quarantine import QuarantinePanel
from desktop.gui.pages.sync_models import PreviewModel
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text, vn_number
from desktop.gui.widgets import MessageLine
from desktop.services.context import Changes, Outcome
from desktop.services.sync.sync import ImportSummary


class _Progress(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back here."""

    step = Signal(int, int)


class ReceivePage(Retranslates, QWidget):
    key = "sync"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.paths: list[Path] = []
        self.result: ImportSummary | None = None
        self.tabs = QTabWidget()
        self.communes = CommunesPanel(context)
        self.conflicts = ConflictsPanel(context)
        self.quarantine = QuarantinePanel(context)
        self.cards = CardsPanel(context)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.files_button, self.folder_button = QPushButton(), QPushButton()
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.import_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.message = MessageLine()
        self.receipts_button = QPushButton()
        self.receipts_button.hide()
        self._relay = _Progress(self)
        self._relay.step.connect(self._step)
        self._build_layout()
        self.files_button.clicked.connect(self._choose_files)
        self.folder_button.clicked.connect(self._choose_folder)
        self.import_button.clicked.connect(self.import_now)
        self.receipts_button.clicked.connect(self.open_receipts)
        context.changed.connect(self._changed)
        context.actor_changed.connect(self._update_buttons)
        self.retranslate()

    def _build_layout(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(self.files_button)
        choose.addWidget(self.folder_button)
        choose.addWidget(self.chosen, 1)
        act = QHBoxLayout()
        act.addWidget(self.import_button)
        act.addWidget(self.progress)
        act.addWidget(self.message, 1)
        act.addWidget(self.receipts_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addLayout(act)
        for widget in (page, self.communes, self.conflicts, self.quarantine, self.cards):
            self.tabs.addTab(widget, "")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

    # -- choosing and previewing --------------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn các gói dữ liệu nhận được"), "",
                                                self.tr("Gói dữ liệu (*.hnb);;Mọi tệp (*)"))
        if paths:
            self.preview([Path(p) for p in paths])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa các gói dữ liệu (USB, thư mục "
                                                                "tệp đính kèm email…)"))
        if folder:
            self.preview([Path(folder)])

    def preview(self, paths: list[Path]) -> None:
        """Check every bundle (signature, decryption, records) and show what it would change; writes nothing."""
        services, actor = self._context.services, self._context.actor
        self.paths, self.result = list(paths), None
        self.model.set_rows([])
        self.receipts_button.hide()
        self.chosen.setText(", ".join(str(p) for p in paths))
        self._working(True)
        self.message.show_ok(self.tr("Đang kiểm tra chữ ký và giải mã để xem trước…"))

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self._working(False)
            self._show(outcome.value)
            self.message.show_ok(self.tr("Xem trước xong: chưa có gì được ghi vào sổ."))

        def failed(error: BaseException) -> None:
            self._working(False)
            self.paths = []
            self.message.show_problem(error_text(error))

        self._context.run(lambda: services.sync.import_bundles(actor, paths, dry_run=True), done, on_error=failed)

    def ready(self) -> int:
        """Bundles of the preview that an import would apply."""
        if self.result is None or not self.result.dry_run:
            return 0
        return sum(1 for i in self.result.items if i.report is not None and i.report.status == "preview")

    def _show(self, summary: ImportSummary) -> None:
        self.result = summary
        self.model.set_rows(summary.items)
        self.table.resizeColumnsToContents()
        for column, widest in enumerate((190, 150, 70, 120, 120)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()
        reports = [i.report for i in summary.items if i.report is not None]
        applied = [r for r in reports if r.status in ("preview", "imported")]
        skipped = sum(r.status == "already_imported" for r in reports)
        template = (self.tr("Sẽ nhập {bundles} gói: {new} bản ghi mới, {changed} sửa, {deleted} xóa, {conflicts} "
                            "xung đột. Bị từ chối: {refused} tệp. Đã nhập trước đây: {skipped} gói.")
                    if summary.dry_run else
                    self.tr("Đã nhập {bundles} gói: {new} bản ghi mới, {changed} sửa, {deleted} xóa, {conflicts} "
                            "xung đột. Bị từ chối: {refused} tệp. Đã nhập trước đây: {skipped} gói."))
        self.totals.setText(template.format(
            bundles=len(applied), new=vn_number(sum(r.counts.new for r in applied)),
            changed=vn_number(sum(r.counts.changed for r in applied)),
            deleted=vn_number(sum(r.counts.deleted + r.counts.erased for r in applied)),
            conflicts=vn_number(sum(r.counts.conflicts for r in applied)),
            refused=sum(i.refused for i in summary.items), skipped=skipped))
        held = sum(r.counts.held for r in applied)
        if held:
            self.totals.setText(self.totals.text() + " " + (
                self.tr("{count} bản ghi vi phạm quy tắc sẽ bị giữ lại (xem thẻ “Bị giữ lại” sau khi nhập).")
                if summary.dry_run else
                self.tr("{count} bản ghi vi phạm quy tắc bị giữ lại, chưa vào số liệu (thẻ “Bị giữ lại”).")
            ).format(count=vn_number(held)))
        self._update_buttons()

    # -- importing ----------------------------------------------------------------------------------------
    def import_now(self) -> None:
        if not self.ready():
            return
        services, actor, paths = self._context.services, self._context.actor, list(self.paths)
        folder = self._context.data_dir.outbox
        self.progress.setRange(0, len(self.model.rows))
        self.progress.setValue(0)
        self._working(True, progress=True)
        self.message.show_ok(self.tr("Đang nhập…"))

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self._working(False)
            summary: ImportSummary = outcome.value
            self._show(summary)
            self.paths = []
            conflicts = sum(i.report.counts.conflicts for i in summary.items if i.report is not None)
            if summary.receipts:
                text = self.tr("Đã ghi {count} giấy báo nhận vào {folder}: {files}. Gửi mỗi tệp cho xã/phường "
                               "tương ứng.").format(count=len(summary.receipts), folder=str(folder),
                                                    files=", ".join(p.name for p in summary.receipts))
                self.receipts_button.show()
            else:
                text = self.tr("Không có gói nào được nhập.")
            if conflicts:
                text += " " + self.tr("Có {count} xung đột cần xử lý ở thẻ “Xung đột”.").format(count=conflicts)
            self.message.show_ok(text)

        def failed(problem: str) -> None:
            self._working(False)
            self.message.show_problem(problem)

        def work() -> Outcome[ImportSummary]:
            outcome = services.sync.import_bundles(actor, paths, receipt_folder=folder, progress=self._relay.step.emit)
            return Outcome(outcome.value, outcome.changes | Changes.SYNC)  # the sync page's lists always change

        # The page's own bar shows the bundles done (no second progress dialog).
        Operation(self._context, self, work).success(done).failure(failed).run_in_background()

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _working(self, working: bool, *, progress: bool = False) -> None:
        self._busy = working
        if working and not progress:
            self.progress.setRange(0, 0)
        self.progress.setVisible(working)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = getattr(self, "_busy", False)
        allowed = self._context.actor.can(Permission.SYNC)
        for button in (self.files_button, self.folder_button):
            button.setEnabled(allowed and not busy)
        ready = self.ready()
        self.import_button.setEnabled(allowed and not busy and ready > 0)
        self.import_button.setText(self.tr("Nhập {count} gói").format(count=ready) if ready else self.tr("Nhập"))

    def open_receipts(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._context.data_dir.outbox)))

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.SYNC:
            self._tab_titles()

    def _tab_titles(self) -> None:
        count = len(self.conflicts.model.rows)
        self.tabs.setTabText(0, self.tr("Nhận gói dữ liệu"))
        self.tabs.setTabText(1, self.tr("Theo từng xã/phường"))
        self.tabs.setTabText(2, self.tr("Xung đột ({count})").format(count=count) if count else self.tr("Xung đột"))
        held = len(self.quarantine.model.rows)
        self.tabs.setTabText(3, self.tr("Bị giữ lại ({count})").format(count=held) if held else self.tr("Bị giữ lại"))
        self.tabs.setTabText(4, self.tr("Thẻ đơn vị và mã vân tay"))

    def retranslate(self) -> None:
        self._tab_titles()
        self.intro.setText(self.tr(
            "Chọn một hay nhiều gói dữ liệu (.hnb) nhận qua USB hoặc email, hoặc cả một thư mục. Mỗi gói được kiểm "
            "tra chữ ký, giải mã và xem trước; chưa có gì được ghi cho đến khi bấm “Nhập”. Gói nào hỏng hoặc không "
            "đúng người gửi thì bị từ chối riêng, không ảnh hưởng các gói khác."))
        self.files_button.setText(self.tr("Chọn tệp…"))
        self.folder_button.setText(self.tr("Chọn thư mục…"))
        self.receipts_button.setText(self.tr("Mở thư mục giấy báo nhận"))
        self.model.retranslate()
        if self.result is not None:
            self._show(self.result)
        self._update_buttons()
