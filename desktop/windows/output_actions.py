"""Making output from the main window: PDF export (in the helper, cancellable), tables, print."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog

from models.errors import BriefingError

from desktop.preview.printing import pages_to_print, print_document

if TYPE_CHECKING:
    pass


class OutputActions(QMainWindow):
    """Export and print for ``MainWindow``; it supplies brief, database, context, show_error."""

    def export_pdf(self) -> None:
        suggested = str(Path.home() / self.brief.suggested_file_name())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_with_progress(Path(path))

    def export_with_progress(self, path: Path) -> None:
        """Export in the helper process with a progress dialog whose Cancel stops it."""
        progress = QProgressDialog(self.tr("Making the brief…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.export_progress = progress

        def done(written: Path) -> None:
            progress.close()
            self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(written)), 8000)

        def failed(message: str) -> None:
            progress.close()
            self.show_error(self.tr("The PDF could not be written: %1").replace("%1", message))

        def cancelled() -> None:
            self.brief.cancel_export()
            self.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 8000)

        progress.canceled.connect(cancelled)
        try:
            self.brief.export_in_background(path, done, failed)
        except ValueError as error:  # the options are invalid; the panel shows why
            progress.close()
            self.show_error(str(error))

    def export_table(self) -> None:
        suggested = str(Path.home() / self.brief.suggested_file_name()).removesuffix(".pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export table"),
            suggested + ".xlsx",
            self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"),
        )
        if path:
            self.export_table_to(Path(path))

    def export_table_to(self, path: Path) -> bool:
        """The engagements of the current selection, with funding and results, as XLSX/CSV."""
        from reports.exports.rows import export_sheets
        from reports.exports.writers import write_csv, write_xlsx

        try:
            request = self.brief.request()
            with self.database.session() as session:
                sheets = export_sheets(session, request)
            if path.suffix.lower() == ".csv":
                write_csv(path, sheets, request.language)
            else:
                write_xlsx(path.with_suffix(".xlsx"), sheets, request.language)
        except (BriefingError, OSError, ValueError) as error:
            self.show_error(self.tr("The table could not be written: %1").replace("%1", str(error)))
            return False
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 8000)
        return True

    def export_to(self, path: Path) -> bool:
        progress = QProgressDialog(self.tr("Making the brief…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        try:
            self.brief.export_to(path)
        except (BriefingError, OSError, ValueError) as error:
            self.show_error(self.tr("The PDF could not be written: %1").replace("%1", str(error)))
            return False
        finally:
            progress.close()
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 8000)
        return True

    def print_brief(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        document = self.brief.current_document()  # the brief as it is now, not as previewed
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, document.pageCount()))  # the page range offered
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        document = self.brief.current_document()
        total = document.pageCount()
        progress = QProgressDialog(
            self.tr("Printing…"), self.tr("Cancel"), 0, len(pages_to_print(printer, total)), self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, _total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            printed = print_document(document, printer, step)
        except OSError as error:
            self.show_error(str(error))
            return 0
        finally:
            progress.close()
        return printed
