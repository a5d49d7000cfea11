"""The editor's Results tab: indicators with their baseline, target and actual figures,
typed in place, each edit one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from models.rows import ResultRow

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.editors.child_rows_tab import ChildRowsTab
from desktop.editors.edit_session import EditSession
from desktop.editors.typed_figures import typed_figure
from desktop.itemmodels.results_table import FIELDS, FIGURES, ResultsTableModel

# A new result's indicator, to be typed over, in the language its texts are typed in.
NEW_INDICATOR = {"da": "Ny indikator", "en": "New indicator"}


class ResultsTab(ChildRowsTab):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        self.results_model = ResultsTableModel(session.language, self._edit_result)
        super().__init__(
            session,
            "results",
            self.results_model,
            (
                (self.tr("Add result"), "addResult", self.add_result),
                (self.tr("Duplicate result"), "duplicateResult", self.duplicate_result),
                (self.tr("Delete result…"), "deleteResult", self.delete_result),
            ),
            parent,
        )
        self.results_model.setParent(self)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FIELDS.index("indicator"), QHeaderView.ResizeMode.Stretch)
        note = FIELDS.index("note")  # notes can be long: a set width, the tooltip shows all
        header.setSectionResizeMode(note, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(note, 110)
        # Whole indicators, on as many lines as they need.
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        session.shown.connect(self._fill)

    def _fill(self) -> None:
        detail = self.session.detail
        self.message.clear()
        self.results_model.set_results(list(detail.row.results) if detail is not None else [])

    def add_result(self) -> None:
        from models.services.child_changes import new_result_key

        key = self.engagement_key()
        if key is None:
            return
        with self.session.context.database.session() as session:
            result_key = new_result_key(session, key)
        language = self.session.text_language  # written in the language it is typed in
        record = {
            "key": result_key,
            "language": language,
            "indicator": {language: NEW_INDICATOR[language]},  # in the language typed
        }
        self._add(record, self.tr("Add result"))

    def duplicate_result(self) -> None:
        """A copy of the selected result under a new key, selected for editing; undoable."""
        from models.services.child_changes import copy_of_child

        row = self.current_row()
        if self.engagement_key() is None or row is None:
            return
        with self.session.context.database.session() as session:
            record = copy_of_child(session, "results", self.results_model.results[row].key)
        self._add(record, self.tr("Duplicate result"))

    def _add(self, record: dict[str, Any], text: str) -> None:
        from models.services.child_changes import AddResult

        key = self.engagement_key()
        assert key is not None
        if self.session.perform(AddResult(key, record), text, self.show_message, conflicts=False):
            self.select(record["key"], edit=True)

    def delete_result(self, *, confirm: bool = True) -> None:
        from models.services.child_changes import DeleteResult

        row, key = self.current_row(), self.engagement_key()
        if key is None or row is None:
            return
        result = self.results_model.results[row]
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
        self.session.perform(
            DeleteResult(key, result.key),
            self.tr("Delete result"),
            self.show_message,
            conflicts=False,
        )

    def _edit_result(self, result: ResultRow, field: str, text: str) -> bool:
        from models.services.child_changes import SetResultField

        key = self.engagement_key()
        if key is None:
            return False
        value = typed_figure(text) if field in FIGURES else (text or None)
        stored = self.session.stored_field("results", field)
        change = SetResultField(key, result.key, stored, value, result.version)
        ok = self.session.perform(change, self.tr("Edit result"), self.show_message)
        if ok:
            self.message.clear()
        return ok
