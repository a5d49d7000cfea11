"""Editing reference lists: rename, add, refuse deleting what is in use, undo."""

from __future__ import annotations

from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import entities as e

from tests.desktop.user_actions import (
    CTRL,
    answer_when_asked,
    click,
    click_cell,
    open_lists,
    reactivated,
    type_in_cell,
)


def _open(window, qtbot, kind: str):
    return open_lists(window, qtbot, kind)


def _undo(qtbot, tab) -> None:
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)  # undo works inside the dialog too


def _row_of(tab, key: str) -> int:
    return next(row for row in range(tab.model.rowCount()) if tab.model.key_at(row) == key)


def test_renaming_a_theme_shows_in_the_table_and_undo_restores_it(window, qtbot):
    tab = _open(window, qtbot, "themes")
    row = _row_of(tab, "climate")
    column = tab.model.columns.index("name_en")
    type_in_cell(qtbot, tab.view, row, column, "Climate and environment")
    with window.database.session() as session:
        assert (
            session.scalar(select(e.Theme.name_en).where(e.Theme.code == "climate"))
            == "Climate and environment"
        )
    assert (
        "Climate and environment"
        in window.table_model.index_of("mali-klimapuljen").siblingAtColumn(2).data()
    )
    _undo(qtbot, tab)
    assert tab.model.data(tab.model.index(row, column)) == "Climate"


def test_an_empty_name_is_refused_with_a_message(window, qtbot):
    tab = _open(window, qtbot, "organisations")
    row = _row_of(tab, "minusma")
    type_in_cell(qtbot, tab.view, row, tab.model.columns.index("name_en"), "  ")
    assert tab.message.text() == ""  # one language may go: the Danish name stays
    type_in_cell(qtbot, tab.view, row, tab.model.columns.index("name_da"), "  ")
    assert "must not be empty" in tab.message.text()


def test_a_source_in_use_cannot_be_deleted(window, qtbot):
    tab = _open(window, qtbot, "sources")
    click_cell(qtbot, tab.view, 0, 0)
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    click(qtbot, tab.delete_button)
    assert "still used" in tab.message.text()


def test_adding_and_deleting_an_organisation_can_be_undone(window, qtbot):
    tab = _open(window, qtbot, "organisations")
    before = tab.model.rowCount()
    click(qtbot, tab.add_button)
    assert tab.model.rowCount() == before + 1
    click_cell(qtbot, tab.view, _row_of(tab, "new-1"), 0)
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    click(qtbot, tab.delete_button)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before)
    reactivated(qtbot, tab.window())
    click_cell(qtbot, tab.view, 0, 0)
    _undo(qtbot, tab)
    assert tab.model.rowCount() == before + 1


def test_region_members_are_edited_as_codes(window, qtbot):
    tab = _open(window, qtbot, "regions")
    row = _row_of(tab, "sahel")
    column = tab.model.columns.index("countries")
    type_in_cell(qtbot, tab.view, row, column, "ml, ne, bf, td, mr, sn")
    assert "SN" in tab.model.data(tab.model.index(row, column))
    type_in_cell(qtbot, tab.view, row, column, "ML, XX")
    assert "XX" in tab.message.text()


def test_a_sector_override_is_added_from_its_default_and_edited(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    tab = _open(window, qtbot, "sector_themes")

    def type_code() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, type_code)
            return
        field = dialog.findChild(QLineEdit)
        qtbot.keyClicks(field, "151")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_code)
    click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: any(tab.model.key_at(r) == "151" for r in range(tab.model.rowCount())))
    reactivated(qtbot, tab.window())
    row = _row_of(tab, "151")
    column = tab.model.columns.index("theme")
    assert tab.model.data(tab.model.index(row, column)) == "governance"
    type_in_cell(qtbot, tab.view, row, column, "human-rights")
    assert tab.model.data(tab.model.index(row, column)) == "human-rights"
    type_in_cell(qtbot, tab.view, row, column, "nonsense")
    assert "nonsense" in tab.message.text()


def test_an_edit_over_someone_elses_change_offers_reload_or_overwrite(window, qtbot):
    from models.db import connect
    from models.services.changes import apply_change
    from models.services.reference_lists import SetListField

    tab = _open(window, qtbot, "themes")
    row = _row_of(tab, "climate")
    column = tab.model.columns.index("name_en")
    other = connect(window.database.url)
    with other.writing() as session, session.begin():
        apply_change(session, SetListField("themes", "climate", "name_en", "Climate (theirs)"))
    other.close()
    type_in_cell(qtbot, tab.view, row, column, "Climate (mine)")
    box = tab.conflict_box
    assert box is not None and "Climate (theirs)" in box.text()
    reload = next(b for b in box.buttons() if b.text() == "Reload theirs")
    qtbot.mouseClick(reload, Qt.MouseButton.LeftButton)
    assert tab.model.data(tab.model.index(row, column)) == "Climate (theirs)"
    reactivated(qtbot, tab.window())
    type_in_cell(qtbot, tab.view, row, column, "Climate (mine)")
    with window.database.session() as session:
        assert (
            session.scalar(select(e.Theme.name_en).where(e.Theme.code == "climate"))
            == "Climate (mine)"
        )
