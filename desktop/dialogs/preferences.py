"""Preferences: one small page per concern, each able to load, save and restore defaults."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import DEFAULTS, Settings


class PreferencesPage(QWidget):
    keys: tuple[str, ...] = ()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def load(self) -> None:  # each page fills its own fields
        return None

    def save(self) -> None:  # each page stores its own fields
        return None

    def restore_defaults(self) -> None:
        for key in self.keys:
            self.settings.restore_default(key)
        self.load()


class BriefDefaultsPage(PreferencesPage):
    keys = (
        "brief/author",
        "brief/unit",
        "brief/language",
        "brief/classifications",
        "brief/stale_months",
    )

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        form = QFormLayout(self)
        self.author = QLineEdit(self)
        self.author.setObjectName("defaultAuthor")
        self.unit = QLineEdit(self)
        self.unit.setObjectName("defaultUnit")
        self.language = QComboBox(self)
        self.language.setObjectName("defaultBriefLanguage")
        self.language.addItem(self.tr("Same as the interface"), "")
        self.language.addItem(self.tr("Danish"), "da")
        self.language.addItem(self.tr("English"), "en")
        self.classifications = QPlainTextEdit(self)
        self.classifications.setObjectName("classificationList")
        self.classifications.setToolTip(self.tr("One marking per line"))
        self.stale = QSpinBox(self)
        self.stale.setObjectName("staleMonths")
        self.stale.setRange(1, 240)
        self.stale.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Brief language"), self.language)
        form.addRow(
            self.tr("Classification markings (the first is the default)"), self.classifications
        )
        form.addRow(self.tr("Mark data as possibly outdated after"), self.stale)
        self.load()

    def load(self) -> None:
        self.author.setText(self.settings.get("brief/author"))
        self.unit.setText(self.settings.get("brief/unit"))
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.get("brief/language")))
        )
        self.classifications.setPlainText("\n".join(self.settings.get("brief/classifications")))
        self.stale.setValue(int(self.settings.get("brief/stale_months")))

    def save(self) -> None:
        self.settings.set("brief/author", self.author.text().strip())
        self.settings.set("brief/unit", self.unit.text().strip())
        self.settings.set("brief/language", self.language.currentData())
        markings = [line.strip() for line in self.classifications.toPlainText().splitlines()]
        self.settings.set(
            "brief/classifications",
            [m for m in markings if m] or list(DEFAULTS["brief/classifications"]),
        )
        self.settings.set("brief/stale_months", self.stale.value())


class InterfacePage(PreferencesPage):
    keys = ("ui/language",)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("interfaceLanguage")
        self.language.addItem(self.tr("As the system"), "")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setToolTip(self.tr("Takes effect at once: the window opens again in it."))
        form.addRow(self.tr("Interface language"), self.language)
        self.load()

    def load(self) -> None:
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.get("ui/language")))
        )

    def save(self) -> None:
        self.settings.set("ui/language", self.language.currentData())


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.pages: list[PreferencesPage] = [
            BriefDefaultsPage(settings, self),
            InterfacePage(settings, self),
        ]
        tabs = QTabWidget(self)
        tabs.addTab(self.pages[0], self.tr("Briefs"))
        tabs.addTab(self.pages[1], self.tr("Interface"))
        self.tabs = tabs
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.pages[self.tabs.currentIndex()].restore_defaults()
        )
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for page in self.pages:
            page.save()
        self.settings.sync()
        super().accept()
