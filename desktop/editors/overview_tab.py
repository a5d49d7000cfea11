"""The editor's Overview tab: the engagement's own fields and what it points at.

Fields are checked as they are typed, with the message beside the field; a valid value is
saved when the field is left (or Enter is pressed), as one transaction and one undoable step.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.collation import danish_sort_key
from models.errors import BriefingError, ValidationError
from models.messages import say
from models.partial_dates import PartialDate
from models.rows import EngagementRow
from models.vocabulary import EngagementStatus

from desktop.editors.edit_session import EditSession
from desktop.editors.field_row import FieldWithMessage
from desktop.editors.link_fields import LinkFields
from desktop.editors.plain_text_field import PlainTextField
from desktop.formatting import status_text
from desktop.messages import message_text
from desktop.untranslated import typed_text, untranslated_hint

UNLIMITED = 2**31 - 1  # the most characters a QLineEdit can be told to hold


class OverviewTab(QScrollArea):
    """Scrolls rather than growing the window: the editor fits a laptop screen."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("overviewScroller")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        self.title_edit = QLineEdit(page)
        self.title_edit.setObjectName("titleEdit")
        self.summary_edit = PlainTextField(page)
        self.summary_edit.setObjectName("summaryEdit")
        self.summary_edit.setMaximumHeight(110)
        self.internal_note_edit = PlainTextField(page)
        self.internal_note_edit.setObjectName("internalNoteEdit")
        self.internal_note_edit.setMaximumHeight(70)
        self.internal_note_edit.setPlaceholderText(self.tr("Shown here only, never printed"))
        self.primary_theme_combo = QComboBox(page)
        self.primary_theme_combo.setObjectName("primaryThemeCombo")
        self.status_combo = QComboBox(page)
        self.status_combo.setObjectName("statusCombo")
        for status in EngagementStatus:
            self.status_combo.addItem(status_text(status.value), status.value)
        self.start_edit = QLineEdit(page)
        self.start_edit.setObjectName("startEdit")
        self.start_edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.end_edit = QLineEdit(page)
        self.end_edit.setObjectName("endEdit")
        self.end_edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.lead_unit_edit = QLineEdit(page)
        self.lead_unit_edit.setObjectName("leadUnitEdit")
        self.fields: dict[str, FieldWithMessage] = {}
        for name, label, editor in (
            ("title", self.tr("Title"), self.title_edit),
            ("summary", self.tr("Summary"), self.summary_edit),
            ("status", self.tr("Status"), self.status_combo),
            ("start", self.tr("Start"), self.start_edit),
            ("end", self.tr("End"), self.end_edit),
            ("lead_unit", self.tr("Lead unit"), self.lead_unit_edit),
            ("primary_theme", self.tr("Primary theme"), self.primary_theme_combo),
            ("internal_note", self.tr("Internal note"), self.internal_note_edit),
        ):
            editor.setAccessibleName(label)
            wrapper = FieldWithMessage(editor, page)
            self.fields[name] = wrapper
            form.addRow(label, wrapper)
        self.links = LinkFields(session, page, form)
        self.reported_label = QLabel(page)
        self.reported_label.setObjectName("reportedByLabel")
        self.reported_label.setWordWrap(True)
        self.reported_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Reported by"), self.reported_label)
        self.changed_label = QLabel(page)
        self.changed_label.setObjectName("changedLabel")
        self.changed_label.setStyleSheet("color: #5b6673;")
        form.addRow(self.tr("Changed"), self.changed_label)
        for name, line in (
            ("title", self.title_edit),
            ("start", self.start_edit),
            ("end", self.end_edit),
            ("lead_unit", self.lead_unit_edit),
        ):
            # Qt cuts text at 32,767 characters by default; a widget never shortens what is
            # stored (the model's rules refuse what is too long, with a message).
            line.setMaxLength(UNLIMITED)
            line.textEdited.connect(lambda _text, n=name: self._edited(n))
            line.editingFinished.connect(lambda n=name: self._save(n))
        for name, text_field in (
            ("summary", self.summary_edit),
            ("internal_note", self.internal_note_edit),
        ):
            text_field.textChanged.connect(lambda n=name: self._edited(n))
            text_field.editingFinished.connect(lambda n=name: self._save(n))
        self.status_combo.activated.connect(lambda _i: self._save("status"))
        self.primary_theme_combo.activated.connect(lambda _i: self._save("primary_theme"))
        self.setWidget(page)
        session.shown.connect(self._fill)

    def finish_editing(self) -> None:
        """Save whatever is typed and not yet saved (the focused field included) before a
        command moves on: nothing typed is lost."""
        if self.session.loading:
            return
        self.summary_edit.finish()
        self.internal_note_edit.finish()
        for name, line in (
            ("title", self.title_edit),
            ("start", self.start_edit),
            ("end", self.end_edit),
            ("lead_unit", self.lead_unit_edit),
        ):
            if line.isModified():
                self._save(name)
        self.links.finish_editing()

    # -- showing ----------------------------------------------------------------------
    def _fill(self) -> None:
        detail = self.session.detail
        for name, wrapper in self.fields.items():
            wrapper.show_message(self.session.not_saved_messages.get(name, ""))
        if detail is None:
            for edit in (self.title_edit, self.start_edit, self.end_edit, self.lead_unit_edit):
                edit.clear()
            self.summary_edit.set_text_quietly("")
            self.internal_note_edit.set_text_quietly("")
            self.primary_theme_combo.clear()
            self.changed_label.clear()
            self.reported_label.clear()
            return
        row = detail.row
        self.title_edit.setText(typed_text(row.title))
        self.title_edit.setPlaceholderText(untranslated_hint(row.title))
        self.summary_edit.set_text_quietly(typed_text(row.summary))
        self.summary_edit.setPlaceholderText(untranslated_hint(row.summary))
        self.internal_note_edit.set_text_quietly(detail.internal_note or "")
        self._fill_primary_theme(row)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(row.status)))
        self.start_edit.setText(row.start.isoformat() if row.start else "")
        self.end_edit.setText(row.end.isoformat() if row.end else "")
        self.lead_unit_edit.setText(detail.lead_unit or "")
        self.reported_label.setText(
            self.tr("%1 (IATI activity %2)")
            .replace("%1", detail.reported_by)
            .replace("%2", detail.iati_identifier or "")
            if detail.reported_by
            else self.tr("Our own record")
        )
        when = detail.updated_at.strftime("%Y-%m-%d %H:%M") if detail.updated_at else ""
        self.changed_label.setText(
            self.tr("%1 by %2 (created by %3)")
            .replace("%1", when)
            .replace("%2", detail.updated_by or "?")
            .replace("%3", detail.created_by or "?")
        )

    def _fill_primary_theme(self, row: EngagementRow) -> None:
        combo, language = self.primary_theme_combo, self.session.language
        combo.clear()
        combo.addItem(self.tr("(none)"), "")
        for theme in sorted(row.themes, key=lambda t: danish_sort_key(t.name(language))):
            combo.addItem(theme.name(language), theme.code)
        combo.setCurrentIndex(max(0, combo.findData(row.primary_theme or "")))

    # -- editing ----------------------------------------------------------------------
    def _value(self, name: str) -> Any:
        match name:
            case "title":
                return self.title_edit.text()
            case "summary":
                return self.summary_edit.toPlainText()
            case "internal_note":
                return self.internal_note_edit.toPlainText()
            case "primary_theme":
                return self.primary_theme_combo.currentData() or None
            case "status":
                return self.status_combo.currentData()
            case "start":
                return self.start_edit.text()
            case "end":
                return self.end_edit.text()
            case "lead_unit":
                return self.lead_unit_edit.text()
        raise KeyError(name)

    def _check(self, name: str) -> Any:
        """Validate one field as typed; returns the stored value or _INVALID."""
        from models.services.changes import check_engagement_field

        detail = self.session.detail
        if self.session.loading or detail is None:
            return _INVALID
        if name == "primary_theme":  # chosen from the engagement's own themes
            return self._value(name)
        row = detail.row
        try:
            stored = self.session.stored_field("engagements", name)
            value = check_engagement_field(stored, self._value(name), row.start, row.end)
            if name == "title" and not value:  # the last language of a title stays
                other = "en" if self.session.text_language == "da" else "da"
                if not (detail.texts or {}).get(f"title_{other}"):
                    raise ValidationError(say("text.empty"), record="Engagement", field="title")
        except BriefingError as error:
            self.fields[name].show_message(message_text(error))
            return _INVALID
        # A save that failed stays said beside the field until the user types there again.
        self.fields[name].show_message(self.session.not_saved_messages.get(name, ""))
        return value

    def _edited(self, name: str) -> None:
        self.session.not_saved_messages.pop(name, None)
        self._check(name)

    def _save(self, name: str) -> None:
        from models.services.changes import SetEngagementField

        detail = self.session.detail
        value = self._check(name)
        if value is _INVALID or detail is None:
            return
        if _same(self._stored(name), value):
            return
        label = self.fields[name].editor.accessibleName()
        self.session.not_saved_messages.pop(name, None)  # a new attempt: its own outcome
        self.session.perform(
            SetEngagementField(
                detail.row.key,
                self.session.stored_field("engagements", name),
                value,
                detail.version,
            ),
            self.tr("Edit %1").replace("%1", label),
            partial(self._not_saved, name),
            history_errors_to_status=True,
        )

    def _stored(self, name: str) -> Any:
        detail = self.session.detail
        assert detail is not None
        match name:
            case "lead_unit":
                return detail.lead_unit
            case "internal_note":
                return detail.internal_note
            case "primary_theme":
                return detail.row.primary_theme
        return typed_text(getattr(detail.row, name, None)) or None

    def _not_saved(self, name: str, message: str) -> None:
        self.session.not_saved(name, self._value(name), message, self.fields[name].show_message)


class _Invalid:
    pass


_INVALID = _Invalid()


def _same(current: Any, new: Any) -> bool:
    if isinstance(current, PartialDate) or isinstance(new, PartialDate):
        return bool(current == new)
    return bool((current or None) == (new or None))
