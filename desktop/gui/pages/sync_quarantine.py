"""The hub's held-back records, beside the conflicts: which commune, which record, which rule; release or leave."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.gui.context import AppContext
from desktop.gui.dialogs.sync_conflict import field_label, table_label, value_text
from desktop.gui.operations import Operation
from desktop.gui.pages.sync_models import RowsModel, when
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text, problem_text
from desktop.gui.widgets import MessageLine
from desktop.services.context import Changes
from desktop.services.sync.quarantine import HeldView

# Columns that let a person recognise a record without opening it (no client detail: the hub has none).
_RECOGNISABLE = ("held_on", "place", "name", "code", "period_code", "referred_on", "inspected_on", "contacted_on")


def rules_text(row: HeldView) -> str:
    """Each broken rule as a sentence of the user's language, after the field it concerns."""
    return " ".join(f"{field_label(r['field'])}: {problem_text(r['code'], r['params'])}" if r["field"]
                     else problem_text(r["code"], r["params"]) for r in row.rules)


def held_record_text(row: HeldView) -> str:
    found = [value_text(row.content[k]) for k in _RECOGNISABLE if row.content.get(k) not in (None, "")]
    return " – ".join(found[:2]) or row.record_id


class HeldModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            QT_TRANSLATE_NOOP("SyncTables", "Xã/phường"), QT_TRANSLATE_NOOP("SyncTables", "Loại dữ liệu"),
            QT_TRANSLATE_NOOP("SyncTables", "Bản ghi"), QT_TRANSLATE_NOOP("SyncTables", "Quy tắc bị vi phạm"),
            QT_TRANSLATE_NOOP("SyncTables", "Giữ lại lúc"),
        ], parent)

    def cell(self, row: HeldView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return rules_text(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.unit_name, table_label(row.table_name), held_record_text(row), rules_text(row),
                  when(row.held_at))
        return values[column]


class QuarantinePanel(Retranslates, QWidget):
    """Records that broke a rule: outside every figure until the commune corrects them or an officer releases one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = HeldModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.release_button, self.leave_button = QPushButton(), QPushButton()
        self.message = MessageLine()
        actions = QHBoxLayout()
        actions.addWidget(self.release_button)
        actions.addWidget(self.leave_button)
        actions.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.release_button.clicked.connect(self.release_selected)
        self.leave_button.clicked.connect(self.leave_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self._changed)
        self.retranslate()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.SYNC:
            self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self._context.services.quarantine.held(self._context.actor))
        except Exception as error:  # noqa: BLE001 - a refresh keeps the page usable; a hub's server may be down
            self.message.show_problem(error_text(error))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> HeldView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        # Enabled for everyone who sees the list: a viewer who tries is told why not (the service decides).
        chosen = self.selected() is not None
        self.release_button.setEnabled(chosen)
        self.leave_button.setEnabled(chosen)

    def ask_reason(self) -> str | None:
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Cho phép đưa vào số liệu"),
            self.tr("Lý do (được ghi vào nhật ký, ví dụ: đã gọi điện xác minh với xã):"))
        return reason if ok else None

    def release_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason = self.ask_reason()
        if reason is None:
            return
        services, actor = self._context.services, self._context.actor
        Operation(self._context, self, lambda: services.quarantine.release(actor, row.id, reason=reason)).success(
            lambda _outcome: self.message.show_ok(self.tr(
                "Đã đưa bản ghi của {unit} vào số liệu; lý do đã được ghi vào nhật ký.").format(unit=row.unit_name))) \
            .failure(self.message.show_problem).run_in_background()

    def leave_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.message.show_ok(self.tr("Bản ghi của {unit} vẫn bị giữ lại; xã thấy nó trong giấy báo nhận, sửa "
                                         "và gửi lại.").format(unit=row.unit_name))

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Các bản ghi dưới đây vi phạm quy tắc nhập liệu nên chưa được đưa vào số liệu, báo cáo của tỉnh; phần "
            "còn lại của gói vẫn được nhập. Khi xã gửi lại bản đã sửa, bản ghi tự được thay thế. Cán bộ có thể cho "
            "phép đưa một bản ghi vào số liệu kèm lý do."))
        self.release_button.setText(self.tr("Cho phép, ghi lý do…"))
        self.leave_button.setText(self.tr("Để xã sửa"))
        self.model.retranslate()
        self.refresh()
