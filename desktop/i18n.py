"""The interface language: our own .qm catalogue plus Qt's for its standard dialogs."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> bool:
    """Install Danish catalogues for ``language == "da"``; English needs none."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "da":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    ours = QTranslator(app)
    with resources.as_file(resources.files("resources") / "translations") as folder:
        loaded = ours.load("briefing_da", str(folder))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
