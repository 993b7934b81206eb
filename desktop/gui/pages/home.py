"""The home page: what needs attention now, each line leading to the page that deals with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain import periods
from desktop.gui.context import AppContext
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import period_label
from desktop.services import home
from desktop.services.context import Changes

# Home-screen sentences, keyed by AttentionItem.code; areas add theirs here.
HOME_TEXTS: dict[str, str] = {
    "home.outreach_t1": QT_TRANSLATE_NOOP("Home", "Truyền thông {period}: {sessions} buổi, {participants} lượt người tham gia."),
    "home.backup_never": QT_TRANSLATE_NOOP("Home", "Chưa có bản sao lưu nào. Hãy sao lưu trong phần Cài đặt."),
    "home.backup_last": QT_TRANSLATE_NOOP("Home", "Sao lưu gần nhất: {when}."),
    "home.external_backup_never": QT_TRANSLATE_NOOP(
        "Home", "Chưa từng sao lưu ra ổ đĩa rời (USB). Máy hỏng hoặc mất là mất dữ liệu: hãy sao lưu trong Cài đặt."),
    "home.external_backup_old": QT_TRANSLATE_NOOP(
        "Home", "Lần sao lưu ra ổ đĩa rời gần nhất đã {days} ngày trước ({when}). Hãy sao lưu ra USB trong Cài đặt."),
    "home.external_backup_recent": QT_TRANSLATE_NOOP("Home", "Sao lưu ra ổ đĩa rời gần nhất: {when}."),
    "home.unsent": QT_TRANSLATE_NOOP("Home", "{count} bản ghi chưa gửi lên cấp trên."),
    "home.all_sent": QT_TRANSLATE_NOOP("Home", "Mọi dữ liệu đã được gửi lên cấp trên."),
    "home.referrals_overdue": QT_TRANSLATE_NOOP("Home", "{count} phiếu giới thiệu đã quá ngày hẹn theo dõi."),
    "home.referrals_on_time": QT_TRANSLATE_NOOP("Home", "Không có phiếu giới thiệu nào quá hạn theo dõi."),
    "home.clients_due_erasure": QT_TRANSLATE_NOOP(
        "Home", "{count} hồ sơ không được gặp lại quá thời hạn lưu giữ ({months} tháng): cần xem xét xóa."),
    "home.reinspections_due": QT_TRANSLATE_NOOP(
        "Home", "{count} cơ sở đến hạn tái kiểm tra ({overdue} cơ sở đã quá hạn; hạn sớm nhất {first_due})."),
    "home.not_inspected_this_year": QT_TRANSLATE_NOOP(
        "Home", "{count}/{total} cơ sở đang hoạt động chưa được kiểm tra trong năm {year}."),
    "home.plan_progress": QT_TRANSLATE_NOOP(
        "Home", "Kế hoạch kiểm tra {number}: đã kiểm tra {done}/{planned} cơ sở, {not_done} cơ sở quá hạn chưa kiểm "
        "tra. T8: {plan_percent}% so với kế hoạch, {all_percent}% so với mọi cơ sở đang hoạt động."),
    "home.bundles_unacknowledged": QT_TRANSLATE_NOOP(
        "Home", "{count} gói dữ liệu đã gửi chưa được cấp trên xác nhận (gói sớm nhất gửi ngày {since}): hãy nhập "
        "giấy báo nhận, hoặc hỏi cấp trên."),
    "home.periods_unclosed": QT_TRANSLATE_NOOP("Home", "{count} kỳ báo cáo đã kết thúc mà chưa chốt: {periods}."),
    "home.sync_conflicts": QT_TRANSLATE_NOOP("Home", "{count} xung đột dữ liệu từ các xã/phường đang chờ xử lý."),
    "home.reports_missing": QT_TRANSLATE_NOOP(
        "Home", "{period}: còn {count}/{expected} xã/phường chưa gửi lời chốt kỳ báo cáo."),
    "home.tip_offs_overdue": QT_TRANSLATE_NOOP("Home", "{count} tin báo đã quá {days} ngày mà chưa xử lý xong."),
}

_MARKS = {home.Severity.URGENT: "⛔", home.Severity.WARNING: "⚠", home.Severity.INFO: "ℹ", home.Severity.OK: "✔"}
_COLOURS = {home.Severity.URGENT: "#b00020", home.Severity.WARNING: "#a15c00", home.Severity.INFO: "#1a4f8a",
            home.Severity.OK: "#1b5e20"}


def item_text(item: home.AttentionItem) -> str:
    template = HOME_TEXTS.get(item.code, item.code)
    text = QCoreApplication.translate("Home", template)
    params = dict(item.params)
    # The core words periods in Vietnamese; the window shows them in its own language.
    if "period_code" in params:
        params["period"] = period_label(periods.parse(params["period_code"]))
    if "period_codes" in params:
        params["periods"] = ", ".join(period_label(periods.parse(code)) for code in params["period_codes"])
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


class HomePage(Retranslates, QWidget):
    key = "home"
    open_page = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.items)
        self.items.itemActivated.connect(lambda item: self.open_page.emit(item.data(Qt.ItemDataRole.UserRole)))
        context.changed.connect(lambda _changes: self.refresh())
        context.actor_changed.connect(self.refresh)
        self.retranslate()

    def refresh(self, _changes: Changes = Changes.ALL) -> None:
        self.items.clear()
        for item in home.attention(self._context.services.register, self._context.actor):
            entry = QListWidgetItem(f"{_MARKS[item.severity]}  {item_text(item)}")
            entry.setData(Qt.ItemDataRole.UserRole, item.target_page)
            entry.setForeground(Qt.GlobalColor.black)
            entry.setToolTip(item.code)
            from PySide6.QtGui import QColor

            entry.setForeground(QColor(_COLOURS[item.severity]))
            self.items.addItem(entry)

    def retranslate(self) -> None:
        office = self._context.services.register.office
        self.heading.setText(self.tr("Việc cần chú ý – {unit}").format(unit=office.unit_name))
        self.refresh()
