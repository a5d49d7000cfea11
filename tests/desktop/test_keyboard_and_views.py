"""The window as a keyboard user meets it: command keys from any field, Tab through grids
and out of tables, F6 between panes, Delete with its question, and the highlighted row and
the editor on the same engagement whatever happens to the table."""

from __future__ import annotations

from sqlalchemy import select

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton

from models import entities as e

from tests.desktop.user_actions import CTRL, SHIFT, click, click_menu, click_row, open_tab

KEY = "strategi-2022-nordafrika-relationer"
RESULTS_KEY = "mali-vand-og-sanitet"


def _title(window, key: str = KEY) -> str:
    with window.database.session() as session:
        return session.scalars(select(e.Engagement.title_en).where(e.Engagement.key == key)).one()


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_a_saved_title_from_the_field(window, qtbot):
    click_row(window, qtbot, KEY)
    title = window.editor.overview.title_edit
    before = _title(window)
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (ny)")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert _title(window) == before + " (ny)"
    assert QApplication.focusWidget() is title
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert _title(window) == before
    assert title.text() == before
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _title(window) == before + " (ny)"
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(title, Qt.Key.Key_Y, CTRL)
    assert _title(window) == before + " (ny)"


def test_ctrl_z_in_a_field_with_typing_undoes_the_typing_first(window, qtbot):
    click_row(window, qtbot, KEY)
    title = window.editor.overview.title_edit
    before = title.text()
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, "xyz")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert title.text() == before  # the field's own typing, not a saved change
    assert _title(window) == before


def test_command_keys_work_from_a_text_field(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked.append(args) or ("", "")
    )
    click_row(window, qtbot, KEY)
    summary = window.editor.overview.summary_edit
    qtbot.mouseClick(summary.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(summary, Qt.Key.Key_E, CTRL)
    assert len(asked) == 1  # Export PDF… asked where to write
    title = window.editor.overview.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search_box
    count = len(window.table_model.visible_keys())
    qtbot.keyClick(window.search_box, Qt.Key.Key_N, CTRL)
    assert len(window.table_model.visible_keys()) == count + 1
    assert QApplication.focusWidget() is window.editor.overview.title_edit


def test_tab_in_the_results_grid_moves_to_the_next_cell_and_keeps_each_value(window, qtbot):
    click_row(window, qtbot, RESULTS_KEY)
    results = window.editor.results
    open_tab(qtbot, window.editor, results)
    click(qtbot, results.findChild(QPushButton, "addResult"))
    editing = QApplication.focusWidget()
    qtbot.keyClick(editing, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editing, "Boreholes drilled")
    qtbot.keyClick(editing, Qt.Key.Key_Tab)
    editing = QApplication.focusWidget()
    qtbot.keyClicks(editing, "boreholes")
    qtbot.keyClick(editing, Qt.Key.Key_Tab)
    editing = QApplication.focusWidget()
    qtbot.keyClicks(editing, "12")
    qtbot.keyClick(editing, Qt.Key.Key_Return)  # the delegate commits on the next turn

    def stored() -> tuple[str | None, object]:
        with window.database.session() as session:
            result = session.scalars(
                select(e.Result).where(e.Result.indicator_en == "Boreholes drilled")
            ).one()
            return result.unit_en, result.baseline

    qtbot.waitUntil(lambda: stored() == ("boreholes", 12))


def test_tab_leaves_the_engagement_table(window, qtbot):
    click_row(window, qtbot, KEY)
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.table


def test_f6_moves_between_the_panes(window, qtbot):
    click_row(window, qtbot, KEY)
    qtbot.keyClick(window.table, Qt.Key.Key_F6)
    focus = QApplication.focusWidget()
    assert window.side_tabs.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_F6)
    assert window.selection.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.table


def test_delete_in_the_table_asks_then_deletes_and_ctrl_z_brings_it_back(
    window, qtbot, monkeypatch
):
    questions = []

    def answer(*args, **kwargs):
        questions.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    click_row(window, qtbot, KEY)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert len(questions) == 1
    assert KEY not in window.table_model.visible_keys()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    assert KEY in window.table_model.visible_keys()


