"""The question asked when someone else saved a record first: keep theirs or overwrite."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_conflict_box(
    parent: QWidget,
    name: str,
    text: str,
    detail: str | None,
    on_choice: Callable[[bool], None],
) -> QMessageBox:
    """Open (window-modal, not blocking) and return the box; ``on_choice(overwrite)``."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ConflictBox", "Changed by someone else"),
        text,
        parent=parent,
    )
    box.setObjectName(name)
    if detail:
        box.setInformativeText(detail)
    box.addButton(
        QCoreApplication.translate("ConflictBox", "Reload theirs"),
        QMessageBox.ButtonRole.RejectRole,
    )
    overwrite = box.addButton(
        QCoreApplication.translate("ConflictBox", "Overwrite with mine"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.buttonClicked.connect(lambda button: on_choice(button is overwrite))
    box.open()
    return box
