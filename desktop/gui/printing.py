"""Every "In …" action: print straight to a printer (A4, the default one chosen) or save the PDF, and open it.

The core still writes every byte of the PDF, on the worker thread (an `Operation`); printing renders its pages
(PDFium, through pypdfium2: Qt's own PDF module is not in PySide6-Essentials) onto the printer on a thread of its
own, so the window never waits. Only the questions (print or save, the print dialog, the file name) are asked on
the GUI thread.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QRadioButton, QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import DomainError
from desktop.gui.context import show_error
from desktop.gui.operations import Operation, Workers
from desktop.gui.retranslate import Retranslates
from desktop.gui.tasks import TaskRunner

# Enough for crisp text on paper; more only makes the spool file larger.
PRINT_DPI = 300

# The core writes the PDF to the path it is given, on the worker thread (never touch a widget inside);
# False (or no file) means it failed and said so.
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


class PrintWorkers(Workers, Protocol):
    """An operation's workers plus the print thread (a long job at the printer never holds up saving data)."""

    @property
    def printing(self) -> TaskRunner: ...


# What the caller hears once the work is done: "print" (the job went to the printer) or "save", and the path
# written (a temporary file when printing, removed once the printer has it).
Finished = Callable[[str, Path], None]


def print_or_save(context: PrintWorkers, parent: QWidget | None, *, title: str, suggested: str,
                  write: WritePdf, finished: Finished | None = None,
                  failure: Callable[[str], None] | None = None) -> None:
    """What every "In …" button does: ask print-or-save, then the system's print dialog or a save dialog.

    The dialogs stay on the GUI thread; the core writes the PDF on the worker (an Operation: progress if it
    lasts, a refusal in the user's words, or `failure` with that sentence). `finished` follows success."""
    choice = PrintChoice(title, parent)
    accepted = choice.exec() == QDialog.DialogCode.Accepted
    to_printer, open_after = choice.to_printer.isChecked(), choice.open_after.isChecked()
    choice.deleteLater()
    if not accepted:
        return
    if to_printer:
        printer = new_printer()
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(context, parent, printer, write, failure=failure,
                           on_written=(lambda path: finished("print", path)) if finished else None)
        return
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    if path:
        save_document(context, parent, Path(path), write, open_after=open_after, failure=failure,
                      on_saved=(lambda saved: finished("save", saved)) if finished else None)


def new_printer() -> QPrinter:
    """The system's default printer, A4, the whole sheet ours: the PDF carries its own margins."""
    default = QPrinterInfo.defaultPrinter()
    printer = QPrinter(default, QPrinter.PrinterMode.HighResolution) if not default.isNull() else \
        QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def _writing(context: PrintWorkers, parent: QWidget | None, path: Path, write: WritePdf,
             failure: Callable[[str], None] | None) -> Operation[object]:
    """The core's write on the worker, with progress if it lasts; a refusal in the user's words."""
    label = QCoreApplication.translate("Printing", "Đang ghi tệp PDF…")
    operation = Operation(context, parent, lambda: write(path)).with_progress(label)
    return operation.failure(failure) if failure is not None else operation


def _written(value: object, path: Path) -> bool:
    """A writer answering False (or leaving no file) failed and has said why."""
    return value is not False and path.exists()


def save_document(context: PrintWorkers, parent: QWidget | None, path: Path, write: WritePdf, *, open_after: bool,
                  on_saved: Callable[[Path], None] | None = None,
                  failure: Callable[[str], None] | None = None) -> None:
    """Write the PDF on the worker, then open it (if asked) and tell the caller."""
    def saved(value: object) -> None:
        if not _written(value, path):
            return
        if open_after:
            open_file(path)
        if on_saved is not None:
            on_saved(path)

    _writing(context, parent, path, write, failure).success(saved).run_in_background()


def open_file(path: Path) -> None:
    """The system's PDF viewer (or whatever the office uses for PDFs)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_document(context: PrintWorkers, parent: QWidget | None, printer: QPrinter, write: WritePdf, *,
                   on_written: Callable[[Path], None] | None = None, on_done: Callable[[int], None] | None = None,
                   failure: Callable[[str], None] | None = None) -> None:
    """The core writes the PDF to a private temporary folder on the worker; its pages go to the printer on the
    print thread, and the temporary file is removed whatever happens. `on_written` once the job is handed to the
    printer, `on_done` with the pages printed."""
    folder = Path(tempfile.mkdtemp(prefix="hoanhap-in-"))
    path = folder / "in.pdf"

    def done(pages: int) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        if on_done is not None:
            on_done(pages)

    def failed(error: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        show_error(parent, error)

    def written(value: object) -> None:
        if not _written(value, path):
            shutil.rmtree(folder, ignore_errors=True)
            return
        # The printer must live until the job ends: the closure keeps it.
        context.printing.run(lambda: render_to_printer(path, printer), done, failed)
        if on_written is not None:
            on_written(path)

    def not_written(text: str) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        (failure or (lambda said: _box(parent, said)))(text)

    _writing(context, parent, path, write, not_written).success(written).run_in_background()


def _box(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("QObject", "Không thực hiện được"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()


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
