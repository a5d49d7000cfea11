"""What a user does with the mouse and keyboard, for the GUI tests: click a row, open a tab,
type into a cell. Real clicks and key presses on the real widgets, never a signal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def click_row(window, qtbot, key: str) -> None:
    """Click the engagement ``key`` in the main table and wait for the editor to show it."""
    index = window.table_model.index_of(key)
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: window.editor.detail is not None and window.editor.detail.row.key == key
    )


def open_tab(qtbot, tabs: QTabWidget, page: QWidget) -> None:
    bar = tabs.tabBar()
    rect = bar.tabRect(tabs.indexOf(page))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
    assert tabs.currentWidget() is page


def click_cell(qtbot, view: QAbstractItemView, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
