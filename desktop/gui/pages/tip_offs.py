"""The tip-offs page (officers and administrators): this year's T9 strip, filters, the register and its actions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desktop.domain import periods
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.domain.tip_offs import (
    CHANNEL_LABELS, HANDLING_DAYS, OUTCOME_LABELS, RESULT_LABELS, STAGE_LABELS, SUBJECT_LABELS,
)
from desktop.gui.context import AppContext, confirm, show_error
from desktop.gui.paged_model import PagedTableModel
from desktop.gui.held import held_record
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label, vn_number
from desktop.services.context import Changes
from desktop.services.registers.tip_offs import TipOffQuery, TipOffRow

_RED = QColor("#b00020")
_SORT_BY_COLUMN = ("received_on", "channel", "subject_kind", "received_on", "received_on", "handled_on",
                   "days_to_handle", "received_on")


def code_label(labels: dict[Any, str], code: str | None) -> str:
    text = labels.get(code) if code else None
    return label(text) if text else (code or "")


def day_text(day: Any) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class TipOffModel(PagedTableModel):
    def __init__(self, context: AppContext) -> None:
        super().__init__([
            lambda: self.tr("Ngày tiếp nhận"), lambda: self.tr("Nguồn"), lambda: self.tr("Phản ánh về"),
            lambda: self.tr("Nội dung (chỉ trên máy này)"), lambda: self.tr("Tình trạng"),
            lambda: self.tr("Ngày xử lý xong"), lambda: self.tr("Số ngày"), lambda: self.tr("Kết quả"),
        ])
        self._context = context
        self.query = TipOffQuery()

    def fetch_count(self) -> int:
        return self._context.services.tip_offs.count(self._context.actor, self.query)

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        return self._context.services.tip_offs.page(self._context.actor, self.query, offset=offset, limit=limit)

    def cell(self, row: TipOffRow, column: int, role: int) -> Any:
        today = self._context.services.register.clock.today()
        open_days = row.open_days(today)
        late = open_days is not None and open_days > HANDLING_DAYS
        if role == Qt.ItemDataRole.ForegroundRole and column in (4, 6):
            return _RED if late or (row.days_to_handle or 0) > HANDLING_DAYS else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return row.description
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return day_text(row.received_on)
            case 1:
                return code_label(CHANNEL_LABELS, row.channel)
            case 2:
                subject = code_label(SUBJECT_LABELS, row.subject_kind)
                return f"{subject}: {row.establishment_name}" if row.establishment_name else subject
            case 3:
                first = row.description.splitlines()[0] if row.description else ""
                return first if len(first) <= 80 else first[:79] + "…"
            case 4:
                stage = code_label(STAGE_LABELS, row.stage)
                if row.verification_result and row.stage == "verified":
                    stage += f" ({code_label(RESULT_LABELS, row.verification_result)})"
                return stage
            case 5:
                return day_text(row.handled_on)
            case 6:
                if row.days_to_handle is not None:
                    return vn_number(row.days_to_handle)
                return self.tr("đang mở {days}").format(days=vn_number(open_days or 0))
            case 7:
                return code_label(OUTCOME_LABELS, row.outcome)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.query = replace(self.query, sort=_SORT_BY_COLUMN[column], descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()


class TipOffsPage(Retranslates, QWidget):
    key = "tip_offs"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.record_dialog: QDialog | None = None  # the held record the home screen led to
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 6px; background: #f4f6f8; border-radius: 4px;")
        self.year_filter, self.channel_filter, self.stage_filter = QComboBox(), QComboBox(), QComboBox()
        self.overdue = QCheckBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = TipOffModel(context)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.count_label = QLabel()
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self._build_layout()
        for combo in (self.year_filter, self.channel_filter, self.stage_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.overdue.toggled.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self.refresh)
        context.actor_changed.connect(self._update_buttons)
        self.retranslate()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.year_filter, self.channel_filter, self.stage_filter, self.overdue):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.privacy)

    def _fill_filters(self) -> None:
        year = self._context.services.register.clock.today().year
        entries = ((self.year_filter, self.tr("Mọi năm"), {y: str(y) for y in range(year, year - 6, -1)}),
                   (self.channel_filter, self.tr("Mọi nguồn"), {k: label(v) for k, v in CHANNEL_LABELS.items()}),
                   (self.stage_filter, self.tr("Mọi tình trạng"), {k: label(v) for k, v in STAGE_LABELS.items()}))
        for combo, first, choices in entries:
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for code, text in choices.items():
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, current))
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        year = self.year_filter.currentData()
        self.model.query = replace(self.model.query, period=periods.year(year) if year else None,
                                   channel=self.channel_filter.currentData(), stage=self.stage_filter.currentData(),
                                   overdue_only=self.overdue.isChecked(), search=self.search.text())
        self._reload()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.TIP_OFFS | Changes.ESTABLISHMENTS | Changes.SYNC):
            self._reload()

    def _reload(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        for column, widest in enumerate((110, 160, 220, 240, 150, 110, 100, 240)):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 60), widest))
        self.count_label.setText(self.tr("{count} tin báo").format(count=vn_number(self.model.rowCount())))
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        year = self.year_filter.currentData() or self._context.services.register.clock.today().year
        s = self._context.services.tip_offs.summary(self._context.actor, periods.year(year))
        share = "–" if s.handled_percent is None else f"{s.handled_percent:.1f}".replace(".", ",") + " %"
        median = "–" if s.median_days is None else f"{s.median_days:g}".replace(".", ",")
        self.summary.setText(self.tr(
            "<b>T9 – năm {year}:</b> tiếp nhận {received} · đã xác minh {verified} · đã chuyển {passed_on} · "
            "đã xử lý xong {handled} (<b>{share}</b>) · xử lý trong {days} ngày: {within} · "
            "số ngày xử lý (trung vị): {median}").format(
            year=year, received=vn_number(s.received), verified=vn_number(s.verified),
            passed_on=vn_number(s.passed_on), handled=vn_number(s.handled), share=share, days=s.within_days,
            within=vn_number(s.handled_within), median=median))

    def _update_buttons(self) -> None:
        can_edit = self._context.actor.can(Permission.EDIT_RECORDS)
        chosen = self.selected() is not None
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and chosen)
        self.delete_button.setEnabled(can_edit and chosen)

    def selected(self) -> TipOffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def claims_view(self, target: str) -> bool:
        """A tip-off the hub held back, named by a home item (opened only when the item is followed)."""
        return held_record(target, "tip_offs") is not None

    def open_view(self, target: str) -> None:
        from desktop.gui.dialogs.tip_off_form import TipOffForm

        held = held_record(target, "tip_offs")
        if held is None:
            return
        try:
            record = self._context.services.tip_offs.get(self._context.actor, held[1])
        except DomainError as error:  # a held record deleted meanwhile, or no longer allowed
            show_error(self, error)
            return
        self.record_dialog = TipOffForm(self._context, record, parent=self)
        self.record_dialog.open()

    def add(self) -> None:
        from desktop.gui.dialogs.tip_off_form import TipOffForm

        TipOffForm(self._context, parent=self).exec()

    def edit(self) -> None:
        from desktop.gui.dialogs.tip_off_form import TipOffForm

        chosen = self.selected()
        if chosen is None or not self._context.actor.can(Permission.EDIT_RECORDS):
            return
        try:
            record = self._context.services.tip_offs.get(self._context.actor, chosen.id)
        except DomainError as error:  # deleted meanwhile, or no longer allowed
            show_error(self, error)
            return
        TipOffForm(self._context, record, parent=self).exec()

    def delete(self) -> None:
        chosen = self.selected()
        if chosen is None or not confirm(
                self, self.tr("Xác nhận xóa"),
                self.tr("Xóa tin báo tiếp nhận ngày {day}? Việc xóa sẽ được gửi lên cấp trên.").format(
                    day=day_text(chosen.received_on)), yes=self.tr("Xóa"), no=self.tr("Không xóa")):
            return
        services, actor, record_id = self._context.services, self._context.actor, chosen.id
        Operation(self._context, self, lambda: services.tip_offs.delete(actor, record_id)).run_in_background()

    def retranslate(self) -> None:
        self.overdue.setText(self.tr("Quá {days} ngày chưa xử lý xong").format(days=HANDLING_DAYS))
        self.search.setPlaceholderText(self.tr("Tìm trong nội dung (gõ không dấu được)"))
        self.add_button.setText(self.tr("Ghi nhận tin báo…"))
        self.edit_button.setText(self.tr("Sửa, cập nhật xử lý…"))
        self.delete_button.setText(self.tr("Xóa"))
        self.privacy.setText(self.tr(
            "Sổ không ghi họ tên người bị phản ánh hay người báo tin. Nội dung tóm tắt chỉ lưu trên máy này; "
            "cấp trên chỉ nhận ngày, nguồn, kết quả xác minh và xử lý."))
        self._fill_filters()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._apply_filters()
