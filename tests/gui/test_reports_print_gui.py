"""The Reports page's "In báo cáo…": the same print-or-save question as every other "In …" action."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.gui import printing
from desktop.gui.context import AppContext
from desktop.gui.pages.reports import ReportsPage
from tests.conftest import Opened
from tests.gui.test_reports_gui import _computed, _context, sessions  # noqa: F401  (a fixture)

pytestmark = pytest.mark.gui


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    for ctx in _context(opened):
        yield ctx
        ctx.printing.wait()


def _answer(monkeypatch: pytest.MonkeyPatch, *, to_file: bool) -> list[str]:
    """The print-or-save question answered as an officer would; its titles are kept to check the wording."""
    asked: list[str] = []

    def exec_(choice: printing.PrintChoice) -> int:
        asked.append(choice.heading.text())
        (choice.to_file if to_file else choice.to_printer).setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(printing.PrintChoice, "exec", exec_)
    return asked


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_saving_the_report_pdf_asks_print_or_save_and_opens_it(qtbot, context: AppContext, sessions: Opened,  # type: ignore[no-untyped-def]  # noqa: F811
                                                              tmp_path: Path, monkeypatch) -> None:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    _computed(qtbot, page)
    asked = _answer(monkeypatch, to_file=True)
    target = tmp_path / "bao-cao-thang-11.pdf"
    suggested: list[str] = []

    def save_name(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    opened_urls: list[str] = []
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", lambda url: opened_urls.append(url.toLocalFile()))
    assert page.pdf_button.text() == "In báo cáo…" and page.pdf_button.isEnabled()
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened_urls), timeout=20000)  # the core writes the PDF on the worker
    assert asked == ["In báo cáo"] and suggested == ["bao-cao-2026-11.pdf"]
    assert "BÁO CÁO" in _text(target) and opened_urls == [str(target)]
    assert str(target) in page.message.text()


def test_printing_the_report_sends_every_page_to_the_printer(qtbot, context: AppContext, sessions: Opened,  # type: ignore[no-untyped-def]  # noqa: F811
                                                             tmp_path: Path, monkeypatch) -> None:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    _computed(qtbot, page)
    _answer(monkeypatch, to_file=False)
    paper = tmp_path / "paper.pdf"
    made = printing.new_printer

    def pdf_printer() -> QPrinter:  # the "printer" of this test writes a PDF file
        printer = made()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(paper))
        return printer

    monkeypatch.setattr(printing, "new_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted.value)
    page.print_report()
    qtbot.waitUntil(lambda: page.saved_pdf is not None, timeout=20000)  # written on the worker, then printed
    context.printing.wait()
    qtbot.waitUntil(lambda: paper.exists() and paper.stat().st_size > 1000, timeout=20000)
    pages = subprocess.run(["pdfinfo", str(paper)], capture_output=True, text=True, check=True).stdout
    assert "Pages:" in pages and int(pages.split("Pages:")[1].split()[0]) >= 1
    assert page.message.text() == "Đã gửi báo cáo tới máy in."
    temporary = page.saved_pdf
    assert temporary is not None
    qtbot.waitUntil(lambda: not temporary.exists(), timeout=5000)  # the temporary copy goes once printed
