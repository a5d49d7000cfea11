"""Results of one engagement; the indicator and its figures are edited in place."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models.rows import ResultRow

from reports.text import BriefText

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("indicator", "baseline", "target", "actual", "period")


class ResultsTableModel(QAbstractTableModel):
    def __init__(
        self, language: str, on_edit: Callable[[ResultRow, str, str], bool], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.on_edit = on_edit
        self.results: list[ResultRow] = []

    def set_results(self, results: list[ResultRow]) -> None:
        self.beginResetModel()
        self.results = results
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (
            self.tr("Indicator"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Period"),
        )
        return labels[section] if 0 <= section < len(labels) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if FIELDS[index.column()] != "period":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result = self.results[index.row()]
        field = FIELDS[index.column()]
        text = BriefText(self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("baseline", "target", "actual"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and field == "indicator":
            return result.indicator + (f"\n{result.note}" if result.note else "")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if field == "indicator":
            return result.indicator
        if field == "period":
            return text.period(result.start, result.end)
        value: Decimal | None = getattr(result, field)
        written = getattr(result, f"{field}_text")
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else format(value.normalize(), "f")
        if value is None:
            return written or ""
        return text.number(value) + (" %" if result.unit == "%" else "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = FIELDS[index.column()]
        if field == "period":
            return False
        return self.on_edit(self.results[index.row()], field, str(value).strip())
