"""A real main window on a real SQLite file, with its own settings file, per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

import desktop
from desktop.windows.main_window import MainWindow


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def window(qtbot, db_url: str, settings_path: Path) -> Iterator[MainWindow]:
    main = desktop.create_main_window(db_url, settings_path=settings_path)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    main.brief.jobs.wait()


@pytest.fixture(autouse=True)
def _nothing_left_behind(qapp) -> Iterator[None]:
    """After each test: no helper process still running and no visible top-level window."""
    import multiprocessing

    yield
    for child in multiprocessing.active_children():
        child.join(5)
    assert multiprocessing.active_children() == []
    leftover = [w for w in qapp.topLevelWidgets() if w.isVisible() and w.objectName()]
    for widget in leftover:
        widget.close()
    assert [w.objectName() for w in leftover if w.objectName() == "mainWindow"] == []


def check_countries(window: MainWindow, *codes: str) -> None:
    window.selection.countries.set_checked(set(codes))
    window.selection.countries.itemChanged.emit(window.selection.countries.item(0))


def check_themes(window: MainWindow, *codes: str) -> None:
    model = window.selection.themes
    for row in range(model.rowCount()):
        item = model.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) in codes:
            item.setCheckState(Qt.CheckState.Checked)


def shown_keys(window: MainWindow) -> list[str]:
    return window.table_model.visible_keys()
