"""Preferences, the history of exported briefs, and switching knowledge bases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models.db import sqlite_url

from desktop.dialogs.history import HistoryDialog, history_entries
from desktop.dialogs.preferences import PreferencesDialog
from desktop.settings import Settings

from tests.desktop.conftest import check_countries
from tests.desktop.user_actions import (
    answer_when_asked,
    click_cell,
    click_menu,
    click_row,
    reactivated,
)


def test_preferences_are_saved_and_restored_to_defaults(qtbot, tmp_path: Path):
    settings = Settings(tmp_path / "prefs.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    page = dialog.pages[0]
    dialog.show()
    qtbot.keyClicks(page.author, "Karen Blixen")
    page.classifications.setFocus()
    qtbot.keyClick(page.classifications, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.classifications, "FORTROLIGT")
    qtbot.keyClick(page.classifications, Qt.Key.Key_Return)
    qtbot.keyClicks(page.classifications, "TIL TJENESTEBRUG")
    page.stale.setFocus()
    qtbot.keyClick(page.stale, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.stale, "6")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    reread = Settings(tmp_path / "prefs.ini")
    assert reread.get("brief/author") == "Karen Blixen"
    assert reread.get("brief/classifications") == ["FORTROLIGT", "TIL TJENESTEBRUG"]
    assert reread.get("brief/stale_months") == 6
    again = PreferencesDialog(reread)
    qtbot.addWidget(again)
    again.show()
    restore = again.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.RestoreDefaults
    )
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert again.pages[0].author.text() == ""
    assert again.pages[0].stale.value() == 12


def test_an_exported_brief_is_in_the_history_and_can_be_rendered_again(
    window, qtbot, tmp_path: Path
):
    check_countries(window, "NE")
    qtbot.keyClicks(window.brief.case_number, "2026-777")
    assert window.exports.export_to(tmp_path / "niger.pdf")
    entries = history_entries(window.context.settings)
    assert entries[0].file == str(tmp_path / "niger.pdf")
    assert entries[0].request.countries == ("NE",) and entries[0].request.case_number == "2026-777"
    check_countries(window, "ML")
    window.brief.case_number.setFocus()
    qtbot.keyClick(window.brief.case_number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.brief.case_number, Qt.Key.Key_Delete)
    click_menu(qtbot, window, window.main_actions.history)
    dialog = window.history_dialog
    assert isinstance(dialog, HistoryDialog)
    click_cell(qtbot, dialog.view, 0, 0)
    qtbot.mouseClick(dialog.rerender_button, Qt.MouseButton.LeftButton)
    assert window.selection.checked_countries() == ("NE",)
    assert window.brief.case_number.text() == "2026-777"


def test_opening_another_database_replaces_the_window_and_remembers_it(
    window, qtbot, tmp_path: Path
):
    other = sqlite_url(tmp_path / "other.sqlite")
    replacement = window.databases.switch_database(other)
    assert replacement is not None
    qtbot.addWidget(replacement)
    assert replacement.database.url == other
    assert other in replacement.context.settings.get("files/recent")
    replacement.close()


def test_a_broken_database_does_not_replace_the_window(window, qtbot, tmp_path: Path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all")
    assert window.databases.switch_database(sqlite_url(broken)) is None
    assert window.isVisible()
    assert "not a SQLite file" in window.databases.error_box.informativeText()
    assert broken.read_bytes() == b"not a database at all"


def test_selection_and_geometry_come_back_next_time(qtbot, db_url, settings_path):
    import desktop

    first = desktop.create_main_window(db_url, settings_path=settings_path)
    qtbot.addWidget(first)
    first.show()
    check_countries(first, "ML")
    first.resize(1000, 560)
    first.close()
    second = desktop.create_main_window(db_url, settings_path=settings_path)
    qtbot.addWidget(second)
    second.show()
    assert second.selection.checked_countries() == ("ML",)
    assert second.size().height() == 560
    second.close()


def test_back_up_and_restore_from_the_window(window, qtbot, tmp_path: Path):
    copy = tmp_path / "copy.sqlite"
    assert window.databases.backup_to(copy)
    click_row(window, qtbot, "mali-vand-og-sanitet")
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    reactivated(qtbot, window)
    assert "mali-vand-og-sanitet" not in window.table_model.visible_keys()
    replacement = window.databases.restore_from(copy)
    assert replacement is not None
    qtbot.addWidget(replacement)
    assert "mali-vand-og-sanitet" in replacement.table_model.visible_keys()
    replacement.close()


def test_restoring_a_damaged_copy_is_refused(window, qtbot, tmp_path: Path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"garbage")
    assert window.databases.restore_from(broken) is None
    assert "Nothing was restored" in window.statusBar().currentMessage()
