"""The client list's table model: the filtered register, or the clients past their retention period."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop.domain.age_bands import age_in, band_of_birth_year, is_minor
from desktop.domain.clients import STATUS_LABELS, WORKPLACE_LABELS, ClientStatus, WorkplaceType
from desktop.domain.codes import SEX_LABELS, Sex
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import coded, day
from desktop.gui.paged_model import PagedTableModel
from desktop.gui.texts import label
from desktop.services.clients.client_queries import ClientQuery
from desktop.services.clients.client_views import ClientRow

# Columns whose sort the query knows; the others (sex, nickname) keep the current order.
_SORT_BY_COLUMN: dict[int, str] = {0: "uic", 1: "birth_year", 2: "birth_year", 4: "workplace_type", 5: "status",
                                   6: "first_contact_on", 7: "last_contact_on"}


class ClientListModel(PagedTableModel):
    """Rows of ClientRow; the nickname column is local to this PC and helps the worker recognise people."""

    def __init__(self, context: AppContext) -> None:
        super().__init__([
            lambda: self.tr("Mã số"), lambda: self.tr("Năm sinh"), lambda: self.tr("Nhóm tuổi"),
            lambda: self.tr("Giới tính"), lambda: self.tr("Nơi làm việc"), lambda: self.tr("Tình trạng"),
            lambda: self.tr("Gặp lần đầu"), lambda: self.tr("Gặp gần nhất"), lambda: self.tr("Tên gọi (trên máy này)"),
        ])
        self._context = context
        self.query = ClientQuery()
        # The "due for erasure" view: clients past the retention period, oldest last contact first.
        self.due_for_erasure = False

    def fetch_count(self) -> int:
        actor, services = self._context.actor, self._context.services
        if self.due_for_erasure:
            return services.client_rights.count_due_for_erasure(actor)
        return services.clients.count(actor, self.query)

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        actor, services = self._context.actor, self._context.services
        if self.due_for_erasure:
            return services.client_rights.due_for_erasure(actor, offset=offset, limit=limit)
        return services.clients.page(actor, self.query, offset=offset, limit=limit)

    def cell(self, row: ClientRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        today = self._context.services.register.clock.today()
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and is_minor(age_in(today.year, row.birth_year)):
            return QColor("#b00020")  # a minor's case is special in law: it must stand out
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case 0:
                return row.uic
            case 1:
                return str(row.birth_year)
            case 2:
                return label(band_of_birth_year(row.birth_year, today.year).label)
            case 3:
                return coded(SEX_LABELS, Sex, row.sex)
            case 4:
                return coded(WORKPLACE_LABELS, WorkplaceType, row.workplace_type)
            case 5:
                return coded(STATUS_LABELS, ClientStatus, row.status)
            case 6:
                return day(row.first_contact_on)
            case 7:
                return day(row.last_contact_on)
            case 8:
                return row.nickname
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_BY_COLUMN.get(column)
        if key is None or self.due_for_erasure:  # that list has one order: the one to act on
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == 2:  # an older band is an earlier birth year
            descending = not descending
        self.query = replace(self.query, sort=key, descending=descending)
        self.reload()
