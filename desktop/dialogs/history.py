"""The history of exported briefs: open the file again or load the request to re-render."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reports.request import BriefRequest

from desktop.settings import Settings


@dataclass(frozen=True)
class HistoryEntry:
    file: str
    exported: str
    request: BriefRequest


def history_entries(settings: Settings) -> list[HistoryEntry]:
    entries = []
    for raw in settings.get("briefs/history"):
        try:
            data: dict[str, Any] = json.loads(raw)
            entries.append(
                HistoryEntry(
                    data["file"], data["exported"], BriefRequest.from_dict(data["request"])
                )
            )
        except (ValueError, KeyError, TypeError):
            continue  # an entry from an older or damaged settings file is skipped
    return entries


class HistoryDialog(QDialog):
    rerender = Signal(object)  # a BriefRequest to load into the brief panel

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Exported briefs"))
        self.resize(760, 420)
        self.entries = history_entries(settings)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Exported"), self.tr("Countries"), self.tr("File")]
        )
        for entry in self.entries:
            row = [
                QStandardItem(entry.exported.replace("T", " ")),
                QStandardItem(", ".join(entry.request.countries + entry.request.regions)),
                QStandardItem(entry.file),
            ]
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.view = QTreeView(self)
        self.view.setObjectName("historyView")
        self.view.setRootIsDecorated(False)
        self.view.setModel(self.model)
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("Open file"), self)
        self.rerender_button = QPushButton(self.tr("Render again"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.rerender_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_file)
        self.rerender_button.clicked.connect(self._rerender)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def _current(self) -> HistoryEntry | None:
        index = self.view.currentIndex()
        return self.entries[index.row()] if index.isValid() else None

    def _open_file(self) -> None:
        entry = self._current()
        if entry is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(entry.file))

    def _rerender(self) -> None:
        entry = self._current()
        if entry is not None:
            self.rerender.emit(entry.request)
            self.accept()
