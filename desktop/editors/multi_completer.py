"""A completer for a field holding several names separated by semicolons.

Only the name being typed (after the last ``;``) is completed; the ones before it stay.
Matching ignores case and accents, like the check of the field ("cote" offers "Côte
d’Ivoire").
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from models.collation import loose_fold

MATCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the name as it is matched


class MultiNameCompleter(QCompleter):
    def __init__(self, names: list[str], field: QLineEdit) -> None:
        super().__init__(field)
        self.names = QStandardItemModel(self)
        self.setModel(self.names)
        self.setCompletionRole(MATCH_ROLE)
        self.set_names(names)
        self.field = field
        self.typed = ""  # the whole text when completion began
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        field.setCompleter(self)

    def set_names(self, names: list[str]) -> None:
        self.names.clear()
        for name in names:
            item = QStandardItem(name)
            item.setData(loose_fold(name), MATCH_ROLE)
            self.names.appendRow(item)

    def is_choosing(self) -> bool:
        """True while the list of completions is open: the text is not final yet."""
        popup = self.popup()
        return popup is not None and popup.isVisible()

    def splitPath(self, path: str) -> list[str]:
        self.typed = path
        return [loose_fold(path.rsplit(";", 1)[-1])]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # From the text as it was typed, not as it is now: a save on Return may already have
        # rewritten the field in stored order before the chosen name arrives.
        chosen = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        before = self.typed.rsplit(";", 1)
        return f"{before[0].rstrip()}; {chosen}" if len(before) == 2 else chosen
