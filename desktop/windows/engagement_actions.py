"""New, duplicate and delete engagement from the main window; each is one undoable change."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMessageBox

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.commands import perform


class EngagementActions(QMainWindow):
    """A mixin of ``MainWindow``: it supplies context, database, selection, table, editor,
    side_tabs, refresh_engagement, current_key and show_error."""

    def new_engagement(self) -> None:
        from models.services.changes import CreateEngagement, new_engagement_key

        title = self.tr("New engagement")
        with self.database.session() as session:
            key = new_engagement_key(session, title)
        change = CreateEngagement(
            key, title, self.selection.checked_countries(), self.selection.checked_themes()
        )
        if perform(
            self.context,
            change,
            self.tr("New engagement"),
            self.refresh_engagement,
            self.show_error,
        ):
            self.side_tabs.setCurrentWidget(self.editor)
            self.editor.setCurrentIndex(0)
            self.editor.title_edit.setFocus()
            self.editor.title_edit.selectAll()

    def duplicate_engagement(self) -> None:
        from models.services.changes import DuplicateEngagement, new_engagement_key

        row = self.table_model.row_for(self.table.currentIndex())
        if row is None:
            return
        title = self.tr("Copy of %1").replace("%1", row.title)
        with self.database.session() as session:
            key = new_engagement_key(session, title)
        perform(
            self.context,
            DuplicateEngagement(key, row.key, title),
            self.tr("Duplicate engagement"),
            self.refresh_engagement,
            self.show_error,
        )

    def delete_engagement(self, *, confirm: bool = True) -> None:
        from models.services.changes import DeleteEngagement

        key = self.current_key()
        if key is None:
            return
        row = self.table_model.row_for(self.table.currentIndex())
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete engagement"),
                self.tr(
                    "Delete “%1” with its funding lines and results? You can undo this."
                ).replace("%1", row.title if row else key),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        perform(
            self.context,
            DeleteEngagement(key),
            self.tr("Delete engagement"),
            self.refresh_engagement,
            self.show_error,
        )
