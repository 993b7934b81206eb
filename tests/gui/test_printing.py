"""Printing: the core's PDF goes to a printer (here a QPrinter writing a PDF file) off the GUI thread, or is saved."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop.gui import printing
from desktop.gui.context import AppContext
from tests.conftest import Opened

pytestmark = pytest.mark.gui


@pytest.fixture
def context(opened: Opened) -> Iterator[AppContext]:
    from desktop.db.config import Config

    ctx = AppContext(opened.services, opened.admin, opened.data_dir, Config())
    yield ctx
    ctx.tasks.wait()
    ctx.printing.wait()


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_a_sheet_goes_to_the_printer_on_its_own_thread_and_leaves_no_file(qtbot, context: AppContext,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path, monkeypatch) -> None:
    written: list[Path] = []

    def write(path: Path) -> object:
        written.append(path)
        outcome = context.services.printing.print_attendance(context.actor, path)
        shutil.copy(path, tmp_path / "source.pdf")  # to count its pages after the temporary one is gone
        return outcome

    printer = printing.new_printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4 and printer.fullPage()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" of this test is a PDF file
    paper = tmp_path / "paper.pdf"
    printer.setOutputFileName(str(paper))
    finished: list[int] = []
    threads: list[bool] = []

    def write_off_the_gui_thread(path: Path) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        return write(path)

    printing.print_document(context, None, printer, write_off_the_gui_thread, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=20000)
    assert threads == [False]  # the core wrote the PDF on the worker, not the GUI thread
    source_pages = _pages(tmp_path / "source.pdf")
    assert finished == [source_pages] and _pages(paper) == source_pages
    assert not written[0].exists() and not written[0].parent.exists()  # the temporary copy is gone
    # What reached the paper looks like the sheet itself: about as much ink, not a blank page.
    assert 0.7 < _ink(paper, tmp_path / "paper") / _ink(tmp_path / "source.pdf", tmp_path / "source") < 1.3


def _ink(pdf: Path, folder: Path) -> int:
    from PySide6.QtGui import QImage

    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(folder / "page")], check=True)
    image = QImage(str(next(folder.glob("*.png"))))
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).lightness() < 230)


def test_saving_writes_the_pdf_and_opens_it_when_asked(qtbot, context: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    opened_urls: list[str] = []
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", lambda url: opened_urls.append(url.toLocalFile()))
    target = tmp_path / "danh-sach.pdf"
    saved: list[Path] = []
    printing.save_document(context, None, target, lambda path: context.services.printing.print_attendance(
        context.actor, path), open_after=True, on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=20000)
    assert target.exists() and opened_urls == [str(target)] and saved == [target]
    printing.save_document(context, None, tmp_path / "khong.pdf", lambda path: False, open_after=True,
                           on_saved=saved.append)  # a writer that failed and said so: nothing opens
    context.tasks.wait()
    QApplication.processEvents()
    assert opened_urls == [str(target)] and saved == [target]


@pytest.mark.qt_log_ignore("QPainter::begin")  # the failure this test provokes on purpose
def test_a_printer_that_cannot_start_is_reported(qtbot, context: AppContext, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(printing, "show_error", lambda parent, error: shown.append(getattr(error, "code", "")))
    printer = printing.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x" / "paper.pdf"))
    printing.print_document(context, None, printer, lambda path: context.services.printing.print_attendance(
        context.actor, path))
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == ["print.printer_unavailable"]


def test_the_choice_dialog_offers_printing_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    choice = printing.PrintChoice("In danh sách tham dự")
    qtbot.addWidget(choice)
    assert choice.to_printer.isChecked() and not choice.open_after.isEnabled()
    choice.to_file.setChecked(True)
    assert choice.open_after.isEnabled() and choice.open_after.isChecked()
    assert choice.go.text() == "Tiếp tục…"
