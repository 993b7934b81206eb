"""The main window: navigation, pages, the idle lock, the signed-in user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop.gui import i18n
from desktop.gui.context import AppContext
from desktop.gui.pages.registry import PAGES, PageSpec
from desktop.gui.retranslate import Retranslates

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


class MainWindow(Retranslates, QMainWindow):
    lock_requested = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.nav = QListWidget()
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.user_label = QLabel()
        self.pages: dict[str, QWidget] = {}
        self._specs: list[PageSpec] = []
        side = QVBoxLayout()
        side.addWidget(self.nav)
        side.addWidget(self.user_label)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        context.actor_changed.connect(self._build_pages)
        self.idle = IdleWatcher(context.config.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock_requested)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)
        self._build_pages()
        self.resize(1200, 760)
        self.retranslate()

    def _build_pages(self) -> None:
        """Pages the current account may see; rebuilt when another account unlocks the window."""
        current = self._specs[self.nav.currentRow()].key if self._specs and self.nav.currentRow() >= 0 else "home"
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.nav.clear()
        self.pages.clear()
        office = self.context.services.register.office
        self._specs = [s for s in PAGES if self.context.actor.can(s.permission)
                       and (s.hub if office.is_hub else s.commune)]
        for spec in self._specs:
            page = spec.factory(self.context)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem(QCoreApplication.translate("Pages", spec.title)))
            if hasattr(page, "open_page"):
                page.open_page.connect(self.show_page)
            if hasattr(page, "idle_minutes_chosen"):
                page.idle_minutes_chosen.connect(self.idle.set_minutes)
            if hasattr(page, "language_chosen"):
                page.language_chosen.connect(i18n.apply_language)
        self.show_page(current)
        self._show_user()

    def show_page(self, key: str) -> None:
        keys = [s.key for s in self._specs]
        if key not in keys:
            # A home item may lead to a view inside a page ("clients.erasure"): the page that knows it opens it.
            key = next((k for k, page in self.pages.items()
                        if hasattr(page, "claims_view") and page.claims_view(key)), key)
        self.nav.setCurrentRow(keys.index(key) if key in keys else 0)

    def _show_user(self) -> None:
        actor = self.context.actor
        self.user_label.setText(self.tr("Người dùng: {name}").format(name=actor.username))

    def retranslate(self) -> None:
        # Neutral title on purpose: a shared PC's taskbar must not reveal what the data is about.
        self.setWindowTitle(self.tr("Hòa Nhập – {unit}").format(unit=self.context.services.register.office.unit_name))
        for row, spec in enumerate(self._specs):
            self.nav.item(row).setText(QCoreApplication.translate("Pages", spec.title))
        self._show_user()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)

