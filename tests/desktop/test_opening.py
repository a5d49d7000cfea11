"""Opening databases that cannot be used, and the app's languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from models.db import sqlite_url
from models.errors import DatabaseOpenError

import desktop
from desktop.dialogs.database_error import database_error_box


def test_a_corrupt_database_shows_the_error_dialog_and_stays_unchanged(qtbot, tmp_path: Path):
    path = tmp_path / "kb.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as raised:
        desktop.create_main_window(sqlite_url(path), settings_path=tmp_path / "s.ini")
    box = database_error_box(str(raised.value))
    qtbot.addWidget(box)
    box.show()
    assert "has not been changed" in box.informativeText()
    assert box.open_other.isVisible() and box.create_new.isVisible()
    box.button(QMessageBox.StandardButton.Close).click()
    assert path.read_bytes() == before


def test_the_danish_interface_shows_danish_labels(qtbot, db_url, tmp_path: Path):
    settings = tmp_path / "s.ini"
    settings.write_text("[ui]\nlanguage=da\n", encoding="utf-8")
    window = desktop.create_main_window(db_url, settings_path=settings)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Filer", "&Rediger"]
    assert window.search_box.placeholderText().startswith("Søg")
    assert window.side_tabs.tabText(1) == "Notat"
    window.close()
    desktop.create_main_window(db_url, settings_path=tmp_path / "en.ini").close()


def test_window_grabs_at_two_sizes(window, qtbot, tmp_path: Path):
    for width, height in ((1280, 800), (1920, 1080)):
        window.resize(width, height)
        qtbot.wait(50)
        assert window.grab().save(str(tmp_path / f"main-{width}x{height}.png"))
