"""The editor's Funding tab: an engagement's funding lines, typed in place, each edit one
undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from models.rows import FundingRow
from models.vocabulary import FundingKind

from reports.text import BriefText

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.editors.child_rows_tab import ChildRowsTab
from desktop.editors.choice_delegate import ChoiceDelegate
from desktop.editors.edit_session import EditSession
from desktop.editors.typed_figures import typed_figure
from desktop.itemmodels.funding_table import COLUMNS, FundingTableModel


class FundingTab(ChildRowsTab):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        self.lines_model = FundingTableModel(
            session.language, self._edit_amount, None, self._edit_funding_field
        )
        super().__init__(
            session,
            "funding",
            self.lines_model,
            (
                (self.tr("Add line"), "addFundingLine", self.add_funding_line),
                (self.tr("Duplicate line"), "duplicateFundingLine", self.duplicate_funding_line),
                (self.tr("Delete line…"), "deleteFundingLine", self.delete_funding_line),
            ),
            parent,
        )
        self.lines_model.setParent(self)
        self.view.horizontalHeader().setStretchLastSection(True)
        text = BriefText(session.language)
        kinds = [(kind.value, text(kind.value)) for kind in FundingKind]
        self.view.setItemDelegateForColumn(COLUMNS.index("kind"), ChoiceDelegate(kinds, self.view))
        session.shown.connect(self._fill)

    def _fill(self) -> None:
        detail = self.session.detail
        self.message.clear()
        self.lines_model.set_lines(list(detail.row.funding) if detail is not None else [])

    def _edit_amount(self, line: FundingRow, text: str) -> bool:
        from models.services.child_changes import SetFundingAmount

        key = self.engagement_key()
        if key is None:
            return False
        change = SetFundingAmount(key, line.key, typed_figure(text), line.version)
        ok = self.session.perform(change, self.tr("Edit amount"), self.show_message)
        if ok:
            self.message.clear()
        return ok

    def _edit_funding_field(self, line: FundingRow, field: str, text: str) -> bool:
        from models.services.child_changes import SetFundingField

        key = self.engagement_key()
        if key is None:
            return False
        stored = self.session.stored_field("funding_lines", field)
        change = SetFundingField(key, line.key, stored, text or None, line.version)
        ok = self.session.perform(change, self.tr("Edit funding line"), self.show_message)
        if ok:
            self.message.clear()
        return ok

    def add_funding_line(self) -> None:
        """A new zero-amount commitment, ready to be typed over; undoable."""
        from models.services.child_changes import new_funding_key

        key = self.engagement_key()
        if key is None:
            return
        with self.session.context.database.session() as session:
            line_key = new_funding_key(session, key)
        line = {"key": line_key, "amount": 0, "currency": "DKK", "kind": "commitment"}
        self._add(line, self.tr("Add funding line"))

    def duplicate_funding_line(self) -> None:
        """A copy of the selected line under a new key, selected for editing; undoable."""
        from models.services.child_changes import copy_of_child

        row = self.current_row()
        if self.engagement_key() is None or row is None:
            return
        with self.session.context.database.session() as session:
            record = copy_of_child(session, "funding", self.lines_model.lines[row].key)
        self._add(record, self.tr("Duplicate funding line"))

    def _add(self, record: dict[str, Any], text: str) -> None:
        from models.services.child_changes import AddFundingLine

        key = self.engagement_key()
        assert key is not None
        change = AddFundingLine(key, record)
        if self.session.perform(change, text, self.show_message, conflicts=False):
            self.select(record["key"], edit=True)

    def delete_funding_line(self, *, confirm: bool = True) -> None:
        from models.services.child_changes import DeleteFundingLine

        row, key = self.current_row(), self.engagement_key()
        if key is None or row is None:
            return
        line = self.lines_model.lines[row]
        if confirm:
            amount = BriefText(self.session.language).amount(line.amount, line.currency)
            answer = QMessageBox.question(
                self,
                self.tr("Delete funding line"),
                self.tr("Delete the line of %1? You can undo this.").replace("%1", amount),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.perform(
            DeleteFundingLine(key, line.key),
            self.tr("Delete funding line"),
            self.show_message,
            conflicts=False,
        )
