"""The editor's Sources tab: where the engagement's facts come from, with their dates.

Read here, edited where each fact is: the engagement's source on the Overview, a funding
line's or result's under its table, the sources themselves in the reference lists.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QVBoxLayout, QWidget

from desktop.editors.edit_session import EditSession


class SourcesTab(QWidget):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.view = QTreeView(self)
        self.view.setObjectName("sourcesView")
        self.view.setAccessibleName(self.tr("Sources"))
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.model = QStandardItemModel(self.view)
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        session.shown.connect(self.fill)

    def fill(self) -> None:
        """Each source once: the engagement's own first, then those of its lines and results."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Publisher"), self.tr("As of")]
        )
        detail = self.session.detail
        if detail is None:
            return
        row = detail.row
        sources = {row.provenance.source.key: row.provenance}
        for line in row.funding:
            sources.setdefault(line.provenance.source.key, line.provenance)
        for result in row.results:
            sources.setdefault(result.provenance.source.key, result.provenance)
        for provenance in sources.values():
            values = (
                provenance.source.title,
                provenance.source.publisher or "",
                provenance.as_of.isoformat(),
            )
            items = [QStandardItem(value) for value in values]
            for item in items:
                item.setEditable(False)
                item.setToolTip(item.text())
            self.model.appendRow(items)
