"""The establishments page's follow-ups: the re-inspections due (a toggle and their list), the plans running."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.domain.roles import Permission
from desktop.gui.context import AppContext
from desktop.gui.pages.establishments_coverage import percent_text
from desktop.gui.pages.establishments_model import DueModel, list_table
from desktop.gui.tasks import TaskRunner
from desktop.gui.texts import vn_number
from desktop.services.inspections.reinspections import DueReinspection

log = logging.getLogger(__name__)

Selected = tuple[str, str, str]  # establishment id, name, business type
Filters = Callable[[], tuple[str | None, str]]  # the page's business type and search text as they stand


class DueFollowUps(QObject):
    """The toggle that shows the re-inspections due instead of the register, and their list.

    The list is read on the page's reader thread only when the data changed; a filter change filters
    what was read (`filter`), so the database is not asked again.
    """

    def __init__(self, context: AppContext, parent: QObject, *, filters: Filters, shown: Callable[[], None]) -> None:
        super().__init__(parent)
        self._context = context
        self._filters = filters
        self._shown = shown
        self.button = QPushButton()
        self.button.setCheckable(True)
        self.model = DueModel(context)
        self.table = list_table(self.model)

    def read_later(self, reader: TaskRunner) -> None:
        services, actor = self._context.services, self._context.actor
        reader.run(lambda: services.inspections.due_reinspections(actor), self._show,
                   lambda error: log.error("follow-ups due failed", exc_info=error))

    def _show(self, due: list[DueReinspection]) -> None:
        if not shiboken6.isValid(self.model):
            return  # the page closed meanwhile
        business_type, search = self._filters()
        self.model.set_due(due, business_type=business_type, search=search)
        self.table.resizeColumnsToContents()
        self._show_button()
        self._shown()

    def filter(self, *, business_type: str | None, search: str) -> None:
        self.model.filter(business_type=business_type, search=search)

    def selected(self) -> Selected | None:
        rows = self.table.selectionModel().selectedRows()
        due = self.model.rows[rows[0].row()] if rows else None
        return (due.establishment_id, due.establishment_name, due.business_type) if due else None

    def _show_button(self) -> None:
        count = vn_number(self.model.total) if self.model.read else "…"
        self.button.setText(self.tr("Tái kiểm tra đến hạn ({count})").format(count=count))

    def retranslate(self) -> None:
        self.button.setToolTip(self.tr("Chỉ hiện các cơ sở có vi phạm đang chờ tái kiểm tra"))
        self._show_button()


class PlanProgress(QLabel):
    """The plans running today: planned / done / not done, and T8 both ways for who may see counts."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.setWordWrap(True)

    def show_plans(self) -> None:
        services, actor = self._context.services, self._context.actor
        lines = []
        for progress in services.inspection_plans.current_progress(actor):
            text = self.tr("Kế hoạch {number}: {done}/{planned} cơ sở đã kiểm tra, {not_done} quá hạn chưa kiểm tra."
                           ).format(number=progress.number, done=vn_number(progress.done),
                                    planned=vn_number(progress.planned), not_done=vn_number(progress.not_done))
            if actor.can(Permission.VIEW_COUNTS):
                t8 = services.inspection_plans.t8(actor, progress.period_start, progress.period_end,
                                                  unit=progress.origin_unit)
                text += " " + self.tr("T8: {plan}% so với kế hoạch, {all}% so với mọi cơ sở đang hoạt động.").format(
                    plan=percent_text(t8.plan_percent), all=percent_text(t8.operating_percent))
            lines.append(text)
        self.setText("\n".join(lines) or self.tr("Chưa có kế hoạch kiểm tra nào đang thực hiện."))
