"""Importing IATI files from the app: a preview (a dry run) first, then the real import."""

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

from desktop.cli.iati_commands import report_lines
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
        self.backup: Path | None = None  # the copy the last import kept
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

    def _run(self, *, dry_run: bool) -> bool:
        """Preview or import; an import that overwrites records keeps a copy of them first."""
        from models.interchange.replace import drop_unneeded, keep, with_backup

        # Qt hands the stored choice back as its plain value (PySide6 6.11), not the enum.
        policy = OnConflict(self.conflict.currentData())
        options = ImportOptions(on_conflict=policy, dry_run=dry_run)
        database = self.context.database
        self.backup = None
        try:
            if dry_run:
                report = database.write(lambda s: import_iati_files(s, self.paths, options))
            else:
                report, backup = with_backup(
                    database, lambda s: import_iati_files(s, self.paths, options)
                )
                if report.load.changed:
                    keep(database, backup)
                    self.backup = backup
                else:
                    drop_unneeded(backup)
        except (BriefingError, OSError) as error:
            self.report.setPlainText(in_language(str(error)))
            self.import_button.setEnabled(False)
            return False
        self.report.setPlainText("\n".join(report_lines(report)))
        return True

    def preview(self) -> None:
        ok = self._run(dry_run=True)
        self.import_button.setEnabled(ok)
        self.status.setText(self.tr("Preview: nothing has been written yet.") if ok else "")

    def run_import(self) -> None:
        if self._run(dry_run=False):
            self.import_button.setEnabled(False)
            if self.backup is None:
                self.status.setText(self.tr("Imported."))
            else:
                self.status.setText(
                    self.tr(
                        "Imported. The knowledge base before the import was kept as %1."
                    ).replace("%1", str(self.backup))
                )
            self.context.undo_stack.clear()  # earlier edits may refer to replaced rows
            self.on_imported()
