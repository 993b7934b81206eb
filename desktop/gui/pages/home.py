"""The home page: the first week's checklist, then one card per area with what needs attention there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain import periods
from desktop.gui.context import AppContext
from desktop.gui.icons import PAGE_ICONS, pixmap
from desktop.gui.pages.home_cards import SEVERITY_COLOURS, SEVERITY_MARKS, SEVERITY_ORDER, Card, CardGrid, checklist_card, discard
from desktop.gui.retranslate import Retranslates
from desktop.gui.texts import period_label
from desktop.services.home.attention import AttentionItem, Severity
from desktop.services.context import Changes
from desktop.services.home.first_week import FirstWeek

# Home-screen sentences, keyed by AttentionItem.code; areas add theirs here.
HOME_TEXTS: dict[str, str] = {
    "home.outreach_t1": QT_TRANSLATE_NOOP("Home", "Truyền thông {period}: {sessions} buổi, {participants} lượt người tham gia."),
    "home.held_record": QT_TRANSLATE_NOOP(
        "Home", "Tuyến tỉnh giữ lại một bản ghi vì vi phạm quy tắc: {rules} Bấm để mở, sửa rồi gửi lại."),
    "home.held_more": QT_TRANSLATE_NOOP("Home", "Còn {count} bản ghi khác bị tuyến tỉnh giữ lại."),
    "home.backup_never": QT_TRANSLATE_NOOP("Home", "Chưa có bản sao lưu nào. Hãy sao lưu trong phần Cài đặt."),
    "home.backup_last": QT_TRANSLATE_NOOP("Home", "Sao lưu gần nhất: {when}."),
    "home.external_backup_never": QT_TRANSLATE_NOOP(
        "Home", "Chưa từng sao lưu ra ổ đĩa rời (USB). Máy hỏng hoặc mất là mất dữ liệu: hãy sao lưu trong Cài đặt."),
    "home.external_backup_old": QT_TRANSLATE_NOOP(
        "Home", "Lần sao lưu ra ổ đĩa rời gần nhất đã {days} ngày trước ({when}). Hãy sao lưu ra USB trong Cài đặt."),
    "home.external_backup_recent": QT_TRANSLATE_NOOP("Home", "Sao lưu ra ổ đĩa rời gần nhất: {when}."),
    "home.unsent": QT_TRANSLATE_NOOP("Home", "{count} bản ghi chưa gửi lên cấp trên."),
    "home.all_sent": QT_TRANSLATE_NOOP("Home", "Mọi dữ liệu đã được gửi lên cấp trên."),
    "home.no_hub": QT_TRANSLATE_NOOP(
        "Home", "Chưa kết nối với cấp trên: hãy cài thẻ của cơ quan tổng hợp để gửi được dữ liệu."),
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
    "home.hub_cannot_read": QT_TRANSLATE_NOOP(
        "Home", "Tuyến tỉnh chưa đọc được gói dữ liệu của phiên bản ứng dụng này (định dạng {format}; tuyến tỉnh "
        "đọc đến định dạng {reads}): hãy chờ tuyến tỉnh cập nhật phần mềm. Không mất dữ liệu: {count} gói vẫn "
        "nằm trong hộp thư đi và sẽ được gửi lại."),
    "home.periods_unclosed": QT_TRANSLATE_NOOP("Home", "{count} kỳ báo cáo đã kết thúc mà chưa chốt: {periods}."),
    "home.sync_conflicts": QT_TRANSLATE_NOOP("Home", "{count} xung đột dữ liệu từ các xã/phường đang chờ xử lý."),
    "home.reports_missing": QT_TRANSLATE_NOOP(
        "Home", "{period}: còn {count}/{expected} xã/phường chưa gửi lời chốt kỳ báo cáo."),
    "home.tip_offs_overdue": QT_TRANSLATE_NOOP("Home", "{count} tin báo đã quá {days} ngày mà chưa xử lý xong."),
}

def item_text(item: AttentionItem) -> str:
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


def _page_of(target: str) -> str:
    return target.split(".", 1)[0]


class HomePage(Retranslates, QWidget):
    """Cards built from the providers' items, grouped by the page each leads to: a new provider needs no code here."""

    key = "home"
    open_page = Signal(str)
    # Page key -> how many things there need attention (warnings and urgent items), for the sidebar.
    attention_counted = Signal(dict)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.resolve_page: Callable[[str], str] = _page_of
        # The main window sets the pages' titles: it knows the registry, which builds this page (no circle).
        self.page_title: Callable[[str], str] = lambda key: key
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.checklist: Card | None = None
        self.grid = CardGrid()
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.addWidget(self.grid)
        self._body.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.items: list[AttentionItem] = []
        context.changed.connect(lambda _changes: self.refresh())
        context.actor_changed.connect(self.refresh)
        self.retranslate()

    def refresh(self, _changes: Changes = Changes.ALL) -> None:
        services, actor = self._context.services, self._context.actor
        self.items = services.home.attention(actor)
        self._show_checklist(services.first_week.checklist(actor))
        groups: dict[str, list[AttentionItem]] = {}
        for item in self.items:
            groups.setdefault(self.resolve_page(item.target_page) if item.target_page else "home", []).append(item)
        cards: list[QWidget] = []
        open_text = self.tr("Mở")
        for key, items in groups.items():
            worst = min(items, key=lambda i: SEVERITY_ORDER.index(i.severity)).severity
            card = Card(self.page_title(key), colour=SEVERITY_COLOURS[worst], icon=_icon_for(key))
            card.setProperty("page", key)
            for item in items:
                card.add_row(f"{SEVERITY_MARKS[item.severity]}  {item_text(item)}",
                             colour=SEVERITY_COLOURS[item.severity], button=open_text, target=item.target_page)
            card.open_page.connect(self.open_page)
            cards.append(card)
        self.grid.set_cards(cards)
        self.attention_counted.emit(attention_counts(self.items, self.resolve_page))

    def _show_checklist(self, first_week: FirstWeek) -> None:
        if self.checklist is not None:
            discard(self.checklist)
            self.checklist = None
        if first_week.complete:
            return
        self.checklist = checklist_card(first_week, open_text=self.tr("Làm ngay"),
                                        title=self.tr("Tuần đầu dùng sổ"))
        self.checklist.open_page.connect(self.open_page)
        self._body.insertWidget(0, self.checklist)

    def retranslate(self) -> None:
        office = self._context.services.register.office
        self.heading.setText(self.tr("Việc cần chú ý – {unit}").format(unit=office.unit_name))
        self.refresh()


def attention_counts(items: list[AttentionItem], resolve: Callable[[str], str]) -> dict[str, int]:
    """Per page, the number of things behind its warnings: an item's own count, else one."""
    counts: dict[str, int] = {}
    for item in items:
        if item.severity in (Severity.WARNING, Severity.URGENT) and item.target_page:
            key = resolve(item.target_page)
            counts[key] = counts.get(key, 0) + int(item.params.get("count", 1) or 1)
    return counts


def _icon_for(key: str) -> Callable[[], object] | None:
    if key not in PAGE_ICONS:
        return None
    return lambda: pixmap(PAGE_ICONS[key], 22)
