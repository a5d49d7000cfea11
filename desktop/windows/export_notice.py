"""After an export, in the status bar: where the file went, with Open and Show in folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

SHOWN_MS = 30000


class ExportNotice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("openExported")
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.setObjectName("showExportedInFolder")
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOWN_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = path
        self.label.setText(self.tr("Exported %1").replace("%1", path.name))
        self.label.setToolTip(str(path))
        self.show()
        self.timer.start()

    def open_file(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
