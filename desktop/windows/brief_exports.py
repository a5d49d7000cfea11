"""Making output from the window: the brief as PDF (in the helper, cancellable), the
table as XLSX/CSV, printing, and the list of exported briefs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from models.errors import BriefingError
from models.files import write_atomically

from reports.request import BriefRequest

from desktop.context import AppContext
from desktop.helper_service import RENDER, UNTRANSLATED
from desktop.messages import in_language
from desktop.preview.brief_panel import BriefPanel
from desktop.preview.printing import pages_to_print, print_document, write_pdf_pages
from desktop.workers import BackgroundJobs


class BriefExports(QObject):
    """Owns the export and print dialogs; says what it wrote through ``told``/``failed``."""

    told = Signal(str)  # a message for the status line
    failed = Signal(str)
    exported = Signal(object)  # the Path of a file written

    def __init__(
        self, context: AppContext, brief: BriefPanel, jobs: BackgroundJobs, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context, self.brief, self.jobs, self.parent_widget = context, brief, jobs, parent
        self.export_progress: QProgressDialog | None = None
        self.themes: tuple[str, ...] = ()  # theme names of the selection, for file names

    # -- names ------------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        """ "2026-11-22 Brief Mali stabilisering.pdf": date, the word for brief, the places
        picked and the themes, in the interface's language."""
        places = (
            ", ".join(self.brief.place_names)
            if self.brief.place_names
            else self.tr("all countries")
        )
        words = " ".join([places, *self.themes])
        safe = "".join("-" if char in '/\\:*?"<>|' else char for char in words)
        word = self.tr("Brief")  # outside the f-string, where lupdate finds it
        return f"{dt.date.today().isoformat()} {word} {safe}.pdf"

    # -- PDF --------------------------------------------------------------------------
    def export_pdf(self) -> None:
        suggested = str(Path.home() / self.suggested_file_name())
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_with_progress(Path(path))

    def export_with_progress(self, path: Path) -> None:
        """Export in the helper with a progress dialog whose Cancel stops it."""
        try:
            request = self.brief.request()
        except ValueError as error:  # the options are invalid; the panel shows why
            self.failed.emit(str(error))
            return
        progress = QProgressDialog(
            self.tr("Making the brief…"), self.tr("Cancel"), 0, 0, self.parent_widget
        )
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_progress = progress

        def finished(data: bytes) -> None:
            progress.canceled.disconnect(cancelled)  # closing the dialog emits "canceled"
            progress.close()
            try:
                write_atomically(path, data)
            except (BriefingError, OSError) as error:
                self.failed.emit(
                    self.tr("The PDF could not be written: %1").replace("%1", in_language(error))
                )
                return
            self.brief.exported(request, data)
            self.remember(path, request)
            said = self.tr("Exported %1").replace("%1", str(path))
            self.told.emit(said)
            self.exported.emit(path)
            self.jobs.run(  # the count follows when the helper has it; a failure says nothing
                UNTRANSLATED,
                request.to_dict(),
                lambda count: (
                    self.told.emit(said + self.untranslated_said(count)) if count else None
                ),
                lambda _error: None,
            )

        def failed(error: BaseException) -> None:
            progress.canceled.disconnect(cancelled)
            progress.close()
            self.failed.emit(
                self.tr("The PDF could not be written: %1").replace("%1", in_language(error))
            )

        def cancelled() -> None:
            self.jobs.cancel(job)
            self.brief.schedule()  # a preview dropped with the export is made again
            self.told.emit(self.tr("Export cancelled; nothing was written."))

        progress.canceled.connect(cancelled)
        job = self.jobs.run(RENDER, request.to_dict(), finished, failed)
        progress.show()  # Cancel is offered from the start, however short the export

    def export_to(self, path: Path) -> bool:
        """Render here and write ``path`` (for scripted use and tests)."""
        try:
            data = self.brief.current_pdf()
            write_atomically(path, data)
        except (BriefingError, OSError, ValueError) as error:
            self.failed.emit(
                self.tr("The PDF could not be written: %1").replace("%1", in_language(error))
            )
            return False
        note = ""
        if self.brief.rendered_request is not None:
            self.remember(path, self.brief.rendered_request)
            note = self.untranslated_note(self.brief.rendered_request)
        self.told.emit(self.tr("Exported %1").replace("%1", str(path)) + note)
        self.exported.emit(path)
        return True

    def untranslated_note(self, request: BriefRequest) -> str:
        """After an export made here: how many texts printed as written (see
        ``untranslated_said``)."""
        from reports.render_job import untranslated_job

        try:
            with self.context.database.session() as session:
                count = untranslated_job(session, request.to_dict())
        except BriefingError:
            return ""
        return self.untranslated_said(count)

    def untranslated_said(self, count: int) -> str:
        """How many texts printed as written, for want of a translation (listed under
        View → Missing translations); "" when none."""
        if not count:
            return ""
        if count == 1:
            said = self.tr(
                "1 text printed untranslated, marked with its language "
                "(View → Missing translations)."
            )
        else:
            said = self.tr(
                "%1 texts printed untranslated, marked with their language "
                "(View → Missing translations)."
            ).replace("%1", str(count))
        return " — " + said

    def remember(self, path: Path, request: BriefRequest) -> None:
        entry = json.dumps(
            {
                "file": str(path),
                "exported": dt.datetime.now().isoformat(timespec="seconds"),
                "request": request.to_dict(),
            },
            ensure_ascii=False,
        )
        earlier = list(self.context.settings.get("briefs/history"))
        self.context.settings.set("briefs/history", [entry, *earlier][:50])

    # -- tables -----------------------------------------------------------------------
    def export_table(self) -> None:
        suggested = str(Path.home() / self.suggested_file_name()).removesuffix(".pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
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
            with self.context.database.session() as session:
                sheets = export_sheets(session, request)
            if path.suffix.lower() == ".csv":
                write_csv(path, sheets, request.language)
            else:
                write_xlsx(path.with_suffix(".xlsx"), sheets, request.language)
        except (BriefingError, OSError, ValueError) as error:
            message = self.tr("The table could not be written: %1").replace(
                "%1", in_language(error)
            )
            self.failed.emit(message)
            return False
        self.told.emit(self.tr("Exported %1").replace("%1", str(path)))
        self.exported.emit(path if path.suffix.lower() == ".csv" else path.with_suffix(".xlsx"))
        return True

    # -- printing ---------------------------------------------------------------------
    def print_brief(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        try:
            document = self.brief.current_document()  # the brief as it is now
        except ValueError as error:
            self.failed.emit(str(error))
            return
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setMinMax(1, max(1, document.pageCount()))  # the page range offered
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        document = self.brief.current_document()
        total = document.pageCount()
        target = printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
            pages = pages_to_print(printer, total)
            if not pages:
                return 0
            try:
                return write_pdf_pages(self.brief.current_pdf(), pages, Path(target))
            except (BriefingError, OSError) as error:
                self.failed.emit(in_language(error))
                return 0
        progress = QProgressDialog(
            self.tr("Printing…"),
            self.tr("Cancel"),
            0,
            len(pages_to_print(printer, total)),
            self.parent_widget,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, _total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            printed = print_document(document, printer, step)
        except OSError as error:
            self.failed.emit(str(error))
            return 0
        finally:
            progress.close()
            progress.deleteLater()
        return printed
