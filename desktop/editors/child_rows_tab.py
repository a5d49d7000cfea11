"""A tab with an engagement's child rows (funding lines or results): a grid, the selected
row's source and as-of date, a row of buttons and a message line for refused edits."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from models.rows import FundingRow, ResultRow

from desktop.editors.edit_session import EditSession
from desktop.editors.field_row import message_label
from desktop.editors.grid_view import GridView, commit_open_cell
from desktop.editors.provenance_strip import ProvenanceStrip
from desktop.editors.row_selection import select_row
from desktop.itemmodels.child_rows import ChildRowsModel


class ChildRowsTab(QWidget):
    """Owns its grid, buttons and message; edits go through the session as undoable steps."""

    def __init__(
        self,
        session: EditSession,
        name: str,
        model: ChildRowsModel[FundingRow] | ChildRowsModel[ResultRow],
        actions: tuple[tuple[str, str, Callable[[], None]], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        layout = QVBoxLayout(self)
        self.view: QTableView = GridView(self)
        self.view.setObjectName(f"{name}Table")
        self.view.setModel(model)
        self.view.verticalHeader().hide()
        self.message = message_label(self, f"{name}Message")
        self.provenance = ProvenanceStrip(session, name, self.view, self.rows, self.show_message)
        buttons = QHBoxLayout()
        for text, object_name, slot in actions:
            button = QPushButton(text, self)
            button.setObjectName(object_name)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.view)
        layout.addWidget(self.provenance)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def finish_editing(self) -> None:
        """Commit a cell being typed and the as-of date under the grid, before a command."""
        commit_open_cell(self.view)
        self.provenance.finish_editing()

    def rows(self) -> Sequence[FundingRow] | Sequence[ResultRow]:
        return self.model.rows

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.model.rows) else None

    def engagement_key(self) -> str | None:
        return self.session.key()

    def select(self, key: str, *, edit: bool = False) -> None:
        """Make the row with ``key`` current (and open its first cell for typing)."""
        select_row(self.view, self.model.rows, key, edit=edit)

    def focus_grid(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
