"""The shared shape of the editor's small tables: rows of one engagement, some cells editable."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


Row = TypeVar("Row", bound=Keyed)


class ChildRowsModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``headers()`` and ``editable(column)``; rows are frozen records."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        """Show ``rows``. When they are the same records as before (an edit, its undo),
        only the rows that differ are redrawn: the current cell, an open editor's next
        cell and the scroll position stay where the user left them."""
        if [row.key for row in rows] != [row.key for row in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        before, self.rows = self.rows, rows
        last = max(0, self.columnCount() - 1)
        for number, (old, new) in enumerate(zip(before, rows, strict=True)):
            if old != new:
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    def headers(self) -> tuple[str, ...]:
        return ()

    def editable(self, column: int) -> bool:
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = self.headers()
        return labels[section] if 0 <= section < len(labels) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
