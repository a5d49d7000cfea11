"""Importing IATI files from the app: a preview (a dry run) first, then the real import, as
one step in the undo history (Ctrl+Z puts the knowledge base back as it was)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import BriefingError
from models.iati import ImportOptions, OnConflict, import_iati_files
from models.iati.report_text import report_lines

from desktop.commands import perform
from desktop.context import AppContext
from desktop.messages import in_language


class IatiImportDialog(QDialog):
    """Shows what the chosen files would import; Import writes it, as one transaction."""

    def __init__(
        self,
        context: AppContext,
        paths: list[Path],
        on_imported: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("iatiImportDialog")
        self.setWindowTitle(self.tr("Import IATI files"))
        self.resize(820, 560)
        self.context = context
        self.paths = paths
        self.on_imported = on_imported
        self.conflict = QComboBox(self)
        self.conflict.setObjectName("onConflict")
        self.conflict.addItem(self.tr("Update engagements already present"), OnConflict.UPDATE)
        self.conflict.addItem(self.tr("Leave engagements already present alone"), OnConflict.SKIP)
        self.conflict.addItem(self.tr("Add them again under new keys"), OnConflict.ADD)
        self.conflict.currentIndexChanged.connect(lambda _i: self.preview())
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        self.report.setFont(QFont("monospace"))
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("When an activity is already in the knowledge base:"), self))
        row.addWidget(self.conflict, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.preview()

    def _options(self, *, dry_run: bool) -> ImportOptions:
        # Qt hands the stored choice back as its plain value (PySide6 6.11), not the enum.
        policy = OnConflict(self.conflict.currentData())
        return ImportOptions(on_conflict=policy, dry_run=dry_run)

    def preview(self) -> None:
        """A dry run: what the import would add and change, and what it would leave out."""
        options = self._options(dry_run=True)
        try:
            report = self.context.database.write(
                lambda s: import_iati_files(s, self.paths, options)
            )
        except (BriefingError, OSError) as error:
            self.report.setPlainText(in_language(error))
            self.import_button.setEnabled(False)
            self.status.setText("")
            return
        self.report.setPlainText("\n".join(report_lines(report, in_language)))
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Preview: nothing has been written yet."))

    def run_import(self) -> None:
        """Import as one undoable step; the views hear that everything may have changed."""
        from models.services.import_changes import ImportIatiFiles

        change = ImportIatiFiles(tuple(self.paths), self._options(dry_run=False))
        failed: list[str] = []
        if not perform(
            self.context, change, self.tr("Import IATI files"), lambda _key: None, failed.append
        ):
            self.report.setPlainText(failed[0] if failed else "")
            self.import_button.setEnabled(False)
            return
        self.import_button.setEnabled(False)
        if change.report:
            self.report.setPlainText("\n".join(report_lines(change.report[0], in_language)))
        self.status.setText(self.tr("Imported. Undo (Ctrl+Z) puts everything back as it was."))
        self.on_imported()
