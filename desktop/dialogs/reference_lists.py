"""Editors for the reference lists, one tab per list, with add and delete; all undoable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.changes_touched import Touched
from models.errors import EditConflictError
from models.services.reference_lists import (
    KINDS,
    AddListRecord,
    DeleteListRecord,
    SetListField,
    list_records,
)
from models.vocabulary import EventKind, OrganisationKind

from desktop.commands import perform
from desktop.context import AppContext
from desktop.dialogs.conflict_box import open_conflict_box
from desktop.editors.choice_delegate import ChoiceDelegate
from desktop.formatting import event_kind_text, organisation_kind_text
from desktop.itemmodels.reference_table import ReferenceTableModel
from desktop.messages import in_language

TITLES = {
    "countries": QT_TRANSLATE_NOOP("ReferenceLists", "Countries"),
    "regions": QT_TRANSLATE_NOOP("ReferenceLists", "Regions"),
    "themes": QT_TRANSLATE_NOOP("ReferenceLists", "Themes"),
    "instruments": QT_TRANSLATE_NOOP("ReferenceLists", "Instruments"),
    "organisations": QT_TRANSLATE_NOOP("ReferenceLists", "Organisations"),
    "sources": QT_TRANSLATE_NOOP("ReferenceLists", "Sources"),
    "key_facts": QT_TRANSLATE_NOOP("ReferenceLists", "Key facts"),
    "events": QT_TRANSLATE_NOOP("ReferenceLists", "Events"),
    "sector_themes": QT_TRANSLATE_NOOP("ReferenceLists", "IATI sectors"),
}
HEADERS = {
    "iso2": QT_TRANSLATE_NOOP("ReferenceLists", "Code"),
    "code": QT_TRANSLATE_NOOP("ReferenceLists", "Code"),
    "key": QT_TRANSLATE_NOOP("ReferenceLists", "Key"),
    "name_en": QT_TRANSLATE_NOOP("ReferenceLists", "English name"),
    "name_da": QT_TRANSLATE_NOOP("ReferenceLists", "Danish name"),
    "name": QT_TRANSLATE_NOOP("ReferenceLists", "Name"),
    "acronym": QT_TRANSLATE_NOOP("ReferenceLists", "Acronym"),
    "kind": QT_TRANSLATE_NOOP("ReferenceLists", "Kind"),
    "iati_ref": QT_TRANSLATE_NOOP("ReferenceLists", "IATI reference"),
    "title": QT_TRANSLATE_NOOP("ReferenceLists", "Title"),
    "publisher": QT_TRANSLATE_NOOP("ReferenceLists", "Publisher"),
    "url": QT_TRANSLATE_NOOP("ReferenceLists", "Address"),
    "published": QT_TRANSLATE_NOOP("ReferenceLists", "Published"),
    "language": QT_TRANSLATE_NOOP("ReferenceLists", "Language"),
    "note": QT_TRANSLATE_NOOP("ReferenceLists", "Note"),
    "text": QT_TRANSLATE_NOOP("ReferenceLists", "Text"),
    "value": QT_TRANSLATE_NOOP("ReferenceLists", "Value"),
    "unit": QT_TRANSLATE_NOOP("ReferenceLists", "Unit"),
    "value_text": QT_TRANSLATE_NOOP("ReferenceLists", "As written"),
    "start": QT_TRANSLATE_NOOP("ReferenceLists", "Start"),
    "end": QT_TRANSLATE_NOOP("ReferenceLists", "End"),
    "countries": QT_TRANSLATE_NOOP("ReferenceLists", "Countries"),
    "source": QT_TRANSLATE_NOOP("ReferenceLists", "Source"),
    "as_of": QT_TRANSLATE_NOOP("ReferenceLists", "As of"),
    "date": QT_TRANSLATE_NOOP("ReferenceLists", "Date"),
    "description": QT_TRANSLATE_NOOP("ReferenceLists", "Description"),
    "reference": QT_TRANSLATE_NOOP("ReferenceLists", "Reference"),
    "theme": QT_TRANSLATE_NOOP("ReferenceLists", "Theme (empty: none)"),
    "value_qualifier": QT_TRANSLATE_NOOP("ReferenceLists", "Qualifier (ca., more than …)"),
    "internal_note": QT_TRANSLATE_NOOP("ReferenceLists", "Internal note (never printed)"),
    "acronym_da": QT_TRANSLATE_NOOP("ReferenceLists", "Danish acronym"),
    "acronym_en": QT_TRANSLATE_NOOP("ReferenceLists", "English acronym"),
    "title_da": QT_TRANSLATE_NOOP("ReferenceLists", "Danish title"),
    "title_en": QT_TRANSLATE_NOOP("ReferenceLists", "English title"),
    "translated_title": QT_TRANSLATE_NOOP("ReferenceLists", "Translated title"),
    "text_da": QT_TRANSLATE_NOOP("ReferenceLists", "Danish text"),
    "text_en": QT_TRANSLATE_NOOP("ReferenceLists", "English text"),
    "unit_da": QT_TRANSLATE_NOOP("ReferenceLists", "Danish unit"),
    "unit_en": QT_TRANSLATE_NOOP("ReferenceLists", "English unit"),
    "value_text_da": QT_TRANSLATE_NOOP("ReferenceLists", "As written in Danish"),
    "value_text_en": QT_TRANSLATE_NOOP("ReferenceLists", "As written in English"),
    "description_da": QT_TRANSLATE_NOOP("ReferenceLists", "Danish description"),
    "description_en": QT_TRANSLATE_NOOP("ReferenceLists", "English description"),
}


KIND_WORDS: dict[str, tuple[list[str], Callable[[str], str]]] = {
    "organisations": ([kind.value for kind in OrganisationKind], organisation_kind_text),
    "events": ([kind.value for kind in EventKind], event_kind_text),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceLists", text)


def new_record(kind: str, key: str, source: str | None) -> dict[str, Any]:
    """A minimal valid record for a new row, for the user to type over."""
    today = dt.date.today().isoformat()
    match kind:
        case "regions":
            return {"key": key, "name_en": "New region", "name_da": "Ny region", "countries": []}
        case "themes" | "instruments":
            return {"code": key, "name_en": "New", "name_da": "Ny"}
        case "organisations":
            return {
                "key": key,
                "language": "da",
                "name": {"da": "Ny organisation"},  # English once someone translates it
                "kind": "other",
            }
        case "sources":
            return {"key": key, "title": "New source", "language": "da"}
        case "key_facts":
            return {
                "key": key,
                "language": "da",
                "text": {"da": "Nyt nøgletal"},
                "source": source,
                "as_of": today,
            }
        case "events":
            return {
                "key": key,
                "date": today,
                "kind": "other",
                "language": "da",
                "title": {"da": "Ny begivenhed"},
                "source": source,
                "as_of": today,
            }
    raise ValueError(kind)


class ListTab(QWidget):
    def __init__(
        self,
        context: AppContext,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.pending_overwrite: Any = None
        self.conflict_box: QMessageBox | None = None
        spec = KINDS[kind]
        headers = {name: _tr(str(label)) for name, label in HEADERS.items()}
        words = KIND_WORDS.get(kind)
        self.model = ReferenceTableModel(
            spec.key_column,
            spec.fields,
            headers,
            self._edit,
            self,
            shown={"kind": words[1]} if words else None,
        )
        self.view = QTableView(self)
        self.view.setObjectName(f"{kind}Table")
        self.view.setModel(self.model)
        if words:  # a kind is picked from its list, in words, never typed as a code
            codes, word = words
            self.view.setItemDelegateForColumn(
                self.model.columns.index("kind"),
                ChoiceDelegate([(code, word(code)) for code in codes], self.view),
            )
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(QCoreApplication.translate("ReferenceLists", "Add"), self)
        self.delete_button = QPushButton(
            QCoreApplication.translate("ReferenceLists", "Delete…"), self
        )
        self.add_button.setVisible(kind != "countries")  # the ISO list is complete
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(lambda: self.delete())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload()
        # A bound method, not a lambda: Qt disconnects it when the dialog is deleted.
        context.changes.changed.connect(self._touched)

    def _touched(self, touched: Touched) -> None:
        """An edit, undo or redo anywhere: this list reads again only if it was touched."""
        if touched.list_kind(self.kind):
            self.reload()

    def reload(self) -> None:
        with self.context.database.session() as session:
            self.model.set_records(list_records(session, self.kind))

    def _done(self, _key: str) -> None:
        self.message.clear()  # the list itself reads again when told what changed

    def _edit(self, key: str, field: str, value: Any) -> bool:
        record = next(
            (r for r in self.model.records if str(r.get(self.model.key_column)) == key), {}
        )
        return perform(
            self.context,
            SetListField(self.kind, key, field, value, expected_version=record.get("version")),
            QCoreApplication.translate("ReferenceLists", "Edit %1").replace(
                "%1", self._named(record, key)
            ),
            self._done,
            self.message.setText,
            self._conflict,
        )

    def _named(self, record: dict[str, Any], key: str) -> str:
        """How the undo history names a record: by its name in the interface's language
        ("Edit Belgien"), not its key ("Edit belgium")."""
        language = self.context.language
        for field in (f"name_{language}", f"title_{language}", "title", f"text_{language}"):
            if record.get(field):
                text = str(record[field])
                return text if len(text) <= 60 else text[:59] + "…"
        return key

    def _conflict(self, conflict: EditConflictError, change: Any) -> None:
        """Someone else saved first: offer to overwrite with this edit or to reload."""
        from models.services.changes import without_checks

        self.pending_overwrite = without_checks(change)
        self.conflict_box = open_conflict_box(
            self,
            "listConflictDialog",
            in_language(conflict),
            None,
            lambda overwrite: self.resolve_conflict(overwrite=overwrite),
        )

    def resolve_conflict(self, *, overwrite: bool) -> None:
        change, self.pending_overwrite = self.pending_overwrite, None
        if self.conflict_box is not None:
            self.conflict_box.close()
        if overwrite and change is not None:
            perform(
                self.context,
                change,
                QCoreApplication.translate("ReferenceLists", "Overwrite"),
                self._done,
                self.message.setText,
            )
        else:
            self.reload()

    def add(self) -> None:
        if self.kind == "sector_themes":
            code, ok = QInputDialog.getText(
                self,
                QCoreApplication.translate("ReferenceLists", "IATI sectors"),
                QCoreApplication.translate(
                    "ReferenceLists", "DAC sector code (3-digit category or 5-digit code):"
                ),
            )
            if ok and code.strip():
                self.add_sector(code.strip())
            return
        with self.context.database.session() as session:
            existing = {self.model.key_at(row) for row in range(self.model.rowCount())}
            sources = list_records(session, "sources")
        number = 1
        while f"new-{number}" in existing:
            number += 1
        source = sources[0]["key"] if sources else None
        record = new_record(self.kind, f"new-{number}", source)
        perform(
            self.context,
            AddListRecord(self.kind, record),
            QCoreApplication.translate("ReferenceLists", "Add to list"),
            self._done,
            self.message.setText,
        )

    def add_sector(self, code: str) -> bool:
        """An override for a DAC code, starting from the shipped default theme."""
        from models.iati.codelists import sector_themes

        _known, theme = sector_themes().theme_for(code if len(code) == 5 else code + "00")
        return perform(
            self.context,
            AddListRecord("sector_themes", {"code": code, "theme": theme}),
            QCoreApplication.translate("ReferenceLists", "Add to list"),
            self._done,
            self.message.setText,
        )

    def delete(self, *, confirm: bool = True) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        key = self.model.key_at(index.row())
        if (
            confirm
            and QMessageBox.question(
                self,
                QCoreApplication.translate("ReferenceLists", "Delete"),
                QCoreApplication.translate(
                    "ReferenceLists", "Delete “%1”? You can undo this."
                ).replace("%1", key),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        perform(
            self.context,
            DeleteListRecord(self.kind, key),
            QCoreApplication.translate("ReferenceLists", "Delete from list"),
            self._done,
            self.message.setText,
        )


class ReferenceListsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceListsDialog")
        self.setWindowTitle(QCoreApplication.translate("ReferenceLists", "Reference lists"))
        self.resize(980, 600)
        self.tabs = QTabWidget(self)
        self.lists: dict[str, ListTab] = {}
        for kind, title in TITLES.items():
            tab = ListTab(context, kind, self)
            self.lists[kind] = tab
            self.tabs.addTab(tab, _tr(str(title)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Undo and redo work here as in the main window (this dialog is modal to it).
        undo = context.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = context.undo_stack.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])
