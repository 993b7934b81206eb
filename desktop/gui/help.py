"""Help: the user guide opened at the chapter of the page in view (F1), its PDF, and the "about" dialog."""

from __future__ import annotations

import sys
from importlib import metadata

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QTextBrowser,
    QVBoxLayout, QWidget,
)

from desktop.db.datadir import DataDir
from desktop.domain.guide import Chapter, chapter_for, chapters
from desktop.gui.icons import app_icon, icon
from desktop.gui.retranslate import Retranslates

# What the app is built from, with the licence each is used under (checked against each project's own files).
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Qt / PySide6-Essentials", "PySide6-Essentials", "LGPL-3.0-only"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("SQLCipher (sqlcipher3)", "sqlcipher3", "zlib; SQLCipher: BSD-3-Clause"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("vietnam-provinces", "vietnam-provinces", "GPL-3.0-or-later"),
    ("pyrage (age)", "pyrage", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 / BSD-3-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("reportlab", "reportlab", "BSD-3-Clause"),
    ("msoffcrypto-tool", "msoffcrypto-tool", "MIT"),
    ("PDFium (pypdfium2)", "pypdfium2", "BSD-3-Clause, Apache-2.0"),
    ("Noto Sans, Liberation Serif", "", "SIL Open Font License 1.1"),
    ("Tabler Icons", "", "MIT"),
)


def _version(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class GuideWindow(Retranslates, QDialog):
    """The guide's chapters beside their text; not modal, so the officer can keep working with it open."""

    def __init__(self, page_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.chapters: list[Chapter] = chapters()
        self.toc = QListWidget()
        self.toc.setMaximumWidth(260)
        for chapter in self.chapters:
            self.toc.addItem(QListWidgetItem(chapter.title))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.pdf_button = QPushButton()
        self.pdf_button.setIcon(icon("printer"))
        body = QHBoxLayout()
        body.addWidget(self.toc)
        body.addWidget(self.text, 1)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.toc.currentRowChanged.connect(self._show)
        self.pdf_button.clicked.connect(self.open_pdf)
        self.resize(900, 620)
        self.retranslate()
        self.show_chapter(page_key)

    def show_chapter(self, page_key: str) -> None:
        wanted = chapter_for(page_key) if page_key else self.chapters[0]
        self.toc.setCurrentRow(next(i for i, c in enumerate(self.chapters) if c.slug == wanted.slug))

    def current(self) -> Chapter:
        return self.chapters[max(0, self.toc.currentRow())]

    def _show(self, row: int) -> None:
        if row < 0:
            return
        chapter = self.chapters[row]
        # Images in the Markdown are relative to the guide's folder.
        self.text.document().setBaseUrl(QUrl.fromLocalFile(str(chapter.folder) + "/"))
        self.text.setMarkdown(chapter.markdown)

    def open_pdf(self) -> None:
        from desktop.gui.printing import open_file
        from desktop.services.documents.guide import guide_pdf

        open_file(guide_pdf())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng – Hòa Nhập"))
        self.pdf_button.setText(self.tr("Mở bản PDF để đọc hoặc in"))


class AboutDialog(Retranslates, QDialog):
    def __init__(self, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.documents.guide import app_version

        self.setWindowIcon(app_icon())
        self._data_dir = data_dir
        self.version = app_version()
        self.logo = QLabel()
        self.logo.setPixmap(app_icon().pixmap(64, 64))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.components = QTextBrowser()
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.logo)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addWidget(self.components, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.retranslate()

    def component_rows(self) -> list[tuple[str, str, str]]:
        return [(name, _version(dist), licence) for name, dist, licence in COMPONENTS]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Giới thiệu Hòa Nhập"))
        self.heading.setText(self.tr("<b style='font-size:15pt'>Hòa Nhập</b><br>Phiên bản {version}").format(
            version=self.version))
        self.body.setText(self.tr(
            "Sổ đăng ký điện tử cho công tác xã hội ở xã, phường, đặc khu; dữ liệu được mã hóa trên máy.\n"
            "Giấy phép: GNU GPL phiên bản 3 trở lên (GPL-3.0-or-later).\n"
            "Thư mục dữ liệu: {folder}\nPython {python}").format(
                folder=str(self._data_dir.root), python=sys.version.split()[0]))
        rows = "".join(f"<tr><td>{name}</td><td>{version}</td><td>{licence}</td></tr>"
                       for name, version, licence in self.component_rows())
        self.components.setHtml(
            "<p><b>" + self.tr("Thành phần mã nguồn mở") + "</b></p><table cellpadding='3'><tr><th align='left'>"
            + self.tr("Thành phần") + "</th><th align='left'>" + self.tr("Phiên bản") + "</th><th align='left'>"
            + self.tr("Giấy phép") + "</th></tr>" + rows + "</table>")
        self.close_button.setText(self.tr("Đóng"))
