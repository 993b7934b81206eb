"""The support models page: this year's T10 strip, the models, and the selected model's activities and support."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from desktop.domain import periods
from desktop.domain.clients import SERVICE_LABELS
from desktop.domain.problems import DomainError
from desktop.domain.roles import Permission
from desktop.domain.support_models import (
    ACTIVITY_LABELS, CLUB_KINDS, CLUB_PEOPLE_REACHED, KIND_LABELS, SupportModelDraft, support_model_guidance,
)
from desktop.gui.context import AppContext, confirm, show_error
from desktop.gui.pages.tip_offs import code_label, day_text
from desktop.gui.held import held_record
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import problem_text, vn_number
from desktop.services.context import Changes
from desktop.services.registers.support_models import SupportModelRow

Index = QModelIndex | QPersistentModelIndex
_RED = QColor("#b00020")


class ListModel(QAbstractTableModel):
    """A short list held whole (a commune has a handful of models, each a few dozen records)."""

    def __init__(self, headers: Sequence[Callable[[], str]], show: Callable[[Any, int, int], Any]) -> None:
        super().__init__()
        self._headers, self._show = headers, show
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._show(self.rows[index.row()], index.column(), role) if index.isValid() else None


def _table(model: QAbstractTableModel, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table


class SupportModelsPage(Retranslates, QWidget):
    key = "support_models"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.record_dialog: QDialog | None = None  # the held record the home screen led to
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 6px; background: #f4f6f8; border-radius: 4px;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.models = ListModel([lambda: self.tr("Tên mô hình"), lambda: self.tr("Loại"), lambda: self.tr("Chủ trì"),
                                 lambda: self.tr("Thành lập"), lambda: self.tr("Nòng cốt / thành viên"),
                                 lambda: self.tr("Hoạt động năm nay"), lambda: self.tr("Người tiếp cận năm nay"),
                                 lambda: self.tr("Người được hỗ trợ năm nay"), lambda: self.tr("Tình trạng")], self._model_cell)
        self.activities = ListModel([lambda: self.tr("Ngày"), lambda: self.tr("Hoạt động"), lambda: self.tr("Tham gia"),
                                     lambda: self.tr("Người mới")], self._activity_cell)
        self.given = ListModel([lambda: self.tr("Ngày"), lambda: self.tr("Loại dịch vụ"), lambda: self.tr("Số người")],
                               self._given_cell)
        self.table = _table(self.models, 0)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.activity_table = _table(self.activities, 1)
        self.given_table = _table(self.given, 1)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("color: #8a4b00;")
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.add_activity, self.delete_activity = QPushButton(), QPushButton()
        self.add_given, self.delete_given = QPushButton(), QPushButton()
        self.activity_box, self.given_box = QGroupBox(), QGroupBox()
        self._build_layout()
        self.search.textChanged.connect(self._reload)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.add_activity.clicked.connect(lambda: self.record_activity())
        self.add_given.clicked.connect(lambda: self.record_support())
        self.delete_activity.clicked.connect(lambda: self._delete_child(self.activity_table, self.activities, True))
        self.delete_given.clicked.connect(lambda: self._delete_child(self.given_table, self.given, False))
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.activity_table.doubleClicked.connect(lambda index: self.record_activity(self.activities.rows[index.row()]))
        self.given_table.doubleClicked.connect(lambda index: self.record_support(self.given.rows[index.row()]))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        for table in (self.activity_table, self.given_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self.refresh)
        context.actor_changed.connect(self._update_buttons)
        self.retranslate()

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(widget)
        actions.addStretch()
        lower = QHBoxLayout()
        for box, table, buttons in ((self.activity_box, self.activity_table, (self.add_activity, self.delete_activity)),
                                    (self.given_box, self.given_table, (self.add_given, self.delete_given))):
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch()
            inner.addLayout(row)
            lower.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 3)
        layout.addLayout(actions)
        layout.addWidget(self.guidance)
        layout.addLayout(lower, 2)

    # -- cells ----------------------------------------------------------------------------------------
    def _model_cell(self, row: SupportModelRow, column: int, role: int) -> Any:
        short = row.kind in CLUB_KINDS and row.closed_on is None and row.reached < CLUB_PEOPLE_REACHED
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and short:
            return _RED
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and row.kind in CLUB_KINDS:
            return self.tr("Định mức QĐ 1875/QĐ-LĐTBXH: câu lạc bộ tiếp cận ít nhất {min} người (gợi ý).").format(
                min=CLUB_PEOPLE_REACHED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.name, code_label(KIND_LABELS, row.kind), row.host_organisation, day_text(row.established_on),
                  f"{vn_number(row.core_members)} / {vn_number(row.members)}", vn_number(row.activities),
                  f"{vn_number(row.reached)} / {CLUB_PEOPLE_REACHED}" if row.kind in CLUB_KINDS else vn_number(row.reached),
                  vn_number(row.supported),
                  self.tr("Ngừng từ {day}").format(day=day_text(row.closed_on)) if row.closed_on
                  else self.tr("Đang hoạt động"))
        return values[column]

    def _activity_cell(self, record: Any, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        d = record.draft
        return (day_text(d.held_on), code_label(ACTIVITY_LABELS, d.kind), vn_number(d.participants),
                vn_number(d.new_people))[column]

    def _given_cell(self, record: Any, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        d = record.draft
        return (day_text(d.given_on), code_label(SERVICE_LABELS, d.category), vn_number(d.people))[column]

    # -- refresh ----------------------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.SUPPORT_MODELS | Changes.SYNC):
            self._reload()

    def _reload(self) -> None:
        chosen = self.selected()
        s = self._context.services.support_models
        self.models.set_rows(s.list_models(self._context.actor, search=self.search.text()))
        self.table.resizeColumnsToContents()
        for column, widest in enumerate((260, 200, 180, 90, 140, 120, 150, 170)):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 80), widest))
        for n, row in enumerate(self.models.rows):
            if chosen is not None and row.id == chosen.id:
                self.table.selectRow(n)
        year = self._context.services.register.clock.today().year
        t10 = s.summary(self._context.actor, periods.year(year))
        self.summary.setText(self.tr(
            "<b>T10 – năm {year}:</b> {models} mô hình đang hoạt động · {core} thành viên nòng cốt / {members} "
            "thành viên · {activities} buổi hoạt động ({participants} lượt người) · {reached} người được tiếp cận · "
            "{supported} người được hỗ trợ").format(
            year=year, models=vn_number(t10.models_operating), core=vn_number(t10.core_members),
            members=vn_number(t10.members), activities=vn_number(t10.activities),
            participants=vn_number(t10.participants), reached=vn_number(t10.people_reached),
            supported=vn_number(t10.people_supported)))
        self._show_selected()

    def _show_selected(self) -> None:
        chosen = self.selected()
        s = self._context.services.support_models
        self.activities.set_rows(s.activities(self._context.actor, chosen.id) if chosen else [])
        self.given.set_rows(s.support_given(self._context.actor, chosen.id) if chosen else [])
        if chosen is None:
            self.guidance.setText("")
        else:
            draft = SupportModelDraft(chosen.name, chosen.kind, chosen.established_on,
                                      core_members=chosen.core_members, members=chosen.members)
            advice = [] if chosen.closed_on else support_model_guidance(draft, reached_this_year=chosen.reached)
            self.guidance.setText("\n".join(problem_text(p.code, p.params) for p in advice))
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_edit = self._context.actor.can(Permission.EDIT_RECORDS)
        chosen = self.selected() is not None
        self.add_button.setEnabled(can_edit)
        for button in (self.edit_button, self.delete_button, self.add_activity, self.add_given):
            button.setEnabled(can_edit and chosen)
        self.delete_activity.setEnabled(can_edit and bool(self.activity_table.selectionModel().selectedRows()))
        self.delete_given.setEnabled(can_edit and bool(self.given_table.selectionModel().selectedRows()))

    def selected(self) -> SupportModelRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.models.rows[rows[0].row()] if rows and rows[0].row() < len(self.models.rows) else None

    # -- actions ----------------------------------------------------------------------------------------
    def claims_view(self, target: str) -> bool:
        """A model the hub held back (or one of its activities or supports), named by a home item."""
        return held_record(target, "support_models") is not None

    def open_view(self, target: str) -> None:
        from desktop.gui.dialogs.support_model_forms import SupportModelForm

        held = held_record(target, "support_models")
        if held is None:
            return
        try:
            record = self._context.services.support_models.get(self._context.actor, held[1])
        except DomainError as error:  # a held record deleted meanwhile, or no longer allowed
            show_error(self, error)
            return
        self.record_dialog = SupportModelForm(self._context, record, parent=self)
        self.record_dialog.open()

    def add(self) -> None:
        from desktop.gui.dialogs.support_model_forms import SupportModelForm

        SupportModelForm(self._context, parent=self).exec()

    def _record(self) -> Any:
        chosen = self.selected()
        if chosen is None or not self._context.actor.can(Permission.EDIT_RECORDS):
            return None
        try:
            return self._context.services.support_models.get(self._context.actor, chosen.id)
        except DomainError as error:  # deleted meanwhile, or no longer allowed
            show_error(self, error)
            return None

    def edit(self) -> None:
        from desktop.gui.dialogs.support_model_forms import SupportModelForm

        record, chosen = self._record(), self.selected()
        if record is not None and chosen is not None:
            SupportModelForm(self._context, record, reached_this_year=chosen.reached, parent=self).exec()

    def record_activity(self, existing: Any = None) -> None:
        from desktop.gui.dialogs.support_model_forms import ActivityForm

        record = self._record()
        if record is not None:
            ActivityForm(self._context, record, existing, parent=self).exec()

    def record_support(self, existing: Any = None) -> None:
        from desktop.gui.dialogs.support_model_forms import SupportGivenForm

        record = self._record()
        if record is not None:
            SupportGivenForm(self._context, record, existing, parent=self).exec()

    def delete(self) -> None:
        chosen = self.selected()
        if chosen is None or not confirm(
                self, self.tr("Xác nhận xóa"),
                self.tr("Xóa mô hình “{name}”? Việc xóa sẽ được gửi lên cấp trên.").format(name=chosen.name),
                yes=self.tr("Xóa"), no=self.tr("Không xóa")):
            return
        services, actor, record_id = self._context.services, self._context.actor, chosen.id
        self._run(lambda: services.support_models.delete(actor, record_id))

    def _delete_child(self, table: QTableView, model: ListModel, activity: bool) -> None:
        rows = table.selectionModel().selectedRows()
        if not rows or not confirm(self, self.tr("Xác nhận xóa"), self.tr("Xóa dòng đã chọn?"),
                                   yes=self.tr("Xóa"), no=self.tr("Không xóa")):
            return
        record = model.rows[rows[0].row()]
        s = self._context.services.support_models
        delete = s.delete_activity if activity else s.delete_support_given
        actor, record_id = self._context.actor, record.id
        self._run(lambda: delete(actor, record_id))

    def _run(self, action: Callable[[], Any]) -> None:
        """A delete on the worker; its Changes refresh the lists."""
        Operation(self._context, self, action).run_in_background()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Tìm theo tên mô hình, cơ quan chủ trì (gõ không dấu được)"))
        self.add_button.setText(self.tr("Thêm mô hình…"))
        self.edit_button.setText(self.tr("Sửa…"))
        self.delete_button.setText(self.tr("Xóa"))
        self.activity_box.setTitle(self.tr("Hoạt động đã tổ chức"))
        self.given_box.setTitle(self.tr("Người được hỗ trợ (số người, không ghi tên)"))
        self.add_activity.setText(self.tr("Ghi hoạt động…"))
        self.add_given.setText(self.tr("Ghi số người được hỗ trợ…"))
        self.delete_activity.setText(self.tr("Xóa dòng"))
        self.delete_given.setText(self.tr("Xóa dòng"))
        for model in (self.models, self.activities, self.given):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._reload()
