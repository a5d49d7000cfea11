"""Printing a PDF through Qt: each page rendered at the printer's resolution and drawn.

QtPdf has no vector print path, so pages go to the printer as images, at the printer's
resolution up to 600 dpi — what office printers print text at. Beyond it printing only gets
slower and hungrier: a five-page brief took 15 s and 1.3 GB at 1200 dpi, 3.5 s at 600.
The print dialog's page range is honoured.

Printing to a PDF file is not printing: the file gets the brief's own vector PDF (its
chosen pages), with selectable text, exactly as exported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600


def pages_to_print(printer: QPrinter, total: int) -> list[int]:
    """The pages (0-based) the dialog asked for, within the document; all when no range.

    Ranges may have gaps ("1,3"), so each page is checked, not just the first and last.
    """
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(total))
    return [page for page in range(total) if ranges.contains(page + 1)]


def write_pdf_pages(data: bytes, pages: list[int], path: Path) -> int:
    """The chosen pages of the brief's PDF, as a file (whole or not at all)."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    from models.files import write_atomically

    reader = PdfReader(BytesIO(data))
    if pages == list(range(len(reader.pages))):
        write_atomically(path, data)
        return len(pages)
    writer = PdfWriter()
    for page in pages:
        writer.add_page(reader.pages[page])
    writer.add_metadata(reader.metadata or {})
    buffer = BytesIO()
    writer.write(buffer)
    write_atomically(path, buffer.getvalue())
    return len(pages)


def print_document(
    document: QPdfDocument, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Print the chosen pages; ``progress(done, total)`` returning False cancels.

    Returns the number of pages printed.
    """
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0  # nothing asked for exists: no blank sheet
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for done, page in enumerate(pages):
            if progress is not None and not progress(done, len(pages)):
                break
            if done:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            area = painter.viewport()
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), fitted), image)
            printed += 1
    finally:
        painter.end()
    return printed
