"""The main window's actions, menus and toolbar, with their shortcuts and object names."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


class MenuActions(QMainWindow):
    """A mixin of ``MainWindow``, which supplies the slots the actions call."""

    def _action(
        self,
        name: str,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.context.undo_stack
        self.action_undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("actionRedo")
        # Each key once: the standard Redo on Linux is Ctrl+Shift+Z as well, and a key bound
        # twice to one action is "ambiguous" to Qt and does nothing.
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.action_export = self._action(
            "actionExportPdf", self.tr("&Export PDF…"), self.export_pdf, "Ctrl+E"
        )
        self.action_print = self._action(
            "actionPrint", self.tr("&Print…"), self.print_brief, QKeySequence.StandardKey.Print
        )
        self.action_find = self._action(
            "actionFind", self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find
        )
        self.action_new = self._action(
            "actionNewEngagement",
            self.tr("&New engagement"),
            self.new_engagement,
            QKeySequence.StandardKey.New,
        )
        self.action_duplicate = self._action(
            "actionDuplicateEngagement",
            self.tr("D&uplicate engagement"),
            self.duplicate_engagement,
            "Ctrl+D",
        )
        self.action_delete = self._action(
            "actionDeleteEngagement", self.tr("&Delete engagement…"), self.delete_engagement
        )
        self.action_quit = self._action(
            "actionQuit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        self.action_about = self._action(
            "actionAbout", self.tr("&About Briefing Builder"), self._show_about
        )
        self.action_new_database = self._action(
            "actionNewDatabase", self.tr("New &database…"), self.new_database
        )
        self.action_open_database = self._action(
            "actionOpenDatabase",
            self.tr("&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
        )
        self.action_connect = self._action(
            "actionConnectServer", self.tr("&Connect to server…"), self.connect_server
        )
        self.action_backup = self._action(
            "actionBackup", self.tr("&Back up…"), self.backup_database
        )
        self.action_restore = self._action(
            "actionRestore", self.tr("Re&store from a copy…"), self.restore_database
        )
        self.action_import_iati = self._action(
            "actionImportIati", self.tr("&Import IATI files…"), self.import_iati
        )
        self.action_export_table = self._action(
            "actionExportTable", self.tr("Export &table…"), self.export_table
        )
        self.action_history = self._action(
            "actionBriefHistory", self.tr("Exported &briefs…"), self.show_history
        )
        self.action_lists = self._action(
            "actionReferenceLists", self.tr("Reference &lists…"), self.show_reference_lists
        )
        self.action_preferences = self._action(
            "actionPreferences",
            self.tr("Pr&eferences…"),
            self.show_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions(
            [self.action_new_database, self.action_open_database, self.action_connect]
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addActions([self.action_backup, self.action_restore, self.action_import_iati])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.action_export, self.action_export_table, self.action_print, self.action_history]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.action_preferences)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.action_undo, self.action_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.action_new, self.action_duplicate, self.action_delete])
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_lists)
        edit_menu.addAction(self.action_find)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_about)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.addActions([self.action_new, self.action_undo, self.action_redo])
        toolbar.addSeparator()
        toolbar.addActions([self.action_export, self.action_print])
        self.brief.export_button.clicked.connect(self.export_pdf)
        self.brief.print_button.clicked.connect(self.print_brief)
