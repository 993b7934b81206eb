"""The reports page: choose a period (and, at a hub, the communes), compute, read, export; raw lists to Excel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop.domain.periods import Period
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.dialogs.report_password import ask_password
from desktop.gui.pages.reports_busy import BusyStrip, Cancelled
from desktop.gui.pages.reports_dhis2 import Dhis2Button
from desktop.gui.pages.reports_period import PeriodChooser
from desktop.gui.pages.reports_summary import summary_html
from desktop.gui.pages.reports_table import ReportTree
from desktop.gui.pages.reports_units import CommuneChooser
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text, period_label, vn_number
from desktop.gui.widgets import MessageLine
from desktop.reports.lists import LISTS
from desktop.reports.model import Report
from desktop.services.context import Changes
from desktop.services.documents.documents import DocumentEntry

# Changes after which a report on screen is out of date.
_RECOUNT = Changes.ALL & ~(Changes.ACCOUNTS | Changes.BACKUP)


def period_slug(period: Period) -> str:
    """The period in a file name: 2026-Q3, or 2026-01-05_den_2026-02-01 for a range."""
    return period.code.replace("..", "_den_")


class ReportsPage(Retranslates, QWidget):
    key = "reports"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.is_hub = context.services.register.office.is_hub
        self.report: Report | None = None
        self.saved_pdf: Path | None = None
        self.document: DocumentEntry | None = None  # the report's entry in the document register, if any
        self._stale = False
        self.period_caption = QLabel()
        self.period = PeriodChooser(context.services.register.clock.today())
        self.units = CommuneChooser()
        self.units.setVisible(self.is_hub)
        if self.is_hub:
            self.units.set_units(context.services.reports.communes(context.actor))
        self.compute_button, self.xlsx_button, self.pdf_button = QPushButton(), QPushButton(), QPushButton()
        self.issue_button = QPushButton()
        self.register_button = QPushButton()
        self.number_label = QLabel()
        self.details = QCheckBox()
        self.parameters_button, self.definitions_button = QPushButton(), QPushButton()
        self.targets_button = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 8px; background: #eef3f8; border-radius: 4px;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("padding: 4px 8px; background: #fff4e5; color: #8a4b00; border-radius: 4px;")
        self.hint.setVisible(False)
        self.tree = ReportTree()
        self.list_caption = QLabel()
        self.list_name = QComboBox()
        self.list_in_period = QCheckBox()
        self.list_in_period.setChecked(True)
        self.list_button = QPushButton()
        self.busy = BusyStrip(context)
        self.message = MessageLine()
        self.dhis2 = Dhis2Button(context, period=self.period.period, busy=self.busy, message=self.message,
                                 slug=period_slug)
        self.dhis2.setVisible(self.is_hub)  # a hub sends the province's figures to DHIS2 (issue 12)
        self._build_layout()
        self.period.changed.connect(self._selection_changed)
        self.units.changed.connect(self._selection_changed)
        self.compute_button.clicked.connect(self.compute)
        self.xlsx_button.clicked.connect(lambda: self.export_report(pdf=False))
        self.pdf_button.clicked.connect(lambda: self.export_report(pdf=True))
        self.issue_button.clicked.connect(self.edit_issue)
        self.register_button.clicked.connect(self.show_register)
        self.details.toggled.connect(self.tree.expand_details)
        self.parameters_button.clicked.connect(self.edit_parameters)
        self.definitions_button.clicked.connect(self.show_definitions)
        self.targets_button.clicked.connect(self.edit_targets)
        self.list_button.clicked.connect(self.export_list)
        context.changed.connect(self.refresh)
        context.actor_changed.connect(self._update_buttons)
        self.retranslate()

    def _build_layout(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(self.period_caption)
        choose.addWidget(self.period)
        choose.addStretch()
        actions = QHBoxLayout()
        for widget in (self.compute_button, self.issue_button, self.number_label, self.xlsx_button, self.pdf_button,
                       self.dhis2, self.details):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(self.parameters_button)
        actions.addWidget(self.targets_button)
        actions.addWidget(self.definitions_button)
        actions.addWidget(self.register_button)
        lists = QHBoxLayout()
        for widget in (self.list_caption, self.list_name, self.list_in_period, self.list_button):
            lists.addWidget(widget)
        lists.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.units)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(lists)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)

    # -- computing ------------------------------------------------------------------------------------
    def compute(self) -> None:
        if self.busy.busy:
            return
        services, actor = self._context.services, self._context.actor
        period, units = self.period.period(), self.units.selected() if self.is_hub else None
        self.message.show_ok("")

        def work() -> tuple[Report, list[str]]:
            report = services.reports.compute(actor, period, units=units)
            missing = [p.name for p in services.reports.parameters(actor, period, units=units) if p.value is None]
            return report, missing

        self.busy.start(work, self._computed, self._failed,
                        text=self.tr("Đang lập báo cáo {period}…").format(period=period_label(period)))
        self._update_buttons()

    def _computed(self, result: tuple[Report, list[str]]) -> None:
        self.report, missing = result
        self._find_document()
        self.tree.show_report(self.report)
        self.tree.expand_details(self.details.isChecked())
        self._show_summary()
        needs = self.report is not None and any(i.figure.value is None and not i.figure.hidden
                                                for i in self.report.indicators)
        self.hint.setVisible(bool(missing) and needs)
        self.hint.setText(self.tr("Chưa nhập số liệu nền của kỳ này: {names}. Các chỉ tiêu tỷ lệ cần số này ghi "
                                  "“Không đủ dữ liệu”; bấm “Số liệu nền…” để nhập.").format(names="; ".join(missing)))
        self._update_buttons()
        if self.isVisible():
            self._recount()  # the data changed again while this report was being made

    def _show_summary(self) -> None:
        report = self.report
        if report is None:
            self.summary.setText(self.tr("Chọn kỳ báo cáo rồi bấm “Lập báo cáo”."))
            return
        text = summary_html(report)
        self.summary.setText(text)

    def _selection_changed(self) -> None:
        """A report on screen no longer matches the choice: clear it rather than show the wrong period."""
        if self.report is not None:
            self.report = None
            self._find_document()
            self.tree.show_report(None)
            self.hint.setVisible(False)
            self._show_summary()
        self._update_buttons()

    def refresh(self, changes: Changes) -> None:
        """Recount a report on screen after the data changed; a hidden page waits until it is shown."""
        if changes & _RECOUNT and self.report is not None:
            self._stale = True
            if self.isVisible():
                self._recount()

    def _recount(self) -> None:
        if self._stale and self.report is not None and not self.busy.busy:
            self._stale = False
            self.compute()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._recount()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.message.show_problem(self.tr("Đã dừng; không có tệp nào được ghi."))
        else:
            self.message.show_problem(error_text(error))
        self._update_buttons()

    # -- number and narrative ---------------------------------------------------------------------------
    def _find_document(self) -> None:
        """The report's entry for the shown period: its number and narrative go on paper."""
        if self.report is None:
            self.document = None
        else:
            self.document = self._context.services.documents.for_period(self._context.actor, self.report.period.code)
        self._show_number()

    def _show_number(self) -> None:
        self.number_label.setText(self.document.document_number.line if self.document is not None
                                  else self.tr("(chưa cấp số)") if self.report is not None else "")

    def edit_issue(self) -> None:
        if self.report is None:
            return
        from desktop.gui.dialogs.report_issue import ReportIssueDialog

        dialog = ReportIssueDialog(self._context, self.report, self.document, self)
        if dialog.exec() and dialog.entry is not None:
            self.document = dialog.entry
            self._show_number()

    def show_register(self) -> None:
        from desktop.gui.dialogs.document_register import DocumentRegisterDialog

        DocumentRegisterDialog(self._context, self).exec()
        self._find_document()  # a number taken back no longer prints

    # -- exporting ------------------------------------------------------------------------------------
    def export_report(self, *, pdf: bool) -> None:
        if self.report is None:
            return
        if pdf:
            self.print_report()
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo (Excel)"),
                                              "bao-cao-" + period_slug(self.report.period) + ".xlsx",
                                              self.tr("Bảng tính Excel (*.xlsx)"))
        if path:
            self.write_report(Path(path).with_suffix(".xlsx"), pdf=False)

    def print_report(self) -> None:
        """Like every other "In …" action: print on the system's printer, or save the PDF (and open it)."""
        if self.report is None or self.busy.busy:
            return
        from desktop.gui.printing import print_or_save

        report, services, actor, document = self.report, self._context.services, self._context.actor, self.document
        self.saved_pdf = None

        def finished(chosen: str, path: Path) -> None:
            self.saved_pdf = path  # a temporary file when printing: said only when the officer saved it
            self._written(self.tr("Đã gửi báo cáo tới máy in.") if chosen == "print"
                          else self.tr("Đã ghi báo cáo vào {file}.").format(file=str(path)))

        # The core writes the PDF on the worker (a few seconds at most, the report already computed).
        print_or_save(self._context, self, title=self.tr("In báo cáo"),
                      suggested="bao-cao-" + period_slug(self.report.period) + ".pdf",
                      write=lambda path: services.reports.export_report(actor, report, pdf=path, document=document),
                      finished=finished, failure=self.message.show_problem)

    def write_report(self, path: Path, *, pdf: bool) -> None:
        report, services, actor = self.report, self._context.services, self._context.actor
        if report is None or self.busy.busy:
            return

        document = self.document

        def work() -> Any:
            return services.reports.export_report(actor, report, pdf=path if pdf else None,
                                                  xlsx=None if pdf else path, document=document)

        self.message.show_ok("")
        self.busy.start(work, lambda _outcome: self._written(self.tr("Đã ghi báo cáo vào {file}.").format(
            file=str(path))), self._failed, text=self.tr("Đang ghi {file}…").format(file=path.name))
        self._update_buttons()

    def export_list(self) -> None:
        name = self.list_name.currentData()
        if not name:
            return
        password = None
        if LISTS[name].about_clients:  # client rows leave the PC only encrypted (DOMAIN §7)
            password = ask_password(self)
            if password is None:
                return
        period = self.period.period() if self.list_in_period.isChecked() else None
        # A neutral name for client lists: the file name must not say what the data is about.
        stem = "danh-sach" + ("" if password else f"-{name}") + (f"-{period_slug(period)}" if period else "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu danh sách (Excel)"), stem + ".xlsx",
                                              self.tr("Bảng tính Excel (*.xlsx)"))
        if path:
            self.write_list(name, Path(path).with_suffix(".xlsx"), period=period, password=password)

    def write_list(self, name: str, path: Path, *, period: Period | None, password: str | None = None) -> None:
        services, actor, busy = self._context.services, self._context.actor, self.busy
        units = self.units.selected() if self.is_hub else None
        if busy.busy:
            return

        def work() -> int:
            return services.reports.export_list(actor, name, path=path, period=period, units=units, password=password,
                                                progress=busy.progress).value

        def done(count: int) -> None:
            text = self.tr("Đã xuất {count} dòng vào {file}.").format(count=vn_number(count), file=str(path))
            if password:
                text += " " + self.tr("Tệp đã được mã hóa; mở bằng mật khẩu vừa đặt.")
            self._written(text)

        self.message.show_ok("")
        busy.start(work, done, self._failed, text=self.tr("Đang xuất danh sách…"),
                   rows_text=lambda n: self.tr("Đang xuất danh sách… đã ghi {count} dòng").format(count=vn_number(n)))
        self._update_buttons()

    def _written(self, text: str) -> None:
        self.message.show_ok(text)
        self._update_buttons()
        if self.isVisible():
            self._recount()

    # -- dialogs --------------------------------------------------------------------------------------
    def edit_parameters(self) -> None:
        from desktop.gui.dialogs.report_parameters import ReportParametersDialog

        dialog = ReportParametersDialog(self._context, self.period.period(), parent=self)
        dialog.exec()
        dialog.deleteLater()

    def edit_targets(self) -> None:
        from desktop.gui.dialogs.report_targets import ReportTargetsDialog

        dialog = ReportTargetsDialog(self._context, self.period.period().start.year, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def show_definitions(self) -> None:
        from desktop.gui.dialogs.report_definitions import ReportDefinitionsDialog

        dialog = ReportDefinitionsDialog(self._context, parent=self)
        dialog.exec()
        dialog.deleteLater()

    # -- state and language ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        actor, idle = self._context.actor, not self.busy.busy
        shown = self.report is not None
        self._fill_lists()
        self.compute_button.setEnabled(idle)
        self.xlsx_button.setEnabled(idle and shown and actor.can(Permission.EXPORT))
        self.pdf_button.setEnabled(idle and shown and actor.can(Permission.EXPORT))
        self.issue_button.setEnabled(idle and shown and actor.can(Permission.EDIT_RECORDS))
        self.parameters_button.setEnabled(actor.can(Permission.EDIT_RECORDS) and not self.is_hub)  # communes enter them
        self.targets_button.setEnabled(actor.can(Permission.MANAGE_SETTINGS))
        self.list_button.setEnabled(idle and actor.can(Permission.EXPORT) and self.list_name.count() > 0)
        self.dhis2.update_state()

    def _fill_lists(self) -> None:
        actor = self._context.actor
        names = {"sessions": self.tr("Buổi truyền thông"), "contacts": self.tr("Lượt hỗ trợ"),
                 "referrals": self.tr("Chuyển gửi dịch vụ"), "inspections": self.tr("Kiểm tra cơ sở")}
        wanted = [(n, text) for n, text in names.items() if n in LISTS and actor.can(
            Permission.VIEW_CLIENTS if LISTS[n].about_clients else Permission.VIEW_RECORDS)]
        if [(self.list_name.itemData(i), self.list_name.itemText(i)) for i in range(self.list_name.count())] == wanted:
            return
        current = self.list_name.currentData()
        self.list_name.clear()
        for name, text in wanted:
            self.list_name.addItem(text, name)
        self.list_name.setCurrentIndex(max(0, self.list_name.findData(current)))

    def retranslate(self) -> None:
        self.period_caption.setText(self.tr("Kỳ báo cáo:"))
        self.compute_button.setText(self.tr("Lập báo cáo"))
        self.xlsx_button.setText(self.tr("Xuất Excel…"))
        self.pdf_button.setText(self.tr("In báo cáo…"))
        self.issue_button.setText(self.tr("Số văn bản, thuyết minh…"))
        self.register_button.setText(self.tr("Sổ văn bản…"))
        self.issue_button.setToolTip(self.tr("Cấp số trong sổ đăng ký văn bản và viết các phần tình hình, kết quả, "
                                             "tồn tại, đề xuất trước khi in"))
        self._show_number()
        self.details.setText(self.tr("Mở mọi chi tiết (giới tính, nhóm tuổi…)"))
        self.parameters_button.setText(self.tr("Số liệu nền…"))
        self.parameters_button.setToolTip(self.tr("Nhập các mẫu số dữ liệu không tự có, ví dụ số học sinh trên địa bàn"))
        self.definitions_button.setText(self.tr("Bộ chỉ tiêu…"))
        self.targets_button.setText(self.tr("Chỉ tiêu năm…"))
        self.targets_button.setToolTip(self.tr("Quản trị viên nhập chỉ tiêu kế hoạch năm của tỉnh, không cần sửa tệp"))
        self.list_caption.setText(self.tr("Danh sách gốc ra Excel (đủ mọi dòng):"))
        self.list_in_period.setText(self.tr("chỉ trong kỳ đã chọn"))
        self.list_button.setText(self.tr("Xuất danh sách…"))
        self.dhis2.retranslate()
        self.list_name.clear()
        self.period.retranslate()
        self.units.retranslate()
        self.busy.retranslate()
        self.tree.retranslate()
        self._show_summary()
        self._update_buttons()
