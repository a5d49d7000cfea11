"""The middle of the window: the search box, the engagement table and its summary line.

Owns the table and its rows; tells the window which engagement is current. Whatever
changes the rows (a filter, a reload, an edit, another user's save), the current row stays
on the same engagement when it is still shown, and the editor is told when it is not.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
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
from models.selection import Selection

from desktop.context import AppContext
from desktop.formatting import amount_text, kind_text
from desktop.helper_service import ROWS
from desktop.itemmodels.engagement_table import EngagementTableModel, totals_of
from desktop.messages import in_language
from desktop.workers import BackgroundJobs

# Up to this many engagements the table fills before the window shows; above, the helper
# reads them once the window is up, so a big knowledge base never delays it.
BACKGROUND_LOAD_ABOVE = 3000
Loaded = tuple[tuple[int, int], list[EngagementListRow]]


class EngagementBrowser(QWidget):
    current_changed = Signal(object)  # the engagement key now current, or None
    search_changed = Signal()
    settled = Signal()  # rows are in the table (after a load or reload)
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        jobs: BackgroundJobs,
        current_filter: Callable[[], Selection],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.jobs, self.current_filter = context, jobs, current_filter
        self.rows_ready = False
        self.loaded_stamp: tuple[int, int] = (0, 0)
        self._first_rows_wanted = False
        self._first_rows_sent = False
        self._shown_key: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search engagements, partners, countries…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search engagements"))
        self.table_model = EngagementTableModel(context.language, self)
        self.table = QTableView(self)
        self.table.setObjectName("engagementTable")
        self.table.setAccessibleName(self.tr("Engagements"))
        self.table.setModel(self.table_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for column, width in enumerate((210, 100, 130, 130, 130, 90, 120, 90, 80, 160)):
            self.table.setColumnWidth(column, width)
        # What a desk officer reads first comes first: title, countries, period, money,
        # status; themes, instruments, partners and as-of follow (the column chooser hides).
        for visual, column in enumerate((0, 1, 5, 6, 7)):
            header.moveSection(header.visualIndex(column), visual)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("tableSummary")
        self.summary_label.setWordWrap(True)  # the totals wrap rather than widen the pane
        layout.addWidget(self.search_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self.search_box.textChanged.connect(self._search_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.columns_menu = QMenu(self.tr("&Columns"), self)
        self.columns_menu.setObjectName("columnsMenu")
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda point: self.columns_menu.popup(header.mapToGlobal(point))
        )

    def _fill_columns_menu(self) -> None:
        """A column chooser: every column by name, ticked when shown; the title stays."""
        self.columns_menu.clear()
        model = self.table_model
        for column in range(model.columnCount()):
            name = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = self.columns_menu.addAction(name)
            action.setObjectName(f"column{column}")
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))

    # -- rows -------------------------------------------------------------------------
    def load_rows(self) -> None:
        """Fill the table; a big knowledge base loads in the background after showing."""
        with self.context.database.session() as session:
            count = count_engagements(session)
        if count <= BACKGROUND_LOAD_ABOVE:
            with self.context.database.session() as session:
                self._rows_loaded(stamped_engagements(session, self.context.language))
            return
        self.summary_label.setText(self.tr("Loading %1 engagements…").replace("%1", str(count)))
        if self._first_rows_sent:  # reloads, and a retry after a failed first load
            self.jobs.run(ROWS, self.context.language, self._rows_arrived, self._load_failed)
        else:
            self._first_rows_wanted = True  # asked for once the window shows

    def window_shown(self) -> bool:
        """The window is up: ask the helper for a big table's rows, its first job. True if
        it was asked (else the caller starts the helper for the preview)."""
        if not self._first_rows_wanted:
            return False
        self._first_rows_wanted, self._first_rows_sent = False, True
        self.jobs.run(ROWS, self.context.language, self._rows_arrived, self._load_failed)
        return True

    def _rows_loaded(self, loaded: Loaded) -> None:
        self._show_rows(loaded)
        self._rows_settled()

    def _rows_arrived(self, loaded: Loaded) -> None:
        """A big table's rows from the helper: the table now, the summary and the brief's
        selection on the next turn of the event loop, so neither half stalls the window
        for long (together they took 70-100 ms on 10,000 rows)."""
        self._show_rows(loaded)
        QTimer.singleShot(0, self, self._rows_settled)  # dropped if the window is gone

    def _show_rows(self, loaded: Loaded) -> None:
        self.loaded_stamp, rows = loaded
        self.table_model.set_rows(rows, self.current_filter())
        self._keep_current()

    def _rows_settled(self) -> None:
        self.rows_ready = True
        self.settled.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.failed.emit(
            self.tr("The engagements could not be read: %1").replace("%1", in_language(error))
        )

    def check_for_changes_by_others(self) -> bool:
        """Reload the table if someone else saved since it was read; keeps the current row."""
        if not self.rows_ready:  # the rows being read will come with their own stamp
            return False
        try:
            with self.context.database.session() as session:
                stamp = data_stamp(session)
        except DatabaseOpenError as error:  # the server went away: say so, keep what is shown
            self.failed.emit(in_language(error))
            return False
        if stamp == self.loaded_stamp:
            return False
        self.load_rows()
        if self._shown_key is not None:
            self.current_changed.emit(self._shown_key)  # read again: it may have changed
        return True

    def refresh_engagement(self, key: str) -> None:
        """After an edit, undo or redo: that one row is redrawn (read once) and made current."""
        with self.context.database.session() as session:
            row = engagement_list_row(session, key, self.context.language)
            self.loaded_stamp = data_stamp(session)  # our own change is no news
        self.table_model.replace_row(key, row)
        # The totals line follows on the next turn: the row and the editor first.
        QTimer.singleShot(0, self, self.update_summary)
        index = self.table_model.index_of(key)
        if index.isValid():
            if self.table.currentIndex().row() != index.row():
                self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._keep_current()

    def set_filter(self, selection: Selection) -> None:
        self.table_model.set_filter(selection)
        self._keep_current()

    def _search_changed(self, text: str) -> None:
        self.table_model.set_search(text)
        self._keep_current()
        self.update_summary()
        self.search_changed.emit()

    def _keep_current(self) -> None:
        """After the rows changed: the engagement shown stays current if it is still in the
        table; if it is not, the editor is told to show nothing."""
        key = self._shown_key
        if key is None:
            return
        index = self.table_model.index_of(key)
        if not index.isValid():
            self._shown_key = None
            self.current_changed.emit(None)
        elif self.table.currentIndex().row() != index.row():
            self.table.setCurrentIndex(index)

    def update_summary(self) -> None:
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
        key = row.key if row else None
        if key is None and self._shown_key is not None:
            return  # a reset cleared the current row; _keep_current decides
        if key != self._shown_key:
            self._shown_key = key
            self.current_changed.emit(key)

    def current_key(self) -> str | None:
        row = self.table_model.row_for(self.table.currentIndex())
        return row.key if row else None

    def current_row(self) -> EngagementListRow | None:
        return self.table_model.row_for(self.table.currentIndex())

    def select(self, key: str) -> None:
        index = self.table_model.index_of(key)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def show_outside(self, key: str) -> None:
        """Show ``key`` in the editor although no row of the table holds it: nothing is
        highlighted, so nothing else looks like the engagement being edited."""
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self._shown_key = key
        self.current_changed.emit(key)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()
