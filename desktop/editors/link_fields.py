"""The overview's fields for what an engagement points at: countries, regions, themes,
instruments, source and as-of date.

Names are typed in either language (or as codes), separated by semicolons, with completion;
an unknown name is shown beside the field as it is typed and never saved.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from models.errors import BriefingError
from models.rows import Named

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.editors.edit_session import EditSession
from desktop.editors.field_row import FieldWithMessage
from desktop.editors.multi_completer import MultiNameCompleter
from desktop.messages import in_language

_WHAT = {
    "countries": "country",
    "regions": "region",
    "themes": "theme",
    "instruments": "instrument",
}


class _Invalid:
    pass


INVALID = _Invalid()


class LinkFields(QObject):
    """Adds its rows to the overview form and saves each field as one undoable change."""

    def __init__(self, session: EditSession, page: QWidget, form: QFormLayout) -> None:
        super().__init__(page)
        self.session = session
        self.language = session.language
        self.completers: dict[str, MultiNameCompleter] = {}
        self.fields: dict[str, FieldWithMessage] = {}
        self.edits: dict[str, QLineEdit] = {}
        for name, label in (
            ("countries", self.tr("Countries")),
            ("regions", self.tr("Regions")),
            ("themes", self.tr("Themes")),
            ("instruments", self.tr("Instruments")),
        ):
            edit = QLineEdit(page)
            edit.setObjectName(f"{name}Edit")
            edit.setAccessibleName(label)
            edit.setPlaceholderText(self.tr("Names or codes, separated by semicolons"))
            completer = MultiNameCompleter([], edit)
            self.completers[name] = completer
            edit.textEdited.connect(lambda _text, n=name: self._edited(n))
            edit.editingFinished.connect(lambda n=name: self.save(n))
            completer.activated.connect(lambda _text, n=name: self.save(n))
            edit.installEventFilter(self)
            self._add_row(form, page, name, label, edit)
            self.edits[name] = edit
        self.source_combo = QComboBox(page)
        self.source_combo.setObjectName("sourceCombo")
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source_combo.setMinimumContentsLength(14)
        self.source_combo.activated.connect(lambda _index: self.save("source"))
        self._add_row(form, page, "source", self.tr("Source"), self.source_combo)
        self.as_of_edit = QLineEdit(page)
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.as_of_edit.textEdited.connect(lambda _text: self._edited("as_of"))
        self.as_of_edit.editingFinished.connect(lambda: self.save("as_of"))
        self._add_row(form, page, "as_of", self.tr("As of"), self.as_of_edit)
        session.choices_read.connect(self._choices_read)
        session.shown.connect(self.fill)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a field while its list of completions is open (Tab, a click elsewhere)
        still saves what is typed: Qt sends no editingFinished then, and the text was lost."""
        if event.type() == QEvent.Type.FocusOut:
            for name, edit in self.edits.items():
                if watched is edit and not edit.hasFocus():
                    popup = self.completers[name].popup()
                    if popup is not None and popup.isVisible():
                        popup.hide()
                        QTimer.singleShot(0, lambda n=name: self.save(n, deferred=True))
        return False

    def finish_editing(self) -> None:
        """Save what is typed in a field not yet left (before a command moves on)."""
        for name, edit in self.edits.items():
            if edit.isModified():
                self.save(name, deferred=True)
        if self.as_of_edit.isModified():
            self.save("as_of", deferred=True)

    @property
    def choices(self) -> dict[str, list[Named]]:
        return self.session.choices

    def _choices_read(self) -> None:
        """The session read the names and sources (again): completion and the source list."""
        for name, completer in self.completers.items():
            completer.set_names(sorted(c.name(self.language) for c in self.choices[name]))
        shown = self.source_combo.currentData()
        self.source_combo.clear()
        for key, label in self.session.sources:
            self.source_combo.addItem(label, key)
        # Refilling must not change which source the box shows: picking it again would save.
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(shown)))

    def _add_row(
        self, form: QFormLayout, page: QWidget, name: str, label: str, editor: QWidget
    ) -> None:
        editor.setAccessibleName(label)
        wrapper = FieldWithMessage(editor, page)
        self.fields[name] = wrapper
        form.addRow(label, wrapper)

    # -- showing ----------------------------------------------------------------------
    def fill(self) -> None:
        detail = self.session.detail
        for name, wrapper in self.fields.items():
            wrapper.show_message(self.session.not_saved_messages.get(name, ""))
        if detail is None:
            for edit in (*self.edits.values(), self.as_of_edit):
                edit.clear()
            return
        row = detail.row
        for name, edit in self.edits.items():
            items = getattr(row, name)
            edit.setText(self._names(items))
            edit.setCursorPosition(0)  # a long list shows its start, not its end
            edit.setToolTip("\n".join(item.name(self.language) for item in items))
        source = row.provenance.source.key
        if self.source_combo.findData(source) < 0:  # made since the list was read
            self.session.read_choices()
        self.source_combo.setCurrentIndex(self.source_combo.findData(source))
        self.as_of_edit.setText(row.provenance.as_of.isoformat())

    def _names(self, items: tuple[Named, ...]) -> str:
        return "; ".join(item.name(self.language) for item in items)

    # -- editing ----------------------------------------------------------------------
    def _current(self, name: str) -> Any:
        """The stored form of what the engagement has now, to skip saves that change nothing."""
        assert self.session.detail is not None
        row = self.session.detail.row
        match name:
            case "source":
                return row.provenance.source.key
            case "as_of":
                return row.provenance.as_of.isoformat()
        return tuple(item.code for item in getattr(row, name))

    def check(self, name: str) -> Any:
        """The stored form of the field's text, or INVALID with the reason beside the field."""
        from models.services.engagement_links import parse_as_of

        if self.session.loading or self.session.detail is None:
            return INVALID
        try:
            match name:
                case "source":
                    value: Any = self.source_combo.currentData()
                case "as_of":
                    value = parse_as_of(self.as_of_edit.text()).isoformat()
                case _:
                    value = self._match(name)
        except BriefingError as error:
            self.fields[name].show_message(in_language(error, self.language))
            return INVALID
        self.fields[name].show_message(self.session.not_saved_messages.get(name, ""))
        return value

    def _match(self, name: str) -> tuple[str, ...]:
        from models.services.engagement_links import match_names

        return match_names(self.edits[name].text(), _WHAT[name], self.choices[name])

    def save(self, name: str, *, deferred: bool = False) -> None:
        from models.services.engagement_links import SetEngagementLinks

        if not deferred and name in self.completers and self.completers[name].is_choosing():
            # Return reaches the field before the completer: let it put the chosen name in
            # (or close its list) first, then save what the field holds.
            QTimer.singleShot(0, lambda: self.save(name, deferred=True))
            return
        value = self.check(name)
        if value is INVALID and name in _WHAT and self.session.detail is not None:
            self.session.read_choices()  # the name may have been added since it was read
            value = self.check(name)
        detail = self.session.detail
        if value is INVALID or detail is None:
            return
        current = self._current(name)
        if value == current or (name in _WHAT and set(value) == set(current)):
            return
        label = self.fields[name].editor.accessibleName()
        self.session.not_saved_messages.pop(name, None)  # a new attempt: its own outcome
        self.session.perform(
            SetEngagementLinks(
                detail.row.key, {name: list(value) if name in _WHAT else value}, detail.version
            ),
            self.tr("Edit %1").replace("%1", label),
            partial(self._not_saved, name),
            history_errors_to_status=True,
        )

    def _edited(self, name: str) -> None:
        self.session.not_saved_messages.pop(name, None)  # typed over: a new attempt
        self.check(name)

    def _not_saved(self, name: str, message: str) -> None:
        edit = self.as_of_edit if name == "as_of" else self.edits.get(name)
        typed = edit.text() if edit is not None else self.source_combo.currentText()
        self.session.not_saved(name, typed, message, self.fields[name].show_message)
