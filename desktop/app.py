"""Creating and running the main window; the only module that starts Qt's event loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from models.schema import open_database

from desktop.windows.main_window import MainWindow


def create_main_window(database_url: str) -> QMainWindow:
    """The ready main window on ``database_url``, without entering the event loop."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing Builder")
    app.setOrganizationName("Briefing Builder")
    database = open_database(database_url)
    return MainWindow(database)


def run_app(database_url: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = create_main_window(database_url)
    window.show()
    return app.exec()
