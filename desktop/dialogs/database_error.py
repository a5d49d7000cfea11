"""When a database cannot be opened: say why, and offer another file or a new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from models.db import sqlite_url


def database_error_box(message: str, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("databaseErrorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("DatabaseErrorDialog", "The database cannot be opened")
    )
    box.setText(
        QCoreApplication.translate("DatabaseErrorDialog", "The knowledge base could not be opened.")
    )
    box.setInformativeText(
        message
        + "\n\n"
        + QCoreApplication.translate("DatabaseErrorDialog", "The file has not been changed.")
    )
    box.open_other = box.addButton(
        QCoreApplication.translate("DatabaseErrorDialog", "Open another…"),  # type: ignore[attr-defined]
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.create_new = box.addButton(
        QCoreApplication.translate("DatabaseErrorDialog", "Create new…"),  # type: ignore[attr-defined]
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def choose_database(message: str, current: str) -> str | None:
    """Ask what to do; returns the URL to try next, or None to quit."""
    box = database_error_box(message)
    box.exec()
    clicked = box.clickedButton()
    if clicked is box.open_other:  # type: ignore[attr-defined]
        path, _ = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("DatabaseErrorDialog", "Open knowledge base"),
            "",
            QCoreApplication.translate("DatabaseErrorDialog", "Knowledge bases (*.sqlite *.db)"),
        )
        return sqlite_url(path) if path else None
    if clicked is box.create_new:  # type: ignore[attr-defined]
        path, _ = QFileDialog.getSaveFileName(
            None,
            QCoreApplication.translate("DatabaseErrorDialog", "New knowledge base"),
            "knowledge.sqlite",
            QCoreApplication.translate("DatabaseErrorDialog", "Knowledge bases (*.sqlite)"),
        )
        return sqlite_url(path) if path else None
    return None
