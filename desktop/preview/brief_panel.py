"""The brief panel: options for the current selection and a live preview of the real PDF.

Any change renders the brief again in a helper process (at once when idle, coalesced while
a render runs); the preview swaps documents only when the result arrives, so the window
never freezes. Export and print are the window's (``windows.brief_exports``); they ask
the panel for the PDF of the current options.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import BriefingError
from models.selection import Selection

from reports.render_job import MESSAGES
from reports.request import BriefRequest, Purpose, Section

from desktop.context import AppContext
from desktop.helper_service import RENDER
from desktop.messages import in_language
from desktop.workers import BackgroundJobs

SECTION_LABELS = {
    Section.SUMMARY: QT_TRANSLATE_NOOP("BriefPanel", "Summary"),
    Section.TIMELINE: QT_TRANSLATE_NOOP("BriefPanel", "Background and timeline"),
    Section.ENGAGEMENTS: QT_TRANSLATE_NOOP("BriefPanel", "Engagements"),
    Section.RESULTS: QT_TRANSLATE_NOOP("BriefPanel", "Results"),
    Section.KEY_FACTS: QT_TRANSLATE_NOOP("BriefPanel", "Key facts"),
    Section.CHARTS: QT_TRANSLATE_NOOP("BriefPanel", "Charts"),
    Section.SOURCES: QT_TRANSLATE_NOOP("BriefPanel", "Sources"),
}


OPTIONS_OPEN_FROM_HEIGHT = 900  # the panel's height from which its options show unasked
COALESCE_MS = 80  # while a render runs, later changes wait this long to join into one


EMPTY = "EmptySelectionError: "  # how the helper reports a selection that finds nothing


def render_here(context: AppContext, request: BriefRequest) -> bytes:
    """Render on the GUI thread, for export and print (the preview uses the helper)."""
    from reports.render import render_request

    with context.database.session() as session:
        return render_request(session, request)


class BriefPanel(QWidget):
    rendered = Signal(int)  # pages in the newest preview
    failed = Signal(str)

    def __init__(
        self, context: AppContext, jobs: BackgroundJobs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.countries: tuple[str, ...] = ()
        self.themes: tuple[str, ...] = ()
        self.selection = Selection()
        self.place_names: tuple[str, ...] = ()
        self.pdf_bytes = b""
        self.rendered_request: BriefRequest | None = None
        self.shown_request: BriefRequest | None = None  # what the preview document holds
        self.jobs = jobs  # the window's helper, shared with its other parts
        self._current_selection: Callable[[], Selection] | None = None
        self._pending = False
        # No preview before the table has its rows: on a big knowledge base the helper reads
        # them first, and a preview queued ahead of them held the table back for 40 s.
        self._held = True
        self._wanted_while_held = False
        jobs.idle.connect(self._resume)
        context.changes.changed.connect(self._data_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COALESCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self._build()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        settings = self.context.settings
        options = QWidget(self)
        form = QFormLayout(options)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language = QComboBox(options)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setObjectName("briefLanguage")
        self.language.addItem(self.tr("Danish"), "da")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(self.language.findData(settings.brief_language()))
        self.classification = QComboBox(options)
        self.classification.setAccessibleName(self.tr("Classification"))
        self.classification.setObjectName("classification")
        self.classification.setEditable(True)
        # The first marking of the preferences' list is every new brief's (UKLASSIFICERET
        # unless changed there); an emptied field prints UKLASSIFICERET, never nothing.
        self.classification.addItems([str(c) for c in settings.get("brief/classifications")])
        self.classification.setCurrentIndex(0)
        self.purpose = QComboBox(options)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setObjectName("purpose")
        self.purpose.addItem(self.tr("For information"), Purpose.INFORMATION.value)
        self.purpose.addItem(self.tr("For decision"), Purpose.DECISION.value)
        self.addressee = QLineEdit(options)
        self.addressee.setAccessibleName(self.tr("To"))
        self.addressee.setObjectName("addressee")
        self.author = QLineEdit(settings.get("brief/author"), options)
        self.author.setAccessibleName(self.tr("Author"))
        self.author.setObjectName("author")
        self.unit = QLineEdit(settings.get("brief/unit"), options)
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setObjectName("unit")
        self.case_number = QLineEdit(options)
        self.case_number.setAccessibleName(self.tr("Case no."))
        self.case_number.setObjectName("caseNumber")
        self.sections = QListWidget(options)
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setObjectName("sections")
        self.sections.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.sections.setMaximumHeight(150)
        for section in Section:
            item = QListWidgetItem(self.tr(str(SECTION_LABELS[section])), self.sections)
            item.setData(Qt.ItemDataRole.UserRole, section.value)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Classification"), self.classification)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("To"), self.addressee)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Case no."), self.case_number)
        form.addRow(self.tr("Sections"), self.sections)
        self.updated_by = QCheckBox(self.tr("Name who last updated each source"), options)
        self.updated_by.setObjectName("showUpdatedBy")
        self.updated_by.toggled.connect(self.schedule)
        form.addRow("", self.updated_by)
        for label_widget in (
            self.addressee,
            self.author,
            self.unit,
            self.case_number,
        ):
            label_widget.textChanged.connect(self.schedule)
        for combo in (self.language, self.purpose, self.classification):
            combo.currentIndexChanged.connect(self.schedule)
        self.classification.editTextChanged.connect(self.schedule)
        self.sections.itemChanged.connect(self.schedule)
        self.sections.model().rowsMoved.connect(self.schedule)

        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.page_spin = QSpinBox(preview)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setMinimum(1)
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_count = QLabel(preview)
        self.zoom = QComboBox(preview)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.setObjectName("zoom")
        self.zoom.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zoom.setMinimumContentsLength(6)
        self.zoom.addItem(self.tr("Whole page"), -1)
        self.zoom.addItem(self.tr("Fit width"), 0)
        for percent in (50, 75, 100, 125, 150, 200):
            self.zoom.addItem(f"{percent} %", percent)
        self.status = QLabel(preview)
        self.status.setObjectName("previewStatus")
        self.export_button = QPushButton(self.tr("Export PDF…"), preview)
        self.export_button.setObjectName("exportButton")
        self.print_button = QPushButton(self.tr("Print…"), preview)
        self.print_button.setObjectName("printButton")
        self.options_toggle = QToolButton(preview)
        self.options_toggle.setObjectName("briefOptionsToggle")
        self.options_toggle.setText(self.tr("Options"))
        self.options_toggle.setCheckable(True)
        self.options_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.options_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.options_toggle.toggled.connect(self._fold_options)
        bar.addWidget(self.options_toggle)
        bar.addWidget(QLabel(self.tr("Page"), preview))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_count)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        outputs = QHBoxLayout()  # the status and the buttons under the page controls
        outputs.addWidget(self.status, 1)
        outputs.addWidget(self.export_button)
        outputs.addWidget(self.print_button)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(preview)
        self.view.setObjectName("briefPreview")
        self.view.setAccessibleName(self.tr("Brief preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.page_spin.valueChanged.connect(
            lambda page: self.view.pageNavigator().jump(
                page - 1, self.view.pageNavigator().currentLocation()
            )
        )
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        # The status has a line of its own: a long message never widens the panel.
        self.status.setWordWrap(True)
        preview_layout.addLayout(bar)
        preview_layout.addLayout(outputs)
        preview_layout.addWidget(self.view, 1)

        self.options = options
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(options)
        splitter.addWidget(preview)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # Folded in a short window (a whole page fits beside the table on a laptop), open in
        # a tall one, until the user folds or opens them.
        self._options_chosen = False
        self.options_toggle.clicked.connect(self._options_clicked)
        self._fold_options(False)

    def _options_clicked(self) -> None:
        self._options_chosen = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._options_chosen:
            self.options_toggle.setChecked(self.height() >= OPTIONS_OPEN_FROM_HEIGHT)

    def _fold_options(self, shown: bool) -> None:
        """The options fold away so that a whole page fits beside the table on a laptop."""
        self.options.setVisible(shown)
        self.options_toggle.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)

    def _zoom_changed(self) -> None:
        percent = self.zoom.currentData()
        if percent == -1:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif not percent:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(percent / 100)

    # -- requests ---------------------------------------------------------------------
    def follow(self, current: Callable[[], Selection]) -> None:
        """Read the selection from ``current`` (the table's) whenever a request is made."""
        self._current_selection = current

    def _selection_now(self) -> Selection:
        current = self._current_selection
        return current() if current is not None else self.selection

    def set_selection(self, selection: Selection, place_names: tuple[str, ...] = ()) -> None:
        """What the table shows (countries, themes, filters and search text): the brief
        covers the same engagements."""
        self.place_names = place_names
        if selection != self.selection:
            self.selection = selection
            self.countries, self.themes = selection.countries, selection.themes
            self.schedule()

    def request(self) -> BriefRequest:
        sections = tuple(
            Section(self.sections.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.sections.count())
            if self.sections.item(row).checkState() == Qt.CheckState.Checked
        )
        try:
            return self._request(sections)
        except BriefingError as error:  # a letterhead field too long or holding a control
            self.status.setText(in_language(error))
            raise ValueError(str(error)) from None

    def _request(self, sections: tuple[Section, ...]) -> BriefRequest:
        return BriefRequest.for_selection(
            self._selection_now(),
            sections=sections,
            language=self.language.currentData(),
            classification=self.classification.currentText().strip() or None,
            purpose=Purpose(self.purpose.currentData()),
            addressee=self.addressee.text().strip() or None,
            author=self.author.text().strip() or None,
            unit=self.unit.text().strip() or None,
            case_number=self.case_number.text().strip() or None,
            stale_after_months=int(self.context.settings.get("brief/stale_months")),
            show_updated_by=self.updated_by.isChecked(),
        )

    def load_request(self, request: BriefRequest) -> None:
        """Fill the options from a stored request (the selection is set by the window)."""
        self.language.setCurrentIndex(max(0, self.language.findData(request.language)))
        self.classification.setEditText(request.classification or "")
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(request.purpose.value)))
        self.addressee.setText(request.addressee or "")
        self.author.setText(request.author or "")
        self.unit.setText(request.unit or "")
        self.case_number.setText(request.case_number or "")
        self.updated_by.setChecked(request.show_updated_by)
        wanted = [section.value for section in request.sections]
        items = [self.sections.takeItem(0) for _ in range(self.sections.count())]
        items.sort(
            key=lambda item: (
                wanted.index(item.data(Qt.ItemDataRole.UserRole))
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else len(wanted)
            )
        )
        for item in items:
            self.sections.addItem(item)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.schedule()

    def saved_options(self) -> str:
        """The options as typed (not the selection), kept for the next start."""
        try:
            request = self.request()
        except ValueError:
            return ""
        return json.dumps(request.to_dict(), ensure_ascii=False)

    def restore_options(self, saved: str) -> None:
        """The options of the last session; anything unreadable is left at its default."""
        if not saved:
            return
        try:
            request = BriefRequest.from_dict(json.loads(saved))
        except (ValueError, TypeError, KeyError, BriefingError):
            return
        self.load_request(request)

    def schedule(self) -> None:
        """Refresh soon: at once when idle (signals of one click still coalesce), and once
        more after the running render when changes arrive while it works."""
        if self._held:
            self._wanted_while_held = True
            return
        self.timer.start(0 if not self.jobs.busy else COALESCE_MS)

    def release(self) -> None:
        """The table has its rows: previews may be made now (the one asked for, at once)."""
        if self._held:
            self._held = False
            if self._wanted_while_held:
                self._wanted_while_held = False
                self.schedule()

    def refresh_now(self) -> None:
        """Render the current request in the background; coalesces while one is running."""
        if self.jobs.busy:
            self._pending = True
            return
        try:
            request = self.request()
        except ValueError:
            return
        self.status.setText(self.tr("Updating preview…"))
        payload = {**request.to_dict(), MESSAGES: self.context.language}
        self.jobs.run(RENDER, payload, lambda data: self._show(request, data), self._render_failed)

    # -- output -----------------------------------------------------------------------
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

    def exported(self, request: BriefRequest, data: bytes) -> None:
        """An export made in the helper: the panel keeps its PDF for the next print."""
        self.pdf_bytes, self.rendered_request = data, request

    def _show(self, request: BriefRequest, data: bytes) -> None:
        self.pdf_bytes, self.rendered_request = data, request
        self.shown_request = request
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.page_spin.setMaximum(max(1, pages))
        self.page_count.setText(self.tr("of %1").replace("%1", str(pages)))
        self.status.setText("")
        self.rendered.emit(pages)

    def _render_failed(self, error: BaseException) -> None:
        message = str(error)
        if message.startswith(EMPTY):  # say what was searched, not an empty brief
            self.document.close()
            self.pdf_bytes, self.rendered_request, self.shown_request = b"", None, None
            self.page_count.setText(self.tr("of %1").replace("%1", "0"))
            self.status.setText(message.removeprefix(EMPTY))
            self.rendered.emit(0)
        else:
            self.status.setText(self.tr("The preview could not be made."))
            self.failed.emit(in_language(error))

    def _data_changed(self, _touched: object) -> None:
        """Data changed: the PDF kept for export and print is out of date."""
        self.pdf_bytes, self.rendered_request = b"", None

    def _resume(self) -> None:
        """The helper is idle: run the refresh asked for while it was busy (with a preview,
        the table's first rows or an export)."""
        if self._pending:
            self._pending = False
            self.refresh_now()

    def shutdown(self) -> None:
        self.timer.stop()
