"""Knowledge bases from the main window: new, open, recent, server, back up, restore, IATI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from models.backup import backup_file, restore_file
from models.db import sqlite_path, sqlite_url, without_password
from models.errors import BriefingError, DatabaseOpenError

from desktop.context import AppContext
from desktop.messages import in_language

if TYPE_CHECKING:
    from desktop.dialogs.database_error import DatabaseErrorBox
    from desktop.dialogs.iati_import import IatiImportDialog
    from desktop.windows.main_window import MainWindow


class DatabaseCommands(QObject):
    """Owns the file dialogs; a new knowledge base opens in a new window that replaces
    ``window``. ``imported`` says that an IATI import changed the data."""

    told = Signal(str)
    failed = Signal(str)
    imported = Signal()

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context, self.database, self.window = context, context.database, window
        self.iati_dialog: IatiImportDialog | None = None
        self.error_box: DatabaseErrorBox | None = None

    def _imported(self) -> None:
        self.imported.emit()  # the views heard what changed from the change itself

    def show_error(self, message: str) -> None:
        self.failed.emit(message)

    @property
    def parent_widget(self) -> QWidget:
        return self.window

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New knowledge base"),
            str(Path.home() / "knowledge.sqlite"),
            self.tr("Knowledge bases (*.sqlite)"),
        )
        if path:
            if Path(path).exists():
                self.show_error(
                    self.tr("%1 exists already; choose a new name.").replace("%1", path)
                )
                return
            self.switch_database(sqlite_url(path))

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open knowledge base"),
            str(Path.home()),
            self.tr("Knowledge bases (*.sqlite *.db)"),
        )
        if path:
            self.switch_database(sqlite_url(path))

    def import_iati(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import IATI files"),
            str(Path.home()),
            self.tr("IATI files (*.xml)"),
        )
        if names:
            self.show_iati_import([Path(name) for name in names])

    def show_iati_import(self, paths: list[Path]) -> None:
        from desktop.dialogs.iati_import import IatiImportDialog

        dialog = IatiImportDialog(self.context, paths, self._imported, self.window)
        dialog.open()
        self.iati_dialog = dialog

    def connect_server(self) -> None:
        from desktop.dialogs.connect_server import ConnectServerDialog

        dialog = ConnectServerDialog(self.window)
        if dialog.exec() == ConnectServerDialog.DialogCode.Accepted:
            self.switch_database(dialog.url())

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        for url in self.context.settings.get("files/recent"):
            action = menu.addAction(url.removeprefix("sqlite:///"))
            action.triggered.connect(lambda _checked=False, u=url: self.switch_database(u))
        menu.setEnabled(bool(menu.actions()))

    def switch_database(self, url: str) -> MainWindow | None:
        """Open ``url`` in a new window and close this one; on failure say why and stay."""
        from desktop.app import create_main_window
        from desktop.dialogs.database_error import database_error_box

        try:
            window = create_main_window(url, settings_path=self.context.settings.file_path)
        except DatabaseOpenError as error:
            box = database_error_box(str(error), self.window)
            box.open_other.hide()
            box.create_new.hide()
            box.open()
            self.error_box = box
            return None
        self.context.settings.add_recent_file(without_password(url))
        window.show()
        self.window.close()
        self.context.database.close()  # the replaced window's connections go now
        return window

    def backup_database(self) -> None:
        path = sqlite_path(self.database.url)
        if path is None:
            self.show_error(self.tr("Back up works on SQLite files."))
            return
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up the knowledge base"),
            str(Path.home() / f"{path.stem}-copy.sqlite"),
            self.tr("Knowledge bases (*.sqlite)"),
        )
        if target:
            self.backup_to(Path(target))

    def backup_to(self, target: Path) -> bool:
        path = sqlite_path(self.database.url)
        try:
            assert path is not None
            backup_file(path, target)
        except (BriefingError, OSError) as error:
            self.show_error(
                self.tr("The copy could not be made: %1").replace("%1", in_language(error))
            )
            return False
        self.told.emit(self.tr("Backed up to %1").replace("%1", str(target)))
        return True

    def restore_database(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a copy"),
            str(Path.home()),
            self.tr("Knowledge bases (*.sqlite *.db)"),
        )
        if (
            source
            and QMessageBox.question(
                self.window,
                self.tr("Restore from a copy"),
                self.tr(
                    "Replace the knowledge base with %1? The current one is kept in backups/."
                ).replace("%1", source),
            )
            == QMessageBox.StandardButton.Yes
        ):
            self.restore_from(Path(source))

    def restore_from(self, source: Path) -> MainWindow | None:
        """Check and restore the copy, then reopen the knowledge base in a new window."""
        path = sqlite_path(self.database.url)
        if path is None:
            self.show_error(self.tr("Restore works on SQLite files."))
            return None
        try:
            restore_file(source, path)
        except (BriefingError, OSError) as error:
            self.show_error(self.tr("Nothing was restored: %1").replace("%1", in_language(error)))
            return None
        self.context.undo_stack.clear()  # the edits it holds refer to the replaced data
        return self.switch_database(self.database.url)
