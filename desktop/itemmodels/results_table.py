"""Results of one engagement; the indicator and its figures are edited in place."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.qualifiers import with_qualifier
from models.rows import ResultRow
from models.services.result_fields import RESULT_FIELDS

from reports.text import BriefText

from desktop.itemmodels.child_rows import ChildRowsModel
from desktop.untranslated import cell_text, is_untranslated, typed_text

Index = QModelIndex | QPersistentModelIndex
FIELDS = RESULT_FIELDS  # the columns are the fields a result edit takes, in order
FIGURES = ("baseline", "target", "actual")


class ResultsTableModel(ChildRowsModel[ResultRow]):
    def __init__(
        self, language: str, on_edit: Callable[[ResultRow, str, str], bool], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.on_edit = on_edit

    @property
    def results(self) -> list[ResultRow]:
        return self.rows

    def set_results(self, results: list[ResultRow]) -> None:
        self.set_rows(results)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Note"),
            self.tr("Internal note"),
        )

    def editable(self, column: int) -> bool:
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result = self.results[index.row()]
        field = FIELDS[index.column()]
        text = BriefText(self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and field == "note":
            return result.note
        if role == Qt.ItemDataRole.ToolTipRole and field == "indicator":
            return result.indicator + (f"\n{result.note}" if result.note else "")
        if role == Qt.ItemDataRole.ForegroundRole and is_untranslated(getattr(result, field, None)):
            return QBrush(QColor("#7a8491"))  # an original waiting for its translation
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if field in ("indicator", "unit", "note", "internal_note"):
            shown = getattr(result, field)
            return typed_text(shown) if role == Qt.ItemDataRole.EditRole else cell_text(shown)
        if field in ("start", "end"):
            when = getattr(result, field)
            if role == Qt.ItemDataRole.EditRole:
                return when.isoformat() if when else ""
            return text.partial(when)
        value: Decimal | None = getattr(result, field)
        written = getattr(result, f"{field}_text")
        qualifier = getattr(result, f"{field}_qualifier")
        if role == Qt.ItemDataRole.EditRole:
            plain = "" if value is None else format(value.normalize(), "f")
            return with_qualifier(plain, qualifier, self.language)
        if value is None:
            return written or ""
        return text.qualified(text.number(value) + (" %" if result.unit == "%" else ""), qualifier)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if str(value).strip() == str(self.data(index, Qt.ItemDataRole.EditRole)).strip():
            return True  # committed unchanged: no save, no undo step
        field = FIELDS[index.column()]
        return self.on_edit(self.results[index.row()], field, str(value).strip())
