"""The overview's countries/themes/source fields and the Events tab, driven like a user."""

from __future__ import annotations

from sqlalchemy import select

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPushButton

from models import entities as e

from tests.desktop.user_actions import (
    CTRL,
    SHIFT,
    choose_in_list,
    click,
    click_cell,
    click_row,
    open_tab,
    press,
    reactivated,
    type_in_cell,
)

KEY = "mali-freds-og-stabiliseringsfonden"


def _select(window, qtbot, key: str = KEY) -> None:
    click_row(window, qtbot, key)


def _countries(window) -> list[str]:
    with window.database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
        return sorted(country.iso2 for country in row.countries)


def _events(window) -> list[str]:
    with window.database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
        return sorted(
            ev.key
            for ev in session.scalars(
                select(e.Event).where(e.Event.engagements.any(e.Engagement.id == row.id))
            )
        )


def _type(qtbot, edit, text: str) -> None:
    """Click into the field, select what it holds and type over it (not yet left)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)


def _leave(qtbot, edit) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_typing_countries_saves_them_and_undo_restores(window, qtbot):
    _select(window, qtbot)
    edit = window.editor.overview.links.edits["countries"]
    assert edit.text() == "Mali"
    _type(qtbot, edit, "Mali; niger")
    _leave(qtbot, edit)
    qtbot.waitUntil(lambda: _countries(window) == ["ML", "NE"])
    assert window.editor.overview.links.edits["countries"].text() == "Mali; Niger"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert _countries(window) == ["ML"]
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _countries(window) == ["ML", "NE"]


def test_an_unknown_country_is_shown_beside_the_field_and_not_saved(window, qtbot):
    _select(window, qtbot)
    links = window.editor.overview.links
    _type(qtbot, links.edits["countries"], "Mali; Atlantis")
    message = links.fields["countries"].message
    assert message.isVisible() and "Atlantis" in message.text()
    _leave(qtbot, links.edits["countries"])
    assert _countries(window) == ["ML"]
    assert window.context.undo_stack.count() == 0


def test_a_bad_as_of_date_is_refused_and_the_source_can_be_changed(window, qtbot):
    _select(window, qtbot)
    links = window.editor.overview.links
    _type(qtbot, links.as_of_edit, "2023-13")
    assert "13" in links.fields["as_of"].message.text()
    _leave(qtbot, links.as_of_edit)
    choose_in_list(qtbot, links.source_combo, "um-strategi-2022-migrationsdiplomati")
    with window.database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
        assert row.source.key == "um-strategi-2022-migrationsdiplomati"
        assert row.as_of.isoformat() == "~2016"  # the source's estimated date


def test_the_country_completer_completes_the_name_being_typed(window, qtbot):
    _select(window, qtbot)
    edit = window.editor.overview.links.edits["countries"]
    completer = edit.completer()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "Mali; Burk")  # typed over what the field held
    assert completer.splitPath(edit.text()) == ["burk"]  # matched without case or accents
    completer.setCompletionPrefix(edit.text())  # as the field does while typing
    index = completer.completionModel().index(0, 0)
    assert completer.pathFromIndex(index) == "Mali; Burkina Faso"


def _pick_kind(qtbot, view, row: int, kind: str) -> None:
    """The kind cell is a list: F2 opens it, the list is walked, Return takes the pick."""
    click_cell(qtbot, view, row, 1)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    (combo,) = view.viewport().findChildren(QComboBox)
    choose_in_list(qtbot, combo, kind)


def test_adding_an_event_editing_it_and_undoing_both(window, qtbot):
    _select(window, qtbot)
    tab = window.editor.events_tab
    open_tab(qtbot, window.editor, tab)
    before = _events(window)
    click(qtbot, tab.findChild(QPushButton, "addEvent"))
    added = sorted(set(_events(window)) - set(before))
    assert len(added) == 1
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == added[0])
    for editing in tab.view.viewport().findChildren(QLineEdit):
        qtbot.keyClick(editing, Qt.Key.Key_Escape)  # the new row opened for typing
    type_in_cell(qtbot, tab.view, row, 2, "Fonden forlaenget")
    _pick_kind(qtbot, tab.view, row, "agreement")

    def stored() -> tuple[str, str]:
        with window.database.session() as session:
            event = session.scalar(select(e.Event).where(e.Event.key == added[0]))
            return event.title_en, event.kind

    qtbot.waitUntil(lambda: stored() == ("Fonden forlaenget", "agreement"))
    reactivated(qtbot, window)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert _events(window) == before
    assert tab.model.rowCount() == len(before)


def test_an_invalid_event_date_is_refused_with_a_message(window, qtbot):
    with window.database.writing() as session, session.begin():  # its title only in English
        event = session.scalar(select(e.Event).where(e.Event.key == "mali-2012-kup"))
        event.title_da = None
    _select(window, qtbot, "mali-samtaenkt-engagement")
    tab = window.editor.events_tab
    open_tab(qtbot, window.editor, tab)
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == "mali-2012-kup")
    type_in_cell(qtbot, tab.view, row, 0, "2012-02-30")
    assert "30" in tab.message.text()
    type_in_cell(qtbot, tab.view, row, 2, "  ")
    assert "empty" in tab.message.text()  # a title keeps its last language
    assert window.context.undo_stack.count() == 0


def test_linking_unlinking_and_deleting_events(window, qtbot, monkeypatch):
    _select(window, qtbot)
    tab = window.editor.events_tab
    open_tab(qtbot, window.editor, tab)  # the events one can link are read when it shows
    before = _events(window)
    choose_in_list(qtbot, tab.link_combo, "mali-2012-kup")
    click(qtbot, tab.findChild(QPushButton, "linkEvent"))
    assert _events(window) == sorted([*before, "mali-2012-kup"])
    assert tab.link_combo.findData("mali-2012-kup") == -1
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == "mali-2012-kup")
    click_cell(qtbot, tab.view, row, 2)
    click(qtbot, tab.findChild(QPushButton, "unlinkEvent"))
    assert _events(window) == before
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert "mali-2012-kup" in _events(window)
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == "mali-2012-kup")
    click_cell(qtbot, tab.view, row, 2)
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    click(qtbot, tab.findChild(QPushButton, "deleteEvent"))
    qtbot.waitUntil(lambda: bool(asked))
    assert "other engagement" in asked[0]
    reactivated(qtbot, window)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    with window.database.session() as session:
        assert session.scalar(select(e.Event).where(e.Event.key == "mali-2012-kup")) is None
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    with window.database.session() as session:
        event = session.scalar(select(e.Event).where(e.Event.key == "mali-2012-kup"))
        assert len(event.engagements) == 3


def test_the_kind_column_offers_the_event_kinds(window, qtbot):
    _select(window, qtbot, "mali-samtaenkt-engagement")
    tab = window.editor.events_tab
    delegate = tab.view.itemDelegateForColumn(1)
    editor = delegate.createEditor(tab.view.viewport(), None, tab.model.index(0, 1))
    assert isinstance(editor, QComboBox)
    assert editor.count() == 8
    delegate.setEditorData(editor, tab.model.index(0, 1))
    assert editor.currentData() == tab.model.events[0].kind
    editor.deleteLater()


def test_picking_a_completion_with_return_keeps_the_names_before_it(window, qtbot):
    _select(window, qtbot)
    edit = window.editor.overview.links.edits["countries"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Mali; burk")
    popup = edit.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    window.table.setFocus()
    assert edit.text() == "Mali; Burkina Faso"
    assert _countries(window) == ["BF", "ML"]
    assert window.context.undo_stack.count() == 1


def test_a_source_made_after_the_editor_opened_is_shown_and_kept(window, qtbot):
    press(qtbot, window, Qt.Key.Key_N, CTRL)  # the first one makes the "own notes" source
    links = window.editor.overview.links
    assert links.source_combo.currentData() == "egne-noter"


def test_names_added_in_the_reference_lists_can_be_typed(window, qtbot):
    from models.services.reference_lists import SetListField

    from desktop.commands import run_change

    _select(window, qtbot)  # the editor reads its names here, before the theme is renamed
    run_change(window.context, SetListField("themes", "climate", "name_en", "Climate and nature"))
    links = window.editor.overview.links
    _type(qtbot, links.edits["themes"], "Stabilisation; Climate and nature")
    _leave(qtbot, links.edits["themes"])

    def saved() -> bool:  # the completer's list is open, so the save waits one turn
        with window.database.session() as session:
            row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
            return sorted(t.code for t in row.themes) == ["climate", "stabilisation"]

    qtbot.waitUntil(saved, timeout=3000)


def test_an_unchanged_cell_commit_is_no_edit(window, qtbot):
    _select(window, qtbot, "mali-samtaenkt-engagement")
    tab = window.editor.events_tab
    open_tab(qtbot, window.editor, tab)
    click_cell(qtbot, tab.view, 0, 2)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    (editing,) = tab.view.viewport().findChildren(QLineEdit)
    qtbot.keyClick(editing, Qt.Key.Key_Return)  # committed as it was
    assert window.context.undo_stack.count() == 0


def test_picking_a_kind_saves_it_once_without_qt_warnings(window, qtbot, qtlog):
    _select(window, qtbot, "mali-samtaenkt-engagement")
    tab = window.editor.events_tab
    open_tab(qtbot, window.editor, tab)
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == "mali-2012-kup")
    _pick_kind(qtbot, tab.view, row, "agreement")

    def kind() -> str:
        with window.database.session() as session:
            return session.scalar(select(e.Event.kind).where(e.Event.key == "mali-2012-kup"))

    qtbot.waitUntil(lambda: kind() == "agreement")
    qtbot.wait(20)
    assert window.context.undo_stack.count() == 1
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_a_typo_in_the_names_leaves_the_source_shown_as_it_was(window, qtbot):
    _select(window, qtbot, "mali-task-force-takuba")
    links = window.editor.overview.links
    source = links.source_combo.currentData()
    _type(qtbot, links.edits["countries"], "Mali; Narnia")
    _leave(qtbot, links.edits["countries"])
    qtbot.wait(10)
    assert "Narnia" in links.fields["countries"].message.text()
    assert links.source_combo.currentData() == source


def test_completion_ignores_accents_like_the_check_does(window, qtbot):
    _select(window, qtbot)
    edit = window.editor.overview.links.edits["countries"]
    completer = edit.completer()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "Mali; cote d")  # typed over what the field held
    completer.setCompletionPrefix(edit.text())
    offered = completer.completionModel().index(0, 0)
    assert offered.data().startswith("Côte d")
    assert completer.pathFromIndex(offered) == f"Mali; {offered.data()}"
