"""The outreach sessions page: the period summary strip, filters, the paged list and its actions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from desktop.domain import periods
from desktop.domain.outreach import FORM_LABELS, TARGET_GROUP_LABELS, OutreachForm, TargetGroup
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext, confirm, show_error
from desktop.gui.dialogs.outreach_form import OutreachForm as OutreachFormDialog
from desktop.gui.icons import icon
from desktop.gui.operations import Operation
from desktop.gui.paged_model import PagedTableModel
from desktop.gui.retranslate import Retranslates
from desktop.gui.search_delay import SearchDelay, search_tooltip
from desktop.gui.tasks import TaskRunner
from desktop.gui.texts import label, period_label, vn_number
from desktop.services.context import Changes
from desktop.services.outreach.outreach import OutreachQuery, OutreachRow, OutreachSummary

log = logging.getLogger(__name__)

_HELD_PREFIX = "held:outreach_sessions:"  # home items naming one of our sessions
_SORT_BY_COLUMN = ("held_on", "place", "form", "target_group", "participants_total", "participants_total",
                   "participants_total", "organiser")


class OutreachModel(PagedTableModel):
    def __init__(self, context: AppContext) -> None:
        super().__init__([
            lambda: self.tr("Ngày"), lambda: self.tr("Địa điểm"), lambda: self.tr("Hình thức"),
            lambda: self.tr("Nhóm đối tượng"), lambda: self.tr("Tổng số"), lambda: self.tr("Nam"),
            lambda: self.tr("Nữ"), lambda: self.tr("Đơn vị tổ chức"),
        ], count_later=True)
        self._context = context
        self.query = OutreachQuery(period=periods.containing(context.services.register.clock.today(),
                                                             periods.PeriodKind.YEAR))

    def fetch_count(self) -> int:
        return self._context.services.outreach.count(self._context.actor, self.query)

    def count_job(self) -> Callable[[], int]:
        services, actor, query = self._context.services, self._context.actor, self.query
        return lambda: services.outreach.count(actor, query)

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        return self._context.services.outreach.page(self._context.actor, self.query, offset=offset, limit=limit)

    def cell(self, row: OutreachRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return row.held_on.strftime("%d/%m/%Y")
            case 1:
                return row.place
            case 2:
                return label(FORM_LABELS[OutreachForm(row.form)]) if row.form in OutreachForm.__members__.values() else row.form
            case 3:
                return label(TARGET_GROUP_LABELS[TargetGroup(row.target_group)]) if row.target_group in TargetGroup.__members__.values() else row.target_group
            case 4:
                return vn_number(row.participants_total)
            case 5:
                return vn_number(row.participants_male)
            case 6:
                return vn_number(row.participants_female)
            case 7:
                return row.organiser
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        from dataclasses import replace

        self.query = replace(self.query, sort=_SORT_BY_COLUMN[column],
                             descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()


class OutreachPage(Retranslates, QWidget):
    key = "outreach"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.record_dialog: OutreachFormDialog | None = None  # the held record the home screen led to
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 8px; background: #eef3f8; border-radius: 4px;")
        # The strip sums a whole period (a hub's year: ~100,000 sessions, longer than painting the list):
        # it is read on a thread of its own after the list shows, and drawn when it arrives.
        self.summary_reader = TaskRunner(self)
        self.period = QComboBox()
        self.form_filter = QComboBox()
        self.group_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = OutreachModel(context)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.count_label = QLabel()
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.print_blank_button, self.print_button = QPushButton(), QPushButton()
        self.print_count_button = QPushButton()  # a blank count sheet for a session with sex workers
        self.import_button = QPushButton()
        self.import_button.setIcon(icon("file-import"))
        for button in (self.print_blank_button, self.print_button):
            button.setIcon(icon("printer"))
        filters = QHBoxLayout()
        for widget in (self.period, self.form_filter, self.group_filter, self.search):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button, self.print_blank_button,
                       self.print_count_button, self.print_button, self.import_button):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self._fill_filters()
        self.period.currentIndexChanged.connect(self._apply_filters)
        self.form_filter.currentIndexChanged.connect(self._apply_filters)
        self.group_filter.currentIndexChanged.connect(self._apply_filters)
        self.search_delay = SearchDelay(self.search, self._apply_filters)
        self.model.counted.connect(self._show_count)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.print_blank_button.clicked.connect(lambda: self.print_sheet(filled=False))
        self.print_button.clicked.connect(lambda: self.print_sheet(filled=True))
        self.print_count_button.clicked.connect(self.print_count_sheet)
        self.import_button.clicked.connect(self.import_from_excel)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self.refresh)
        context.actor_changed.connect(self._update_buttons)
        self.retranslate()
        self._apply_filters()

    # -- filters and refresh ------------------------------------------------------------------------
    def _period_choices(self) -> list[tuple[str, periods.Period | None]]:
        today = self._context.services.register.clock.today()
        month = periods.containing(today, periods.PeriodKind.MONTH)
        quarter = periods.containing(today, periods.PeriodKind.QUARTER)
        year = periods.containing(today, periods.PeriodKind.YEAR)
        return [(self.tr("Năm nay ({label})").format(label=period_label(year)), year),
                (self.tr("Quý này ({label})").format(label=period_label(quarter)), quarter),
                (self.tr("Tháng này ({label})").format(label=period_label(month)), month),
                (self.tr("Năm trước"), periods.year(today.year - 1)),
                (self.tr("Tất cả"), None)]

    def _fill_filters(self) -> None:
        self._periods = self._period_choices()
        for combo in (self.period, self.form_filter, self.group_filter):
            combo.blockSignals(True)
        current = (self.period.currentIndex(), self.form_filter.currentIndex(), self.group_filter.currentIndex())
        self.period.clear()
        for text, _ in self._periods:
            self.period.addItem(text)
        self.form_filter.clear()
        self.form_filter.addItem(self.tr("Mọi hình thức"), "")
        for code, text in FORM_LABELS.items():
            self.form_filter.addItem(label(text), code.value)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("Mọi nhóm đối tượng"), "")
        for code, text in TARGET_GROUP_LABELS.items():
            self.group_filter.addItem(label(text), code.value)
        for combo, index in zip((self.period, self.form_filter, self.group_filter), current, strict=True):
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        from dataclasses import replace

        self.model.query = replace(self.model.query, period=self._periods[max(0, self.period.currentIndex())][1],
                                   form=self.form_filter.currentData() or None,
                                   target_group=self.group_filter.currentData() or None, search=self.search.text())
        self._reload(data_changed=False)

    def refresh(self, changes: Changes) -> None:
        if changes & Changes.OUTREACH:
            self._reload(data_changed=True)

    def _reload(self, *, data_changed: bool) -> None:
        self.model.reload()
        self._show_count()
        self._update_summary(force=data_changed)
        self._update_buttons()

    def _show_count(self) -> None:
        total = self.model.total
        if total is None:  # a long list: its first page is on screen, the count follows (paged_model.py)
            self.count_label.setText(self.tr("Từ {count} buổi trở lên (đang đếm…)").format(
                count=vn_number(self.model.rowCount())))
        else:
            self.count_label.setText(self.tr("{count} buổi").format(count=vn_number(total)))

    def _update_summary(self, *, force: bool) -> None:
        period = self.model.query.period or periods.containing(self._context.services.register.clock.today(),
                                                               periods.PeriodKind.YEAR)
        # The strip depends on the period only: a form filter or a search must not recount it.
        if not force and period == getattr(self, "_summary_period", None):
            return
        if getattr(self, "_summary_period", None) != period or not self.summary.text():
            self.summary.setText(self.tr("<b>{period}</b>: đang tính số liệu…").format(period=period_label(period)))
        self._summary_period = period
        services, actor = self._context.services, self._context.actor
        self.summary_reader.run(lambda: services.outreach.summary(actor, period), self._show_summary,
                                lambda error: log.error("outreach summary failed", exc_info=error))

    def _show_summary(self, s: OutreachSummary) -> None:
        if not shiboken6.isValid(self.summary) or s.period != self._summary_period:
            return  # the period changed while it was summed; the newer sum follows
        status = self.tr("ĐẠT ✔") if s.t1_met else self.tr("CHƯA ĐẠT ✘")
        self.summary.setText(self.tr(
            "<b>{period}</b>: {sessions} buổi truyền thông, {participants} lượt người tham gia "
            "(nam {male}, nữ {female}, khác {other}); {forms} hình thức. "
            "Chỉ tiêu T1 (có ít nhất một hình thức truyền thông trong kỳ): <b>{status}</b>"
        ).format(period=period_label(s.period), sessions=vn_number(s.sessions), participants=vn_number(s.participants),
                 male=vn_number(s.male), female=vn_number(s.female), other=vn_number(s.other),
                 forms=s.forms_used, status=status))

    def _update_buttons(self) -> None:
        can_edit = (self._context.actor.can(Permission.EDIT_RECORDS)
                    and not self._context.services.register.office.is_hub)
        selected = self.selected_row() is not None
        self.add_button.setEnabled(can_edit)
        self.import_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and selected)
        self.delete_button.setEnabled(can_edit and selected)
        self.print_button.setEnabled(selected)

    def selected_row(self) -> OutreachRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- actions --------------------------------------------------------------------------------------
    def add(self) -> None:
        OutreachFormDialog(self._context, parent=self).exec()

    def import_from_excel(self) -> None:
        from desktop.gui.dialogs.outreach_import import OutreachImportDialog

        dialog = OutreachImportDialog(self._context, self)
        dialog.exec()
        dialog.deleteLater()

    def claims_view(self, target: str) -> bool:
        """A home item naming one of our sessions ("held:outreach_sessions:<id>", held back by the hub) opens it."""
        # No side effect here: the home screen asks every page this while grouping its cards.
        return target.startswith(_HELD_PREFIX)

    def open_view(self, target: str) -> None:
        """Called by the main window when the officer follows such an item: opens the held record."""
        if self.claims_view(target):
            self.open_record(target.removeprefix(_HELD_PREFIX))

    def open_record(self, record_id: str) -> None:
        """The session's form, so the officer corrects what the hub held back and the next bundle carries it."""
        try:
            record = self._context.services.outreach.get(self._context.actor, record_id)
        except DomainError as error:  # a held record deleted meanwhile, or no longer allowed
            show_error(self, error)
            return
        self.record_dialog = OutreachFormDialog(self._context, record, parent=self)
        self.record_dialog.open()

    def edit(self) -> None:
        row = self.selected_row()
        if row is None or not self._context.actor.can(Permission.EDIT_RECORDS):
            return
        try:
            record = self._context.services.outreach.get(self._context.actor, row.id)
        except DomainError as error:  # deleted meanwhile, or no longer allowed
            show_error(self, error)
            return
        OutreachFormDialog(self._context, record, parent=self).exec()

    def delete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr("Xóa buổi truyền thông ngày {day} tại {place}? Việc xóa sẽ được gửi lên cấp trên.").format(
            day=row.held_on.strftime("%d/%m/%Y"), place=row.place)
        if not confirm(self, self.tr("Xác nhận xóa"), question, yes=self.tr("Xóa"), no=self.tr("Không xóa")):
            return
        services, actor = self._context.services, self._context.actor
        Operation(self._context, self, lambda: services.outreach.delete(actor, row.id)).run_in_background()

    def print_sheet(self, *, filled: bool) -> None:
        row = self.selected_row() if filled else None
        name = f"danh-sach-tham-du-{row.held_on:%Y%m%d}.pdf" if row else "danh-sach-tham-du-trong.pdf"
        from desktop.gui.printing import print_or_save

        print_or_save(self._context, self, title=self.tr("In danh sách tham dự"), suggested=name,
                      write=self.sheet_writer(record_id=row.id if row else None))

    def print_count_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu phiếu đếm (PDF)"), "phieu-dem-trong.pdf",
                                              "PDF (*.pdf)")
        if path:
            self.write_sheet(Path(path), record_id=None, count_only=True)

    def write_sheet(self, path: Path, *, record_id: str | None, count_only: bool | None = None) -> None:
        """Save the sheet to `path` (the core writes it on the worker)."""
        from desktop.gui.printing import save_document

        save_document(self._context, self, path, self.sheet_writer(record_id=record_id, count_only=count_only),
                      open_after=False)

    def sheet_writer(self, *, record_id: str | None, count_only: bool | None = None) -> Callable[[Path], object]:
        """The attendance sheet's write, for the worker: reads no widget."""
        services, actor = self._context.services, self._context.actor
        return lambda path: services.printing.print_attendance(actor, path, record_id=record_id,
                                                               with_counts=record_id is not None, count_only=count_only)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Tìm theo địa điểm, đơn vị tổ chức (gõ không dấu được)"))
        self.search.setToolTip(search_tooltip())
        self.add_button.setText(self.tr("Thêm buổi…"))
        self.edit_button.setText(self.tr("Sửa…"))
        self.delete_button.setText(self.tr("Xóa"))
        self.print_blank_button.setText(self.tr("In danh sách trống"))
        self.print_button.setText(self.tr("In danh sách đã điền"))
        self.print_count_button.setText(self.tr("In phiếu đếm trống"))
        self.import_button.setText(self.tr("Nhập từ Excel…"))
        self.print_count_button.setToolTip(self.tr("Cho buổi có người bán dâm: chỉ đếm theo giới tính và nhóm tuổi, "
                                                   "không ghi họ tên, năm sinh, chữ ký"))
        self._fill_filters()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.refresh(Changes.OUTREACH)
