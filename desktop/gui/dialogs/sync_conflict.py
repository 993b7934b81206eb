"""A sync conflict side by side: the hub's copy and the commune's, field by field; a person chooses one."""

from __future__ import annotations

import contextlib
import json
import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inspections import LOCAL_ZONE
from desktop.gui.context import AppContext
from desktop.gui.operations import Operation
from desktop.gui.retranslate import Retranslates
from desktop.gui.widgets import MessageLine
from desktop.services.sync.sync import ConflictView

TABLE_LABELS = {
    "outreach_sessions": QT_TRANSLATE_NOOP("SyncData", "Buổi truyền thông"),
    "clients": QT_TRANSLATE_NOOP("SyncData", "Hồ sơ người được hỗ trợ"),
    "client_contacts": QT_TRANSLATE_NOOP("SyncData", "Lần tiếp xúc"),
    "client_status_changes": QT_TRANSLATE_NOOP("SyncData", "Thay đổi tình trạng hồ sơ"),
    "consents": QT_TRANSLATE_NOOP("SyncData", "Sự đồng ý"),
    "referrals": QT_TRANSLATE_NOOP("SyncData", "Phiếu giới thiệu"),
    "partner_organisations": QT_TRANSLATE_NOOP("SyncData", "Cơ quan phối hợp"),
    "establishments": QT_TRANSLATE_NOOP("SyncData", "Cơ sở kinh doanh"),
    "inspections": QT_TRANSLATE_NOOP("SyncData", "Biên bản kiểm tra"),
    "inspection_results": QT_TRANSLATE_NOOP("SyncData", "Kết quả mục kiểm tra"),
    "violations": QT_TRANSLATE_NOOP("SyncData", "Vi phạm"),
    "period_closures": QT_TRANSLATE_NOOP("SyncData", "Chốt kỳ báo cáo"),
    "erasures": QT_TRANSLATE_NOOP("SyncData", "Dấu xóa hồ sơ"),
    "tip_offs": QT_TRANSLATE_NOOP("SyncData", "Tin báo, tố giác"),
    "support_models": QT_TRANSLATE_NOOP("SyncData", "Mô hình hỗ trợ"),
    "support_activities": QT_TRANSLATE_NOOP("SyncData", "Hoạt động của mô hình"),
    "support_given": QT_TRANSLATE_NOOP("SyncData", "Người được hỗ trợ qua mô hình"),
}

