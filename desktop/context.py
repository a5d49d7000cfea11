"""What every window and widget needs, handed in through constructors (no global window)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from models.db import Database

from desktop.change_hub import ChangeHub
from desktop.settings import Settings


@dataclass
class AppContext:
    database: Database
    settings: Settings
    undo_stack: QUndoStack
    language: str  # the interface language, "da" or "en"
    changes: ChangeHub = field(default_factory=ChangeHub)  # what each change touched
