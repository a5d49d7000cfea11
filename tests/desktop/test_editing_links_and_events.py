"""The overview's countries/themes/source fields and the Events tab, driven like a user."""

from __future__ import annotations

from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from models import entities as e

from tests.desktop.user_actions import open_tab

KEY = "mali-freds-og-stabiliseringsfonden"


def _select(window, key: str = KEY) -> None:
    index = window.table_model.index_of(key)
    assert index.isValid()
    window.table.setCurrentIndex(index)


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
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_typing_countries_saves_them_and_undo_restores(window, qtbot):
    _select(window)
    edit = window.editor.overview.links.edits["countries"]
    assert edit.text() == "Mali"
    _type(qtbot, edit, "Mali; niger")
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: _countries(window) == ["ML", "NE"])
    assert window.editor.overview.links.edits["countries"].text() == "Mali; Niger"
    window.main_actions.undo.trigger()
    assert _countries(window) == ["ML"]
    window.main_actions.redo.trigger()
    assert _countries(window) == ["ML", "NE"]


def test_an_unknown_country_is_shown_beside_the_field_and_not_saved(window, qtbot):
    _select(window)
    links = window.editor.overview.links
    _type(qtbot, links.edits["countries"], "Mali; Atlantis")
    message = links.fields["countries"].message
    assert message.isVisible() and "Atlantis" in message.text()
    links.edits["countries"].editingFinished.emit()
    assert _countries(window) == ["ML"]
    assert window.context.undo_stack.count() == 0


def test_a_bad_as_of_date_is_refused_and_the_source_can_be_changed(window, qtbot):
    _select(window)
    links = window.editor.overview.links
    _type(qtbot, links.as_of_edit, "2023-13")
    assert "13" in links.fields["as_of"].message.text()
    links.as_of_edit.editingFinished.emit()
    combo = links.source_combo
    target = combo.findData("um-strategi-2022-migrationsdiplomati")
    combo.setCurrentIndex(target)
    combo.activated.emit(target)
    with window.database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
        assert row.source.key == "um-strategi-2022-migrationsdiplomati"
        assert row.as_of.isoformat() == "~2016"  # the source's estimated date


def test_the_country_completer_completes_the_name_being_typed(window, qtbot):
    _select(window)
    edit = window.editor.overview.links.edits["countries"]
    completer = edit.completer()
    edit.setText("Mali; Burk")
    assert completer.splitPath(edit.text()) == ["burk"]  # matched without case or accents
    completer.setCompletionPrefix(edit.text())  # as the field does while typing
    index = completer.completionModel().index(0, 0)
    assert completer.pathFromIndex(index) == "Mali; Burkina Faso"


def test_adding_an_event_editing_it_and_undoing_both(window, qtbot):
    _select(window)
    tab = window.editor.events_tab
    before = _events(window)
    tab.add_event()
    added = sorted(set(_events(window)) - set(before))
    assert len(added) == 1
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == added[0])
    assert tab.model.setData(tab.model.index(row, 2), "Fonden forlænget", Qt.ItemDataRole.EditRole)
    assert tab.model.setData(tab.model.index(row, 1), "agreement", Qt.ItemDataRole.EditRole)
    with window.database.session() as session:
        event = session.scalar(select(e.Event).where(e.Event.key == added[0]))
        assert (event.title, event.kind) == ("Fonden forlænget", "agreement")
    window.main_actions.undo.trigger()
    window.main_actions.undo.trigger()
    window.main_actions.undo.trigger()
    assert _events(window) == before
    assert tab.model.rowCount() == len(before)


def test_an_invalid_event_date_is_refused_with_a_message(window, qtbot):
    _select(window, "mali-samtaenkt-engagement")
    tab = window.editor.events_tab
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == "mali-2012-kup")
    assert not tab.model.setData(tab.model.index(row, 0), "2012-02-30", Qt.ItemDataRole.EditRole)
    assert "30" in tab.message.text()
    assert not tab.model.setData(tab.model.index(row, 2), "  ", Qt.ItemDataRole.EditRole)
    assert "empty" in tab.message.text()
    assert window.context.undo_stack.count() == 0


