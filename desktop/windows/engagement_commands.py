"""New, duplicate and delete engagement; each is one undoable change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.commands import perform
from desktop.context import AppContext
from desktop.windows.engagement_browser import EngagementBrowser


class EngagementCommands(QObject):
    changed = Signal(str)  # the engagement made, copied or deleted (and after undo/redo)
    created = Signal(str)  # a new engagement, to be named at once
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        browser: EngagementBrowser,
        picked: Callable[[], tuple[tuple[str, ...], tuple[str, ...]]],
        parent: QWidget,
    ) -> None:
        """``picked`` gives the countries and themes checked, which a new engagement gets."""
        super().__init__(parent)
        self.context, self.browser, self.picked, self.parent_widget = (
            context,
            browser,
            picked,
            parent,
        )

    def new_engagement(self) -> None:
        from models.services.changes import CreateEngagement, new_engagement_key

        title = self.tr("New engagement")
        with self.context.database.session() as session:
            key = new_engagement_key(session, title)
        countries, themes = self.picked()
        # Typed in the interface's language: a new record is written in it.
        change = CreateEngagement(key, title, countries, themes, self.context.language)
        if perform(self.context, change, title, self.changed.emit, self.failed.emit):
            self.created.emit(key)

    def duplicate_engagement(self) -> None:
        from models.services.changes import DuplicateEngagement, new_engagement_key

        row = self.browser.current_row()
        if row is None:
            return
        title = self.tr("Copy of %1").replace("%1", row.title)
        with self.context.database.session() as session:
            key = new_engagement_key(session, title)
        perform(
            self.context,
            DuplicateEngagement(key, row.key, title, self.context.language),
            self.tr("Duplicate engagement"),
            self.changed.emit,
            self.failed.emit,
        )

    def delete_engagement(self, *, confirm: bool = True) -> None:
        from models.services.changes import DeleteEngagement

        row = self.browser.current_row()
        if row is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self.parent_widget,
                self.tr("Delete engagement"),
                self.tr(
                    "Delete “%1” with its funding lines and results? You can undo this."
                ).replace("%1", row.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        perform(
            self.context,
            DeleteEngagement(row.key),
            self.tr("Delete engagement"),
            self.changed.emit,
            self.failed.emit,
        )
