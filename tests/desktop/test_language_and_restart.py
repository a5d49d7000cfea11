"""The interface language changes at once, and what the user set up survives a restart:
the brief panel's options, the table's columns and sort."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

import desktop

from tests.desktop.user_actions import click_menu, open_tab


def _choose(qtbot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0
    while combo.currentIndex() != index:  # the keyboard, as a user would pick
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_choosing_english_in_preferences_switches_the_interface_at_once(
    qtbot, db_url, tmp_path: Path
):
    settings = tmp_path / "s.ini"
    settings.write_text("[ui]\nlanguage=da\n", encoding="utf-8")
    window = desktop.create_main_window(db_url, settings_path=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.menuBar().actions()[0].text() == "&Filer"
    from tests.desktop.conftest import check_countries

    check_countries(window, "ML")
    click_menu(qtbot, window, window.main_actions.preferences)
    dialog = window.preferences_dialog
    qtbot.waitExposed(dialog)
    open_tab(qtbot, dialog.tabs, dialog.pages[1])
    _choose(qtbot, dialog.pages[1].language, "English")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    def reopened():
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible() and w is not window
        ]

    qtbot.waitUntil(lambda: bool(reopened()))
    new = reopened()[0]
    qtbot.addWidget(new)
    assert new.menuBar().actions()[0].text() == "&File"
    assert new.search_box.placeholderText().startswith("Search")
    assert new.selection.checked_countries() == ("ML",)  # kept across the switch
    assert "language" in new.statusBar().currentMessage()
    assert not window.isVisible()
    new.close()
    new.brief.jobs.wait()


def test_brief_options_and_table_columns_survive_a_restart(qtbot, db_url, tmp_path: Path):
    settings = tmp_path / "s.ini"
    window = desktop.create_main_window(db_url, settings_path=settings)
    qtbot.addWidget(window)
    window.show()
    open_tab(qtbot, window.side_tabs, window.brief)
    qtbot.mouseClick(window.brief.addressee, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.brief.addressee, "Udenrigsministeren")
    qtbot.mouseClick(window.brief.case_number, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.brief.case_number, "2026-12345")
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(7), 1)  # status dragged next to the title
    window.table.setColumnHidden(4, True)
    window.close()
    window.brief.jobs.wait()

    again = desktop.create_main_window(db_url, settings_path=settings)
    qtbot.addWidget(again)
    assert again.brief.addressee.text() == "Udenrigsministeren"
    assert again.brief.case_number.text() == "2026-12345"
    header = again.table.horizontalHeader()
    assert header.visualIndex(7) == 1
    assert again.table.isColumnHidden(4)
    again.close()
