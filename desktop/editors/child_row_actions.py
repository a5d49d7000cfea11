"""Adding, editing and deleting an engagement's funding lines and results in the editor.

A mixin of ``EngagementEditor``: it supplies context, detail, the child models and views,
the message labels, and ``after_change`` / ``_conflict``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QTabWidget

from models.rows import FundingRow, ResultRow

from reports.text import BriefText

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.commands import perform
from desktop.editors.row_selection import select_row
from desktop.itemmodels.results_table import FIGURES


class ChildRowActions(QTabWidget):
    """Funding lines and results: each edit is one undoable change."""

    def add_result(self) -> None:
        from models.services.child_changes import new_result_key

        if self.detail is None:
            return
        with self.context.database.session() as session:
            result_key = new_result_key(session, self.detail.row.key)
        self._add_result(
            {"key": result_key, "indicator": self.tr("New indicator")}, self.tr("Add result")
        )

    def duplicate_result(self) -> None:
        """A copy of the selected result under a new key, selected for editing; undoable."""
        from models.services.child_changes import copy_of_child

        index = self.results_view.currentIndex()
        if self.detail is None or not index.isValid():
            return
        with self.context.database.session() as session:
            record = copy_of_child(session, "results", self.results_model.results[index.row()].key)
        self._add_result(record, self.tr("Duplicate result"))

    def _add_result(self, record: dict[str, Any], text: str) -> None:
        from models.services.child_changes import AddResult

        assert self.detail is not None
        change = AddResult(self.detail.row.key, record)
        if perform(self.context, change, text, self.after_change, self.results_message.setText):
            select_row(self.results_view, self.results_model.results, record["key"], edit=True)

    def delete_result(self, *, confirm: bool = True) -> None:
        from models.services.child_changes import DeleteResult

        index = self.results_view.currentIndex()
        if self.detail is None or not index.isValid():
            return
        result = self.results_model.results[index.row()]
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Delete result"),
                self.tr("Delete “%1”? You can undo this.").replace("%1", result.indicator),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        perform(
            self.context,
            DeleteResult(self.detail.row.key, result.key),
            self.tr("Delete result"),
            self.after_change,
            self.results_message.setText,
        )

    def _edit_result(self, result: ResultRow, field: str, text: str) -> bool:
        from models.services.child_changes import SetResultField

        assert self.detail is not None
        ok = perform(
            self.context,
            SetResultField(
                self.detail.row.key,
                result.key,
                field,
                typed_figure(text) if field in FIGURES else (text or None),
                result.version,
            ),
            self.tr("Edit result"),
            self.after_change,
            self.results_message.setText,
            self.show_conflict,
        )
        if ok:
            self.results_message.clear()
        return ok

    def _edit_amount(self, line: FundingRow, text: str) -> bool:
        from models.services.child_changes import SetFundingAmount

        assert self.detail is not None
        ok = perform(
            self.context,
            SetFundingAmount(self.detail.row.key, line.key, typed_figure(text), line.version),
            self.tr("Edit amount"),
            self.after_change,
            self._amount_refused,
            self.show_conflict,
        )
        if ok:
            self.funding_message.clear()
        return ok

    def _edit_funding_field(self, line: FundingRow, field: str, text: str) -> bool:
        from models.services.child_changes import SetFundingField

        assert self.detail is not None
        ok = perform(
            self.context,
            SetFundingField(self.detail.row.key, line.key, field, text or None, line.version),
            self.tr("Edit funding line"),
            self.after_change,
            self._amount_refused,
            self.show_conflict,
        )
        if ok:
            self.funding_message.clear()
        return ok

    def add_funding_line(self) -> None:
        """A new zero-amount commitment, ready to be typed over; undoable."""
        from models.services.child_changes import new_funding_key

        if self.detail is None:
            return
        with self.context.database.session() as session:
            line_key = new_funding_key(session, self.detail.row.key)
        line = {"key": line_key, "amount": 0, "currency": "DKK", "kind": "commitment"}
        self._add_funding_line(line, self.tr("Add funding line"))

    def duplicate_funding_line(self) -> None:
        """A copy of the selected line under a new key, selected for editing; undoable."""
        from models.services.child_changes import copy_of_child

        index = self.funding_view.currentIndex()
        if self.detail is None or not index.isValid():
            return
        with self.context.database.session() as session:
            record = copy_of_child(session, "funding", self.funding_model.lines[index.row()].key)
        self._add_funding_line(record, self.tr("Duplicate funding line"))

    def _add_funding_line(self, record: dict[str, Any], text: str) -> None:
        from models.services.child_changes import AddFundingLine

        assert self.detail is not None
        change = AddFundingLine(self.detail.row.key, record)
        if perform(self.context, change, text, self.after_change, self._amount_refused):
            select_row(self.funding_view, self.funding_model.lines, record["key"], edit=True)

    def delete_funding_line(self, *, confirm: bool = True) -> None:
        from models.services.child_changes import DeleteFundingLine

        index = self.funding_view.currentIndex()
        if self.detail is None or not index.isValid():
            return
        line = self.funding_model.lines[index.row()]
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete funding line"),
                self.tr("Delete the line of %1? You can undo this.").replace(
                    "%1", BriefText(self.context.language).amount(line.amount, line.currency)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        perform(
            self.context,
            DeleteFundingLine(self.detail.row.key, line.key),
            self.tr("Delete funding line"),
            self.after_change,
            self._amount_refused,
        )

    def _amount_refused(self, message: str) -> None:
        self.funding_message.setText(message)


def typed_figure(text: str) -> str:
    """A typed figure with its qualifier kept and the number's spaces dropped:
    "ca. 2 700 000" → "ca. 2700000"."""
    from models.qualifiers import split_qualifier, with_qualifier

    qualifier, number = split_qualifier(text)
    return with_qualifier(number.replace(" ", ""), qualifier, "en")
