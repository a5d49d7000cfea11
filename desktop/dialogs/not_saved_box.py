"""The box that says a save failed, keeping what was typed so it can be copied and retried."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def open_not_saved_box(parent: QWidget, message: str, typed: str) -> QMessageBox:
    """Open (window-modal, not blocking, deleted when closed) and return the box."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("NotSavedBox", "Not saved"),
        message,
        parent=parent,
    )
    box.setObjectName("notSavedDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if typed:
        what = QCoreApplication.translate("NotSavedBox", "What you typed:")
        box.setDetailedText(f"{what}\n{typed}")
    box.open()
    return box
