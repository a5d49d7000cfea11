"""What a user does with the mouse and keyboard, for the GUI tests: click a row, open a tab,
type into a cell. Real clicks and key presses on the real widgets, never a signal."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
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


def press(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the user's focus is (the table when nothing else has it)."""
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    qtbot.keyClick(focus if focus is not None else window.table, key, modifiers)


def type_into(qtbot, field: QWidget, text: str, *, leave: Qt.Key = Qt.Key.Key_Return) -> None:
    """Click into a field, select what it holds, type ``text`` over it, press ``leave``."""
    target = field.viewport() if hasattr(field, "viewport") else field
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, leave)


def type_in_cell(qtbot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Click a cell, F2, type over its text and press Return; waits for the commit (the
    delegate commits on the next turn of the event loop)."""
    from PySide6.QtWidgets import QLineEdit

    click_cell(qtbot, view, row, column)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editors = view.viewport().findChildren(QLineEdit)
    assert editors, "the cell did not open for typing"
    editor = editors[-1]
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(10)


def choose(qtbot, combo, data: object) -> None:
    """Pick the entry holding ``data`` with the arrow keys, as a keyboard user does."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def answer_when_asked(qtbot, button) -> None:
    """Click ``button`` (a QMessageBox.StandardButton) in the next question box, which
    blocks until answered."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def choose_in_list(qtbot, combo, data: object) -> None:
    """Open the combo's list (Alt+Down), walk to the entry holding ``data`` and press
    Return: one pick, as a user makes it with the list open."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    target = combo.model().index(index, 0)
    while view.currentIndex().row() != index:
        key = Qt.Key.Key_Down if view.currentIndex().row() < index else Qt.Key.Key_Up
        qtbot.keyClick(view, key)
    assert view.currentIndex() == target
    window = combo.window()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    # A desktop's window manager makes the window active again when the list closes; the
    # tests' offscreen platform does not, so this does its part.
    from PySide6.QtWidgets import QApplication

    if QApplication.activeWindow() is None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def reactivated(qtbot, window) -> None:
    """After a question box or list closes, a desktop's window manager makes the window
    active again; the tests' offscreen platform does not, so the test does its part."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def click_menu(qtbot, window, action) -> None:
    """Open the menu bar's menu that holds ``action`` with a click, then click the action."""
    from PySide6.QtWidgets import QMenu

    bar = window.menuBar()
    menu = next(
        entry.menu()
        for entry in bar.actions()
        if isinstance(entry.menu(), QMenu) and action in entry.menu().actions()
    )
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def click_header(qtbot, view: QAbstractItemView, column: int, order: Qt.SortOrder) -> None:
    """Click a column's header (twice if need be) until the table sorts by it in ``order``."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    for _ in range(2):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == order:
            return
    raise AssertionError(f"column {column} did not sort in {order}")


def open_lists(window, qtbot, kind: str):
    """Edit → Reference lists… by the menu bar, then the tab of ``kind``."""
    click_menu(qtbot, window, window.main_actions.lists)
    dialog = window.lists_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the window manager's part
    tab = dialog.lists[kind]
    open_tab(qtbot, dialog.tabs, tab)
    return tab
