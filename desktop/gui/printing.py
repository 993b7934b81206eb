"""Every "In …" action: print straight to a printer (A4, the default one chosen) or save the PDF, and open it.

The core still writes every byte of the PDF; printing renders its pages (PDFium, through pypdfium2: Qt's own
PDF module is not in PySide6-Essentials) onto the printer on a thread of its own, so the window never waits.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QRadioButton, QVBoxLayout, QWidget,
)

from desktop.domain.problems import DomainError
from desktop.gui.context import show_error
from desktop.gui.retranslate import Retranslates
from desktop.gui.tasks import TaskRunner

# Enough for crisp text on paper; more only makes the spool file larger.
PRINT_DPI = 300

# The core writes the PDF to the path it is given; False (or no file) means it failed and said so.
WritePdf = Callable[[Path], object]


class PrintChoice(Retranslates, QDialog):
    """Print now, or save the PDF (and open it afterwards if asked)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-weight: bold;")
        self.to_printer = QRadioButton()
        self.to_file = QRadioButton()
        self.to_printer.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_printer)
        group.addButton(self.to_file)
        self.open_after = QCheckBox()
        self.open_after.setChecked(True)
        self.buttons = QDialogButtonBox()
        self.go = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.to_printer, self.to_file, self.open_after, self.buttons):
            layout.addWidget(widget)
        self.to_file.toggled.connect(self.open_after.setEnabled)
        self.open_after.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.to_printer.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("In"))
        self.to_printer.setText(self.tr("In ra máy in"))
        self.to_file.setText(self.tr("Lưu thành tệp PDF"))
        self.open_after.setText(self.tr("Mở tệp sau khi lưu"))
        self.go.setText(self.tr("Tiếp tục…"))
        self.cancel.setText(self.tr("Hủy"))


def print_or_save(runner: TaskRunner, parent: QWidget | None, *, title: str, suggested: str,
                  write: WritePdf) -> str:
    """What every "In …" button does: ask print-or-save, then the system's print dialog or a save dialog.

    "print" when a job went to the printer, "save" when the PDF was saved, "" when nothing was done."""
    choice = PrintChoice(title, parent)
    accepted = choice.exec() == QDialog.DialogCode.Accepted
    to_printer, open_after = choice.to_printer.isChecked(), choice.open_after.isChecked()
    choice.deleteLater()
    if not accepted:
        return ""
    if to_printer:
        printer = new_printer()
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() == QDialog.DialogCode.Accepted and print_document(runner, parent, printer, write):
            return "print"
        return ""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    return "save" if path and save_document(Path(path), write, open_after=open_after) else ""


def new_printer() -> QPrinter:
    """The system's default printer, A4, the whole sheet ours: the PDF carries its own margins."""
    default = QPrinterInfo.defaultPrinter()
    printer = QPrinter(default, QPrinter.PrinterMode.HighResolution) if not default.isNull() else \
        QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def save_document(path: Path, write: WritePdf, *, open_after: bool) -> bool:
    if write(path) is False or not path.exists():
        return False
    if open_after:
        open_file(path)
    return True


def open_file(path: Path) -> None:
    """The system's PDF viewer (or whatever the office uses for PDFs)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_document(runner: TaskRunner, parent: QWidget | None, printer: QPrinter, write: WritePdf, *,
                   on_done: Callable[[int], None] | None = None) -> bool:
    """The core writes the PDF to a private temporary folder; its pages go to the printer off the GUI thread,
    and the temporary file is removed whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix="hoanhap-in-"))
    path = folder / "in.pdf"
    if write(path) is False or not path.exists():
        shutil.rmtree(folder, ignore_errors=True)
        return False

    def done(pages: int) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        if on_done is not None:
            on_done(pages)

    def failed(error: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        show_error(parent, error)

    # The printer must live until the job ends: the closure keeps it.
    runner.run(lambda: render_to_printer(path, printer), done, failed)
    return True


def render_to_printer(pdf: Path, printer: QPrinter, *, dpi: int = PRINT_DPI) -> int:
    """Draw every page of `pdf` on `printer`, each scaled to the sheet; the number of pages printed.

    Safe off the GUI thread: QPainter may paint on a QPrinter or QImage from any thread."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise DomainError("print.printer_unavailable", printer=printer.printerName() or printer.outputFileName())
    try:
        sheet = printer.pageLayout().fullRectPixels(printer.resolution())
        for number in range(len(document)):
            if number:
                printer.newPage()
            page = document[number]
            bitmap = page.render(scale=min(dpi, printer.resolution()) / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBX8888)
            painter.drawImage(_fitted(QRectF(sheet), image.width(), image.height()), image)
            page.close()
        return len(document)
    finally:
        painter.end()
        document.close()


def _fitted(sheet: QRectF, width: int, height: int) -> QRectF:
    """The page's image as large as the sheet allows, proportions kept, centred."""
    scale = min(sheet.width() / width, sheet.height() / height)
    w, h = width * scale, height * scale
    return QRectF(sheet.x() + (sheet.width() - w) / 2, sheet.y() + (sheet.height() - h) / 2, w, h)
