"""The one place that tells the views what a change touched (edit, undo, redo, import)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from models.changes_touched import Touched


class ChangeHub(QObject):
    """Every view and open dialog listens here; each refreshes only what ``changed`` names.

    Listeners connect bound methods of QObjects (not lambdas), so a deleted dialog is
    disconnected with it and never reloads again.
    """

    changed = Signal(object)  # a Touched
    failed = Signal(str)  # an undo or redo refused after the part that made it was closed

    def tell(self, touched: Touched) -> None:
        self.changed.emit(touched)
