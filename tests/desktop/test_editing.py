"""Editing, validating, deleting, undoing and redoing from the window."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

from models import entities as e

from desktop.itemmodels.results_table import FIELDS

from tests.desktop.user_actions import (
    CTRL,
    SHIFT,
    answer_when_asked,
    choose,
    choose_in_list,
    click,
    click_cell,
    click_row,
    open_tab,
    press,
    reactivated,
    type_in_cell,
    type_into,
)

KEY = "strategi-2022-nordafrika-relationer"


def _amount(window) -> Decimal:
    with window.database.session() as session:
        return session.scalar(
            select(e.FundingLine.amount).join(e.Engagement).where(e.Engagement.key == KEY)
        )


def _select(window, qtbot, key: str) -> None:
    click_row(window, qtbot, key)


def _undo(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)


def _grid(qtbot, window, tab):
    open_tab(qtbot, window.editor, tab)
    return tab.view


def test_editing_an_amount_saves_it_and_undo_restores_it(window, qtbot):
    _select(window, qtbot, KEY)
    type_in_cell(qtbot, _grid(qtbot, window, window.editor.funding), 0, 0, "150000000")
    assert _amount(window) == Decimal("150000000")
    _undo(qtbot, window)
    assert _amount(window) == Decimal("200000000")
    _redo(qtbot, window)
    assert _amount(window) == Decimal("150000000")


def test_a_negative_amount_is_refused_with_a_visible_message(window, qtbot):
    _select(window, qtbot, KEY)
    type_in_cell(qtbot, _grid(qtbot, window, window.editor.funding), 0, 0, "-5")
    assert "negative" in window.editor.funding.message.text()
    assert _amount(window) == Decimal("200000000")
    assert window.context.undo_stack.count() == 0


def test_an_empty_title_shows_a_message_and_is_not_saved(window, qtbot):
    """A title may lose a translation, never its last language: here it has only English."""
    with window.database.writing() as session, session.begin():
        session.scalar(select(e.Engagement).where(e.Engagement.key == KEY)).title_da = None
    _select(window, qtbot, KEY)
    editor = window.editor
    title = editor.overview.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    message = editor.overview.fields["title"].message
    assert message.isVisible() and "empty" in message.text()
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # left empty: refused, the message stays
    with window.database.session() as session:
        assert session.scalar(select(e.Engagement.title_en).where(e.Engagement.key == KEY))


def test_an_end_before_the_start_is_refused(window, qtbot):
    _select(window, qtbot, "mali-vand-og-sanitet")
    editor = window.editor
    end = editor.overview.end_edit
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)
    qtbot.keyClick(end, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(end, "2010")
    assert "before it starts" in editor.overview.fields["end"].message.text()


def test_renaming_updates_the_table_row_and_undo_renames_back(window, qtbot):
    _select(window, qtbot, KEY)
    editor = window.editor
    type_into(qtbot, editor.overview.title_edit, "North Africa - stronger relations")
    index = window.table_model.index_of(KEY)
    assert index.data() == "North Africa - stronger relations"
    _undo(qtbot, window)
    assert window.table_model.index_of(KEY).data().startswith("Strengthened relations")


def test_deleting_and_undoing_restores_the_engagement_with_its_children(window, qtbot):
    key = "mali-vand-og-sanitet"
    _select(window, qtbot, key)
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    press(qtbot, window, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: key not in window.table_model.visible_keys())
    reactivated(qtbot, window)  # the window manager's part after the question box
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    assert key not in window.table_model.visible_keys()
    with window.database.session() as session:
        assert session.scalar(select(e.Engagement).where(e.Engagement.key == key)) is None
    _undo(qtbot, window)
    assert key in window.table_model.visible_keys()
    with window.database.session() as session:
        engagement = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        assert len(engagement.results) == 3


def test_new_engagement_is_created_for_the_selection_and_can_be_undone(window, qtbot):
    before = len(window.table_model.visible_keys())
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    assert len(window.table_model.visible_keys()) == before + 1
    assert window.editor.overview.title_edit.text() == "New engagement"
    _undo(qtbot, window)
    assert len(window.table_model.visible_keys()) == before


def test_adding_and_deleting_a_funding_line_can_be_undone(window, qtbot):
    _select(window, qtbot, "mali-vand-og-sanitet")
    editor = window.editor
    assert editor.funding.lines_model.rowCount() == 0
    view = _grid(qtbot, window, editor.funding)
    click(qtbot, editor.funding.findChild(QPushButton, "addFundingLine"))
    assert editor.funding.lines_model.rowCount() == 1
    qtbot.keyClick(view.viewport().findChildren(QLineEdit)[-1], Qt.Key.Key_Escape)
    type_in_cell(qtbot, view, 0, 0, "12500000")
    assert window.table_model.row_for(window.table.currentIndex()).total_dkk == 12_500_000
    click_cell(qtbot, view, 0, 0)
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: editor.funding.lines_model.rowCount() == 0)
    reactivated(qtbot, window)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    _undo(qtbot, window)
    assert editor.funding.lines_model.rowCount() == 1
    assert editor.funding.lines_model.lines[0].amount == Decimal("12500000")


def test_duplicating_copies_funding_and_results_under_a_new_key(window, qtbot):
    _select(window, qtbot, KEY)
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    copy_key = window.current_key()
    assert copy_key != KEY and copy_key.startswith("copy-of")
    with window.database.session() as session:
        copy = session.scalar(select(e.Engagement).where(e.Engagement.key == copy_key))
        assert copy.title_en.startswith("Copy of")
        assert [line.amount for line in copy.funding_lines] == [Decimal("200000000")]
    _undo(qtbot, window)
    assert copy_key not in window.table_model.visible_keys()


def test_adding_and_removing_a_partner_with_a_role_can_be_undone(window, qtbot):
    _select(window, qtbot, "mali-klimapuljen")
    editor = window.editor.partners_tab
    before = editor.model.rowCount()
    open_tab(qtbot, window.editor, editor)
    choose(qtbot, editor.organisation_combo, "undp")
    choose(qtbot, editor.role_combo, "implementing")
    click(qtbot, editor.findChild(QPushButton, "addPartner"))
    assert editor.model.rowCount() == before + 1
    with window.database.session() as session:
        engagement = session.scalar(
            select(e.Engagement).where(e.Engagement.key == "mali-klimapuljen")
        )
        assert ("undp", "implementing") in {
            (p.organisation.key, p.role) for p in engagement.participations
        }
    click(qtbot, editor.findChild(QPushButton, "addPartner"))  # the same again
    assert "already" in editor.message.text()
    click_cell(qtbot, editor.view, before, 0)
    click(qtbot, editor.findChild(QPushButton, "removePartner"))
    assert editor.model.rowCount() == before
    _undo(qtbot, window)
    assert editor.model.rowCount() == before + 1
    assert window.editor.partners_tab.model.item(before, 1).text() == "implementing"


def _button(box, text: str):
    return next(button for button in box.buttons() if button.text() == text)


def _pick_kind(qtbot, view, kind: str) -> None:
    """The kind column is a list: F2 opens it, the arrow keys pick, Return takes it."""
    from PySide6.QtWidgets import QComboBox

    click_cell(qtbot, view, 0, 2)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    (combo,) = view.viewport().findChildren(QComboBox)
    choose(qtbot, combo, kind)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    qtbot.wait(20)


def _title_elsewhere(window, title: str) -> None:
    """Another person's save, made through a separate connection."""
    from models.db import connect
    from models.services.changes import SetEngagementField, apply_change

    other = connect(window.database.url)
    with other.writing() as session, session.begin():
        apply_change(session, SetEngagementField(KEY, "title_en", title))
    other.close()


