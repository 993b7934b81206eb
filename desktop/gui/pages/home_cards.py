"""Home-screen cards: one per area, built from the providers' items; and the first week's checklist card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.gui.icons import pixmap
from desktop.services.home.attention import Severity
from desktop.services.home.first_week import FirstWeek

SEVERITY_COLOURS = {Severity.URGENT: "#b00020", Severity.WARNING: "#a15c00",
                    Severity.INFO: "#1a4f8a", Severity.OK: "#1b5e20"}
SEVERITY_MARKS = {Severity.URGENT: "⛔", Severity.WARNING: "⚠", Severity.INFO: "ℹ",
                  Severity.OK: "✔"}
SEVERITY_ORDER = [Severity.URGENT, Severity.WARNING, Severity.INFO, Severity.OK]

CHECKLIST_TEXTS: dict[str, str] = {
    "first_week.enrol_hub": QT_TRANSLATE_NOOP("Home", "Kết nối với cấp trên: cài thẻ của cơ quan tổng hợp."),
    "first_week.enrol_communes": QT_TRANSLATE_NOOP("Home", "Đăng ký thẻ của các xã/phường gửi dữ liệu lên."),
    "first_week.enrol_provinces": QT_TRANSLATE_NOOP(
        "Home", "Đăng ký thẻ của các tỉnh, thành phố gửi báo cáo tổng hợp lên (trang Báo cáo các tỉnh, thẻ đơn vị)."),
    "first_week.baseline": QT_TRANSLATE_NOOP("Home", "Nhập số liệu nền của năm (số học sinh, người lao động…)."),
    "first_week.establishments": QT_TRANSLATE_NOOP("Home", "Thêm hoặc nhập danh sách cơ sở kinh doanh."),
    "first_week.external_backup": QT_TRANSLATE_NOOP("Home", "Sao lưu lần đầu ra ổ đĩa ngoài (USB)."),
    "first_week.recovery_sheet": QT_TRANSLATE_NOOP("Home", "In phiếu mã khôi phục và cất vào tủ khóa."),
}


class Card(QFrame):
    """A bordered box: a title, then rows; each row may lead to a page."""

    open_page = Signal(str)

    def __init__(self, title: str, *, colour: str, icon: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A coloured left edge says how urgent the card's worst item is, without reading it.
        self.setStyleSheet(f"#homeCard {{ border: 1px solid #c8c8c8; border-left: 5px solid {colour};"
                           " border-radius: 4px; background: palette(base); }")
        self.title = QLabel(title)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        header = QHBoxLayout()
        if icon is not None:
            mark = QLabel()
            mark.setPixmap(icon())  # type: ignore[arg-type]
            header.addWidget(mark)
        header.addWidget(self.title, 1)
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.rows)
        layout.addStretch()

    def add_row(self, text: str, *, colour: str, button: str = "", target: str = "") -> QPushButton | None:
        row = QHBoxLayout()
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour};")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(label, 1)
        action = None
        if button and target:
            action = QPushButton(button)
            action.clicked.connect(lambda: self.open_page.emit(target))
            row.addWidget(action, 0, Qt.AlignmentFlag.AlignTop)
        self.rows.addLayout(row)
        return action


def checklist_card(first_week: FirstWeek, *, open_text: str, title: str) -> Card:
    done = sum(step.done for step in first_week.steps)
    card = Card(QCoreApplication.translate("Home", "{title} ({done}/{total} việc)").format(
        title=title, done=done, total=len(first_week.steps)), colour="#1a4f8a",
        icon=lambda: pixmap("checklist", 22))
    card.setObjectName("homeCard")
    for step in first_week.steps:
        text = QCoreApplication.translate("Home", CHECKLIST_TEXTS.get(step.code, step.code))
        card.add_row(("☑  " if step.done else "☐  ") + text, colour="#1b5e20" if step.done else "#202020",
                     button="" if step.done else open_text, target=step.target_page)
    return card


def discard(widget: QWidget) -> None:
    """Off the screen at once; deleteLater alone leaves it painted until the event loop runs."""
    widget.hide()
    widget.setParent(None)  # type: ignore[call-overload]
    widget.deleteLater()


class CardGrid(QWidget):
    """Cards in as many columns as the width allows, so 1366×768 at 150 % still reads in one column."""

    MIN_CARD_WIDTH = 380

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(10)
        self.cards: list[QWidget] = []
        self._columns = 0

    def set_cards(self, cards: list[QWidget]) -> None:
        for card in self.cards:
            discard(card)
        self.cards = cards
        self._columns = 0
        self._place()

    def _place(self) -> None:
        columns = max(1, min(3, self.width() // self.MIN_CARD_WIDTH))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for n, card in enumerate(self.cards):
            self.grid.addWidget(card, n // columns, n % columns)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._place()
