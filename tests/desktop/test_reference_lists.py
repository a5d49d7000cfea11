"""Editing reference lists: rename, add, refuse deleting what is in use, undo."""

from __future__ import annotations

from sqlalchemy import select

from PySide6.QtCore import Qt

from models import entities as e


def _open(window):
    window.show_reference_lists()
    return window.lists_dialog


def _row_of(tab, key: str) -> int:
    return next(row for row in range(tab.model.rowCount()) if tab.model.key_at(row) == key)


def test_renaming_a_theme_shows_in_the_table_and_undo_restores_it(window, qtbot):
    dialog = _open(window)
    tab = dialog.lists["themes"]
    row = _row_of(tab, "climate")
    column = tab.model.columns.index("name_en")
    assert tab.model.setData(
        tab.model.index(row, column), "Climate and environment", Qt.ItemDataRole.EditRole
    )
    with window.database.session() as session:
        assert (
            session.scalar(select(e.Theme.name_en).where(e.Theme.code == "climate"))
            == "Climate and environment"
        )
    assert (
        "Climate and environment"
        in window.table_model.index_of("mali-klimapuljen").siblingAtColumn(2).data()
    )
    window.main_actions.undo.trigger()
    assert tab.model.data(tab.model.index(row, column)) == "Climate"


def test_an_empty_name_is_refused_with_a_message(window, qtbot):
    tab = _open(window).lists["organisations"]
    row = _row_of(tab, "minusma")
    column = tab.model.columns.index("name")
    assert not tab.model.setData(tab.model.index(row, column), "  ", Qt.ItemDataRole.EditRole)
    assert "must not be empty" in tab.message.text()


def test_a_source_in_use_cannot_be_deleted(window, qtbot):
    tab = _open(window).lists["sources"]
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.delete(confirm=False)
    assert "still used" in tab.message.text()


def test_adding_and_deleting_an_organisation_can_be_undone(window, qtbot):
    tab = _open(window).lists["organisations"]
    before = tab.model.rowCount()
    tab.add()
    assert tab.model.rowCount() == before + 1
    tab.view.setCurrentIndex(tab.model.index(_row_of(tab, "new-1"), 0))
    tab.delete(confirm=False)
    assert tab.model.rowCount() == before
    window.main_actions.undo.trigger()
    assert tab.model.rowCount() == before + 1


def test_region_members_are_edited_as_codes(window, qtbot):
    tab = _open(window).lists["regions"]
    row = _row_of(tab, "sahel")
    column = tab.model.columns.index("countries")
    assert tab.model.setData(
        tab.model.index(row, column), "ml, ne, bf, td, mr, sn", Qt.ItemDataRole.EditRole
    )
    assert "SN" in tab.model.data(tab.model.index(row, column))
    assert not tab.model.setData(tab.model.index(row, column), "ML, XX", Qt.ItemDataRole.EditRole)
    assert "XX" in tab.message.text()


def test_a_sector_override_is_added_from_its_default_and_edited(window, qtbot):
    tab = _open(window).lists["sector_themes"]
    assert tab.add_sector("151")
    row = _row_of(tab, "151")
    column = tab.model.columns.index("theme")
    assert tab.model.data(tab.model.index(row, column)) == "governance"
    assert tab.model.setData(tab.model.index(row, column), "human-rights", Qt.ItemDataRole.EditRole)
    assert not tab.model.setData(tab.model.index(row, column), "nonsense", Qt.ItemDataRole.EditRole)
    assert "nonsense" in tab.message.text()


def test_an_edit_over_someone_elses_change_offers_reload_or_overwrite(window, qtbot):
    from models.db import connect
    from models.services.changes import apply_change
    from models.services.reference_lists import SetListField

    tab = _open(window).lists["themes"]
    row = _row_of(tab, "climate")
    column = tab.model.columns.index("name_en")
    other = connect(window.database.url)
    with other.writing() as session, session.begin():
        apply_change(session, SetListField("themes", "climate", "name_en", "Climate (theirs)"))
    other.close()
    assert not tab.model.setData(
        tab.model.index(row, column), "Climate (mine)", Qt.ItemDataRole.EditRole
    )
    assert tab.conflict_box is not None and "Climate (theirs)" in tab.conflict_box.text()
    tab.resolve_conflict(overwrite=False)
    assert tab.model.data(tab.model.index(row, column)) == "Climate (theirs)"
    assert tab.model.setData(
        tab.model.index(row, column), "Climate (mine)", Qt.ItemDataRole.EditRole
    )
    with window.database.session() as session:
        assert (
            session.scalar(select(e.Theme.name_en).where(e.Theme.code == "climate"))
            == "Climate (mine)"
        )
