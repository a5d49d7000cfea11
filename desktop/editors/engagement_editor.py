"""The detail editor: tabs for overview, funding, results, events, partners and sources.

Each tab is a part that owns its widgets and works on the shared ``EditSession``; the
editor only composes them and says which engagement to show.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget

from models.queries.detail import EngagementDetail

from desktop.context import AppContext
from desktop.editors.edit_session import EditSession
from desktop.editors.events_tab import EventsTab
from desktop.editors.funding_tab import FundingTab
from desktop.editors.grid_view import commit_open_cell
from desktop.editors.overview_tab import OverviewTab
from desktop.editors.partners_tab import PartnersTab
from desktop.editors.results_tab import ResultsTab
from desktop.editors.sources_tab import SourcesTab


class EngagementEditor(QTabWidget):
    changed = Signal(str)  # engagement key, after any saved edit, undo or redo
    failed = Signal(str)  # a message to show the user

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engagementEditor")
        self.setAccessibleName(self.tr("Engagement details"))
        self.session = EditSession(context, self)
        self.overview = OverviewTab(self.session, self)
        self.funding = FundingTab(self.session, self)
        self.results = ResultsTab(self.session, self)
        self.events_tab = EventsTab(self.session, self)
        self.partners_tab = PartnersTab(self.session, self)
        self.sources_tab = SourcesTab(self.session, self)
        # Alt+letter opens a tab from the keyboard (none clashes with the menus' letters).
        self.addTab(self.overview, self.tr("&Overview"))
        self.addTab(self.funding, self.tr("F&unding"))
        self.addTab(self.results, self.tr("&Results"))
        self.addTab(self.events_tab, self.tr("Even&ts"))
        self.addTab(self.partners_tab, self.tr("&Partners"))
        self.addTab(self.sources_tab, self.tr("Sour&ces"))
        self.text_language = QComboBox(self)
        self.text_language.setObjectName("textLanguage")
        self.text_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_language.setAccessibleName(self.tr("Texts in"))
        self.text_language.setToolTip(
            self.tr(
                "Texts in: the language of the titles, notes and indicators shown and typed; "
                "a text not yet translated shows its original greyed"
            )
        )
        self.text_language.addItem(self.tr("Danish"), "da")
        self.text_language.addItem(self.tr("English"), "en")
        self.text_language.setCurrentIndex(
            max(0, self.text_language.findData(self.session.text_language))
        )
        self.text_language.activated.connect(self._text_language_chosen)
        self.setCornerWidget(self.text_language)
        self.session.shown.connect(lambda: self.setEnabled(self.session.detail is not None))
        self.session.shown.connect(self._mark_original)
        self.session.changed.connect(self.changed)
        self.session.failed.connect(self.failed)
        self.setEnabled(False)

    @property
    def detail(self) -> EngagementDetail | None:
        return self.session.detail

    def finish_editing(self) -> None:
        """Save whatever is typed and not yet saved, in any tab (before another engagement
        is shown, before a command such as undo or new, and before the window closes)."""
        self.overview.finish_editing()
        self.funding.finish_editing()
        self.results.finish_editing()
        commit_open_cell(self.events_tab.view)

    def _mark_original(self) -> None:
        """Say which language the engagement was written in: "Danish (original)"."""
        detail = self.session.detail
        for row, (code, word) in enumerate((("da", self.tr("Danish")), ("en", self.tr("English")))):
            if detail is not None and detail.language == code:
                word = self.tr("%1 (original)").replace("%1", word)
            self.text_language.setItemText(row, word)
        # Laid out again at its new width (a corner widget set anew must be shown again).
        self.text_language.adjustSize()
        self.setCornerWidget(self.text_language)
        self.text_language.show()

    def _text_language_chosen(self) -> None:
        """What was typed in the old language is saved first, then the texts switch."""
        self.finish_editing()
        self.session.set_text_language(str(self.text_language.currentData()))

    def show_engagement(self, key: str | None) -> None:
        if self.session.key() is not None and self.session.key() != key:
            self.finish_editing()
        self.session.show(key)

    def reload_choices(self) -> None:
        """After the reference lists changed: new names, sources and organisations to pick."""
        if self.session.choices:
            self.session.read_choices()
        self.session.reload()