def test_sorting_keeps_the_highlighted_row_and_the_editor_on_one_engagement(window, qtbot):
    click_row(window, qtbot, KEY)
    header = window.table.horizontalHeader()
    for column in (6, 7, 5, 0):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert window.current_key() == KEY
        assert window.editor.detail.row.key == KEY


def test_an_edit_redraws_one_row_and_never_resets_the_table(window, qtbot):
    click_row(window, qtbot, KEY)
    resets = []
    window.table_model.modelReset.connect(lambda: resets.append(1))
    title = window.editor.overview.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " 2")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert resets == []
    assert window.current_key() == KEY


def test_searching_away_the_shown_engagement_empties_the_editor(window, qtbot):
    click_row(window, qtbot, KEY)
    qtbot.mouseClick(window.search_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search_box, "zzzzzz-nothing")
    assert window.editor.detail is None
    for _ in range(len("zzzzzz-nothing")):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    assert window.current_key() is None and window.editor.detail is None  # they agree


def test_a_closed_reference_lists_dialog_is_deleted_and_reloads_nothing(window, qtbot):
    from desktop.dialogs.reference_lists import ListTab

    for _ in range(3):
        click_menu(qtbot, window, window.main_actions.lists)
        dialog = window.lists_dialog
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not any(isinstance(w, ListTab) for w in QApplication.allWidgets()))
    reloads = []
    original = ListTab.reload
    ListTab.reload = lambda self: (reloads.append(self.kind), original(self))[1]
    try:
        click_row(window, qtbot, KEY)
        title = window.editor.overview.title_edit
        qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(title, "!")
        qtbot.keyClick(title, Qt.Key.Key_Return)
        qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    finally:
        ListTab.reload = original
    assert reloads == []


def test_ctrl_n_while_a_search_hides_it_names_the_new_engagement_not_the_old(window, qtbot):
    qtbot.mouseClick(window.search_box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.search_box, "Nordafrika")
    qtbot.waitUntil(lambda: KEY in window.table_model.visible_keys())
    click_row(window, qtbot, KEY)
    before = _title(window)
    qtbot.keyClick(window.table, Qt.Key.Key_N, CTRL)
    title = window.editor.overview.title_edit
    assert QApplication.focusWidget() is title
    qtbot.keyClicks(title, "Health centres in Mopti")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert _title(window) == before
    new_key = window.editor.detail.row.key
    assert new_key != KEY and _title(window, new_key) == "Health centres in Mopti"
    assert window.current_key() == new_key


def test_a_command_saves_what_is_being_typed_first(window, qtbot):
    click_row(window, qtbot, KEY)
    lead = window.editor.overview.lead_unit_edit
    qtbot.mouseClick(lead, Qt.MouseButton.LeftButton)
    qtbot.keyClick(lead, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(lead, "MENA")  # not left: Ctrl+N comes straight after
    qtbot.keyClick(lead, Qt.Key.Key_N, CTRL)
    with window.database.session() as session:
        stored = session.scalars(
            select(e.Engagement.lead_unit).where(e.Engagement.key == KEY)
        ).one()
    assert stored == "MENA"


def test_undo_after_the_reference_lists_dialog_closed_does_not_crash(window, qtbot):
    click_menu(qtbot, window, window.main_actions.lists)
    dialog = window.lists_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the window manager's part
    tab = dialog.lists["organisations"]
    open_tab(qtbot, dialog.tabs, tab)
    index = tab.model.index(0, 1)
    tab.view.scrollTo(index)
    qtbot.mouseClick(
        tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(index).center()
    )
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    (editing,) = tab.view.viewport().findChildren(QLineEdit)  # the cell's editor
    qtbot.keyClick(editing, Qt.Key.Key_End)
    qtbot.keyClicks(editing, " x")
    qtbot.keyClick(editing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.undo_stack.canUndo())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(isinstance(w, type(tab)) for w in QApplication.allWidgets()))
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.isVisible()


def test_an_export_is_not_reported_as_cancelled(window, qtbot, tmp_path):
    from tests.desktop.conftest import check_countries

    check_countries(window, "ML")
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    target = tmp_path / "done.pdf"
    window.exports.export_with_progress(target)
    qtbot.waitUntil(target.exists, timeout=30000)
    assert not any("cancelled" in message for message in messages)
