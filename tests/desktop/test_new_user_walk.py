"""The whole walk a new user makes, by keyboard and mouse on the real window: pick Mali and
stabilisation, sort the table, edit an amount, undo and redo by keyboard, add an engagement
with a summary, a funding line and a result by keyboard only, delete it and undo, preview,
export and print to a PDF file."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from sqlalchemy import select

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from models import entities as e

from tests.desktop.user_actions import (
    CTRL,
    SHIFT,
    answer_when_asked,
    click_row,
    open_tab,
    reactivated,
)
from tests.reports.pdf_reading import all_text, page_texts

ALT = Qt.KeyboardModifier.AltModifier


def _key(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """A key pressed wherever the focus is, as a user's keyboard does."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifiers)


def _type(qtbot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def _tick(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click an item of a picker, then Space to tick it."""
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.keyClick(view, Qt.Key.Key_Space)


def _find(model, text: str, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() and str(index.data()).startswith(text):
            return index
        found = _find(model, text, index)
        if found.isValid():
            return found
    return QModelIndex()


def _amounts(window, key: str) -> list[str]:
    with window.database.session() as session:
        lines = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == key)
        )
        return sorted(str(line.amount) for line in lines)


def test_a_new_users_whole_walk_by_keyboard_and_mouse(window, qtbot, tmp_path: Path, monkeypatch):
    panel = window.selection
    # Pick Mali: find it, tick it.
    qtbot.mouseClick(panel.country_search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.country_search, "Mali")
    _tick(qtbot, panel.country_view, _find(panel.country_view.model(), "Mali"))
    _tick(qtbot, panel.theme_view, _find(panel.theme_view.model(), "Stabilisation"))
    qtbot.waitUntil(lambda: panel.checked_countries() == ("ML",))
    assert panel.checked_themes() == ("stabilisation",)
    shown = window.table_model.visible_keys()
    assert shown and all(
        "ML" in [c for c, *_ in row.countries] for row in window.table_model.shown_rows()
    )

    # Sort by money, then pick an engagement with a funding line and change its amount.
    header = window.table.horizontalHeader()
    money = 6
    x = header.sectionViewportPosition(money) + header.sectionSize(money) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    funded = next(row.key for row in window.table_model.shown_rows() if row.total_dkk)
    click_row(window, qtbot, funded)
    funding = window.editor.funding
    open_tab(qtbot, window.editor, funding)
    before = _amounts(window, funded)
    index = funding.lines_model.index(0, 0)
    rect = funding.view.visualRect(index)
    qtbot.mouseClick(funding.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _key(qtbot, Qt.Key.Key_F2)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "12345678")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "12345678.00" in _amounts(window, funded))
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _amounts(window, funded) == before
    _key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "12345678.00" in _amounts(window, funded)
    assert window.current_key() == funded and window.editor.detail.row.key == funded

    # A new engagement by keyboard only: Ctrl+N, its title, its summary, a funding line, a
    # result.
    _key(qtbot, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is window.editor.overview.title_edit
    _type(qtbot, "Walk test engagement")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor.overview.summary_edit
    _type(qtbot, "Typed by a new user.")
    _key(qtbot, Qt.Key.Key_Tab)
    new_key = window.editor.detail.row.key
    assert window.current_key() == new_key
    with window.database.session() as session:
        engagement = session.scalars(select(e.Engagement).where(e.Engagement.key == new_key)).one()
        assert (engagement.title_en, engagement.summary_en, engagement.language) == (
            "Walk test engagement",
            "Typed by a new user.",
            "en",  # written in the interface's language
        )
    _key(qtbot, Qt.Key.Key_U, ALT)  # F&unding
    assert window.editor.currentWidget() is funding
    add_line = funding.findChild(QPushButton, "addFundingLine")
    for _ in range(12):  # Tab along to the button, as a keyboard user does
        if QApplication.focusWidget() is add_line:
            break
        _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is add_line
    _key(qtbot, Qt.Key.Key_Space)
    _type(qtbot, "250000")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _amounts(window, new_key) == ["250000.00"])

    # A result, by keyboard: Alt+R, Tab to "Add result", Space, type indicator and unit.
    results = window.editor.results
    _key(qtbot, Qt.Key.Key_R, ALT)
    assert window.editor.currentWidget() is results
    add_result = results.findChild(QPushButton, "addResult")
    for _ in range(12):
        if QApplication.focusWidget() is add_result:
            break
        _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "Villages reached")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "villages")
    _key(qtbot, Qt.Key.Key_Return)

    def result() -> tuple[str, str | None] | None:
        with window.database.session() as session:
            found = session.scalars(
                select(e.Result).join(e.Engagement).where(e.Engagement.key == new_key)
            ).first()
            return (found.indicator_en, found.unit_en) if found else None

    qtbot.waitUntil(lambda: result() == ("Villages reached", "villages"))

    # Delete it from the table with the Delete key, answer the question, and undo.
    click_row(window, qtbot, new_key)
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    _key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: new_key not in window.table_model.visible_keys())
    reactivated(qtbot, window)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert new_key in window.table_model.visible_keys()
    assert _amounts(window, new_key) == ["250000.00"] and result() is not None

    # The preview, then Ctrl+E to export and Ctrl+P to print to a PDF file.
    _key(qtbot, Qt.Key.Key_B, ALT)
    assert window.side_tabs.currentWidget() is window.brief
    qtbot.waitUntil(lambda: window.brief.document.pageCount() > 0, timeout=30000)
    exported = tmp_path / "walk.pdf"
    _fill_file_dialog(qtbot, exported)
    _key(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(exported.exists, timeout=30000)
    assert "Mali" in all_text(exported.read_bytes())
    reactivated(qtbot, window)
    qtbot.mouseClick(window.brief.view.viewport(), Qt.MouseButton.LeftButton)
    printed = tmp_path / "printed.pdf"
    _fill_print_dialog(qtbot, printed)
    _key(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(printed.exists, timeout=30000)
    assert page_texts(printed.read_bytes()) == page_texts(exported.read_bytes())


def _fill_file_dialog(qtbot, path: Path) -> None:
    """Type ``path`` into the save dialog once it shows, and press Return."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        edit = dialog.findChild(QLineEdit, "fileNameEdit") if dialog else None
        if edit is None:
            QTimer.singleShot(20, fill)
            return
        edit.selectAll()
        qtbot.keyClicks(edit, str(path))
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        QTimer.singleShot(50, lambda: confirm(dialog, edit))

    def confirm(dialog, edit) -> None:
        """The first Return may only close the name completion's list: Return again."""
        if shiboken6.isValid(dialog) and dialog.isVisible():
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            QTimer.singleShot(50, lambda: confirm(dialog, edit))

    QTimer.singleShot(0, fill)


def _fill_print_dialog(qtbot, path: Path) -> None:
    """In the print dialog: print to a PDF file at ``path``."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        edit = dialog.findChild(QLineEdit, "filename") if dialog else None
        if edit is None:
            QTimer.singleShot(20, fill)
            return
        edit.selectAll()
        qtbot.keyClicks(edit, str(path))
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Print")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