# The fields people compare most; any other shows under its column name.
FIELD_LABELS = {
    "held_on": QT_TRANSLATE_NOOP("SyncData", "Ngày tổ chức"),
    "place": QT_TRANSLATE_NOOP("SyncData", "Địa điểm"),
    "form": QT_TRANSLATE_NOOP("SyncData", "Hình thức"),
    "target_group": QT_TRANSLATE_NOOP("SyncData", "Nhóm đối tượng"),
    "topics": QT_TRANSLATE_NOOP("SyncData", "Chủ đề"),
    "participants_total": QT_TRANSLATE_NOOP("SyncData", "Tổng số người tham gia"),
    "participants_male": QT_TRANSLATE_NOOP("SyncData", "Nam"),
    "participants_female": QT_TRANSLATE_NOOP("SyncData", "Nữ"),
    "participants_other": QT_TRANSLATE_NOOP("SyncData", "Khác"),
    "organiser": QT_TRANSLATE_NOOP("SyncData", "Đơn vị tổ chức"),
    "name": QT_TRANSLATE_NOOP("SyncData", "Tên"),
    "address": QT_TRANSLATE_NOOP("SyncData", "Địa chỉ"),
    "representative": QT_TRANSLATE_NOOP("SyncData", "Người đại diện"),
    "business_type": QT_TRANSLATE_NOOP("SyncData", "Loại hình"),
    "status": QT_TRANSLATE_NOOP("SyncData", "Tình trạng"),
    "status_on": QT_TRANSLATE_NOOP("SyncData", "Ngày đổi tình trạng"),
    "birth_year": QT_TRANSLATE_NOOP("SyncData", "Năm sinh"),
    "sex": QT_TRANSLATE_NOOP("SyncData", "Giới tính"),
    "category": QT_TRANSLATE_NOOP("SyncData", "Loại"),
    "outcome": QT_TRANSLATE_NOOP("SyncData", "Kết quả"),
    "updated_at": QT_TRANSLATE_NOOP("SyncData", "Sửa lần cuối"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncData", "Đã xóa lúc"),
}

# Bookkeeping every record carries; the same on both sides or meaningless to a person.
_HIDDEN = {"id", "origin_unit", "origin_device", "author", "search_text", "version", "created_at"}
_DIFFERENT = QColor("#fff3cd")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def table_label(name: str) -> str:
    return QCoreApplication.translate("SyncData", TABLE_LABELS[name]) if name in TABLE_LABELS else name


def field_label(name: str) -> str:
    return QCoreApplication.translate("SyncData", FIELD_LABELS[name]) if name in FIELD_LABELS else name


def value_text(value: Any) -> str:
    """Dates and times as officers write them; the rest as it travels."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✔" if value else "✘"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    if _ISO_DATE.fullmatch(text):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(text).strftime("%d/%m/%Y")
    if _ISO_TIME.match(text):
        with contextlib.suppress(ValueError):
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is not None:
                return moment.astimezone(LOCAL_ZONE).strftime("%d/%m/%Y %H:%M:%S")
    return text


# Fields that let a person recognise a record ("03/11/2026 – Trạm y tế xã"), in the order they are tried.
_RECOGNISABLE = ("held_on", "inspected_on", "contacted_on", "referred_on", "given_on", "changed_on", "erased_on",
                 "name", "place", "code", "uic", "period_code", "item_code")


def record_text(conflict: ConflictView) -> str:
    content = conflict.local_content or conflict.incoming_content
    found = [value_text(content[k]) for k in _RECOGNISABLE if content.get(k) not in (None, "")]
    return " – ".join(found[:2]) or conflict.record_id


class ConflictDialog(Retranslates, QDialog):
    """Keeping the hub's copy or taking the commune's runs on the worker; `Để sau` leaves the conflict open."""

    def __init__(self, context: AppContext, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.conflict = conflict
        self.resolved: ConflictView | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.only_different = QCheckBox()
        self.only_different.setChecked(True)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.message = MessageLine()
        self.buttons = QDialogButtonBox()
        self.keep_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.take_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.only_different)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.only_different.toggled.connect(self._fill)
        self.keep_button.clicked.connect(lambda: self.choose("local"))
        self.take_button.clicked.connect(lambda: self.choose("incoming"))
        self.buttons.rejected.connect(self.reject)
        self.resize(820, 520)
        self.retranslate()

    def fields(self) -> list[str]:
        c = self.conflict
        names = [n for n in dict.fromkeys([*c.local_content, *c.incoming_content]) if n not in _HIDDEN]
        if self.only_different.isChecked():
            names = [n for n in names if c.local_content.get(n) != c.incoming_content.get(n)]
        return names

    def _fill(self) -> None:
        c = self.conflict
        names = self.fields()
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            local, incoming = c.local_content.get(name), c.incoming_content.get(name)
            cells = (field_label(name), value_text(local), value_text(incoming))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(name if column == 0 else value)
                if local != incoming:
                    item.setBackground(QBrush(_DIFFERENT))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def choose(self, choice: str) -> None:
        services, actor, conflict_id = self._context.services, self._context.actor, self.conflict.id
        for button in (self.keep_button, self.take_button, self.later_button):
            button.setEnabled(False)
        self.message.show_ok(self.tr("Đang ghi…"))

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            self.resolved = outcome.value
            self.accept()

        def failed(problem: str) -> None:
            for button in (self.keep_button, self.take_button, self.later_button):
                button.setEnabled(True)
            self.message.show_problem(problem)

        Operation(self._context, self, lambda: services.sync.resolve_conflict(actor, conflict_id, choose=choice)) \
            .success(done).failure(failed).run_in_background()

    def retranslate(self) -> None:
        c = self.conflict
        self.setWindowTitle(self.tr("Xử lý xung đột dữ liệu"))
        self.heading.setText(self.tr(
            "{kind} “{record}” của {unit}: bản đang có ở đây (phiên bản {local}) và bản vừa nhận "
            "(phiên bản {incoming}) khác nhau mà không xác định được bản nào mới hơn. Hãy so sánh, nếu cần thì "
            "gọi điện hỏi xã, rồi chọn bản đúng. Bản không được chọn sẽ không được dùng."
        ).format(kind=table_label(c.table_name), record=record_text(c), unit=c.unit_name, local=c.local_version,
                 incoming=c.incoming_version))
        self.only_different.setText(self.tr("Chỉ hiện các trường khác nhau"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Trường"), self.tr("Bản hiện có (phiên bản {version})").format(version=c.local_version),
            self.tr("Bản mới nhận (phiên bản {version})").format(version=c.incoming_version)])
        self.keep_button.setText(self.tr("Giữ bản hiện có"))
        self.take_button.setText(self.tr("Dùng bản mới nhận"))
        self.later_button.setText(self.tr("Để sau"))
        self._fill()
