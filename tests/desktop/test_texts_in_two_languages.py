"""Texts in Danish and English from the window: the editor shows and types either language,
an untranslated text shows its original greyed, and the window lists what a brief would
print untranslated."""

from __future__ import annotations

from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from models import entities as e

from tests.desktop.user_actions import click_menu, click_row, type_into

KEY = "mali-adgang-til-retssystemet"
DANISH = "Adgang til retssystemet for sårbare grupper i Mali (resultater 2014)"


def _untranslate(window) -> None:
    with window.database.writing() as session, session.begin():
        session.scalar(select(e.Engagement).where(e.Engagement.key == KEY)).title_en = None


def _choose_texts(qtbot, window, language: str) -> None:
    """Pick "Texts in …" above the editor by keyboard, as a user would."""
    combo = window.editor.text_language
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    key = Qt.Key.Key_Down if language == "en" else Qt.Key.Key_Up
    qtbot.keyClick(combo, key)
    assert combo.currentData() == language


def _stored(window) -> tuple[str | None, str | None]:
    with window.database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
        return row.title_da, row.title_en


def test_an_untranslated_title_shows_its_original_and_typing_writes_the_translation(window, qtbot):
    _untranslate(window)
    window.check_for_changes_by_others()
    click_row(window, qtbot, KEY)
    _choose_texts(qtbot, window, "en")
    title = window.editor.overview.title_edit
    assert title.text() == ""  # nothing to overwrite: the original stays the original
    assert title.placeholderText() == f"[da] {DANISH}"
    type_into(qtbot, title, "Access to justice for vulnerable groups in Mali (results 2014)")
    assert _stored(window) == (
        DANISH,
        "Access to justice for vulnerable groups in Mali (results 2014)",
    )
    _choose_texts(qtbot, window, "da")
    assert title.text() == DANISH and title.placeholderText() == ""
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(window) == (DANISH, None)  # the translation was one undoable step


def test_the_window_lists_the_texts_a_brief_would_print_untranslated(window, qtbot):
    _untranslate(window)
    window.check_for_changes_by_others()
    language = window.brief.language  # the brief in English, picked by keyboard
    language.setFocus(Qt.FocusReason.TabFocusReason)
    if language.currentData() != "en":
        qtbot.keyClick(language, Qt.Key.Key_Down)
    assert language.currentData() == "en"
    click_menu(qtbot, window, window.main_actions.translations)
    dialog = window.translations_dialog
    qtbot.waitUntil(dialog.isVisible)
    listed = dialog.findChild(QTreeWidget, "briefGaps")
    rows = [
        [listed.topLevelItem(n).text(c) for c in range(3)]
        for n in range(listed.topLevelItemCount())
    ]
    assert ["Engagement", "da", DANISH] in rows
    countries = dialog.findChild(QTreeWidget, "countryGaps")
    mali = next(
        countries.topLevelItem(n)
        for n in range(countries.topLevelItemCount())
        if countries.topLevelItem(n).text(0) == "Mali"
    )
    assert int(mali.text(2)) >= 1 and mali.text(1) == "0"  # without English: at least one
    dialog.close()


def test_an_export_says_how_many_texts_printed_untranslated(window, qtbot, tmp_path):
    from tests.desktop.conftest import check_countries

    _untranslate(window)
    window.check_for_changes_by_others()
    check_countries(window, "ML")
    language = window.brief.language
    language.setFocus(Qt.FocusReason.TabFocusReason)
    if language.currentData() != "en":
        qtbot.keyClick(language, Qt.Key.Key_Down)
    window.brief.refresh_now()
    assert window.exports.export_to(tmp_path / "mali.pdf")
    assert "1 text printed untranslated" in window.statusBar().currentMessage()
    # the export in the helper says it when the helper has counted, the window not waiting
    window.exports.export_with_progress(tmp_path / "again.pdf")
    qtbot.waitUntil(
        lambda: "again.pdf" in window.statusBar().currentMessage()
        and "1 text printed untranslated" in window.statusBar().currentMessage(),
        timeout=20000,
    )


def test_the_table_shows_only_what_lacks_english_when_asked(window, qtbot):
    _untranslate(window)
    window.check_for_changes_by_others()
    texts = window.selection.untranslated
    texts.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(texts, Qt.Key.Key_Down)  # "Missing English"
    assert texts.currentData() == "en"
    qtbot.waitUntil(lambda: window.table_model.visible_keys() == [KEY])
    qtbot.keyClick(texts, Qt.Key.Key_Down)  # "Missing Danish": nothing built in lacks it
    qtbot.waitUntil(lambda: window.table_model.visible_keys() == [])
