"""Funding lines of one engagement; amounts are edited in place as undoable changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.qualifiers import with_qualifier
from models.rows import FundingRow

from reports.text import BriefText

from desktop.itemmodels.child_rows import ChildRowsModel
from desktop.untranslated import cell_text, is_untranslated, typed_text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "amount",
    "currency",
    "kind",
    "start",
    "end",
    "finance_act_line",
    "note",
    "internal_note",
)


class FundingTableModel(ChildRowsModel[FundingRow]):
    def __init__(
        self,
        language: str,
        on_amount: Callable[[FundingRow, str], bool],
        parent: Any = None,
        on_field: Callable[[FundingRow, str, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.on_amount = on_amount
        self.on_field = on_field

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
            self.tr("Start"),
            self.tr("End"),
            self.tr("Finance Act line"),
            self.tr("Note"),
            self.tr("Internal note"),
        )

    def editable(self, column: int) -> bool:
        return column == 0 or self.on_field is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        text = BriefText(self.language)
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and is_untranslated(getattr(line, column, None)):
            return QBrush(QColor("#7a8491"))  # an original waiting for its translation
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(line, column)
            if column == "note":
                return typed_text(value)
            if column == "amount":
                plain = format(line.amount.normalize(), "f")
                return with_qualifier(plain, line.qualifier, self.language)
            return "" if value is None else str(value)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case "amount":
                return text.qualified(text.number(line.amount), line.qualifier)
            case "start" | "end":
                return text.partial(getattr(line, column))
            case "kind":
                return text(line.kind)
            case "note":
                return cell_text(line.note)
        return getattr(line, column) or ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if str(value).strip() == str(self.data(index, Qt.ItemDataRole.EditRole)).strip():
            return True  # committed unchanged: no save, no undo step
        column = COLUMNS[index.column()]
        line = self.lines[index.row()]
        if column == "amount":
            return self.on_amount(line, str(value))
        return self.on_field is not None and self.on_field(line, column, str(value).strip())
