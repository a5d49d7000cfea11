"""Events of one engagement; date, kind, title, reference and description edited in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.rows import EventRow

from reports.text import BriefText

from desktop.formatting import event_kind_text
from desktop.itemmodels.child_rows import ChildRowsModel
from desktop.untranslated import cell_text, is_untranslated, typed_text

Index = QModelIndex | QPersistentModelIndex
# The event's fields in its knowledge-file form, one per column.
FIELDS = ("date", "kind", "title", "reference", "description")
KIND_COLUMN = FIELDS.index("kind")


class EventsTableModel(ChildRowsModel[EventRow]):
    def __init__(
        self, language: str, on_edit: Callable[[EventRow, str, str], bool], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.on_edit = on_edit

    @property
    def events(self) -> list[EventRow]:
        return self.rows

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Event"),
            self.tr("Reference"),
            self.tr("Description"),
        )

    def editable(self, column: int) -> bool:
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        event = self.rows[index.row()]
        field = FIELDS[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            if field == "date":
                return event.occurred.isoformat()
            value = getattr(event, field)
            if field in ("title", "description"):
                return typed_text(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and field in ("title", "description"):
            text = getattr(event, field) or ""
            if field == "title" and event.other_engagements == 1:
                text += "\n" + self.tr("Also an event of 1 other engagement.")
            elif field == "title" and event.other_engagements:
                text += "\n" + self.tr("Also an event of %1 other engagements.").replace(
                    "%1", str(event.other_engagements)
                )
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and is_untranslated(getattr(event, field, None)):
            return QBrush(QColor("#7a8491"))  # an original waiting for its translation
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match field:
            case "date":
                return BriefText(self.language).partial(event.occurred)
            case "kind":
                return event_kind_text(event.kind)
            case "title" | "description":
                return cell_text(getattr(event, field))
        return getattr(event, field) or ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if str(value).strip() == str(self.data(index, Qt.ItemDataRole.EditRole)).strip():
            return True  # committed unchanged: no save, no undo step
        event = self.rows[index.row()]
        return self.on_edit(event, FIELDS[index.column()], str(value).strip())
