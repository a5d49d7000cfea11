"""Importing IATI files from the app: preview first, nothing written until Import."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures import FINLAND, MINISTRY, real, synthetic


@pytest.mark.parametrize(("path", "activities"), [real(FINLAND, 6), synthetic(MINISTRY, 5)])
def test_the_import_dialog_previews_then_imports(window, qtbot, path: Path, activities: int):
    from PySide6.QtCore import Qt

    before = len(window.table_model._all)
    window.databases.show_iati_import([path])
    dialog = window.databases.iati_dialog
    text = dialog.report.toPlainText()
    assert f"activities: {activities} imported" in text and "Dry run" in text
    listed = text.split("Would add:\n", 1)[1].splitlines()  # the activities, by title
    assert len(listed) == activities and all(line.startswith("  ") for line in listed)
    assert len(window.table_model._all) == before
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(window.table_model._all) == before + activities
    assert "Added" in dialog.report.toPlainText()
    dialog.close()


def test_a_hostile_file_is_refused_in_the_dialog(window, qtbot, tmp_path: Path):
    hostile = tmp_path / "xxe.xml"
    hostile.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<iati-activities>&e;</iati-activities>",
        encoding="utf-8",
    )
    window.databases.show_iati_import([hostile])
    dialog = window.databases.iati_dialog
    assert not dialog.import_button.isEnabled()
    assert dialog.report.toPlainText()
    dialog.close()


@pytest.mark.parametrize(
    ("published", "first_title"),
    [
        real(FINLAND, "Quality laboratory testing -training project in Benin"),
        synthetic(MINISTRY, "Safe water for district clinics in Ghana"),
    ],
)
def test_an_import_is_one_undoable_step_by_keyboard(
    window, qtbot, tmp_path: Path, published: Path, first_title: str
):
    from PySide6.QtCore import Qt

    from tests.desktop.user_actions import CTRL, SHIFT

    def titles() -> set[str]:
        return {row.title for row in window.table_model._all}

    before = titles()
    text = published.read_text(encoding="utf-8")
    path = tmp_path / published.name
    path.write_text(text, encoding="utf-8")
    window.databases.show_iati_import([path])
    qtbot.mouseClick(window.databases.iati_dialog.import_button, Qt.MouseButton.LeftButton)
    window.databases.iati_dialog.close()
    imported = titles()
    assert first_title in imported and len(imported) > len(before)
    path.write_text(text.replace(first_title, "Ny titel fra udgiveren", 1), encoding="utf-8")
    window.databases.show_iati_import([path])
    qtbot.mouseClick(window.databases.iati_dialog.import_button, Qt.MouseButton.LeftButton)
    window.databases.iati_dialog.close()
    assert "Ny titel fra udgiveren" in titles() and first_title not in titles()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)  # the update undone
    assert titles() == imported
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)  # the import undone
    assert titles() == before
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert titles() == imported
    assert window.main_actions.undo.text().endswith("Import IATI files")


def test_imported_engagements_show_who_reported_them(window, qtbot):
    from PySide6.QtCore import Qt

    from tests.desktop.user_actions import click_row

    window.databases.show_iati_import([MINISTRY])
    qtbot.mouseClick(window.databases.iati_dialog.import_button, Qt.MouseButton.LeftButton)
    window.databases.iati_dialog.close()
    imported = [row for row in window.table_model._all if row.reported_by]
    assert len(imported) == 5
    row = imported[0]
    column = window.table_model.columnCount() - 1  # "Reported by"
    index = window.table_model.index_of(row.key).siblingAtColumn(column)
    assert index.data() == row.reported_by
    click_row(window, qtbot, row.key)
    assert row.reported_by in window.editor.overview.reported_label.text()
    qtbot.keyClicks(window.search_box, row.reported_by.split()[0])
    assert row.key in window.table_model.visible_keys()


def test_the_reported_by_filter_shows_one_publishers_records_or_our_own(window, qtbot):
    from PySide6.QtCore import Qt

    from models.selection import OWN_RECORDS

    from tests.desktop.user_actions import choose

    panel = window.selection
    assert not panel.reporter.isVisible()  # the built-in knowledge base has no imports
    own = len(window.table_model.visible_keys())
    window.databases.show_iati_import([MINISTRY])
    qtbot.mouseClick(window.databases.iati_dialog.import_button, Qt.MouseButton.LeftButton)
    window.databases.iati_dialog.close()
    qtbot.waitUntil(panel.reporter.isVisible)
    publisher = next(row.reported_by for row in window.table_model._all if row.reported_by)
    choose(qtbot, panel.reporter, publisher)
    qtbot.waitUntil(lambda: len(window.table_model.visible_keys()) == 5)
    model = window.table_model
    shown = {model.row_for(model.index(row, 0)).reported_by for row in range(model.rowCount())}
    assert shown == {publisher}
    request = window.brief.request()
    assert request.reported_by == (publisher,)
    choose(qtbot, panel.reporter, OWN_RECORDS)
    qtbot.waitUntil(lambda: len(window.table_model.visible_keys()) == own)
    choose(qtbot, panel.reporter, None)
    qtbot.waitUntil(lambda: len(window.table_model.visible_keys()) == own + 5)
