"""A completer for a field holding several names separated by semicolons.

Only the name being typed (after the last ``;``) is completed; the ones before it stay.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class MultiNameCompleter(QCompleter):
    def __init__(self, names: list[str], field: QLineEdit) -> None:
        super().__init__(names, field)
        self.field = field
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        field.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(";", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data(Qt.ItemDataRole.EditRole) or "")
        before = self.field.text().rsplit(";", 1)
        return f"{before[0].rstrip()}; {chosen}" if len(before) == 2 else chosen
