"""Teams and plans in one window: the rosters by decision, the plans by period and the chosen plan's progress."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.establishments import BUSINESS_TYPE_LABELS, BusinessType
from desktop.domain.inspection_plans import PROGRESS_LABELS, EntryProgress
from desktop.domain.inspections import KIND_LABELS, InspectionKind
from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.pages.establishments_coverage import percent_text
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label, vn_number
from desktop.services.context import Actor, Changes, Outcome
from desktop.services.inspections.inspection_plans import PlanRecord, TeamRecord

_COLOURS = {EntryProgress.DONE: "#1b5e20", EntryProgress.PENDING: "#1a4f8a", EntryProgress.NOT_DONE: "#b00020"}


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class PlansDialog(Retranslates, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.teams: list[TeamRecord] = []
        self.plans: list[PlanRecord] = []
        self.tabs = QTabWidget()
        self.team_table, self.plan_table, self.progress_table = _table(4), _table(4), _table(5)
        self.add_team, self.edit_team, self.delete_team = QPushButton(), QPushButton(), QPushButton()
        self.add_plan, self.edit_plan, self.delete_plan = QPushButton(), QPushButton(), QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.close_button = QPushButton()
        teams = QWidget()
        t_layout = QVBoxLayout(teams)
        t_layout.addWidget(self.team_table)
        t_layout.addLayout(self._row(self.add_team, self.edit_team, self.delete_team))
        plans = QWidget()
        p_layout = QVBoxLayout(plans)
        p_layout.addWidget(self.plan_table, 1)
        p_layout.addLayout(self._row(self.add_plan, self.edit_plan, self.delete_plan))
        p_layout.addWidget(self.summary)
        p_layout.addWidget(self.progress_table, 2)
        self.tabs.addTab(plans, "")
        self.tabs.addTab(teams, "")
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.add_team.clicked.connect(lambda: self._team_form(None))
        self.edit_team.clicked.connect(lambda: self._team_form(self._chosen(self.team_table, self.teams)))
        self.delete_team.clicked.connect(self._delete_team)
        self.add_plan.clicked.connect(lambda: self._plan_form(None))
        self.edit_plan.clicked.connect(lambda: self._plan_form(self._chosen(self.plan_table, self.plans)))
        self.delete_plan.clicked.connect(self._delete_plan)
        self.plan_table.itemSelectionChanged.connect(self._show_progress)
        self.team_table.itemSelectionChanged.connect(self._update_buttons)
        self.close_button.clicked.connect(self.accept)
        context.changed.connect(self._changed)
        self.resize(960, 640)
        self.retranslate()

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        return row

    @staticmethod
    def _chosen(table: QTableWidget, records: list):  # type: ignore[no-untyped-def, type-arg]
        rows = table.selectionModel().selectedRows()
        return records[rows[0].row()] if rows else None

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.INSPECTIONS:
            self.reload()

    def reload(self) -> None:
        services, actor = self._context.services, self._context.actor
        self.teams = services.inspection_plans.teams(actor)
        self.plans = services.inspection_plans.plans(actor)
        _fill(self.team_table, [(t.draft.name, t.draft.decision_reference,
                                 f"{t.draft.valid_from:%d/%m/%Y} – {t.draft.valid_to:%d/%m/%Y}" if t.draft.valid_to
                                 else f"{t.draft.valid_from:%d/%m/%Y} –", vn_number(len(t.draft.members)))
                                for t in self.teams])
        _fill(self.plan_table, [(f"{p.draft.number} – {p.draft.title}",
                                 f"{p.draft.period_start:%d/%m/%Y} – {p.draft.period_end:%d/%m/%Y}", p.team_name,
                                 vn_number(len(p.draft.entries))) for p in self.plans])
        if self.plans and not self.plan_table.selectionModel().selectedRows():
            self.plan_table.selectRow(0)
        self._show_progress()

    def _show_progress(self) -> None:
        plan = self._chosen(self.plan_table, self.plans)
        self._update_buttons()
        if plan is None:
            self.summary.setText(self.tr("Chưa có kế hoạch kiểm tra nào."))
            self.progress_table.setRowCount(0)
            return
        services, actor = self._context.services, self._context.actor
        progress = services.inspection_plans.progress(actor, plan.id)
        text = self.tr("<b>{number}</b>: {planned} cơ sở trong kế hoạch, đã kiểm tra {done}, quá hạn chưa kiểm tra "
                       "{not_done}.").format(number=progress.number, planned=vn_number(progress.planned),
                                             done=vn_number(progress.done), not_done=vn_number(progress.not_done))
        if actor.can(Permission.VIEW_COUNTS):
            t8 = services.inspection_plans.t8(actor, progress.period_start, progress.period_end,
                                              unit=progress.origin_unit)
            text += " " + self.tr("T8 trong thời gian kế hoạch: {plan}% so với kế hoạch ({a}/{b}); {all}% so với mọi "
                                  "cơ sở đang hoạt động ({c}/{d}).").format(
                plan=percent_text(t8.plan_percent), a=t8.planned_inspected, b=t8.planned,
                all=percent_text(t8.operating_percent),
                c=t8.operating_inspected, d=t8.operating)
        self.summary.setText(text)
        _fill(self.progress_table, [(r.establishment_name, label(BUSINESS_TYPE_LABELS[BusinessType(r.business_type)]),
                                     f"{r.planned_on:%d/%m/%Y}", label(KIND_LABELS[InspectionKind(r.kind)]),
                                     label(PROGRESS_LABELS[r.progress]) + (
                                         f" ({r.inspected_on:%d/%m/%Y})" if r.inspected_on else ""))
                                    for r in progress.rows])
        from PySide6.QtGui import QColor

        for n, row in enumerate(progress.rows):
            item = self.progress_table.item(n, 4)
            if item is not None:
                item.setForeground(QColor(_COLOURS[row.progress]))

    def _update_buttons(self) -> None:
        can_edit = self._context.actor.can(Permission.EDIT_RECORDS) and not self._context.services.register.office.is_hub
        for button in (self.add_team, self.add_plan):
            button.setEnabled(can_edit)
        for button, table in ((self.edit_team, self.team_table), (self.delete_team, self.team_table),
                              (self.edit_plan, self.plan_table), (self.delete_plan, self.plan_table)):
            button.setEnabled(can_edit and bool(table.selectionModel().selectedRows()))

    def _team_form(self, record: TeamRecord | None) -> None:
        from desktop.gui.dialogs.inspection_team import TeamForm

        form = TeamForm(self._context, record, parent=self)
        form.exec()
        form.deleteLater()

    def _plan_form(self, record: PlanRecord | None) -> None:
        from desktop.gui.dialogs.inspection_plan import PlanForm

        form = PlanForm(self._context, record, parent=self)
        form.exec()
        form.deleteLater()

    def _delete(self, question: str, action) -> None:  # type: ignore[no-untyped-def]
        from desktop.gui.context import confirm

        if not confirm(self, self.tr("Xác nhận xóa"), question, yes=self.tr("Xóa"), no=self.tr("Không xóa")):
            return
        Operation(self._context, self, action).run_in_background()  # the lists refresh on its Changes

    def _delete_team(self) -> None:
        team = self._chosen(self.team_table, self.teams)
        if team is not None:
            self._delete(self.tr("Xóa đội “{name}”? Việc xóa sẽ được gửi lên cấp trên.").format(name=team.draft.name),
                         self._deleting(lambda plans, actor: plans.delete_team(actor, team.id)))

    def _delete_plan(self) -> None:
        plan = self._chosen(self.plan_table, self.plans)
        if plan is not None:
            self._delete(self.tr("Xóa kế hoạch {number}? Việc xóa sẽ được gửi lên cấp trên.").format(
                number=plan.draft.number),
                self._deleting(lambda plans, actor: plans.delete_plan(actor, plan.id)))

    def _deleting(self, delete: Callable[[Any, Actor], Outcome[Any]]) -> Callable[[], Outcome[Any]]:
        """The delete for the worker, with the service and actor read now, on the GUI thread."""
        plans, actor = self._context.services.inspection_plans, self._context.actor
        return lambda: delete(plans, actor)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kế hoạch và đội kiểm tra"))
        self.tabs.setTabText(0, self.tr("Kế hoạch kiểm tra"))
        self.tabs.setTabText(1, self.tr("Đội kiểm tra"))
        self.team_table.setHorizontalHeaderLabels([self.tr("Đội"), self.tr("Quyết định thành lập"),
                                                   self.tr("Thời gian"), self.tr("Số thành viên")])
        self.plan_table.setHorizontalHeaderLabels([self.tr("Kế hoạch"), self.tr("Thời gian"), self.tr("Đội"),
                                                   self.tr("Số cơ sở")])
        self.progress_table.setHorizontalHeaderLabels([self.tr("Cơ sở"), self.tr("Loại hình"), self.tr("Ngày dự kiến"),
                                                       self.tr("Hình thức"), self.tr("Tiến độ")])
        self.add_team.setText(self.tr("Thêm đội…"))
        self.edit_team.setText(self.tr("Sửa đội…"))
        self.delete_team.setText(self.tr("Xóa đội"))
        self.add_plan.setText(self.tr("Lập kế hoạch…"))
        self.edit_plan.setText(self.tr("Sửa kế hoạch…"))
        self.delete_plan.setText(self.tr("Xóa kế hoạch"))
        self.close_button.setText(self.tr("Đóng"))
        self.reload()