def test_a_save_over_someone_elses_change_offers_reload_or_overwrite(window, qtbot):
    _select(window, qtbot, KEY)
    _title_elsewhere(window, "Nordafrika (rettet af en kollega)")
    editor = window.editor
    type_into(qtbot, editor.overview.title_edit, "Nordafrika (min udgave)")
    box = editor.session.conflict_box
    assert box is not None and box.isVisible()
    assert "rettet af en kollega" in box.informativeText()
    click(qtbot, _button(box, "Overwrite with mine"))
    with window.database.session() as session:
        assert (
            session.scalar(select(e.Engagement.title_en).where(e.Engagement.key == KEY))
            == "Nordafrika (min udgave)"
        )


def test_reloading_after_a_conflict_shows_their_value(window, qtbot):
    _select(window, qtbot, KEY)
    _title_elsewhere(window, "Nordafrika (deres udgave)")
    editor = window.editor
    type_into(qtbot, editor.overview.title_edit, "Nordafrika (min udgave)")
    click(qtbot, _button(editor.session.conflict_box, "Reload theirs"))
    assert editor.overview.title_edit.text() == "Nordafrika (deres udgave)"
    assert window.table_model.index_of(KEY).data() == "Nordafrika (deres udgave)"


def test_the_window_notices_changes_saved_by_others_and_keeps_the_selection(window, qtbot):
    _select(window, qtbot, KEY)
    assert not window.check_for_changes_by_others()
    _title_elsewhere(window, "Nordafrika – opdateret andetsteds")
    assert window.check_for_changes_by_others()
    assert window.current_key() == KEY
    assert window.table_model.index_of(KEY).data() == "Nordafrika – opdateret andetsteds"
    assert window.editor.overview.title_edit.text() == "Nordafrika – opdateret andetsteds"


