"""When a database cannot be opened: say why, and offer another file or a new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from models.db import sqlite_url


class DatabaseErrorBox(QMessageBox):
    """Why the knowledge base cannot be opened, with "Open another…" and "Create new…"."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseErrorDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(
            QCoreApplication.translate("DatabaseErrorDialog", "The database cannot be opened")
        )
        self.setText(
            QCoreApplication.translate(
                "DatabaseErrorDialog", "The knowledge base could not be opened."
            )
        )
        self.setInformativeText(
            message
            + "\n\n"
            + QCoreApplication.translate("DatabaseErrorDialog", "The file has not been changed.")
        )
        self.open_other = self.addButton(
            QCoreApplication.translate("DatabaseErrorDialog", "Open another…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.create_new = self.addButton(
            QCoreApplication.translate("DatabaseErrorDialog", "Create new…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        self.addButton(QMessageBox.StandardButton.Close)


def database_error_box(message: str, parent: QWidget | None = None) -> DatabaseErrorBox:
    box = DatabaseErrorBox(message, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, parent is not None)
    return box


def choose_database(message: str, current: str) -> str | None:
    """Ask what to do; returns the URL to try next, or None to quit."""
    box = database_error_box(message)
    box.exec()
    clicked = box.clickedButton()
    if clicked is box.open_other:
        path, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("DatabaseErrorDialog", "Open knowledge base"),
            "",
            QCoreApplication.translate("DatabaseErrorDialog", "Knowledge bases (*.sqlite *.db)"),
        )
        return sqlite_url(path) if path else None
    if clicked is box.create_new:
        path, _ = QFileDialog.getSaveFileName(
            None,
            QCoreApplication.translate("DatabaseErrorDialog", "New knowledge base"),
            "knowledge.sqlite",
            QCoreApplication.translate("DatabaseErrorDialog", "Knowledge bases (*.sqlite)"),
        )
        return sqlite_url(path) if path else None
    return None
