"""The detail editor: tabs for overview, funding, results, events, partners and sources.

Fields are checked as they are typed, with the message beside the field; a valid value is
saved when the field is left, as one transaction and one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.collation import danish_sort_key
from models.errors import BriefingError, EditConflictError
from models.partial_dates import PartialDate
from models.queries.detail import EngagementDetail, engagement_detail
from models.rows import EngagementRow
from models.vocabulary import EngagementStatus, FundingKind

from reports.text import BriefText

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.commands import perform
from desktop.context import AppContext
from desktop.dialogs.conflict_box import open_conflict_box
from desktop.dialogs.not_saved_box import open_not_saved_box
from desktop.editors.child_row_actions import ChildRowActions
from desktop.editors.choice_delegate import ChoiceDelegate
from desktop.editors.events_tab import EventsTab
from desktop.editors.field_row import FieldWithMessage, message_label
from desktop.editors.link_fields import LinkFields
from desktop.editors.partners_tab import PartnersTab
from desktop.editors.plain_text_field import PlainTextField
from desktop.editors.provenance_strip import ProvenanceStrip
from desktop.editors.sources_tab import SourcesTab
from desktop.formatting import status_text
from desktop.itemmodels.funding_table import COLUMNS as FUNDING_COLUMNS
from desktop.itemmodels.funding_table import FundingTableModel
from desktop.itemmodels.results_table import FIELDS as RESULT_FIELDS
from desktop.itemmodels.results_table import ResultsTableModel
from desktop.messages import in_language

UNLIMITED = 2**31 - 1  # the most characters a QLineEdit can be told to hold


class EngagementEditor(ChildRowActions):
    changed = Signal(str)  # engagement key, after any saved edit, undo or redo
    failed = Signal(str)  # a message to show the user

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("engagementEditor")
        self.setAccessibleName(self.tr("Engagement details"))
        self.detail: EngagementDetail | None = None
        self.pending_overwrite: Any = None
        self.conflict_box: QMessageBox | None = None
        self._loading = False
        self._choices_read = False
        self.not_saved_messages: dict[str, str] = {}
        self._build_overview()
        self._build_funding()
        self._build_results()
        self.events_tab = EventsTab(self)
        self.addTab(self.events_tab, self.tr("Events"))
        self.partners_tab = PartnersTab(self)
        self.addTab(self.partners_tab, self.tr("Partners"))
        self.sources_tab = SourcesTab(self)
        self.addTab(self.sources_tab, self.tr("Sources"))
        self.setEnabled(False)

    # -- building ---------------------------------------------------------------------
    def _build_overview(self) -> None:
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
        self.links = LinkFields(self, page, form)
        self.changed_label = QLabel(page)
        self.changed_label.setObjectName("changedLabel")
        self.changed_label.setStyleSheet("color: #5b6673;")
        form.addRow(self.tr("Changed"), self.changed_label)
        for name, editor in (
            ("title", self.title_edit),
            ("start", self.start_edit),
            ("end", self.end_edit),
            ("lead_unit", self.lead_unit_edit),
        ):
            # Qt cuts text at 32,767 characters by default; a widget never shortens what is
            # stored (the model's rules refuse what is too long, with a message).
            editor.setMaxLength(UNLIMITED)
            editor.textEdited.connect(lambda _text, n=name: self._edited(n))
            editor.editingFinished.connect(lambda n=name: self._save(n))
        for name, text_field in (
            ("summary", self.summary_edit),
            ("internal_note", self.internal_note_edit),
        ):
            text_field.textChanged.connect(lambda n=name: self._edited(n))
            text_field.editingFinished.connect(lambda n=name: self._save(n))
        self.status_combo.activated.connect(lambda _i: self._save("status"))
        self.primary_theme_combo.activated.connect(lambda _i: self._save("primary_theme"))
        # Scrolls rather than growing the window: the editor fits a laptop screen.
        scroller = QScrollArea(self)
        scroller.setObjectName("overviewScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(page)
        self.addTab(scroller, self.tr("Overview"))

    def _child_table_tab(
        self,
        title: str,
        name: str,
        model: Any,
        actions: tuple[tuple[str, str, Callable[[], None]], ...],
    ) -> tuple[QTableView, QLabel]:
        """A tab with a table of child rows, a row of buttons under it and a message line."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        view = QTableView(page)
        view.setObjectName(f"{name}Table")
        view.setModel(model)
        view.verticalHeader().hide()
        message = message_label(page, f"{name}Message")
        buttons = QHBoxLayout()
        for text, object_name, slot in actions:
            button = QPushButton(text, page)
            button.setObjectName(object_name)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(view)
        layout.addLayout(buttons)
        layout.addWidget(message)
        self.addTab(page, title)
        return view, message

    def _build_funding(self) -> None:
        self.funding_model = FundingTableModel(
            self.context.language, self._edit_amount, self, self._edit_funding_field
        )
        self.funding_view, self.funding_message = self._child_table_tab(
            self.tr("Funding"),
            "funding",
            self.funding_model,
            (
                (self.tr("Add line"), "addFundingLine", self.add_funding_line),
                (self.tr("Duplicate line"), "duplicateFundingLine", self.duplicate_funding_line),
                (self.tr("Delete line…"), "deleteFundingLine", self.delete_funding_line),
            ),
        )
        self.funding_view.horizontalHeader().setStretchLastSection(True)
        self.funding_provenance = self._provenance_strip(
            "funding", self.funding_view, lambda: self.funding_model.lines, self._amount_refused
        )
        text = BriefText(self.context.language)
        kinds = [(kind.value, text(kind.value)) for kind in FundingKind]
        self.funding_view.setItemDelegateForColumn(
            FUNDING_COLUMNS.index("kind"), ChoiceDelegate(kinds, self.funding_view)
        )

    def _build_results(self) -> None:
        self.results_model = ResultsTableModel(self.context.language, self._edit_result, self)
        self.results_view, self.results_message = self._child_table_tab(
            self.tr("Results"),
            "results",
            self.results_model,
            (
                (self.tr("Add result"), "addResult", self.add_result),
                (self.tr("Duplicate result"), "duplicateResult", self.duplicate_result),
                (self.tr("Delete result…"), "deleteResult", self.delete_result),
            ),
        )
        self.results_provenance = self._provenance_strip(
            "results",
            self.results_view,
            lambda: self.results_model.results,
            self.results_message.setText,
        )
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            RESULT_FIELDS.index("indicator"), QHeaderView.ResizeMode.Stretch
        )
        note = RESULT_FIELDS.index("note")  # notes can be long: a set width, the tooltip shows all
        header.setSectionResizeMode(note, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(note, 110)
        # Whole indicators, on as many lines as they need.
        self.results_view.setWordWrap(True)
        self.results_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

    def _provenance_strip(
        self, children: str, view: QTableView, rows: Any, show: Callable[[str], None]
    ) -> ProvenanceStrip:
        """The selected row's source and as-of date, between the table and its buttons."""
        strip = ProvenanceStrip(self, children, view, rows, show)
        layout = view.parentWidget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, strip)
        return strip

    def reload_choices(self) -> None:
        """After the reference lists changed: new names, sources and organisations to pick."""
        self._read_choices()
        self.show_engagement(self.detail.row.key if self.detail else None)

    def _read_choices(self) -> None:
        self.links.reload_choices()
        self.funding_provenance.reload_sources()
        self.results_provenance.reload_sources()
        self.partners_tab.reload_organisations()
        self._choices_read = True

    # -- showing ----------------------------------------------------------------------
    def finish_editing(self) -> None:
        """Save what is typed in a multi-line field (before another engagement is shown,
        and before the window closes): nothing typed is lost."""
        if not self._loading:
            self.summary_edit.finish()
            self.internal_note_edit.finish()

    def show_engagement(self, key: str | None) -> None:
        if self.detail is not None and self.detail.row.key != key:
            self.finish_editing()
        if key and not self._choices_read:
            # Read when first needed, not at start-up: the editor is empty until a click.
            self._read_choices()
        if self.detail is None or self.detail.row.key != key:
            self.not_saved_messages.clear()  # they were about the engagement shown before
        with self.context.database.session() as session:
            self.detail = engagement_detail(session, key) if key else None
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False

    def _fill(self) -> None:
        detail = self.detail
        self.setEnabled(detail is not None)
        self.links.fill()
        self.events_tab.fill()
        self.partners_tab.fill()
        self.sources_tab.fill()
        for name, wrapper in self.fields.items():
            wrapper.show_message(self.not_saved_messages.get(name, ""))
        self.funding_message.clear()
        self.results_message.clear()
        if detail is None:
            for edit in (self.title_edit, self.start_edit, self.end_edit, self.lead_unit_edit):
                edit.clear()
            self.summary_edit.set_text_quietly("")
            self.internal_note_edit.set_text_quietly("")
            self.primary_theme_combo.clear()
            self.funding_model.set_lines([])
            self.results_model.set_results([])
            return
        row = detail.row
        self.title_edit.setText(row.title)
        self.summary_edit.set_text_quietly(row.summary or "")
        self.internal_note_edit.set_text_quietly(detail.internal_note or "")
        self._fill_primary_theme(row)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(row.status)))
        self.start_edit.setText(row.start.isoformat() if row.start else "")
        self.end_edit.setText(row.end.isoformat() if row.end else "")
        self.lead_unit_edit.setText(detail.lead_unit or "")
        self.funding_model.set_lines(list(row.funding))
        when = detail.updated_at.strftime("%Y-%m-%d %H:%M") if detail.updated_at else ""
        self.changed_label.setText(
            self.tr("%1 by %2 (created by %3)")
            .replace("%1", when)
            .replace("%2", detail.updated_by or "?")
            .replace("%3", detail.created_by or "?")
        )
        self.results_model.set_results(list(row.results))

    def _fill_primary_theme(self, row: EngagementRow) -> None:
        combo = self.primary_theme_combo
        combo.clear()
        combo.addItem(self.tr("(none)"), "")
        for theme in sorted(
            row.themes, key=lambda t: danish_sort_key(t.name(self.context.language))
        ):
            combo.addItem(theme.name(self.context.language), theme.code)
        combo.setCurrentIndex(max(0, combo.findData(row.primary_theme or "")))

    # -- editing ----------------------------------------------------------------------
    def is_loading(self) -> bool:
        """True while fields are being filled, when their signals are not edits."""
        return self._loading

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
        """Validate one field as typed; returns the stored value or raises nothing."""
        from models.services.changes import check_engagement_field

        if self._loading or self.detail is None:
            return None
        if name == "primary_theme":  # chosen from the engagement's own themes
            return self._value(name)
        row = self.detail.row
        try:
            value = check_engagement_field(name, self._value(name), row.start, row.end)
        except BriefingError as error:
            self.fields[name].show_message(in_language(getattr(error, "message", str(error))))
            return _INVALID
        # A save that failed stays said beside the field until the user types there again.
        self.fields[name].show_message(self.not_saved_messages.get(name, ""))
        return value

    def _edited(self, name: str) -> None:
        self.not_saved_messages.pop(name, None)
        self._check(name)

    def _save(self, name: str) -> None:
        from models.services.changes import SetEngagementField

        if self._loading or self.detail is None:
            return
        value = self._check(name)
        if value is _INVALID:
            return
        current = self._stored(name)
        if _same(current, value):
            return
        label = self.fields[name].editor.accessibleName()
        self.not_saved_messages.pop(name, None)  # a new attempt: its own outcome is shown
        perform(
            self.context,
            SetEngagementField(self.detail.row.key, name, value, self.detail.version),
            self.tr("Edit %1").replace("%1", label),
            self.after_change,
            lambda message, n=name: self._not_saved(n, message),
            self.show_conflict,
            self.failed.emit,
        )

    def _stored(self, name: str) -> Any:
        assert self.detail is not None
        match name:
            case "lead_unit":
                return self.detail.lead_unit
            case "internal_note":
                return self.detail.internal_note
            case "primary_theme":
                return self.detail.row.primary_theme
        return getattr(self.detail.row, name, None)

    def _not_saved(self, name: str, message: str) -> None:
        self.report_not_saved(self.fields[name], name, self._value(name), message)

    def report_not_saved(
        self, field: FieldWithMessage, name: str, typed: Any, message: str
    ) -> None:
        """A save the database refused: the field goes back to what is stored, the message
        stays beside it (until the user types there again), and a box keeps what was typed
        so it can be copied and tried again."""
        if self.detail is not None:
            # If what is stored cannot be read either, the message below says why.
            with suppress(BriefingError):
                self.show_engagement(self.detail.row.key)
        self.not_saved_messages[name] = message
        field.show_message(message)
        self.failed.emit(message)
        open_not_saved_box(self, message, "" if typed is None else str(typed))

    def show_conflict(self, conflict: EditConflictError, change: Any) -> None:
        """Someone else saved first: show both values, offer to reload or overwrite."""
        from models.services.changes import without_checks

        self.pending_overwrite = without_checks(change)
        self.conflict_box = open_conflict_box(
            self,
            "conflictDialog",
            self.tr("This engagement was changed by someone else after you opened it."),
            in_language(str(conflict)),
            lambda overwrite: self.resolve_conflict(overwrite=overwrite),
        )

    def resolve_conflict(self, *, overwrite: bool) -> None:
        change, self.pending_overwrite = self.pending_overwrite, None
        if self.conflict_box is not None:
            self.conflict_box.close()
        if overwrite and change is not None:
            perform(self.context, change, self.tr("Overwrite"), self.after_change, self.failed.emit)
        elif self.detail is not None:
            self.show_engagement(self.detail.row.key)
            self.changed.emit(self.detail.row.key)

    def after_change(self, key: str) -> None:
        if self.detail is not None and self.detail.row.key == key:
            self.show_engagement(key)
        self.changed.emit(key)


class _Invalid:
    pass


_INVALID = _Invalid()


def _same(current: Any, new: Any) -> bool:
    if isinstance(current, PartialDate) or isinstance(new, PartialDate):
        return current == new
    return (current or None) == (new or None)


__all__ = ["Callable", "EngagementEditor", "Qt"]