def test_editing_a_result_figure_saves_it_refuses_bad_numbers_and_undoes(window, qtbot):
    _select(window, qtbot, "mali-vand-og-sanitet")
    model = window.editor.results.results_model
    view = _grid(qtbot, window, window.editor.results)
    assert model.rowCount() == 3
    column = FIELDS.index("actual")
    row = next(r for r in range(3) if model.results[r].actual == 500000)
    type_in_cell(qtbot, view, row, column, "510000")
    with window.database.session() as session:
        assert session.scalar(select(e.Result.actual).where(e.Result.actual == 510000)) == 510000
    type_in_cell(qtbot, view, row, column, "mange")
    assert "not a number" in window.editor.results.message.text()
    _undo(qtbot, window)
    with window.database.session() as session:
        assert session.scalar(select(e.Result.actual).where(e.Result.actual == 500000)) == 500000


def test_a_results_unit_period_and_note_are_edited_in_place_with_undo(window, qtbot):
    _select(window, qtbot, "mali-vand-og-sanitet")
    model = window.editor.results.results_model
    key = model.results[0].key

    def stored():
        with window.database.session() as session:
            result = session.scalar(select(e.Result).where(e.Result.key == key))
            return result.unit_en, result.start, result.end, result.note_en

    before = stored()
    view = _grid(qtbot, window, window.editor.results)
    type_in_cell(qtbot, view, 0, FIELDS.index("note"), "Maalt af partner")
    type_in_cell(qtbot, view, 0, FIELDS.index("start"), "2014")
    type_in_cell(qtbot, view, 0, FIELDS.index("end"), "2016-06")
    type_in_cell(qtbot, view, 0, FIELDS.index("unit"), "personer")
    assert stored()[3] == "Maalt af partner"
    assert (stored()[1].isoformat(), stored()[2].isoformat()) == ("2014", "2016-06")
    type_in_cell(qtbot, view, 0, FIELDS.index("end"), "2013")
    assert "before it starts" in window.editor.results.message.text()
    row = next(n for n, r in enumerate(model.results) if r.actual is not None)
    type_in_cell(qtbot, view, row, FIELDS.index("actual"), "120")
    type_in_cell(qtbot, view, row, FIELDS.index("unit"), "%")
    assert "percentage" in window.editor.results.message.text()
    for _ in range(5):
        _undo(qtbot, window)
    assert stored() == before


