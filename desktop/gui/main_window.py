"""The main window: navigation, pages, the idle lock, the signed-in user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidgetItem, QMainWindow, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop.gui import i18n
from desktop.gui.context import AppContext
from desktop.gui.icons import app_icon, icon, page_icon
from desktop.gui.pages.registry import PAGES, PageSpec
from desktop.gui.retranslate import Retranslates
from desktop.gui.sidebar import Sidebar

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class IdleWatcher(QObject):
    """Restarts a timer on any keyboard or mouse input; `idle` fires when it runs out."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS:
            self.timer.start()
        return False


class PageStack(QStackedWidget):
    """A stack as small as its current page, so one wide page does not set the window's minimum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class _PageFrame(QWidget):
    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self.stack = stack
        stack.setParent(self)
        # The scroll area asks the frame how tall the current page must be at a width (wrapped labels).
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        page = self.stack.currentWidget()
        least = self.stack.minimumSizeHint().height()
        if page is None or not page.hasHeightForWidth():
            return least
        return max(least, page.heightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.stack.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.stack.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.stack.setGeometry(self.rect())


class MainWindow(Retranslates, QMainWindow):
    lock_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.nav = Sidebar()
        self.nav.setFixedWidth(220)
        self.stack = PageStack()
        self.user_label = QLabel()
        self.pages: dict[str, QWidget] = {}
        self._specs: list[PageSpec] = []
        self.attention: dict[str, int] = {}
        self.help_button = QPushButton()
        self.help_button.setIcon(icon("help"))
        self.about_button = QPushButton()
        self.about_button.setIcon(icon("info-circle"))
        self.guide: QWidget | None = None
        side = QVBoxLayout()
        side.addWidget(self.nav)
        side.addWidget(self.help_button)
        side.addWidget(self.about_button)
        side.addWidget(self.user_label)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addLayout(side)
        # At 150 % on a 1366×768 screen the window is ~910 points wide: a wide page scrolls instead of
        # pushing the window off the screen.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        # Through a frame without a layout: the stack's own layout asks every page for height-for-width,
        # which would make the scroll area as tall as the home page's cards in one column.
        frame = _PageFrame(self.stack)
        self.scroller.setWidget(frame)
        self.stack.currentChanged.connect(lambda _index: frame.updateGeometry())
        layout.addWidget(self.scroller, 1)
        self.setCentralWidget(body)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.help_button.clicked.connect(self.open_guide)
        self.about_button.clicked.connect(self.open_about)
        # F1 anywhere in the window: the guide at the chapter of the page in view.
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.open_guide)
        context.actor_changed.connect(self._build_pages)
        self.idle = IdleWatcher(context.config.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock_requested)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)
        self.setWindowIcon(app_icon())
        self._build_pages()
        self.resize(1200, 760)
        self.retranslate()

    def _build_pages(self) -> None:
        """Pages the current account may see; rebuilt when another account unlocks the window."""
        current = self._specs[self.nav.currentRow()].key if self._specs and self.nav.currentRow() >= 0 else "home"
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.nav.clear()
        self.pages.clear()
        office = self.context.services.register.office
        self._specs = [s for s in PAGES if self.context.actor.can(s.permission)
                       and (s.national if office.is_national else s.hub if office.is_hub else s.commune)]
        for spec in self._specs:
            page = spec.factory(self.context)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem(page_icon(spec.key), QCoreApplication.translate("Pages", spec.title)))
            if hasattr(page, "open_page"):
                page.open_page.connect(self.show_page)
            if hasattr(page, "idle_minutes_chosen"):
                page.idle_minutes_chosen.connect(self.idle.set_minutes)
            if hasattr(page, "language_chosen"):
                page.language_chosen.connect(i18n.apply_language)
        self.attention = {}
        home: Any = self.pages.get("home")  # the home page, duck-typed like the other optional page hooks
        if home is not None and hasattr(home, "attention_counted"):
            # Home cards group by the page an item leads to, and the sidebar counts come from the same items.
            home.resolve_page = self.page_key_for
            home.page_title = self.page_title
            home.attention_counted.connect(self.show_attention)
            home.refresh()
        self.show_page(current)
        self._show_user()

    def page_key_for(self, target: str) -> str:
        """The page that shows `target`: a page key itself, or a view inside a page ("clients.erasure")."""
        if target in self.pages:
            return target
        return next((k for k, page in self.pages.items()
                     if hasattr(page, "claims_view") and page.claims_view(target)), target.split(".", 1)[0])

    def page_title(self, key: str) -> str:
        spec = next((s for s in self._specs if s.key == key), None)
        return QCoreApplication.translate("Pages", spec.title) if spec else key

    def show_page(self, key: str) -> None:
        keys = [s.key for s in self._specs]
        if key not in keys:
            # A home item may lead to a view inside a page ("clients.erasure"): the page that knows it opens it.
            target = key
            key = next((k for k, page in self.pages.items()
                        if hasattr(page, "claims_view") and page.claims_view(key)), key)
            page: Any = self.pages.get(key)
            if hasattr(page, "open_view"):
                # A page that opens one record for an item (held back by the hub) does it once, when followed.
                page.open_view(target)
        self.nav.setCurrentRow(keys.index(key) if key in keys else 0)

    def current_page_key(self) -> str:
        row = self.nav.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else "home"

    def open_guide(self) -> None:
        from desktop.gui.help import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self.current_page_key(), self)
        else:
            self.guide.show_chapter(self.current_page_key())  # type: ignore[attr-defined]
        self.guide.show()
        self.guide.raise_()

    def open_about(self) -> None:
        from desktop.gui.help import AboutDialog

        dialog = AboutDialog(self.context.data_dir, self)
        dialog.exec()
        dialog.deleteLater()

    def show_attention(self, counts: dict[str, int]) -> None:
        self.attention = counts
        self._name_pages()

    def _name_pages(self) -> None:
        for row, spec in enumerate(self._specs):
            self.nav.item(row).setText(QCoreApplication.translate("Pages", spec.title))
            self.nav.set_count(row, self.attention.get(spec.key, 0))

    def _show_user(self) -> None:
        actor = self.context.actor
        self.user_label.setText(self.tr("Người dùng: {name}").format(name=actor.username))

    def retranslate(self) -> None:
        # Neutral title on purpose: a shared PC's taskbar must not reveal what the data is about.
        self.setWindowTitle(self.tr("Hòa Nhập – {unit}").format(unit=self.context.services.register.office.unit_name))
        self._name_pages()
        self.help_button.setText(self.tr("Hướng dẫn (F1)"))
        self.about_button.setText(self.tr("Giới thiệu"))
        self._show_user()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)

