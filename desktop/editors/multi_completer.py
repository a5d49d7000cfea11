"""A completer for a field holding several names separated by semicolons.

Only the name being typed (after the last ``;``) is completed; the ones before it stay.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class MultiNameCompleter(QCompleter):
    def __init__(self, names: list[str], field: QLineEdit) -> None:
        super().__init__(field)
        self.names = QStringListModel(names, self)
        self.setModel(self.names)
        self.field = field
        self.typed = ""  # the whole text when completion began
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        field.setCompleter(self)

    def set_names(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def is_choosing(self) -> bool:
        """True while the list of completions is open: the text is not final yet."""
        popup = self.popup()
        return popup is not None and popup.isVisible()

    def splitPath(self, path: str) -> list[str]:
        self.typed = path
        return [path.rsplit(";", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # From the text as it was typed, not as it is now: a save on Return may already have
        # rewritten the field in stored order before the chosen name arrives.
        chosen = str(index.data(Qt.ItemDataRole.EditRole) or "")
        before = self.typed.rsplit(";", 1)
        return f"{before[0].rstrip()}; {chosen}" if len(before) == 2 else chosen
