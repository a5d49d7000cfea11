"""What is not yet translated: the brief's texts that would print as written, and per
country how many texts lack Danish or English (the data-quality view of translations)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.queries.translation_gaps import gaps_per_country

from reports.content.build import read_brief_data
from reports.content.untranslated import untranslated_texts
from reports.request import BriefRequest

from desktop.context import AppContext

KINDS = {  # what the model calls each record, as the list says it
    "engagement": QT_TRANSLATE_NOOP("TranslationsDialog", "Engagement"),
    "funding line": QT_TRANSLATE_NOOP("TranslationsDialog", "Funding line"),
    "result": QT_TRANSLATE_NOOP("TranslationsDialog", "Result"),
    "partner": QT_TRANSLATE_NOOP("TranslationsDialog", "Partner"),
    "event": QT_TRANSLATE_NOOP("TranslationsDialog", "Event"),
    "key fact": QT_TRANSLATE_NOOP("TranslationsDialog", "Key fact"),
}


class TranslationsDialog(QDialog):
    def __init__(self, context: AppContext, request: BriefRequest, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("translationsDialog")
        self.setWindowTitle(self.tr("Missing translations"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        with context.database.session() as session:
            found = untranslated_texts(read_brief_data(session, request))
            countries = gaps_per_country(session)
        language = self.tr("Danish") if request.language == "da" else self.tr("English")
        summary = QLabel(self)
        summary.setObjectName("briefGapsSummary")
        summary.setWordWrap(True)
        if len(found) == 1:
            summary.setText(
                self.tr(
                    "1 text of this brief has no %1 translation; it prints as written, "
                    "in italics and marked with its language."
                ).replace("%1", language.lower())
            )
        elif found:
            summary.setText(
                self.tr(
                    "%2 texts of this brief have no %1 translation; they print as written, "
                    "in italics and marked with their language."
                )
                .replace("%1", language.lower())
                .replace("%2", str(len(found)))
            )
        else:
            summary.setText(self.tr("Every text of this brief is in %1.").replace("%1", language))
        layout.addWidget(summary)
        self.brief_list = QTreeWidget(self)
        self.brief_list.setObjectName("briefGaps")
        self.brief_list.setHeaderLabels([self.tr("Record"), self.tr("Language"), self.tr("Text")])
        self.brief_list.setRootIsDecorated(False)
        for item in found:
            kind = self.tr(str(KINDS[item.what]))
            QTreeWidgetItem(self.brief_list, [kind, item.text.language, str(item.text)])
        self.brief_list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.brief_list, 1)
        layout.addWidget(QLabel(self.tr("Texts without a translation, per country"), self))
        self.country_list = QTreeWidget(self)
        self.country_list.setObjectName("countryGaps")
        self.country_list.setHeaderLabels(
            [
                self.tr("Country"),
                self.tr("Without Danish"),
                self.tr("Without English"),
                self.tr("Texts"),
            ]
        )
        self.country_list.setRootIsDecorated(False)
        for gaps in countries:
            name = gaps.name_da if context.language == "da" else gaps.name_en
            row = QTreeWidgetItem(
                self.country_list,
                [name, str(gaps.missing["da"]), str(gaps.missing["en"]), str(gaps.texts)],
            )
            for column in (1, 2, 3):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self.country_list.setSortingEnabled(True)
        self.country_list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.country_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.country_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
