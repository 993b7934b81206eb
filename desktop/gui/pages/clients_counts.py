"""Counts of the support register for a period: what every role may see, never a client row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.domain import periods
from desktop.domain.age_bands import AGE_BANDS
from desktop.domain.clients import SERVICE_LABELS, ServiceCategory
from desktop.domain.codes import SEX_LABELS, Sex
from desktop.domain.referrals import STATUS_LABELS as REFERRAL_STATUS_LABELS
from desktop.domain.referrals import ReferralStatus
from desktop.gui.context import AppContext
from desktop.gui.dialogs.client_fields import coded
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import label, period_label, vn_number
from desktop.services.context import Changes


class ClientCountsPage(Retranslates, QWidget):
    key = "client_counts"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.period = QComboBox()
        self.caption = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.period)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        context.changed.connect(lambda changes: self.refresh() if changes & (Changes.CLIENTS | Changes.REFERRALS)
                                else None)
        context.actor_changed.connect(self.refresh)
        self.retranslate()

    def _periods(self) -> list[tuple[str, periods.Period]]:
        today = self._context.services.register.clock.today()
        month = periods.containing(today, periods.PeriodKind.MONTH)
        quarter = periods.containing(today, periods.PeriodKind.QUARTER)
        year = periods.containing(today, periods.PeriodKind.YEAR)
        return [(self.tr("Tháng này ({label})").format(label=period_label(month)), month),
                (self.tr("Quý này ({label})").format(label=period_label(quarter)), quarter),
                (self.tr("Năm nay ({label})").format(label=period_label(year)), year),
                (self.tr("Năm trước"), periods.year(today.year - 1))]

    def refresh(self) -> None:
        chosen = self._choices[max(0, self.period.currentIndex())][1]
        c = self._context.services.clients.counts(self._context.actor, chosen)
        persons, visits = self.tr("người"), self.tr("lượt người")
        n = vn_number
        sheets = self.tr("phiếu")
        indent = "      "
        rows: list[tuple[str, str, str, bool]] = [
            (self.tr("Người đã có trong sổ đến cuối kỳ"), n(c.clients_known), persons, True),
            (self.tr("Người mới gặp lần đầu trong kỳ"), n(c.new_clients), persons, True),
            (self.tr("Người đang được hỗ trợ (hiện nay)"), n(c.active_clients), persons, True),
            (self.tr("Tiếp xúc, hỗ trợ trong kỳ"), f"{n(c.contacts)} / {n(c.persons_contacted)}",
             f"{visits} / {persons}", True),
        ]
        rows += [(indent + coded(SERVICE_LABELS, ServiceCategory, item.category), f"{n(item.visits)} / {n(item.persons)}",
                  f"{visits} / {persons}", False) for item in c.by_category]
        rows.append((self.tr("Người được tiếp xúc trong kỳ, theo nhóm tuổi và giới tính"), "", "", True))
        rows += [(indent + self.tr("Nhóm tuổi {band}").format(band=label(band.label)), n(c.persons_by_band[band.code]),
                  persons, False) for band in AGE_BANDS if c.persons_by_band.get(band.code)]
        rows += [(indent + coded(SEX_LABELS, Sex, sex), n(count), persons, False)
                 for sex, count in sorted(c.persons_by_sex.items())]
        rows.append((self.tr("Phiếu giới thiệu lập trong kỳ"), n(c.referrals), sheets, True))
        rows += [(indent + coded(REFERRAL_STATUS_LABELS, ReferralStatus, status), n(count), sheets, False)
                 for status, count in sorted(c.referrals_by_status.items())]
        rows.append((self.tr("Phiếu quá hạn theo dõi (hôm nay)"), n(c.overdue_referrals), sheets, True))
        self.table.setRowCount(len(rows))
        for i, (text, number, unit, bold) in enumerate(rows):
            cells = (QTableWidgetItem(text), QTableWidgetItem(number), QTableWidgetItem(unit))
            cells[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for j, cell in enumerate(cells):
                if bold:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(i, j, cell)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Kỳ:"))
        self.note.setText(self.tr("Chỉ có số liệu tổng hợp. Mỗi số ghi rõ là lượt người (mỗi lần tính một) hay "
                                  "người (mỗi người tính một lần)."))
        self.table.setHorizontalHeaderLabels([self.tr("Nội dung"), self.tr("Số"), self.tr("Đơn vị")])
        self._choices = self._periods()
        index = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        for text, _ in self._choices:
            self.period.addItem(text)
        self.period.setCurrentIndex(max(0, index))
        self.period.blockSignals(False)
        self.refresh()
