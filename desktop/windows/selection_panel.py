"""The left panel: country picker grouped by region, theme picker and the filters."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.collation import danish_sort_key
from models.queries.pickers import country_choices, instrument_choices, theme_choices
from models.selection import OWN_RECORDS, Selection
from models.vocabulary import EngagementStatus

from desktop.context import AppContext
from desktop.formatting import status_text
from desktop.itemmodels.pickers import CountryPickerModel, PickerSearchProxy, ThemePickerModel
from desktop.period_fields import read_period


class SelectionPanel(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        language = context.language
        with context.database.session() as session:
            countries = country_choices(session)
            themes = theme_choices(session)
            instruments = instrument_choices(session)
        self.country_names = {c.country.code: c.country.name(language) for c in countries}
        self.theme_names = {theme.code: theme.name(language) for theme in themes}

        self.country_search = QLineEdit(self)
        self.country_search.setObjectName("countrySearch")
        self.country_search.setPlaceholderText(self.tr("Find a country…"))
        self.country_search.setClearButtonEnabled(True)
        self.country_search.setAccessibleName(self.tr("Find a country"))
        self.countries = CountryPickerModel(countries, language, self.tr("Other countries"))
        self.country_proxy = PickerSearchProxy()
        self.country_proxy.setSourceModel(self.countries)
        self.country_view = QTreeView(self)
        self.country_view.setObjectName("countryPicker")
        self.country_view.setAccessibleName(self.tr("Countries"))
        self.country_view.setHeaderHidden(True)
        self.country_view.setModel(self.country_proxy)
        self.country_view.setUniformRowHeights(True)
        self.country_search.textChanged.connect(self._search_countries)

        self.themes = ThemePickerModel(themes, language)
        self.theme_view = QListView(self)
        self.theme_view.setObjectName("themePicker")
        self.theme_view.setAccessibleName(self.tr("Themes"))
        self.theme_view.setModel(self.themes)

        self.instrument = QComboBox(self)
        self.instrument.setAccessibleName(self.tr("Instrument"))
        self.instrument.setObjectName("instrumentFilter")
        self.instrument.addItem(self.tr("All instruments"), "")
        for item in sorted(instruments, key=lambda i: danish_sort_key(i.name(language))):
            self.instrument.addItem(item.name(language), item.code)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), "")
        for status in EngagementStatus:
            self.status.addItem(status_text(status.value), status.value)
        for combo in (self.instrument, self.status):  # long names never widen the pane
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        # Who reported the records: shown once the knowledge base holds imported ones.
        self.untranslated = QComboBox(self)
        self.untranslated.setAccessibleName(self.tr("Texts"))
        self.untranslated.setObjectName("translationFilter")
        self.untranslated.addItem(self.tr("All texts"), "")
        self.untranslated.addItem(self.tr("Missing English"), "en")
        self.untranslated.addItem(self.tr("Missing Danish"), "da")
        self.reporter = QComboBox(self)
        self.reporter.setAccessibleName(self.tr("Reported by"))
        self.reporter.setObjectName("reporterFilter")
        self.reporter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reporter.setMinimumContentsLength(12)
        self.publishers: tuple[str, ...] = ()
        self.period_from = QLineEdit(self)
        self.period_from.setAccessibleName(self.tr("Period from"))
        self.period_from.setObjectName("filterFrom")
        self.period_from.setPlaceholderText(self.tr("from (YYYY)"))
        self.period_to = QLineEdit(self)
        self.period_to.setAccessibleName(self.tr("Period to"))
        self.period_to.setObjectName("filterTo")
        self.period_to.setPlaceholderText(self.tr("to (YYYY)"))
        self.period_message = QLabel(self)
        self.period_message.setStyleSheet("color: #b3261e;")
        self.period_message.setWordWrap(True)
        self.period_message.hide()

        filters = QFormLayout()
        filters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        filters.addRow(self.tr("Instrument"), self.instrument)
        filters.addRow(self.tr("Status"), self.status)
        filters.addRow(self.tr("Reported by"), self.reporter)
        filters.addRow(self.tr("Texts"), self.untranslated)
        self.filters = filters
        self.set_publishers(())
        filters.addRow(self.tr("From"), self.period_from)
        filters.addRow(self.tr("To"), self.period_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        heading = QLabel(self.tr("Countries"), self)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(self.country_search)
        layout.addWidget(self.country_view, 3)
        themes_heading = QLabel(self.tr("Themes"), self)
        themes_heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(themes_heading)
        layout.addWidget(self.theme_view, 2)
        layout.addLayout(filters)
        layout.addWidget(self.period_message)

        self._last_state: tuple[object, ...] | None = None
        self.countries.itemChanged.connect(lambda _item: self._note_change())
        self.themes.itemChanged.connect(lambda _item: self._note_change())
        self.instrument.currentIndexChanged.connect(lambda _i: self._note_change())
        self.status.currentIndexChanged.connect(lambda _i: self._note_change())
        self.reporter.currentIndexChanged.connect(lambda _i: self._note_change())
        self.untranslated.currentIndexChanged.connect(lambda _i: self._note_change())
        self.period_from.textChanged.connect(lambda _t: self._note_change())
        self.period_to.textChanged.connect(lambda _t: self._note_change())

    def _note_change(self) -> None:
        """Emit ``changed`` once per real change of the selection.

        One click on a country that sits in two regions changes two items; the copy made
        while mirroring, and clicks that leave the selection as it was, refilter nothing.
        """
        if self.countries.syncing:
            return
        state = self._state()
        if state != self._last_state:
            self._last_state = state
            self.changed.emit()

    def _state(self) -> tuple[object, ...]:
        return (
            self.checked_countries(),
            self.checked_themes(),
            self.instrument.currentData(),
            self.status.currentData(),
            self.reporter.currentData(),
            self.untranslated.currentData(),
            self.period_from.text(),
            self.period_to.text(),
        )

    def set_publishers(self, publishers: tuple[str, ...]) -> None:
        """The publishers of the imported records, as the "Reported by" choices; the filter
        shows only when there are some, and keeps its choice while it is still offered."""
        if publishers == self.publishers and self.reporter.count():
            return
        self.publishers = publishers
        chosen = self.reporter.currentData()
        self.reporter.blockSignals(True)
        self.reporter.clear()
        self.reporter.addItem(self.tr("Anyone"), None)
        self.reporter.addItem(self.tr("Our own records"), OWN_RECORDS)
        for name in publishers:
            self.reporter.addItem(name, name)
        index = self.reporter.findData(chosen) if chosen is not None else 0
        self.reporter.setCurrentIndex(max(0, index))
        self.reporter.blockSignals(False)
        self.filters.setRowVisible(self.reporter, bool(publishers) or index > 0)
        if index < 0 and chosen is not None:  # its publisher is gone: show everyone's again
            self._note_change()

    def _search_countries(self, text: str) -> None:
        self.country_proxy.set_needle(text)
        if text:
            self.country_view.expandAll()

    def checked_countries(self) -> tuple[str, ...]:
        return self.countries.checked_codes()

    def checked_themes(self) -> tuple[str, ...]:
        return self.themes.checked_codes()

    def checked_theme_names(self) -> tuple[str, ...]:
        """The checked themes by name in the interface's language, lower case (file names)."""
        return tuple(self.theme_names.get(code, code).lower() for code in self.checked_themes())

    def restore(self, countries: set[str], themes: set[str]) -> None:
        self.countries.set_checked(countries)
        self.themes.set_checked(themes)
        for row in range(self.country_proxy.rowCount()):
            index = self.country_proxy.index(row, 0)
            group = self.countries.itemFromIndex(self.country_proxy.mapToSource(index))
            if any(
                group.child(i).checkState() == Qt.CheckState.Checked
                for i in range(group.rowCount())
            ):
                self.country_view.expand(index)
        # The caller refilters for the restored selection; later clicks compare with it.
        self._last_state = self._state()

    def restore_filters(self, selection: Selection) -> None:
        """Instrument, status and period as a stored brief had them."""
        instrument = selection.instruments[0] if selection.instruments else ""
        status = selection.statuses[0] if selection.statuses else ""
        self.instrument.setCurrentIndex(max(0, self.instrument.findData(instrument)))
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        if selection.reported_by:
            reporter = selection.reported_by[0]
            if self.reporter.findData(reporter) < 0:  # rows not read yet: offer it already
                self.reporter.addItem(reporter, reporter)
                self.filters.setRowVisible(self.reporter, True)
            self.reporter.setCurrentIndex(self.reporter.findData(reporter))
        else:
            self.reporter.setCurrentIndex(0)
        self.untranslated.setCurrentIndex(
            max(0, self.untranslated.findData(selection.untranslated))
        )
        self.period_from.setText(_year_or_day(selection.period_start, first=True))
        self.period_to.setText(_year_or_day(selection.period_end, first=False))

    def engagement_filter(self) -> Selection:
        start, end, message = read_period(self.period_from.text(), self.period_to.text())
        self.period_message.setText(message)
        self.period_message.setVisible(bool(message))
        instrument = self.instrument.currentData()
        status = self.status.currentData()
        reporter = self.reporter.currentData()
        return Selection(
            countries=self.checked_countries(),
            themes=self.checked_themes(),
            instruments=(instrument,) if instrument else (),
            statuses=(status,) if status else (),
            reported_by=(reporter,) if reporter is not None else (),
            untranslated=str(self.untranslated.currentData() or ""),
            period_start=start,
            period_end=end,
        )


def _year_or_day(day: date | None, *, first: bool) -> str:
    """ "2020" for a whole year (1 January or 31 December), else the day as YYYY-MM-DD."""
    if day is None:
        return ""
    if (day.month, day.day) == ((1, 1) if first else (12, 31)):
        return str(day.year)
    return day.isoformat()
