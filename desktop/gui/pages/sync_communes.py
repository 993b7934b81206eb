"""The hub's follow-up views: each commune's chain of bundles and closed months, and the conflicts to resolve."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desktop.domain import periods
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.pages.sync_models import CommunesModel, ConflictsModel
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import error_text, period_label, vn_number
from desktop.gui.widgets import MessageLine
from desktop.services.context import Changes
from desktop.services.sync.sync import ConflictView

FOLLOWED_MONTHS = 3


def _table(model) -> QTableView:  # type: ignore[no-untyped-def]
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CommunesPanel(Retranslates, QWidget):
    """One line per commune enrolled here or heard from, with the last months' signed closures."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 8px; background: #eef3f8; border-radius: 4px;")
        self.model = CommunesModel(self)
        self.table = _table(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)  # columns fit their contents, month cells too
        self.message = MessageLine()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        context.changed.connect(self._changed)
        self.retranslate()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.SYNC:
            self.refresh()

    def months(self) -> list[periods.Period]:
        """The last ended months, oldest first."""
        current = periods.containing(self._context.services.register.clock.today(), periods.PeriodKind.MONTH)
        found = []
        for _ in range(FOLLOWED_MONTHS):
            current = periods.containing(current.start - timedelta(days=1), periods.PeriodKind.MONTH)
            found.append(current)
        return list(reversed(found))

    def refresh(self) -> None:
        services, actor = self._context.services, self._context.actor
        months = self.months()
        try:
            statuses = services.sync.commune_statuses(actor)
            completeness = services.sync.completeness(actor, [m.code for m in months])
        except Exception as error:  # noqa: BLE001 - a refresh keeps the page usable; a hub's server may be down
            self.message.show_problem(error_text(error))
            return
        self.model.set_data(statuses, completeness.rows, [m.code for m in months])
        self.table.resizeColumnsToContents()
        last = months[-1]
        rows = [r for r in completeness.rows if r.period_code == last.code]
        received = [r for r in rows if r.status != "missing"]
        self.summary.setText(self.tr(
            "Báo cáo {period}: đã nhận lời chốt kỳ của <b>{received}/{expected}</b> xã/phường (đúng hạn {on_time}, "
            "muộn {late}, báo cáo trống {nil}). Đã đăng ký thẻ: {enrolled} xã/phường; còn thiếu gói: {gaps}; "
            "có xung đột chưa xử lý: {conflicts}.").format(
            period=period_label(last), received=vn_number(len(received)), expected=vn_number(len(rows)),
            on_time=sum(r.status == "on_time" for r in rows), late=sum(r.status == "late" for r in rows),
            nil=sum(r.nil_report for r in received), enrolled=sum(s.enrolled for s in statuses),
            gaps=sum(bool(s.missing) for s in statuses), conflicts=sum(bool(s.open_conflicts) for s in statuses)))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.refresh()


class ConflictsPanel(Retranslates, QWidget):
    """Open conflicts, oldest first; each opens side by side for a person to choose."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.table = _table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton()
        self.message = MessageLine()
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self._changed)
        self.retranslate()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.SYNC:
            self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self._context.services.sync.conflicts(self._context.actor))
        except Exception as error:  # noqa: BLE001 - a refresh keeps the page usable; a hub's server may be down
            self.message.show_problem(error_text(error))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None and self._context.actor.can(Permission.SYNC))

    def dialog_for(self, conflict: ConflictView):  # type: ignore[no-untyped-def]
        from desktop.gui.dialogs.sync_conflict import ConflictDialog

        return ConflictDialog(self._context, conflict, parent=self)

    def open_selected(self) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        dialog = self.dialog_for(conflict)
        if dialog.exec() and dialog.resolved is not None:
            kept = self.tr("giữ bản hiện có") if dialog.resolved.resolution == "local" else self.tr("dùng bản mới nhận")
            self.message.show_ok(self.tr("Đã xử lý xung đột của {unit}: {choice}.").format(
                unit=dialog.resolved.unit_name, choice=kept))
        dialog.deleteLater()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Xung đột xảy ra khi bản ghi ở đây và bản vừa nhận khác nhau mà không xác định được bản nào mới hơn "
            "(ví dụ xã khôi phục bản sao lưu cũ rồi sửa tiếp). Bản ở đây được giữ nguyên cho đến khi có người chọn. "
            "Nháy đúp một dòng để so sánh."))
        self.open_button.setText(self.tr("So sánh và chọn bản…"))
        self.model.retranslate()
        self.refresh()
