"""The main window: selection on the left, engagements in the middle, details and brief right."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import DatabaseOpenError
from models.queries.engagement_list import (
    EngagementListRow,
    count_engagements,
    data_stamp,
    engagement_list_row,
    stamped_engagements,
)

from reports.request import BriefRequest
from reports.service import ROWS

from desktop.context import AppContext
from desktop.editors.engagement_editor import EngagementEditor
from desktop.formatting import amount_text, kind_text
from desktop.itemmodels.engagement_table import EngagementTableModel, totals_of
from desktop.messages import in_language
from desktop.preview.brief_panel import BriefPanel
from desktop.windows.database_actions import DatabaseActions
from desktop.windows.engagement_actions import EngagementActions
from desktop.windows.menu_actions import MenuActions
from desktop.windows.output_actions import OutputActions
from desktop.windows.selection_panel import SelectionPanel
from desktop.workers import BackgroundJobs

# Up to this many engagements the table fills before the window shows; above, the preview's
# helper process reads them once the window is up, so a big knowledge base never delays it.
BACKGROUND_LOAD_ABOVE = 3000
# The helper starts after the first frame is drawn, or this long after showing at the latest.
FIRST_PAINT_WAIT_MS = 250


SEARCH_PAUSE_MS = 300  # the preview waits for a pause in typing, not every keystroke


class MainWindow(MenuActions, EngagementActions, OutputActions, DatabaseActions):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.database = context.database
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Briefing Builder"))
        self.resize(1280, 800)
        self.rows_ready = False
        self._first_rows_wanted = False
        self._first_rows_sent = False
        self._painted = False
        self.loaded_stamp: tuple[int, int] = (0, 0)
        self.loader = BackgroundJobs(context.database.url, self)
        self._build_panels()
        self._build_actions()
        self._set_tab_order()
        self._restore_state()
        self.load_rows()

    # -- building ---------------------------------------------------------------------
    def _build_panels(self) -> None:
        self.selection = SelectionPanel(self.context, self)
        self.selection.setMinimumWidth(260)
        middle = QWidget(self)
        layout = QVBoxLayout(middle)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search_box = QLineEdit(middle)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search engagements, partners, countries…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search engagements"))
        self.table_model = EngagementTableModel(self.context.language, self)
        self.table = QTableView(middle)
        self.table.setObjectName("engagementTable")
        self.table.setAccessibleName(self.tr("Engagements"))
        self.table.setModel(self.table_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((300, 110, 150, 160, 150, 90, 110, 80, 80)):
            self.table.setColumnWidth(column, width)
        self.summary_label = QLabel(middle)
        self.summary_label.setObjectName("tableSummary")
        layout.addWidget(self.search_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)

        self.editor = EngagementEditor(self.context, self)
        self.brief = BriefPanel(self.context, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.editor, self.tr("Details"))
        self.side_tabs.addTab(self.brief, self.tr("Brief"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.selection)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([270, 600, 410])
        self.setCentralWidget(self.splitter)

        self.brief_follow_timer = QTimer(self)
        self.brief_follow_timer.setSingleShot(True)
        self.brief_follow_timer.setInterval(SEARCH_PAUSE_MS)
        self.brief_follow_timer.timeout.connect(self._brief_follows_table)
        self.brief.follow(self.table_model.selection)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(0)
        self.search_box.textChanged.connect(self._search_changed)
        self.selection.changed.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.changed.connect(self.refresh_engagement)
        self.editor.failed.connect(self.show_error)
        self.brief.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))

    def _set_tab_order(self) -> None:
        """Left to right, top to bottom: selection, search, table, then details and brief."""
        panel = self.selection
        chain = [
            panel.country_search,
            panel.country_view,
            panel.theme_view,
            panel.instrument,
            panel.status,
            panel.period_from,
            panel.period_to,
            self.search_box,
            self.table,
            self.side_tabs,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- data -------------------------------------------------------------------------
    def load_rows(self) -> None:
        """Fill the table; a big knowledge base loads in the background after showing."""
        with self.database.session() as session:
            count = count_engagements(session)
        if count <= BACKGROUND_LOAD_ABOVE:
            with self.database.session() as session:
                self._rows_loaded(stamped_engagements(session))
            return
        self.summary_label.setText(self.tr("Loading %1 engagements…").replace("%1", str(count)))
        if self._first_rows_sent:  # reloads, and a retry after a failed first load
            self.loader.run(ROWS, None, self._rows_arrived, self._load_failed)
        else:
            self._first_rows_wanted = True  # asked for once the window shows (_start_helper)

    def _rows_loaded(self, loaded: tuple[tuple[int, int], list[EngagementListRow]]) -> None:
        self._show_rows(loaded)
        self._rows_settled()

    def _rows_arrived(self, loaded: tuple[tuple[int, int], list[EngagementListRow]]) -> None:
        """A big table's rows from a helper: the table now, the summary and the brief's
        selection on the next turn of the event loop, so neither half stalls the window
        for long (together they took 70-100 ms on 10,000 rows)."""
        self._show_rows(loaded)
        QTimer.singleShot(0, self, self._rows_settled)  # dropped if the window is gone

    def _show_rows(self, loaded: tuple[tuple[int, int], list[EngagementListRow]]) -> None:
        self.loaded_stamp, rows = loaded
        self.table_model.set_rows(rows, self.selection.engagement_filter())

    def _rows_settled(self) -> None:
        self._selection_changed(refilter=False)
        self.rows_ready = True

    def _load_failed(self, error: BaseException) -> None:
        self.show_error(self.tr("The engagements could not be read: %1").replace("%1", str(error)))

    def check_for_changes_by_others(self) -> bool:
        """Reload the table if someone else saved since it was read; keeps the selection."""
        if not self.rows_ready:  # the rows being read will come with their own stamp
            return False
        try:
            with self.database.session() as session:
                stamp = data_stamp(session)
        except DatabaseOpenError as error:  # the server went away: say so, keep what is shown
            self.show_error(in_language(str(error)))
            return False
        if stamp == self.loaded_stamp:
            self.loaded_stamp = stamp
            return False
        current = self.current_key()
        self.load_rows()
        if current:
            index = self.table_model.index_of(current)
            if index.isValid():
                self.table.setCurrentIndex(index)
            self.editor.show_engagement(current if index.isValid() else None)
        self.statusBar().showMessage(self.tr("Updated with changes saved by others."), 6000)
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_for_changes_by_others()

    def refresh_engagement(self, key: str) -> None:
        """After an edit, undo or redo: refresh that one row and keep it selected."""
        with self.database.session() as session:
            row = engagement_list_row(session, key)
            self.loaded_stamp = data_stamp(session)  # our own change is no news
        self.table_model.replace_row(key, row)
        self._update_summary()
        index = self.table_model.index_of(key)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        else:
            self.editor.show_engagement(None)
        self.brief.schedule()

    def _selection_changed(self, *, refilter: bool = True) -> None:
        if refilter:
            self.table_model.set_filter(self.selection.engagement_filter())
        self._brief_follows_table()

    def _search_changed(self, text: str) -> None:
        self.table_model.set_search(text)
        self._update_summary()
        # The preview follows once typing pauses; exports and prints read the table's
        # selection as it is at that moment (BriefPanel.follow), so nothing lags.
        self.brief_follow_timer.start()

    def _brief_follows_table(self) -> None:
        """The brief and the exports cover what the table shows: one selection."""
        countries = self.selection.checked_countries()
        names = tuple(self.selection.country_names.get(code, code) for code in countries)
        self.brief.set_selection(self.table_model.selection(), names)
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.table_model.shown_rows()
        money = [
            f"{amount_text(amount, self.context.language)} {kind_text(kind)}"
            for kind, amount in totals_of(rows).home()
        ]
        self.summary_label.setText(
            " · ".join([self.tr("%1 engagements").replace("%1", str(len(rows))), *money])
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.table_model.row_for(current)
        self.editor.show_engagement(row.key if row else None)

    def current_key(self) -> str | None:
        row = self.table_model.row_for(self.table.currentIndex())
        return row.key if row else None

    # -- actions ----------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -- dialogs --------------------------------------------------------------------
    def show_reference_lists(self) -> None:
        from desktop.dialogs.reference_lists import ReferenceListsDialog

        dialog = ReferenceListsDialog(self.context, self._reference_lists_changed, self)
        dialog.open()
        self.lists_dialog = dialog

    def _reference_lists_changed(self, _key: str) -> None:
        self.load_rows()
        self.editor.reload_choices()

    def show_preferences(self) -> None:
        from desktop.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.context.settings, self)
        dialog.open()
        self.preferences_dialog = dialog

    def show_history(self) -> None:
        from desktop.dialogs.history import HistoryDialog

        dialog = HistoryDialog(self.context.settings, self)
        dialog.rerender.connect(self.load_brief_request)
        dialog.open()
        self.history_dialog = dialog

    def load_brief_request(self, request: BriefRequest) -> None:
        self.selection.restore(set(request.countries), set(request.themes))
        self.selection.restore_filters(request.selection())
        self.search_box.setText(request.search)
        self._selection_changed()
        self.brief.load_request(request)
        self.side_tabs.setCurrentWidget(self.brief)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Briefing Builder"),
            self.tr(
                "Briefing Builder keeps the knowledge base of engagements "
                "abroad and prints briefing notes."
            ),
        )

    # -- state ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.get("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            screen = QGuiApplication.screenAt(self.frameGeometry().center())
            if screen is None:  # saved on a screen that is gone: start centred instead
                self.resize(1280, 800)
                available = QGuiApplication.primaryScreen().availableGeometry()
                self.move(available.center() - self.rect().center())
        self.selection.restore(
            set(settings.get("selection/countries")), set(settings.get("selection/themes"))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._start_helper)  # if nothing is drawn

    def event(self, event: QEvent) -> bool:
        """After the first frame is drawn, start the helper (its spawn takes ~10 ms): the
        window appears first, then the work that can wait."""
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._start_helper)
        return handled

    def _start_helper(self) -> None:
        """Start the preview's helper once the window shows, with a big table's rows as its
        first job: it answers them before importing ReportLab for previews.

        One helper starts, not two, and only after the window is up: the two cores here are
        shared, and a second busy process slowed the window's own start by a third.
        Reloads of the table use the window's own helper.
        """
        if not self.isVisible():  # a window closed before the event loop turned needs none
            return
        if self._first_rows_wanted:
            self._first_rows_wanted, self._first_rows_sent = False, True
            self.brief.run_other_job(ROWS, None, self._rows_arrived, self._load_failed)
        else:
            self.brief.jobs.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.finish_editing()  # a summary being typed is saved, not lost
        settings = self.context.settings
        settings.set("window/geometry", self.saveGeometry())
        settings.set("selection/countries", list(self.selection.checked_countries()))
        settings.set("selection/themes", list(self.selection.checked_themes()))
        settings.sync()
        self.brief.shutdown()
        self.loader.shutdown()
        super().closeEvent(event)
