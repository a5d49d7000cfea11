"""Creating and running the main window; the only module that starts Qt's event loop."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from models.errors import DatabaseOpenError
from models.file_check import FileCheck, start_file_check

from desktop.pyside_import_check import use_fast_check

if TYPE_CHECKING:
    from desktop.windows.main_window import MainWindow


_started = False


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Briefing Builder")
    app.setOrganizationName("Briefing Builder")
    return app


def create_main_window(database_url: str, settings_path: Path | None = None) -> MainWindow:
    """The ready main window on ``database_url``, without entering the event loop.

    Raises DatabaseOpenError (the file untouched) when the database cannot be used.

    Start-up speed, on the first window: the file's integrity check runs in a thread
    (sqlite3 frees the GIL) while SQLAlchemy and the window's modules are imported here; the
    thread ends before the window exists, so no Python thread runs while Qt calls slots
    (see desktop.workers). The cyclic garbage collector is paused meanwhile: the objects
    made now live as long as the app, and collecting them again and again cost about
    0.06 s. They are then frozen, so later collections skip them.
    """
    global _started
    use_fast_check()  # before the imports below: see desktop/pyside_import_check.py
    check = None if _started else start_file_check(database_url)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_window(database_url, settings_path, check)
    finally:
        if check is not None:
            check.finish()  # joined by open_database unless an error came first
        if collecting:
            if not _started:  # later windows would freeze the garbage of the ones before
                gc.freeze()
            _started = True
            gc.enable()


def _build_window(
    database_url: str, settings_path: Path | None, check: FileCheck | None
) -> MainWindow:
    from PySide6.QtGui import QUndoStack

    from models.schema import open_database

    from desktop.context import AppContext
    from desktop.i18n import install_translators
    from desktop.settings import Settings
    from desktop.windows.main_window import MainWindow

    app = application()
    settings = Settings(settings_path)
    language = settings.ui_language()
    install_translators(app, language)
    database = open_database(database_url, file_check=check)
    context = AppContext(database, settings, QUndoStack(), language)
    window = MainWindow(context)
    window.destroyed.connect(lambda *_: database.close())
    return window


def run_app(database_url: str) -> int:
    from models.db import without_password

    from desktop.dialogs.database_error import choose_database

    app = application()
    url: str | None = database_url
    while url is not None:
        try:
            window = create_main_window(url)
        except DatabaseOpenError as error:
            url = choose_database(str(error), url)
            continue
        window.settings_url = url  # type: ignore[attr-defined]
        window.context.settings.add_recent_file(without_password(url))
        window.show()
        return app.exec()
    return 1