def test_adding_and_deleting_a_result_can_be_undone(window, qtbot):
    _select(window, qtbot, "mali-klimapuljen")
    editor = window.editor
    assert editor.results.results_model.rowCount() == 0
    view = _grid(qtbot, window, editor.results)
    click(qtbot, editor.results.findChild(QPushButton, "addResult"))
    assert editor.results.results_model.rowCount() == 1
    assert editor.results.results_model.results[0].indicator == "New indicator"
    qtbot.keyClick(view.viewport().findChildren(QLineEdit)[-1], Qt.Key.Key_Escape)
    click_cell(qtbot, view, 0, 0)
    answer_when_asked(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: editor.results.results_model.rowCount() == 0)
    reactivated(qtbot, window)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    _undo(qtbot, window)
    assert editor.results.results_model.rowCount() == 1
    assert (
        "root" in editor.overview.changed_label.text()
        or "by" in editor.overview.changed_label.text()
    )


def test_funding_currency_kind_and_period_are_edited_in_place_with_undo(window, qtbot):
    _select(window, qtbot, KEY)
    model = window.editor.funding.lines_model
    view = _grid(qtbot, window, window.editor.funding)
    assert model.data(model.index(0, 3), Qt.ItemDataRole.EditRole) == "2021"
    type_in_cell(qtbot, view, 0, 4, "2025-06")
    _pick_kind(qtbot, view, "commitment")
    type_in_cell(qtbot, view, 0, 4, "2019")
    assert "before it starts" in window.editor.funding.message.text()
    type_in_cell(qtbot, view, 0, 1, "kroner")
    with window.database.session() as session:
        line = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == KEY)
        ).one()
        assert (str(line.end), line.kind) == ("2025-06", "commitment")
    _undo(qtbot, window)
    _undo(qtbot, window)
    with window.database.session() as session:
        line = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == KEY)
        ).one()
        assert (str(line.end), line.kind) == ("2024", "budget")


def test_duplicating_a_funding_line_and_a_result_can_be_undone(window, qtbot):
    _select(window, qtbot, KEY)
    editor = window.editor
    lines = editor.funding.lines_model.rowCount()
    click_cell(qtbot, _grid(qtbot, window, editor.funding), 0, 0)
    original = editor.funding.lines_model.lines[0]
    click(qtbot, editor.funding.findChild(QPushButton, "duplicateFundingLine"))
    assert editor.funding.lines_model.rowCount() == lines + 1
    copy = editor.funding.lines_model.lines[editor.funding.view.currentIndex().row()]
    assert copy.key != original.key and copy.amount == original.amount
    _undo(qtbot, window)
    assert editor.funding.lines_model.rowCount() == lines
    _select(window, qtbot, "mali-vand-og-sanitet")
    results = editor.results.results_model.rowCount()
    click_cell(qtbot, _grid(qtbot, window, editor.results), 1, 0)
    indicator = editor.results.results_model.results[1].indicator
    click(qtbot, editor.results.findChild(QPushButton, "duplicateResult"))
    assert editor.results.results_model.rowCount() == results + 1
    assert [r.indicator for r in editor.results.results_model.results].count(indicator) == 2
    _undo(qtbot, window)
    assert editor.results.results_model.rowCount() == results


def test_a_funding_lines_source_and_as_of_are_edited_under_the_table(window, qtbot):
    _select(window, qtbot, KEY)
    editor = window.editor
    strip = editor.funding.provenance
    assert not strip.isEnabled()
    click_cell(qtbot, _grid(qtbot, window, editor.funding), 0, 0)
    assert strip.isEnabled()
    line_key = editor.funding.lines_model.lines[0].key
    original = strip.source_combo.currentData()
    target = "um-danmark-i-mali-instrumenter-partnere-resultater"
    choose_in_list(qtbot, strip.source_combo, target)
    type_into(qtbot, strip.as_of_edit, "2023-13")
    assert "13" in editor.funding.message.text()
    assert strip.as_of_edit.text() != "2023-13"  # the stored date is shown again

    def stored():
        with window.database.session() as session:
            line = session.scalar(select(e.FundingLine).where(e.FundingLine.key == line_key))
            return line.source.key

    assert stored() == target
    assert strip.source_combo.currentData() == target
    _undo(qtbot, window)
    assert stored() == original
