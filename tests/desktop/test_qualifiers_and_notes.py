"""Qualifiers typed with a figure, internal notes, the primary theme and the summary:
typed and clicked on the real window, saved, undone, redone and still there after a
restart."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from models import entities as e

import desktop

from tests.desktop.user_actions import click_row

KEY = "strategi-2022-nordafrika-relationer"  # one funding line of 200 mio. kr.
RESULTS_KEY = "mali-vand-og-sanitet"  # three results
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open_tab(window, qtbot, page) -> None:
    editor = window.editor
    bar = editor.tabBar()
    rect = bar.tabRect(editor.indexOf(page))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.currentWidget() is page


def _type_in_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editing = view.focusWidget()
    qtbot.keyClick(editing, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editing, text)
    qtbot.keyClick(editing, Qt.Key.Key_Return)


def _line(window) -> tuple[Decimal, str | None, str | None]:
    with window.database.session() as session:
        line = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == KEY)
        ).one()
        return line.amount, line.qualifier, line.internal_note


def _reopened(window, qtbot, db_url, settings_path):
    window.close()
    window.brief.jobs.wait()
    again = desktop.create_main_window(db_url, settings_path=settings_path)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    return again


def test_a_qualifier_typed_with_an_amount_is_kept_undone_redone_and_restarted(
    window, qtbot, db_url, settings_path
) -> None:
    click_row(window, qtbot, KEY)
    editor = window.editor
    _open_tab(window, qtbot, editor.funding.view.parentWidget())
    _type_in_cell(qtbot, editor.funding.view, 0, 0, "ca. 190 000 000")
    qtbot.waitUntil(lambda: _line(window)[:2] == (Decimal("190000000"), "approximately"))
    shown = str(editor.funding.view.model().index(0, 0).data())
    assert shown.startswith(("ca.", "about")) and "190" in shown
    qtbot.keyClick(editor.funding.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _line(window)[:2] == (Decimal("200000000"), None))
    qtbot.keyClick(editor.funding.view, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _line(window)[:2] == (Decimal("190000000"), "approximately"))
    again = _reopened(window, qtbot, db_url, settings_path)
    click_row(again, qtbot, KEY)
    assert str(again.editor.funding.view.model().index(0, 0).data()).startswith(("ca.", "about"))
    again.close()
    again.brief.jobs.wait()


def test_typing_a_plain_number_clears_the_qualifier(window, qtbot) -> None:
    click_row(window, qtbot, KEY)
    editor = window.editor
    _open_tab(window, qtbot, editor.funding.view.parentWidget())
    _type_in_cell(qtbot, editor.funding.view, 0, 0, "mere end 5")
    qtbot.waitUntil(lambda: _line(window)[:2] == (Decimal("5"), "more_than"))
    _type_in_cell(qtbot, editor.funding.view, 0, 0, "6")
    qtbot.waitUntil(lambda: _line(window)[:2] == (Decimal("6"), None))


def test_a_funding_line_internal_note_is_saved_and_undone(window, qtbot) -> None:
    from desktop.itemmodels.funding_table import COLUMNS

    click_row(window, qtbot, KEY)
    editor = window.editor
    _open_tab(window, qtbot, editor.funding.view.parentWidget())
    _type_in_cell(
        qtbot, editor.funding.view, 0, COLUMNS.index("internal_note"), "Beløbet står i kapitel 5"
    )
    qtbot.waitUntil(lambda: _line(window)[2] == "Beløbet står i kapitel 5")
    qtbot.keyClick(editor.funding.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _line(window)[2] is None)


def _result(window) -> tuple[Decimal | None, str | None, str | None]:
    with window.database.session() as session:
        result = session.scalars(
            select(e.Result)
            .join(e.Engagement)
            .where(e.Engagement.key == RESULTS_KEY)
            .order_by(e.Result.key)
        ).first()
        return result.actual, result.actual_qualifier, result.internal_note


def test_a_result_figure_takes_its_qualifier_and_the_result_an_internal_note(
    window, qtbot, db_url, settings_path
) -> None:
    from desktop.itemmodels.results_table import FIELDS

    click_row(window, qtbot, RESULTS_KEY)
    editor = window.editor
    view = editor.results.view
    _open_tab(window, qtbot, view.parentWidget())
    _type_in_cell(qtbot, view, 0, FIELDS.index("actual"), "mere end 500000")
    qtbot.waitUntil(lambda: _result(window)[:2] == (Decimal("500000"), "more_than"))
    _type_in_cell(qtbot, view, 0, FIELDS.index("internal_note"), "Tallet er fra 2015")
    qtbot.waitUntil(lambda: _result(window)[2] == "Tallet er fra 2015")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _result(window)[2] is None)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _result(window)[1] is None)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _result(window)[:2] == (Decimal("500000"), "more_than"))
    again = _reopened(window, qtbot, db_url, settings_path)
    click_row(again, qtbot, RESULTS_KEY)
    shown = str(again.editor.results.view.model().index(0, FIELDS.index("actual")).data())
    assert shown.startswith(("mere end", "more than"))
    again.close()
    again.brief.jobs.wait()


def _engagement(window) -> tuple[str | None, str | None, str | None]:
    with window.database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
        theme = row.primary_theme.code if row.primary_theme else None
        return row.summary_en, row.internal_note, theme


def test_summary_and_internal_note_are_saved_when_the_field_is_left(
    window, qtbot, db_url, settings_path
) -> None:
    click_row(window, qtbot, KEY)
    editor = window.editor
    summary_before = _engagement(window)[0]
    qtbot.mouseClick(editor.overview.summary_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.overview.summary_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(editor.overview.summary_edit, " Tilføjet.")
    qtbot.keyClick(editor.overview.summary_edit, Qt.Key.Key_Tab)  # leaves the field
    qtbot.waitUntil(lambda: (_engagement(window)[0] or "").endswith(" Tilføjet."))
    qtbot.mouseClick(editor.overview.internal_note_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.overview.internal_note_edit, "Beløb fra kapitel 5")
    # switching to another engagement saves what was typed
    click_row(window, qtbot, RESULTS_KEY)
    qtbot.waitUntil(lambda: _engagement(window)[1] == "Beløb fra kapitel 5")
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _engagement(window)[1] is None)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _engagement(window)[0] == summary_before)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: (_engagement(window)[0] or "").endswith(" Tilføjet."))
    # typed and the window closed at once: still saved
    click_row(window, qtbot, KEY)
    qtbot.mouseClick(editor.overview.internal_note_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.overview.internal_note_edit, "Sidst skrevet")
    again = _reopened(window, qtbot, db_url, settings_path)
    assert _engagement(again)[1] == "Sidst skrevet"
    click_row(again, qtbot, KEY)
    assert again.editor.overview.internal_note_edit.toPlainText() == "Sidst skrevet"
    assert again.editor.overview.summary_edit.toPlainText().endswith(" Tilføjet.")
    again.close()
    again.brief.jobs.wait()


def test_the_primary_theme_is_chosen_from_the_engagements_themes(
    window, qtbot, db_url, settings_path
) -> None:
    click_row(window, qtbot, KEY)
    combo = window.editor.overview.primary_theme_combo
    before = _engagement(window)[2]
    wanted = combo.findData("trade")
    assert wanted > 0
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens the list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    for _ in range(wanted - combo.currentIndex()):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _engagement(window)[2] == "trade")
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _engagement(window)[2] == before)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _engagement(window)[2] == "trade")
    again = _reopened(window, qtbot, db_url, settings_path)
    click_row(again, qtbot, KEY)
    assert again.editor.overview.primary_theme_combo.currentData() == "trade"
    again.close()
    again.brief.jobs.wait()
