"""Adding, editing and deleting an engagement's funding lines and results in the editor.

A mixin of ``EngagementEditor``: it supplies context, detail, the child models and views,
the message labels, and ``after_change`` / ``_conflict``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QTableView, QTabWidget

from models.rows import FundingRow, ResultRow
from models.services.child_changes import (
    AddFundingLine,
    AddResult,
    DeleteFundingLine,
    DeleteResult,
    SetFundingAmount,
    SetFundingField,
    SetResultField,
    copy_of_child,
    new_funding_key,
    new_result_key,
)

from reports.text import BriefText

from desktop.commands import perform
from desktop.itemmodels.results_table import FIGURES


class ChildRowActions(QTabWidget):
    """Funding lines and results: each edit is one undoable change."""

    def add_result(self) -> None:
        if self.detail is None:
            return
        key = self.detail.row.key
        with self.context.database.session() as session:
            result_key = new_result_key(session, key)
        result = {"key": result_key, "indicator": self.tr("New indicator")}
        if perform(
            self.context,
            AddResult(key, result),
            self.tr("Add result"),
            self.after_change,
            self.results_message.setText,
        ):
            _select(self.results_view, self.results_model.results, result_key, edit=True)

    def duplicate_result(self) -> None:
        """A copy of the selected result under a new key, selected for editing; undoable."""
        index = self.results_view.currentIndex()
        if self.detail is None or not index.isValid():
            return
        with self.context.database.session() as session:
            record = copy_of_child(session, "results", self.results_model.results[index.row()].key)
        if perform(
            self.context,
            AddResult(self.detail.row.key, record),
            self.tr("Duplicate result"),
            self.after_change,
            self.results_message.setText,
        ):
            _select(self.results_view, self.results_model.results, record["key"], edit=True)

    def delete_result(self, *, confirm: bool = True) -> None:
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
        assert self.detail is not None
        ok = perform(
            self.context,
            SetResultField(
                self.detail.row.key,
                result.key,
                field,
                text.replace(" ", "") if field in FIGURES else (text or None),
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
        assert self.detail is not None
        ok = perform(
            self.context,
            SetFundingAmount(
                self.detail.row.key, line.key, text.strip().replace(" ", ""), line.version
            ),
            self.tr("Edit amount"),
            self.after_change,
            self._amount_refused,
            self.show_conflict,
        )
        if ok:
            self.funding_message.clear()
        return ok

    def _edit_funding_field(self, line: FundingRow, field: str, text: str) -> bool:
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
        if self.detail is None:
            return
        key = self.detail.row.key
        with self.context.database.session() as session:
            line_key = new_funding_key(session, key)
        line = {"key": line_key, "amount": 0, "currency": "DKK", "kind": "commitment"}
        if perform(
            self.context,
            AddFundingLine(key, line),
            self.tr("Add funding line"),
            self.after_change,
            self._amount_refused,
        ):
            _select(self.funding_view, self.funding_model.lines, line_key, edit=True)

    def duplicate_funding_line(self) -> None:
        """A copy of the selected line under a new key, selected for editing; undoable."""
        index = self.funding_view.currentIndex()
        if self.detail is None or not index.isValid():
            return
        with self.context.database.session() as session:
            record = copy_of_child(session, "funding", self.funding_model.lines[index.row()].key)
        if perform(
            self.context,
            AddFundingLine(self.detail.row.key, record),
            self.tr("Duplicate funding line"),
            self.after_change,
            self._amount_refused,
        ):
            _select(self.funding_view, self.funding_model.lines, record["key"], edit=True)

    def delete_funding_line(self, *, confirm: bool = True) -> None:
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


def _select(
    view: QTableView, rows: Sequence[FundingRow] | Sequence[ResultRow], key: str, *, edit: bool
) -> None:
    """Make the row with ``key`` current (and open its first cell for typing)."""
    for number, item in enumerate(rows):
        if item.key == key:
            index = view.model().index(number, 0)
            view.setCurrentIndex(index)
            if edit:
                view.edit(index)
            return
