"""The brief panel's output: the PDF for the current options, export (here or in the
helper, cancellable), the document to print, and the history of exported briefs.

A mixin of ``BriefPanel``, which supplies context, request(), place_names, document, the
rendered/shown requests and ``_show``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

from models.errors import BriefingError
from models.files import write_atomically

from reports.request import BriefRequest
from reports.service import RENDER

from desktop.context import AppContext
from desktop.workers import BackgroundJobs


def render_here(context: AppContext, request: BriefRequest) -> bytes:
    """Render on the GUI thread, for export and print (the preview uses the helper)."""
    from reports.render import render_request

    with context.database.session() as session:
        return render_request(session, request)


class BriefOutput(QWidget):
    def suggested_file_name(self) -> str:
        """ "2026-11-22 Brief Mali.pdf": date, the word for brief, the places picked."""
        places = ", ".join(self.place_names) if self.place_names else self.tr("all countries")
        safe = "".join("-" if char in '/\\:*?"<>|' else char for char in places)
        word = self.tr("Brief")  # outside the f-string, where lupdate finds it
        return f"{dt.date.today().isoformat()} {word} {safe}.pdf"

    def current_pdf(self) -> bytes:
        """The PDF for the current options, rendered now if the preview is behind."""
        request = self.request()
        if request != self.rendered_request or not self.pdf_bytes:
            self.pdf_bytes = render_here(self.context, request)
            self.rendered_request = request
        return self.pdf_bytes

    def current_document(self) -> QPdfDocument:
        """The preview document, showing the PDF for the current options (for printing)."""
        data = self.current_pdf()
        if self.shown_request != self.rendered_request or self.document.pageCount() == 0:
            assert self.rendered_request is not None
            self._show(self.rendered_request, data)
        return self.document

    def export_to(self, path: Path) -> None:
        write_atomically(path, self.current_pdf())
        self._remember(path)

    def export_in_background(
        self, path: Path, on_done: Callable[[Path], None], on_failure: Callable[[str], None]
    ) -> None:
        """Render in the helper and write when it answers; ``cancel_export`` abandons it."""
        request = self.request()
        exporter = BackgroundJobs(self.context.database.url, self)
        self.exporter = exporter

        def finished(data: bytes) -> None:
            try:
                write_atomically(path, data)
            except (BriefingError, OSError) as error:
                on_failure(str(error))
                return
            finally:
                exporter.shutdown()
            self.pdf_bytes, self.rendered_request = data, request
            self._remember(path)
            on_done(path)

        def failed(error: BaseException) -> None:
            exporter.shutdown()
            on_failure(str(error))

        exporter.run(RENDER, request.to_dict(), finished, failed)

    def cancel_export(self) -> None:
        """Stop the export's helper; nothing is written."""
        exporter = getattr(self, "exporter", None)
        if exporter is not None:
            exporter.shutdown(discard=True)

    def _remember(self, path: Path) -> None:
        entry = json.dumps(
            {
                "file": str(path),
                "exported": dt.datetime.now().isoformat(timespec="seconds"),
                "request": self.rendered_request.to_dict() if self.rendered_request else {},
            },
            ensure_ascii=False,
        )
        earlier = list(self.context.settings.get("briefs/history"))
        self.context.settings.set("briefs/history", [entry, *earlier][:50])
