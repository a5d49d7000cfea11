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


def _toggle(view, index) -> None:
    """Make ``index`` current by a click on its text, then tick or untick it with Space, as
    a keyboard user does in a list of check boxes."""
    from PySide6.QtTest import QTest

    view.scrollTo(index)
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex() == index
    QTest.keyClick(view, Qt.Key.Key_Space)


def check_countries(window: MainWindow, *codes: str) -> None:
    """Tick exactly ``codes`` in the country picker by clicking and pressing Space."""
    from desktop.itemmodels.pickers import CODE_ROLE

    panel = window.selection
    view, proxy = panel.country_view, panel.country_proxy
    wanted = set(codes)
    for _ in range(2):  # a country in two regions: its first row stands for all of them
        for group_row in range(proxy.rowCount()):
            group = proxy.index(group_row, 0)
            for row in range(proxy.rowCount(group)):
                index = proxy.index(row, 0, group)
                code = index.data(CODE_ROLE)
                checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
                if checked != (code in wanted):
                    view.expand(group)
                    _toggle(view, index)
    assert set(panel.checked_countries()) == wanted


def check_themes(window: MainWindow, *codes: str) -> None:
    """Tick ``codes`` in the theme list by clicking and pressing Space."""
    from desktop.itemmodels.pickers import CODE_ROLE

    view = window.selection.theme_view
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        if index.data(CODE_ROLE) in codes and not checked:
            _toggle(view, index)


def shown_keys(window: MainWindow) -> list[str]:
    return window.table_model.visible_keys()
