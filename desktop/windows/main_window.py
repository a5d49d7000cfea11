"""The main window: menus and an overview of the open knowledge base."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from models.db import Database
from models.queries.overview import knowledge_overview


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Briefing Builder"))
        self.resize(1280, 800)
        self._build_menus()
        self.overview = QLabel(self)
        self.overview.setObjectName("overviewLabel")
        self.overview.setMargin(24)
        self.setCentralWidget(self.overview)
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Briefing Builder"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        with self.database.session() as session:
            overview = knowledge_overview(session)
        self.overview.setText(
            self.tr(
                "%n engagement(s) in %1 countries, %2 events, %3 sources.", "", overview.engagements
            )
            .replace("%1", str(overview.countries))
            .replace("%2", str(overview.events))
            .replace("%3", str(overview.sources))
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Briefing Builder"),
            self.tr(
                "Briefing Builder keeps the knowledge base of engagements abroad and "
                "prints briefing notes."
            ),
        )

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.database.close()
        super().closeEvent(event)  # type: ignore[arg-type]