def test_linking_unlinking_and_deleting_events(window, qtbot, monkeypatch):
    _select(window)
    tab = window.editor.events_tab
    open_tab(qtbot, window.editor, tab)  # the events one can link are read when it shows
    before = _events(window)
    tab.link_combo.setCurrentIndex(tab.link_combo.findData("mali-2012-kup"))
    tab.link_event()
    assert _events(window) == sorted([*before, "mali-2012-kup"])
    assert tab.link_combo.findData("mali-2012-kup") == -1
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == "mali-2012-kup")
    tab.view.setCurrentIndex(tab.model.index(row, 2))
    tab.unlink_event()
    assert _events(window) == before
    window.main_actions.undo.trigger()
    assert "mali-2012-kup" in _events(window)
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == "mali-2012-kup")
    tab.view.setCurrentIndex(tab.model.index(row, 2))
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab.delete_event()
    assert "other engagement" in asked[0]
    with window.database.session() as session:
        assert session.scalar(select(e.Event).where(e.Event.key == "mali-2012-kup")) is None
    window.main_actions.undo.trigger()
    with window.database.session() as session:
        event = session.scalar(select(e.Event).where(e.Event.key == "mali-2012-kup"))
        assert len(event.engagements) == 3


def test_the_kind_column_offers_the_event_kinds(window, qtbot):
    _select(window, "mali-samtaenkt-engagement")
    tab = window.editor.events_tab
    delegate = tab.view.itemDelegateForColumn(1)
    editor = delegate.createEditor(tab.view.viewport(), None, tab.model.index(0, 1))
    assert isinstance(editor, QComboBox)
    assert editor.count() == 8
    delegate.setEditorData(editor, tab.model.index(0, 1))
    assert editor.currentData() == tab.model.events[0].kind
    editor.deleteLater()


def test_picking_a_completion_with_return_keeps_the_names_before_it(window, qtbot):
    _select(window)
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
    window.engagements.new_engagement()  # the first one makes the "own notes" source
    links = window.editor.overview.links
    assert links.source_combo.currentData() == "egne-noter"


def test_names_added_in_the_reference_lists_can_be_typed(window, qtbot):
    from models.services.reference_lists import SetListField

    from desktop.commands import run_change

    _select(window)  # the editor reads its names here, before the theme is renamed
    run_change(window.context, SetListField("themes", "climate", "name_en", "Climate and nature"))
    links = window.editor.overview.links
    _type(qtbot, links.edits["themes"], "Stabilisation; Climate and nature")
    links.edits["themes"].editingFinished.emit()

    def saved() -> bool:  # the completer's list is open, so the save waits one turn
        with window.database.session() as session:
            row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
            return sorted(t.code for t in row.themes) == ["climate", "stabilisation"]

    qtbot.waitUntil(saved, timeout=3000)


def test_an_unchanged_cell_commit_is_no_edit(window, qtbot):
    _select(window, "mali-samtaenkt-engagement")
    tab = window.editor.events_tab
    title = tab.model.events[0].title
    assert tab.model.setData(tab.model.index(0, 2), f" {title} ", Qt.ItemDataRole.EditRole)
    assert window.context.undo_stack.count() == 0


def test_picking_a_kind_saves_it_once_without_qt_warnings(window, qtbot, qtlog):
    _select(window, "mali-samtaenkt-engagement")
    tab = window.editor.events_tab
    window.editor.setCurrentWidget(tab)
    row = next(n for n, ev in enumerate(tab.model.events) if ev.key == "mali-2012-kup")
    index = tab.model.index(row, 1)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    combo = tab.view.indexWidget(index) or tab.view.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    choice = combo.findData("agreement")
    combo.setCurrentIndex(choice)
    combo.activated.emit(choice)

    def kind() -> str:
        with window.database.session() as session:
            return session.scalar(select(e.Event.kind).where(e.Event.key == "mali-2012-kup"))

    qtbot.waitUntil(lambda: kind() == "agreement")
    qtbot.wait(20)
    assert window.context.undo_stack.count() == 1
    assert not [r for r in qtlog.records if "commitData" in r.message]


def test_a_typo_in_the_names_leaves_the_source_shown_as_it_was(window, qtbot):
    _select(window, "mali-task-force-takuba")
    links = window.editor.overview.links
    source = links.source_combo.currentData()
    _type(qtbot, links.edits["countries"], "Mali; Narnia")
    links.edits["countries"].editingFinished.emit()
    qtbot.wait(10)
    assert "Narnia" in links.fields["countries"].message.text()
    assert links.source_combo.currentData() == source


def test_completion_ignores_accents_like_the_check_does(window, qtbot):
    _select(window)
    edit = window.editor.overview.links.edits["countries"]
    completer = edit.completer()
    edit.setText("Mali; cote d")
    completer.setCompletionPrefix(edit.text())
    offered = completer.completionModel().index(0, 0)
    assert offered.data().startswith("Côte d")
    assert completer.pathFromIndex(offered) == f"Mali; {offered.data()}"
