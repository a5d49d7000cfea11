"""Under the funding and results tables: the source and as-of date of the selected row.

A funding line or result can come from another source than its engagement (a later
evaluation, a Finance Act); both are edited here as undoable changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QWidget

from models.rows import FundingRow, ResultRow

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.editors.edit_session import EditSession
from desktop.editors.row_selection import select_row


class ProvenanceStrip(QWidget):
    def __init__(
        self,
        session: EditSession,
        children: str,
        view: QTableView,
        rows: Callable[[], Sequence[FundingRow] | Sequence[ResultRow]],
        show_message: Callable[[str], None],
    ) -> None:
        super().__init__(view.parentWidget())
        self.session, self.kind, self.view, self.rows = session, children, view, rows
        self.show_message = show_message
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName(f"{children}SourceCombo")
        self.source_combo.setAccessibleName(self.tr("Source of the selected row"))
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source_combo.setMinimumContentsLength(20)
        self.as_of_edit = QLineEdit(self)
        self.as_of_edit.setObjectName(f"{children}AsOfEdit")
        self.as_of_edit.setAccessibleName(self.tr("As of"))
        self.as_of_edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.as_of_edit.setMaximumWidth(130)
        layout.addWidget(QLabel(self.tr("Source"), self))
        layout.addWidget(self.source_combo, 1)
        layout.addWidget(QLabel(self.tr("As of"), self))
        layout.addWidget(self.as_of_edit)
        self.source_combo.activated.connect(lambda _index: self._save("source"))
        self.as_of_edit.editingFinished.connect(lambda: self._save("as_of"))
        view.model().modelReset.connect(self.fill)
        view.model().dataChanged.connect(lambda *_changed: self.fill())
        view.selectionModel().currentChanged.connect(lambda _now, _before: self.fill())
        session.choices_read.connect(self.reload_sources)
        self.fill()

    def finish_editing(self) -> None:
        if self.as_of_edit.isModified():
            self._save("as_of")

    def reload_sources(self) -> None:
        """The session's list of sources (read when first needed, and after list edits)."""
        shown = self.source_combo.currentData()
        self.source_combo.clear()
        for key, label in self.session.sources:
            self.source_combo.addItem(label, key)
        self.source_combo.setCurrentIndex(self.source_combo.findData(shown))

    def _current(self) -> FundingRow | ResultRow | None:
        index = self.view.currentIndex()
        rows = self.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def fill(self) -> None:
        row = self._current()
        self.setEnabled(row is not None)
        if row is None:
            self.source_combo.setCurrentIndex(-1)
            self.as_of_edit.clear()
            return
        source = row.provenance.source.key
        if self.source_combo.findData(source) < 0:  # made since the list was read
            self.session.read_choices()
        self.source_combo.setCurrentIndex(self.source_combo.findData(source))
        self.as_of_edit.setText(row.provenance.as_of.isoformat())

    def _save(self, name: str) -> None:
        from models.services.child_changes import SetChildProvenance

        row, detail = self._current(), self.session.detail
        if row is None or detail is None:
            return
        if name == "source":
            value: str = self.source_combo.currentData()
            unchanged = value == row.provenance.source.key
        else:
            value = self.as_of_edit.text().strip()
            unchanged = value == row.provenance.as_of.isoformat()
        if unchanged:
            return
        key = row.key
        change = SetChildProvenance(detail.row.key, self.kind, key, name, value, row.version)
        if self.session.perform(change, self.tr("Edit source"), self.show_message):
            self.show_message("")
            select_row(self.view, self.rows(), key)  # the same row, after the refill
        else:
            self.fill()  # show what is stored, not the refused value
