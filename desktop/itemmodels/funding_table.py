"""Funding lines of one engagement; amounts are edited in place as undoable changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from models.rows import FundingRow

from reports.text import BriefText

from desktop.itemmodels.child_rows import ChildRowsModel

Index = QModelIndex | QPersistentModelIndex


class FundingTableModel(ChildRowsModel[FundingRow]):
    def __init__(
        self, language: str, on_amount: Callable[[FundingRow, str], bool], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.on_amount = on_amount

    @property
    def lines(self) -> list[FundingRow]:
        return self.rows

    def set_lines(self, lines: list[FundingRow]) -> None:
        self.set_rows(lines)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Amount"),
            self.tr("Currency"),
            self.tr("Kind"),
            self.tr("Period"),
            self.tr("Finance Act line"),
            self.tr("Note"),
        )

    def editable(self, column: int) -> bool:
        return column == 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        text = BriefText(self.language)
        if role == Qt.ItemDataRole.EditRole and index.column() == 0:
            return (
                str(line.amount.normalize())
                if line.amount == line.amount.to_integral()
                else str(line.amount)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            text.number(line.amount),
            line.currency,
            line.kind,
            text.period(line.start, line.end),
            line.finance_act_line or "",
            line.note or "",
        )[index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or not index.isValid():
            return False
        return self.on_amount(self.lines[index.row()], str(value))
