"""The main window: selection on the left, engagements in the middle, details and brief right.

The window composes parts that own their widgets (the selection panel, the engagement
browser, the editor, the brief panel, and the commands behind the menus) and connects them;
it holds no data logic of its own.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from models.changes_touched import Touched
from models.db import without_password

from reports.request import BriefRequest

from desktop.context import AppContext
from desktop.editors.engagement_editor import EngagementEditor
from desktop.preview.brief_panel import BriefPanel
from desktop.windows.brief_exports import BriefExports
from desktop.windows.command_keys import CommandKeys
from desktop.windows.database_commands import DatabaseCommands
from desktop.windows.engagement_browser import EngagementBrowser
from desktop.windows.engagement_commands import EngagementCommands
from desktop.windows.export_notice import ExportNotice
from desktop.windows.main_actions import MainActions, WindowSlots
from desktop.windows.selection_panel import SelectionPanel
from desktop.workers import BackgroundJobs

# The helper starts after the first frame is drawn, or this long after showing at the latest.
FIRST_PAINT_WAIT_MS = 250
SEARCH_PAUSE_MS = 300  # the preview waits for a pause in typing, not every keystroke
STATUS_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.database = context.database
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("%1 – Briefing Builder").replace("%1", database_name(context.database.url))
        )
        self.resize(1280, 800)
        self._painted = False
        self.jobs = BackgroundJobs(context.database.url, self)  # the window's one helper
        self._build_parts()
        self.main_actions = MainActions(
            self,
            context.undo_stack,
            self.engagements,
            self.exports,
            self.databases,
            WindowSlots(
                find=self.browser.focus_search,
                about=self.show_about,
                history=self.show_history,
                translations=self.show_translations,
                reference_lists=self.show_reference_lists,
                preferences=self.show_preferences,
                quit=self._quit,
                next_pane=self.next_pane,
                delete=self.delete_selected,
                before_command=self.editor.finish_editing,
            ),
            self.browser.columns_menu,
        )
        self.brief.export_button.clicked.connect(self.exports.export_pdf)
        self.brief.print_button.clicked.connect(self.exports.print_brief)
        self.command_keys = CommandKeys(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.command_keys)
        self._set_tab_order()
        self._restore_state()
        self.browser.load_rows()

    # -- building ---------------------------------------------------------------------
    def _build_parts(self) -> None:
        context = self.context
        self.selection = SelectionPanel(context, self)
        self.selection.setMinimumWidth(220)
        self.browser = EngagementBrowser(context, self.jobs, self.selection.engagement_filter, self)
        # The browser's widgets, by the names tests and automation use.
        self.table, self.table_model = self.browser.table, self.browser.table_model
        self.search_box, self.summary_label = self.browser.search_box, self.browser.summary_label
        self.editor = EngagementEditor(context, self)
        self.brief = BriefPanel(context, self.jobs, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.editor, self.tr("&Details"))
        self.side_tabs.addTab(self.brief, self.tr("&Brief"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.selection)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([225, 655, 400])
        self.setCentralWidget(self.splitter)

        self.engagements = EngagementCommands(context, self.browser, self._picked, self)
        self.exports = BriefExports(context, self.brief, self.jobs, self)
        self.databases = DatabaseCommands(context, self)
        for part in (self.browser, self.editor, self.engagements, self.exports, self.databases):
            part.failed.connect(self.show_error)
        for teller in (self.exports, self.databases):
            teller.told.connect(self.show_message)
        self.export_notice = ExportNotice(self)
        self.statusBar().addPermanentWidget(self.export_notice)
        self.exports.exported.connect(self.export_notice.show_file)
        self.brief.failed.connect(self.show_error)

        self.brief_follow_timer = QTimer(self)
        self.brief_follow_timer.setSingleShot(True)
        self.brief_follow_timer.setInterval(SEARCH_PAUSE_MS)
        self.brief_follow_timer.timeout.connect(self._brief_follows_table)
        self.brief.follow(self.browser.table_model.selection)
        self.selection.changed.connect(self._selection_changed)
        self.browser.search_changed.connect(self.brief_follow_timer.start)
        self.browser.settled.connect(self._brief_follows_table)
        self.browser.settled.connect(self.brief.release)
        self.browser.settled.connect(self._offer_publishers)
        self.browser.current_changed.connect(self.editor.show_engagement)
        self.engagements.created.connect(self._name_new_engagement)
        context.changes.changed.connect(self._data_changed)
        context.changes.failed.connect(self.show_error)

    def _set_tab_order(self) -> None:
        """Left to right, top to bottom: selection, search, table, then details and brief."""
        panel = self.selection
        chain = [
            panel.country_search,
            panel.country_view,
            panel.theme_view,
            panel.instrument,
            panel.status,
            panel.reporter,
            panel.period_from,
            panel.period_to,
            self.search_box,
            self.table,
            self.side_tabs,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _offer_publishers(self) -> None:
        """The "Reported by" filter offers the publishers of the rows just read."""
        self.selection.set_publishers(self.table_model.publishers())

    def _picked(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return self.selection.checked_countries(), self.selection.checked_themes()

    # -- what changed -----------------------------------------------------------------
    def _data_changed(self, touched: Touched) -> None:
        """After any edit, undo, redo or import: the rows it touched, the summary, the brief
        (the editor and open dialogs hear the same notice and refresh themselves)."""
        if touched.rows:
            self.browser.load_rows()
        else:
            for key in touched.engagements:
                self.browser.refresh_engagement(key)
        self.brief.schedule()

    def _name_new_engagement(self, key: str) -> None:
        """The new engagement, current in the table and the editor, its title ready to type.
        Typed search words that would hide it are cleared; if other filters still hide it,
        the editor shows it alone and the status line says why it is not in the table."""
        if not self.table_model.index_of(key).isValid() and self.search_box.text():
            self.search_box.clear()
        if self.table_model.index_of(key).isValid():
            self.browser.select(key)
        else:
            self.browser.show_outside(key)
            self.show_message(
                self.tr("The new engagement is outside the filters; it is shown in Details.")
            )
        if self.editor.session.key() != key:
            return  # never put the cursor in another engagement's title
        self.side_tabs.setCurrentWidget(self.editor)
        self.editor.setCurrentIndex(0)
        self.editor.overview.title_edit.setFocus()
        self.editor.overview.title_edit.selectAll()

    def _selection_changed(self) -> None:
        self.browser.set_filter(self.selection.engagement_filter())
        self._brief_follows_table()

    def _brief_follows_table(self) -> None:
        """The brief and the exports cover what the table shows: one selection."""
        countries = self.selection.checked_countries()
        names = tuple(self.selection.country_names.get(code, code) for code in countries)
        self.brief.set_selection(self.table_model.selection(), names)
        self.exports.themes = self.selection.checked_theme_names()
        self.browser.update_summary()

    def check_for_changes_by_others(self) -> bool:
        changed = self.browser.check_for_changes_by_others()
        if changed:
            self._brief_follows_table()
            self.show_message(self.tr("Updated with changes saved by others."))
        return changed

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_for_changes_by_others()

    def current_key(self) -> str | None:
        return self.browser.current_key()

    # -- keyboard ---------------------------------------------------------------------
    def next_pane(self) -> None:
        """F6: selection → table → details or brief → selection."""
        panes: list[QWidget] = [self.selection, self.browser, self.side_tabs]
        focus = QApplication.focusWidget()
        here = next((n for n, pane in enumerate(panes) if focus and pane.isAncestorOf(focus)), -1)
        target = panes[(here + 1) % len(panes)]
        if target is self.browser:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif target is self.selection:
            self.selection.country_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            current = self.side_tabs.currentWidget()
            current.setFocus(Qt.FocusReason.ShortcutFocusReason)
            current.focusNextChild() if current.focusWidget() is None else None

    def delete_selected(self) -> None:
        """Delete: the row selected where the focus is, after the same question as the menu."""
        focus = QApplication.focusWidget()
        editor = self.editor
        if focus is self.table:
            self.engagements.delete_engagement()
        elif focus is editor.funding.view:
            editor.funding.delete_funding_line()
        elif focus is editor.results.view:
            editor.results.delete_result()
        elif focus is editor.events_tab.view:
            editor.events_tab.delete_event()

    # -- dialogs ----------------------------------------------------------------------
    def show_reference_lists(self) -> None:
        from desktop.dialogs.reference_lists import ReferenceListsDialog

        dialog = ReferenceListsDialog(self.context, self)
        self.lists_dialog = dialog  # open dialogs, by name (deleted when closed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_preferences(self) -> None:
        from desktop.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.context.settings, self)
        self.preferences_dialog = dialog  # open dialogs, by name (deleted when closed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._preferences_saved)
        dialog.open()

    def _preferences_saved(self) -> None:
        """A new interface language applies at once: the window opens again in it, with
        the same knowledge base, selection, brief options and layout."""
        if self.context.settings.ui_language() != self.context.language:
            QTimer.singleShot(0, self, self._reopen_in_new_language)

    def _reopen_in_new_language(self) -> None:
        self.save_state()  # the new window opens with this one's selection and layout
        window = self.databases.switch_database(self.database.url)
        if window is not None:
            window.show_message(
                window.tr("The interface language has changed; the undo history starts again.")
            )

    def show_history(self) -> None:
        from desktop.dialogs.history import HistoryDialog

        dialog = HistoryDialog(self.context.settings, self)
        self.history_dialog = dialog  # open dialogs, by name (deleted when closed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rerender.connect(self.load_brief_request)
        dialog.open()

    def show_translations(self) -> None:
        """The brief's untranslated texts (before it is exported) and the gaps per country."""
        from desktop.dialogs.translations import TranslationsDialog

        try:
            request = self.brief.request()
        except ValueError:  # a letterhead field the brief panel already says is wrong
            return
        dialog = TranslationsDialog(self.context, request, self)
        self.translations_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def load_brief_request(self, request: BriefRequest) -> None:
        self.selection.restore(set(request.countries), set(request.themes))
        self.selection.restore_filters(request.selection())
        self.search_box.setText(request.search)
        self._selection_changed()
        self.brief.load_request(request)
        self.side_tabs.setCurrentWidget(self.brief)

    def show_about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("briefing-builder")
        except PackageNotFoundError:
            number = "?"
        QMessageBox.about(
            self,
            self.tr("About Briefing Builder"),
            self.tr(
                "Briefing Builder %1 keeps the knowledge base of engagements abroad and "
                "prints briefing notes.\n\nKnowledge base: %2\nData folder: %3"
            )
            .replace("%1", number)
            .replace("%2", without_password(self.database.url))
            .replace("%3", data_folder(self.context)),
        )

    def _quit(self) -> None:
        self.close()

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

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
        for widget, key in (
            (self.table.horizontalHeader(), "table/header"),
            (self.splitter, "window/splitter"),
        ):
            state = settings.get(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                widget.restoreState(state)
        self.brief.restore_options(str(settings.get("brief/panel") or ""))

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
        """Start the helper once the window shows, with a big table's rows as its first job:
        it answers them before importing ReportLab for previews.

        One helper starts, not two, and only after the window is up: the two cores here are
        shared, and a second busy process slowed the window's own start by a third.
        """
        if not self.isVisible():  # a window closed before the event loop turned needs none
            return
        if not self.browser.window_shown():
            self.jobs.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.finish_editing()  # what is being typed is saved, not lost
        self.save_state()
        self.brief.shutdown()
        self.jobs.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.command_keys)
        super().closeEvent(event)

    def save_state(self) -> None:
        """Geometry, selection, layout and brief options, for the next window."""
        settings = self.context.settings
        settings.set("window/geometry", self.saveGeometry())
        settings.set("selection/countries", list(self.selection.checked_countries()))
        settings.set("selection/themes", list(self.selection.checked_themes()))
        settings.set("table/header", self.table.horizontalHeader().saveState())
        settings.set("window/splitter", self.splitter.saveState())
        settings.set("brief/panel", self.brief.saved_options())
        settings.sync()


def data_folder(context: AppContext) -> str:
    """Where this user's settings and backups live."""
    path = context.settings.file_path
    return str(path.parent) if path is not None else ""


def database_name(url: str) -> str:
    """The open knowledge base as the title bar names it: a file's name, a server's database."""
    from models.db import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        return path.name
    return without_password(url).rsplit("/", 1)[-1] or without_password(url)
