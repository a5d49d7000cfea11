"""The engagement being edited, shared by the editor's tabs: they read it and change it here.

The tabs are parts that own their widgets; none reaches into the editor. Each gets this
session, which holds the engagement shown, applies changes as undoable steps, reports a
refused or conflicting save, and says when the engagement must be shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from models.bilingual import TEXT_FIELDS
from models.changes_touched import Touched
from models.errors import BriefingError, EditConflictError, NotFoundError
from models.queries.detail import EngagementDetail, engagement_detail
from models.queries.pickers import (
    country_names,
    instrument_choices,
    region_choices,
    source_choices,
    theme_choices,
)
from models.rows import Named

from desktop.commands import perform
from desktop.context import AppContext
from desktop.dialogs.conflict_box import open_conflict_box
from desktop.dialogs.not_saved_box import open_not_saved_box
from desktop.messages import in_language

if TYPE_CHECKING:
    from models.services.changes import Change


class EditSession(QObject):
    """One engagement open for editing, and the names and sources its fields can pick."""

    shown = Signal()  # the engagement (or none) to show was read: tabs fill their widgets
    changed = Signal(str)  # engagement key, after any saved edit, undo or redo
    failed = Signal(str)  # a message for the status line
    choices_read = Signal()  # names and sources were read again

    def __init__(self, context: AppContext, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.context = context
        self.language = context.language
        # The language of the texts shown and typed (titles, notes, indicators): the
        # interface's at first; the editor's "Texts in" choice switches it.
        self.text_language = context.language
        self.dialog_parent = dialog_parent
        self.detail: EngagementDetail | None = None
        self.loading = False  # while tabs fill their widgets, their signals are not edits
        self.not_saved_messages: dict[str, str] = {}
        self.choices: dict[str, list[Named]] = {}
        self.sources: list[tuple[str, str]] = []  # (key, label)
        self.pending_overwrite: Change | None = None
        self.conflict_box: QMessageBox | None = None
        context.changes.changed.connect(self._touched)

    def _touched(self, touched: Touched) -> None:
        """Any change, here or elsewhere (an undo, a list edit, an import): read again only
        if it touched what is shown."""
        if touched.rows and self.choices:
            self.read_choices()
        if touched.engagement(self.key()):
            try:
                self.reload()
            except NotFoundError:  # deleted (or undone into nothing): show nothing
                self.show(None)

    # -- what is shown ------------------------------------------------------------------
    def key(self) -> str | None:
        return self.detail.row.key if self.detail is not None else None

    def show(self, key: str | None) -> None:
        """Read the engagement ``key`` (or none) and let the tabs fill from it."""
        if self.key() != key:
            self.not_saved_messages.clear()  # they were about the engagement shown before
        if key and not self.choices:
            self.read_choices()  # read when first needed, not at start-up
        with self.context.database.session() as session:
            self.detail = engagement_detail(session, key, self.text_language) if key else None
        self.loading = True
        try:
            self.shown.emit()
        finally:
            self.loading = False

    def reload(self) -> None:
        self.show(self.key())

    def set_text_language(self, language: str) -> None:
        """Show and edit the texts in ``language``; a text not yet translated shows the
        original greyed, and what is typed is its translation."""
        if language != self.text_language:
            self.text_language = language
            self.reload()

    def stored_field(self, table: str, name: str) -> str:
        """The field an edit of ``name`` changes: a text in the language shown."""
        return f"{name}_{self.text_language}" if name in TEXT_FIELDS[table] else name

    def read_choices(self) -> None:
        """Read the names and sources to pick from (again, after the reference lists changed)."""
        with self.context.database.session() as session:
            self.choices = {
                "countries": country_names(session),
                "regions": region_choices(session),
                "themes": theme_choices(session),
                "instruments": instrument_choices(session),
            }
            self.sources = source_choices(session)
        self.choices_read.emit()

    # -- changing -------------------------------------------------------------------------
    def perform(
        self,
        change: Change,
        text: str,
        on_error: Callable[[str], None],
        *,
        conflicts: bool = True,
        history_errors_to_status: bool = False,
    ) -> bool:
        """Apply ``change`` as one undoable step; False (nothing kept) if it was refused."""
        return perform(
            self.context,
            change,
            text,
            self.after_change,
            on_error,
            self.show_conflict if conflicts else None,
            self.failed.emit if history_errors_to_status else None,
        )

    def after_change(self, key: str) -> None:
        """The change was saved; the engagement shown was read again when the change was
        announced (``_touched``)."""
        self.changed.emit(key)

    def not_saved(
        self, name: str, typed: object, message: str, show: Callable[[str], None]
    ) -> None:
        """A save the database refused: the field goes back to what is stored, the message
        stays beside it (until the user types there again), and a box keeps what was typed
        so it can be copied and tried again."""
        if self.detail is not None:
            with suppress(BriefingError):  # if what is stored cannot be read, the box says why
                self.reload()
        self.not_saved_messages[name] = message
        show(message)
        self.failed.emit(message)
        open_not_saved_box(self.dialog_parent, message, "" if typed is None else str(typed))

    def show_conflict(self, conflict: EditConflictError, change: Change) -> None:
        """Someone else saved first: show both values, offer to reload or overwrite."""
        from models.services.changes import without_checks

        self.pending_overwrite = without_checks(change)
        self.conflict_box = open_conflict_box(
            self.dialog_parent,
            "conflictDialog",
            self.tr("This engagement was changed by someone else after you opened it."),
            in_language(conflict),
            lambda overwrite: self.resolve_conflict(overwrite=overwrite),
        )

    def resolve_conflict(self, *, overwrite: bool) -> None:
        change, self.pending_overwrite = self.pending_overwrite, None
        if self.conflict_box is not None:
            self.conflict_box.close()
        if overwrite and change is not None:
            perform(self.context, change, self.tr("Overwrite"), self.after_change, self.failed.emit)
        elif self.detail is not None:  # show what the other person saved, everywhere
            self.context.changes.tell(Touched(engagements=frozenset({self.detail.row.key})))
