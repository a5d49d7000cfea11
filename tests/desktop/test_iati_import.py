"""Importing IATI files from the app: preview first, nothing written until Import."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures import FINLAND, MINISTRY, real, synthetic


@pytest.mark.parametrize(("path", "activities"), [real(FINLAND, 6), synthetic(MINISTRY, 5)])
def test_the_import_dialog_previews_then_imports(window, qtbot, path: Path, activities: int):
    before = len(window.table_model._all)
    window.databases.show_iati_import([path])
    dialog = window.databases.iati_dialog
    text = dialog.report.toPlainText()
    assert f"activities: {activities} imported" in text and "Dry run" in text
    assert len(window.table_model._all) == before
    dialog.import_button.click()
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
def test_an_import_that_overwrites_records_keeps_a_copy_first(
    window, qtbot, tmp_path: Path, published: Path, first_title: str
):
    import sqlite3

    from PySide6.QtCore import Qt

    text = published.read_text(encoding="utf-8")
    path = tmp_path / published.name  # the same file, published again
    path.write_text(text, encoding="utf-8")
    window.databases.show_iati_import([path])
    qtbot.mouseClick(window.databases.iati_dialog.import_button, Qt.MouseButton.LeftButton)
    assert "kept as" not in window.databases.iati_dialog.status.text()  # only additions: no copy
    window.databases.iati_dialog.close()
    path.write_text(text.replace(first_title, "Ny titel fra udgiveren", 1), encoding="utf-8")
    window.databases.show_iati_import([path])
    qtbot.mouseClick(window.databases.iati_dialog.import_button, Qt.MouseButton.LeftButton)
    status = window.databases.iati_dialog.status.text()
    assert "kept as" in status, window.databases.iati_dialog.report.toPlainText()
    backup = Path(status.split("kept as ", 1)[1].rstrip("."))
    with sqlite3.connect(backup) as connection:
        titles = {row[0] for row in connection.execute("SELECT title FROM engagements")}
    assert first_title in titles and "Ny titel fra udgiveren" not in titles
    window.databases.iati_dialog.close()
