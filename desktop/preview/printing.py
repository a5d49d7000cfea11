"""Printing a PDF through Qt: each page rendered at the printer's resolution and drawn.

QtPdf has no vector print path, so pages go to the printer as images at its resolution.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_document(
    document: QPdfDocument, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Print every page; ``progress(done, total)`` returning False cancels. Returns pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    printed = 0
    try:
        total = document.pageCount()
        dpi = printer.resolution()
        for page in range(total):
            if progress is not None and not progress(page, total):
                break
            if page:
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
