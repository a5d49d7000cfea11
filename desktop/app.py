"""Creating and running the main window; the only module that starts Qt's event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from models.errors import DatabaseOpenError
from models.schema import open_database

from desktop.context import AppContext
from desktop.dialogs.connect_server import without_password
from desktop.i18n import install_translators
from desktop.settings import Settings
from desktop.windows.main_window import MainWindow


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
    """
    app = application()
    settings = Settings(settings_path)
    language = settings.ui_language()
    install_translators(app, language)
    database = open_database(database_url)
    context = AppContext(database, settings, QUndoStack(), language)
    window = MainWindow(context)
    window.destroyed.connect(lambda *_: database.close())
    return window


def run_app(database_url: str) -> int:
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
