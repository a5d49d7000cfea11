"""The app opens on a new database filled with the built-in knowledge base."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow

import desktop


def test_the_main_window_opens_with_menus_on_the_built_in_knowledge(qtbot, db_url, tmp_path: Path):
    window = desktop.create_main_window(db_url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert isinstance(window, QMainWindow)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:1] == ["&File"]
    overview = window.findChild(QLabel, "overviewLabel")
    assert overview is not None and "engagement" in overview.text()
    assert window.grab().save(str(tmp_path / "main-window.png"))
