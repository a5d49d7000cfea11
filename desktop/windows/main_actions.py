"""The main window's actions, menus and toolbar, with their shortcuts and object names.

The actions call the window's parts directly; each part owns what its action does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.windows.brief_exports import BriefExports
from desktop.windows.database_commands import DatabaseCommands
from desktop.windows.engagement_commands import EngagementCommands

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class WindowSlots:
    """What the window itself does (its dialogs, the search box, quitting)."""

    find: Callable[[], None]
    about: Callable[[], None]
    history: Callable[[], None]
    translations: Callable[[], None]
    reference_lists: Callable[[], None]
    preferences: Callable[[], None]
    quit: Callable[[], None]
    next_pane: Callable[[], None]
    delete: Callable[[], None]
    before_command: Callable[[], None]  # saves what is being typed before any command


class MainActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        undo_stack: QUndoStack,
        engagements: EngagementCommands,
        exports: BriefExports,
        databases: DatabaseCommands,
        slots: WindowSlots,
        columns_menu: QMenu,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.before = slots.before_command
        # Undo and redo save what is being typed first (as every command here does), so a
        # click on the toolbar never drops text or undoes the step before it.
        self.undo = self._history_action("actionUndo", self.tr("&Undo"), undo_stack, redo=False)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = self._history_action("actionRedo", self.tr("&Redo"), undo_stack, redo=True)
        # Each key once: the standard Redo on Linux is Ctrl+Shift+Z as well, and a key bound
        # twice to one action is "ambiguous" to Qt and does nothing.
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        window.addActions([self.undo, self.redo])
        self.export = self._action(
            "actionExportPdf", self.tr("&Export PDF…"), exports.export_pdf, "Ctrl+E"
        )
        self.print = self._action(
            "actionPrint", self.tr("&Print…"), exports.print_brief, QKeySequence.StandardKey.Print
        )
        self.find = self._action(
            "actionFind", self.tr("&Find"), slots.find, QKeySequence.StandardKey.Find
        )
        self.new = self._action(
            "actionNewEngagement",
            self.tr("&New engagement"),
            engagements.new_engagement,
            QKeySequence.StandardKey.New,
        )
        self.duplicate = self._action(
            "actionDuplicateEngagement",
            self.tr("D&uplicate engagement"),
            engagements.duplicate_engagement,
            "Ctrl+D",
        )
        self.delete = self._action(
            "actionDeleteEngagement",
            self.tr("&Delete engagement…"),
            lambda: engagements.delete_engagement(),
        )
        # Delete works on the row selected where the focus is (an engagement, a funding
        # line, a result, an event), with the same question as the menu.
        self.delete_selected = self._action(
            "actionDeleteSelected", self.tr("Delete selected row…"), slots.delete, "Del"
        )
        self.next_pane = self._action(
            "actionNextPane", self.tr("Next &pane"), slots.next_pane, "F6"
        )
        self.quit = self._action(
            "actionQuit", self.tr("&Quit"), slots.quit, QKeySequence.StandardKey.Quit
        )
        self.about = self._action("actionAbout", self.tr("&About Briefing Builder"), slots.about)
        self.new_database = self._action(
            "actionNewDatabase", self.tr("New &database…"), databases.new_database
        )
        self.open_database = self._action(
            "actionOpenDatabase",
            self.tr("&Open database…"),
            databases.open_database,
            QKeySequence.StandardKey.Open,
        )
        self.connect_server = self._action(
            "actionConnectServer", self.tr("&Connect to server…"), databases.connect_server
        )
        self.backup = self._action("actionBackup", self.tr("&Back up…"), databases.backup_database)
        self.restore = self._action(
            "actionRestore", self.tr("Re&store from a copy…"), databases.restore_database
        )
        self.import_iati = self._action(
            "actionImportIati", self.tr("&Import IATI files…"), databases.import_iati
        )
        self.export_table = self._action(
            "actionExportTable", self.tr("Export &table…"), exports.export_table
        )
        self.history = self._action(
            "actionBriefHistory", self.tr("Exported &briefs…"), slots.history
        )
        self.translations = self._action(
            "actionMissingTranslations", self.tr("Missing &translations…"), slots.translations
        )
        self.lists = self._action(
            "actionReferenceLists", self.tr("Reference &lists…"), slots.reference_lists
        )
        self.preferences = self._action(
            "actionPreferences",
            self.tr("Pr&eferences…"),
            slots.preferences,
            QKeySequence.StandardKey.Preferences,
        )
        self._build_menus(databases, columns_menu)

    def _action(
        self, name: str, text: str, slot: Callable[[], None], shortcut: Shortcut = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self._run(slot))
        self.window.addAction(action)
        return action

    def _run(self, slot: Callable[[], None]) -> None:
        self.before()
        slot()

    def _history_action(self, name: str, word: str, stack: QUndoStack, *, redo: bool) -> QAction:
        action = HistoryAction(word, stack, redo=redo, parent=self.window)
        action.setObjectName(name)
        action.triggered.connect(
            lambda _checked=False: self._run(stack.redo if redo else stack.undo)
        )
        return action

    def _build_menus(self, databases: DatabaseCommands, columns_menu: QMenu) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_database, self.open_database, self.connect_server])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(lambda: databases.fill_recent(self.recent_menu))
        file_menu.addActions([self.backup, self.restore, self.import_iati])
        file_menu.addSeparator()
        file_menu.addActions([self.export, self.export_table, self.print, self.history])
        file_menu.addSeparator()
        file_menu.addAction(self.preferences)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new, self.duplicate, self.delete])
        edit_menu.addSeparator()
        edit_menu.addAction(self.lists)
        edit_menu.addAction(self.find)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        self.view_menu = view_menu
        view_menu.addAction(self.next_pane)
        view_menu.addAction(self.translations)
        self.columns_menu = columns_menu
        view_menu.addMenu(columns_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)
        toolbar = self.window.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new, self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.export, self.print])


class HistoryAction(QAction):
    """Undo or Redo, named after the step it would take ("Undo Edit Title"); it follows
    the stack through a bound method, so Qt disconnects it when the window goes."""

    def __init__(self, word: str, stack: QUndoStack, *, redo: bool, parent: QObject) -> None:
        super().__init__(word, parent)
        self.word, self.stack, self.redo = word, stack, redo
        stack.indexChanged.connect(self.follow)
        self.follow()

    def follow(self, _index: int = 0) -> None:
        import shiboken6

        stack = self.stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self):
            return  # the stack is being destroyed with the window's context
        step = stack.redoText() if self.redo else stack.undoText()
        self.setText(f"{self.word} {step}".strip())
        self.setEnabled(stack.canRedo() if self.redo else stack.canUndo())
