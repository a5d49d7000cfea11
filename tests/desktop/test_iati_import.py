"""Importing IATI files from the app: preview first, nothing written until Import."""

from __future__ import annotations

from pathlib import Path

from tests.fixtures import IATI


def test_the_import_dialog_previews_then_imports(window, qtbot):
    path = IATI / "fi-mfa-FI-3-2020.xml"
    before = len(window.table_model._all)
    window.show_iati_import([path])
    dialog = window.iati_dialog
    text = dialog.report.toPlainText()
    assert "activities: 6 imported" in text and "Dry run" in text
    assert len(window.table_model._all) == before
    dialog.import_button.click()
    assert len(window.table_model._all) == before + 6
    assert "Added" in dialog.report.toPlainText()
    dialog.close()


def test_a_hostile_file_is_refused_in_the_dialog(window, qtbot, tmp_path: Path):
    hostile = tmp_path / "xxe.xml"
    hostile.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<iati-activities>&e;</iati-activities>",
        encoding="utf-8",
    )
    window.show_iati_import([hostile])
    dialog = window.iati_dialog
    assert not dialog.import_button.isEnabled()
    assert dialog.report.toPlainText()
    dialog.close()
