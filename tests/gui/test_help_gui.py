"""Help: F1 opens the guide at the page's chapter; the guide's PDF; the about dialog."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.guide import chapter_for, chapters
from desktop.gui.context import AppContext
from desktop.gui.help import AboutDialog
from desktop.gui.main_window import MainWindow
from desktop.services.documents.guide import build_guide
from tests.conftest import Opened

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, opened: Opened) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from desktop.db.config import Config

    context = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    win = MainWindow(context)
    qtbot.addWidget(win)
    yield win
    context.tasks.wait()


def test_every_page_has_a_chapter_and_every_chapter_is_vietnamese(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keys = {window._specs[row].key for row in range(window.nav.count())}
    first = chapters()[0]
    assert all(chapter_for(key).slug != first.slug for key in keys), keys  # each page has its own chapter
    assert chapter_for("clients.erasure").slug == "04-nguoi-duoc-ho-tro"
    assert all(c.title and "<!--" not in c.markdown for c in chapters())


def test_f1_opens_the_guide_at_the_chapter_of_the_page_in_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.show_page("establishments")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guide is not None and window.guide.isVisible()
    assert window.guide.current().slug == "05-co-so-kinh-doanh"
    assert "Cơ sở kinh doanh" in window.guide.text.toPlainText()
    window.show_page("outreach")
    window.open_guide()
    assert window.guide.current().slug == "03-truyen-thong"


def test_the_guide_pdf_has_every_chapter(tmp_path: Path) -> None:
    pdf = build_guide(tmp_path / "guide.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for chapter in chapters():
        assert chapter.title in text
    assert "Hòa Nhập – Hướng dẫn sử dụng" in text and "**" not in text


def test_the_about_dialog_names_version_licence_components_and_data_folder(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(window.context.data_dir, window)
    qtbot.addWidget(dialog)
    assert "Phiên bản 0.1.0" in dialog.heading.text()
    assert "GPL-3.0-or-later" in dialog.body.text() and str(window.context.data_dir.root) in dialog.body.text()
    table = dialog.components.toPlainText()
    assert "reportlab" in table and "SIL Open Font License 1.1" in table and "Tabler Icons" in table
    assert all(version for name, version, _licence in dialog.component_rows() if name == "SQLAlchemy")
