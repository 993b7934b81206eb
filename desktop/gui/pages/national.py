"""National forwarding pages: a province hub sends its period report up; the national hub receives and reports."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import periods
from desktop.domain.periods import PeriodKind
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.pages.reports_period import PeriodChooser
from desktop.gui.pages.sync_cards import CardsPanel
from desktop.gui.pages.sync_models import when
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text
from desktop.gui.widgets import MessageLine
from desktop.reports.national import NationalReport, total_text
from desktop.services.context import Changes


def _last_month(context: AppContext) -> periods.Period:
    today = context.services.register.clock.today()
    return periods.containing(periods.containing(today, PeriodKind.MONTH).start - timedelta(days=1), PeriodKind.MONTH)


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class NationalSendPage(Retranslates, QWidget):
    """Province hub: "Gửi báo cáo lên cấp trên": close a period and write its aggregate for the national hub."""

    key = "national"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.tabs = QTabWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.period = PeriodChooser(context.services.register.clock.today())
        self.period.set_period(_last_month(context))
        self.send_button = QPushButton()
        self.message = MessageLine()
        self.sent = _table(5)
        self.cards = CardsPanel(context)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        row.addWidget(self.period)
        row.addWidget(self.send_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.sent, 1)
        self.tabs.addTab(page, "")
        self.tabs.addTab(self.cards, "")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.send_button.clicked.connect(self._choose_and_send)
        context.changed.connect(lambda changes: self.refresh() if changes & Changes.SYNC else None)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Chốt một kỳ báo cáo đã kết thúc và ghi báo cáo tổng hợp của tỉnh (số liệu từng xã, phường đã ẩn số nhỏ "
            "như báo cáo của tỉnh, và tình hình nộp báo cáo) thành một tệp đã ký, mã hóa cho tuyến quốc gia. "
            "Không gửi hồ sơ hay bản ghi nào. Gửi lại cùng kỳ thì lần gửi mới thay lần cũ."))
        self.send_button.setText(self.tr("Gửi báo cáo lên cấp trên…"))
        self.tabs.setTabText(0, self.tr("Gửi báo cáo lên cấp trên"))
        self.tabs.setTabText(1, self.tr("Thẻ đơn vị"))
        self.sent.setHorizontalHeaderLabels([self.tr("Lần gửi"), self.tr("Kỳ"), self.tr("Ngày gửi"),
                                             self.tr("Xã, phường có số liệu"), self.tr("Tệp")])

    def refresh(self) -> None:
        services, actor = self._context.services, self._context.actor
        if not actor.can(Permission.SYNC):
            self.send_button.setEnabled(False)
            return
        rows = services.national.sent(actor)
        _fill(self.sent, [[str(s.sequence), s.period_code, when(s.created_at),
                           f"{s.communes_reporting}/{s.communes}", s.file_name] for s in reversed(rows)])

    def _choose_and_send(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn nơi ghi báo cáo gửi tuyến quốc gia (USB…)"))
        if folder:
            self.send(Path(folder))

    def send(self, folder: Path) -> None:
        services, actor, period = self._context.services, self._context.actor, self.period.period()
        self.send_button.setEnabled(False)

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self.send_button.setEnabled(True)
            sent = outcome.value
            self.message.show_ok(self.tr("Đã ghi {file}: kỳ {period}, lần gửi {sequence}, {reporting}/{communes} xã, "
                                         "phường có số liệu.").format(
                file=str(sent.path), period=period.label_vi(), sequence=sent.sequence,
                reporting=sent.communes_reporting, communes=sent.communes))

        def failed(problem: str) -> None:
            self.send_button.setEnabled(True)
            self.message.show_problem(problem)

        Operation(self._context, self, lambda: services.national.send_to_national(actor, period.code, folder)) \
            .success(done).failure(failed).run_in_background()


class NationalReceivePage(Retranslates, QWidget):
    """National hub: receive the provinces' aggregates, see who sent which period, export the national report."""

    key = "national"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.report: NationalReport | None = None
        self.tabs = QTabWidget()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.import_button = QPushButton()
        self.message = MessageLine()
        self.period = PeriodChooser(context.services.register.clock.today())
        self.period.set_period(_last_month(context))
        self.summary = QLabel()
        self.provinces = _table(5)
        self.totals = _table(4)
        self.pdf_button, self.xlsx_button = QPushButton(), QPushButton()
        self.cards = CardsPanel(context)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.message, 1)
        layout.addLayout(top)
        choose = QHBoxLayout()
        choose.addWidget(self.period)
        choose.addWidget(self.pdf_button)
        choose.addWidget(self.xlsx_button)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.provinces, 2)
        layout.addWidget(self.totals, 3)
        self.tabs.addTab(page, "")
        self.tabs.addTab(self.cards, "")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.import_button.clicked.connect(self._choose_and_import)
        self.period.changed.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        context.changed.connect(lambda changes: self.refresh() if changes & Changes.SYNC else None)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Nhận báo cáo tổng hợp (tệp .hna) của các tỉnh, thành phố đã đăng ký thẻ. Nhập lại cùng tệp không thay "
            "đổi gì; lần gửi mới của cùng tỉnh, cùng kỳ thay lần gửi cũ. Số đã ẩn (<5, x) không được gửi lên."))
        self.import_button.setText(self.tr("Nhận báo cáo của các tỉnh…"))
        self.pdf_button.setText(self.tr("Xuất PDF…"))
        self.xlsx_button.setText(self.tr("Xuất Excel…"))
        self.tabs.setTabText(0, self.tr("Nhận báo cáo các tỉnh"))
        self.tabs.setTabText(1, self.tr("Thẻ đơn vị"))
        self.provinces.setHorizontalHeaderLabels([self.tr("Tỉnh, thành phố"), self.tr("Ngày gửi"), self.tr("Lần gửi"),
                                                  self.tr("Xã, phường có số liệu"), self.tr("Tháng chưa báo cáo")])
        self.totals.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Chỉ tiêu"), self.tr("ĐVT"),
                                               self.tr("Toàn quốc")])
        self.refresh()

    def refresh(self) -> None:
        services, actor = self._context.services, self._context.actor
        if not actor.can(Permission.VIEW_COUNTS):
            return
        report = self.report = services.national.national_report(actor, self.period.period().code)
        self.summary.setText(self.tr("{sent}/{total} tỉnh, thành phố đã gửi số liệu kỳ {period}.").format(
            sent=report.sent, total=len(report.provinces), period=report.period.label_vi()))
        _fill(self.provinces, [[p.name, when(p.sent_at, time=False) if p.sent_at else self.tr("chưa gửi"),
                                str(p.sequence or ""), f"{p.reporting}/{p.communes}" if p.sent else "",
                                str(p.months_missing) if p.sent else ""] for p in report.provinces])
        _fill(self.totals, [[i.code, i.name, i.unit, total_text(i.total, share=i.share)] for i in report.indicators])
        self.import_button.setEnabled(actor.can(Permission.SYNC))
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(actor.can(Permission.EXPORT))

    def _choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn các báo cáo tổng hợp nhận được"), "",
                                                self.tr("Báo cáo tổng hợp (*.hna);;Mọi tệp (*)"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        services, actor = self._context.services, self._context.actor

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            items = outcome.value
            refused = [i for i in items if i.status == "refused"]
            text = self.tr("Đã nhận {imported} tệp, {again} tệp đã nhận trước đây, {refused} tệp bị từ chối.").format(
                imported=sum(i.status in ("imported", "older") for i in items),
                again=sum(i.status == "already_imported" for i in items), refused=len(refused))
            if refused:
                self.message.show_problem(text + " " + "; ".join(
                    f"{i.path.name}: {error_text_of(i.error_code, i.error_params or {})}" for i in refused))
            else:
                self.message.show_ok(text)

        Operation(self._context, self, lambda: services.national.import_aggregates(actor, paths)).success(done) \
            .with_progress(self.tr("Đang nhận số liệu của các tỉnh…")).run_in_background()

    def _export(self, kind: str) -> None:
        if self.report is None:
            return
        suggested = f"toan-quoc-{self.report.period.code}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo toàn quốc"), suggested)
        if path:
            self.export(Path(path), kind)

    def export(self, path: Path, kind: str) -> None:
        services, actor, report = self._context.services, self._context.actor, self.report
        assert report is not None
        chosen = {"pdf": path} if kind == "pdf" else {"xlsx": path}
        Operation(self._context, self, lambda: services.national.export_national_report(actor, report, **chosen)) \
            .success(lambda _outcome: self.message.show_ok(self.tr("Đã lưu {file}.").format(file=str(path)))) \
            .with_progress(self.tr("Đang ghi {file}…").format(file=path.name)).run_in_background()


def error_text_of(code: str, params: dict[str, object]) -> str:
    from desktop.domain.problems import DomainError

    return error_text(DomainError(code, **params))
