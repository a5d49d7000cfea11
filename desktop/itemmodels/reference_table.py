"""One reference list as an editable table; every edit goes through an undoable change."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
LIST_FIELDS = ("countries",)


class ReferenceTableModel(QAbstractTableModel):
    def __init__(
        self,
        key_column: str,
        fields: tuple[str, ...],
        headers: dict[str, str],
        on_edit: Callable[[str, str, Any], bool],
        parent: Any = None,
        shown: dict[str, Callable[[str], str]] | None = None,
    ) -> None:
        super().__init__(parent)
        # Columns holding a code ("government", "mandate_renewal") show it in words.
        self.shown = shown or {}
        self.key_column = key_column
        self.columns = (key_column, *fields)
        self.headers = headers
        self.on_edit = on_edit
        self.records: list[dict[str, Any]] = []

    def set_records(self, records: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def key_at(self, row: int) -> str:
        return str(self.records[row][self.key_column])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.headers.get(self.columns[section], self.columns[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = self.columns[index.column()]
        value = self.records[index.row()].get(column)
        if column in self.shown and isinstance(value, str) and role != Qt.ItemDataRole.EditRole:
            return self.shown[column](value)
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        if isinstance(value, Decimal):
            return str(value.normalize()) if value == value.to_integral() else str(value)
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        field = self.columns[index.column()]
        text = str(value).strip()
        parsed: Any = text or None
        if field in LIST_FIELDS:
            parsed = [part.strip().upper() for part in text.split(",") if part.strip()]
        return self.on_edit(self.key_at(index.row()), field, parsed)
