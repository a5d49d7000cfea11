"""Editing, validating, deleting, undoing and redoing from the window."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from PySide6.QtCore import Qt

from models import entities as e

from desktop.itemmodels.results_table import FIELDS

KEY = "strategi-2022-nordafrika-relationer"
EDIT = Qt.ItemDataRole.EditRole


def _amount(window) -> Decimal:
    with window.database.session() as session:
        return session.scalar(
            select(e.FundingLine.amount).join(e.Engagement).where(e.Engagement.key == KEY)
        )


def _select(window, key: str) -> None:
    index = window.table_model.index_of(key)
    assert index.isValid()
    window.table.setCurrentIndex(index)


def test_editing_an_amount_saves_it_and_undo_restores_it(window, qtbot):
    _select(window, KEY)
    model = window.editor.funding.lines_model
    assert model.setData(model.index(0, 0), "150000000", Qt.ItemDataRole.EditRole)
    assert _amount(window) == Decimal("150000000")
    window.main_actions.undo.trigger()
    assert _amount(window) == Decimal("200000000")
    window.main_actions.redo.trigger()
    assert _amount(window) == Decimal("150000000")


def test_a_negative_amount_is_refused_with_a_visible_message(window, qtbot):
    _select(window, KEY)
    model = window.editor.funding.lines_model
    assert not model.setData(model.index(0, 0), "-5", Qt.ItemDataRole.EditRole)
    assert "negative" in window.editor.funding.message.text()
    assert _amount(window) == Decimal("200000000")
    assert window.context.undo_stack.count() == 0


def test_an_empty_title_shows_a_message_and_is_not_saved(window, qtbot):
    _select(window, KEY)
    editor = window.editor
    editor.overview.title_edit.setFocus()
    editor.overview.title_edit.selectAll()
    qtbot.keyClick(editor.overview.title_edit, Qt.Key.Key_Delete)
    message = editor.overview.fields["title"].message
    assert message.isVisible() and "empty" in message.text()
    editor.overview.title_edit.editingFinished.emit()
    with window.database.session() as session:
        assert session.scalar(select(e.Engagement.title).where(e.Engagement.key == KEY))


def test_an_end_before_the_start_is_refused(window, qtbot):
    _select(window, "mali-vand-og-sanitet")
    editor = window.editor
    editor.overview.end_edit.selectAll()
    qtbot.keyClicks(editor.overview.end_edit, "2010")
    assert "before it starts" in editor.overview.fields["end"].message.text()


def test_renaming_updates_the_table_row_and_undo_renames_back(window, qtbot):
    _select(window, KEY)
    editor = window.editor
    editor.overview.title_edit.setText("Nordafrika – styrkede relationer")
    editor.overview.title_edit.editingFinished.emit()
    index = window.table_model.index_of(KEY)
    assert index.data() == "Nordafrika – styrkede relationer"
    window.main_actions.undo.trigger()
    assert window.table_model.index_of(KEY).data().startswith("Styrkede relationer")


def test_deleting_and_undoing_restores_the_engagement_with_its_children(window, qtbot):
    key = "mali-vand-og-sanitet"
    _select(window, key)
    window.engagements.delete_engagement(confirm=False)
    assert key not in window.table_model.visible_keys()
    with window.database.session() as session:
        assert session.scalar(select(e.Engagement).where(e.Engagement.key == key)) is None
    window.main_actions.undo.trigger()
    assert key in window.table_model.visible_keys()
    with window.database.session() as session:
        engagement = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        assert len(engagement.results) == 3


def test_new_engagement_is_created_for_the_selection_and_can_be_undone(window, qtbot):
    before = len(window.table_model.visible_keys())
    window.main_actions.new.trigger()
    assert len(window.table_model.visible_keys()) == before + 1
    assert window.editor.overview.title_edit.text() == "New engagement"
    window.main_actions.undo.trigger()
    assert len(window.table_model.visible_keys()) == before


def test_adding_and_deleting_a_funding_line_can_be_undone(window, qtbot):
    _select(window, "mali-vand-og-sanitet")
    editor = window.editor
    assert editor.funding.lines_model.rowCount() == 0
    editor.funding.add_funding_line()
    assert editor.funding.lines_model.rowCount() == 1
    model = editor.funding.lines_model
    assert model.setData(model.index(0, 0), "12500000", Qt.ItemDataRole.EditRole)
    window.table.setCurrentIndex(window.table_model.index_of("mali-vand-og-sanitet"))
    assert window.table_model.row_for(window.table.currentIndex()).total_dkk == 12_500_000
    editor.funding.view.setCurrentIndex(editor.funding.lines_model.index(0, 0))
    editor.funding.delete_funding_line(confirm=False)
    assert editor.funding.lines_model.rowCount() == 0
    window.main_actions.undo.trigger()
    assert editor.funding.lines_model.rowCount() == 1
    assert editor.funding.lines_model.lines[0].amount == Decimal("12500000")


def test_duplicating_copies_funding_and_results_under_a_new_key(window, qtbot):
    _select(window, KEY)
    window.main_actions.duplicate.trigger()
    copy_key = window.current_key()
    assert copy_key != KEY and copy_key.startswith("copy-of")
    with window.database.session() as session:
        copy = session.scalar(select(e.Engagement).where(e.Engagement.key == copy_key))
        assert copy.title.startswith("Copy of")
        assert [line.amount for line in copy.funding_lines] == [Decimal("200000000")]
    window.main_actions.undo.trigger()
    assert copy_key not in window.table_model.visible_keys()


def test_adding_and_removing_a_partner_with_a_role_can_be_undone(window, qtbot):
    _select(window, "mali-klimapuljen")
    editor = window.editor.partners_tab
    before = editor.model.rowCount()
    editor.organisation_combo.setCurrentIndex(editor.organisation_combo.findData("undp"))
    editor.role_combo.setCurrentIndex(editor.role_combo.findData("implementing"))
    editor.add_partner()
    assert editor.model.rowCount() == before + 1
    with window.database.session() as session:
        engagement = session.scalar(
            select(e.Engagement).where(e.Engagement.key == "mali-klimapuljen")
        )
        assert ("undp", "implementing") in {
            (p.organisation.key, p.role) for p in engagement.participations
        }
    editor.add_partner()  # the same partner in the same role again
    assert "already" in editor.message.text()
    editor.view.setCurrentIndex(editor.model.index(before, 0))
    editor.remove_partner()
    assert editor.model.rowCount() == before
    window.main_actions.undo.trigger()
    assert editor.model.rowCount() == before + 1
    assert window.editor.partners_tab.model.item(before, 1).text() == "implementing"


def _title_elsewhere(window, title: str) -> None:
    """Another person's save, made through a separate connection."""
    from models.db import connect
    from models.services.changes import SetEngagementField, apply_change

    other = connect(window.database.url)
    with other.writing() as session, session.begin():
        apply_change(session, SetEngagementField(KEY, "title", title))
    other.close()


def test_a_save_over_someone_elses_change_offers_reload_or_overwrite(window, qtbot):
    _select(window, KEY)
    _title_elsewhere(window, "Nordafrika (rettet af en kollega)")
    editor = window.editor
    editor.overview.title_edit.setText("Nordafrika (min udgave)")
    editor.overview.title_edit.editingFinished.emit()
    assert editor.session.conflict_box is not None and editor.session.conflict_box.isVisible()
    assert "rettet af en kollega" in editor.session.conflict_box.informativeText()
    editor.session.resolve_conflict(overwrite=True)
    with window.database.session() as session:
        assert (
            session.scalar(select(e.Engagement.title).where(e.Engagement.key == KEY))
            == "Nordafrika (min udgave)"
        )


def test_reloading_after_a_conflict_shows_their_value(window, qtbot):
    _select(window, KEY)
    _title_elsewhere(window, "Nordafrika (deres udgave)")
    editor = window.editor
    editor.overview.title_edit.setText("Nordafrika (min udgave)")
    editor.overview.title_edit.editingFinished.emit()
    editor.session.resolve_conflict(overwrite=False)
    assert editor.overview.title_edit.text() == "Nordafrika (deres udgave)"
    assert window.table_model.index_of(KEY).data() == "Nordafrika (deres udgave)"


def test_the_window_notices_changes_saved_by_others_and_keeps_the_selection(window, qtbot):
    _select(window, KEY)
    assert not window.check_for_changes_by_others()
    _title_elsewhere(window, "Nordafrika – opdateret andetsteds")
    assert window.check_for_changes_by_others()
    assert window.current_key() == KEY
    assert window.table_model.index_of(KEY).data() == "Nordafrika – opdateret andetsteds"
    assert window.editor.overview.title_edit.text() == "Nordafrika – opdateret andetsteds"


def test_editing_a_result_figure_saves_it_refuses_bad_numbers_and_undoes(window, qtbot):
    _select(window, "mali-vand-og-sanitet")
    model = window.editor.results.results_model
    assert model.rowCount() == 3
    column = FIELDS.index("actual")
    row = next(r for r in range(3) if model.results[r].actual == 500000)
    assert model.setData(model.index(row, column), "510000", Qt.ItemDataRole.EditRole)
    with window.database.session() as session:
        assert session.scalar(select(e.Result.actual).where(e.Result.actual == 510000)) == 510000
    assert not model.setData(model.index(row, column), "mange", Qt.ItemDataRole.EditRole)
    assert "not a number" in window.editor.results.message.text()
    window.main_actions.undo.trigger()
    with window.database.session() as session:
        assert session.scalar(select(e.Result.actual).where(e.Result.actual == 500000)) == 500000


def test_a_results_unit_period_and_note_are_edited_in_place_with_undo(window, qtbot):
    _select(window, "mali-vand-og-sanitet")
    model = window.editor.results.results_model
    key = model.results[0].key

    def stored():
        with window.database.session() as session:
            result = session.scalar(select(e.Result).where(e.Result.key == key))
            return result.unit, result.start, result.end, result.note

    before = stored()
    assert model.setData(model.index(0, FIELDS.index("note")), "Målt af partner", EDIT)
    assert model.setData(model.index(0, FIELDS.index("start")), "2014", EDIT)
    assert model.setData(model.index(0, FIELDS.index("end")), "2016-06", EDIT)
    assert model.setData(model.index(0, FIELDS.index("unit")), "personer", EDIT)
    assert stored()[3] == "Målt af partner"
    assert (stored()[1].isoformat(), stored()[2].isoformat()) == ("2014", "2016-06")
    assert not model.setData(model.index(0, FIELDS.index("end")), "2013", EDIT)
    assert "before it starts" in window.editor.results.message.text()
    row = next(n for n, r in enumerate(model.results) if r.actual is not None)
    model.setData(model.index(row, FIELDS.index("actual")), "120", EDIT)
    assert not model.setData(model.index(row, FIELDS.index("unit")), "%", EDIT)
    assert "percentage" in window.editor.results.message.text()
    for _ in range(5):
        window.main_actions.undo.trigger()
    assert stored() == before


def test_adding_and_deleting_a_result_can_be_undone(window, qtbot):
    _select(window, "mali-klimapuljen")
    editor = window.editor
    assert editor.results.results_model.rowCount() == 0
    editor.results.add_result()
    assert editor.results.results_model.rowCount() == 1
    assert editor.results.results_model.results[0].indicator == "New indicator"
    editor.results.view.setCurrentIndex(editor.results.results_model.index(0, 0))
    editor.results.delete_result(confirm=False)
    assert editor.results.results_model.rowCount() == 0
    window.main_actions.undo.trigger()
    assert editor.results.results_model.rowCount() == 1
    assert (
        "root" in editor.overview.changed_label.text()
        or "by" in editor.overview.changed_label.text()
    )


def test_funding_currency_kind_and_period_are_edited_in_place_with_undo(window, qtbot):
    _select(window, KEY)
    model = window.editor.funding.lines_model
    assert model.data(model.index(0, 3), Qt.ItemDataRole.EditRole) == "2021"
    assert model.setData(model.index(0, 4), "2025-06", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, 2), "commitment", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, 4), "2019", Qt.ItemDataRole.EditRole)
    assert "before it starts" in window.editor.funding.message.text()
    assert not model.setData(model.index(0, 1), "kroner", Qt.ItemDataRole.EditRole)
    with window.database.session() as session:
        line = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == KEY)
        ).one()
        assert (str(line.end), line.kind) == ("2025-06", "commitment")
    window.main_actions.undo.trigger()
    window.main_actions.undo.trigger()
    with window.database.session() as session:
        line = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == KEY)
        ).one()
        assert (str(line.end), line.kind) == ("2024", "budget")


def test_duplicating_a_funding_line_and_a_result_can_be_undone(window, qtbot):
    _select(window, KEY)
    editor = window.editor
    lines = editor.funding.lines_model.rowCount()
    editor.funding.view.setCurrentIndex(editor.funding.lines_model.index(0, 0))
    original = editor.funding.lines_model.lines[0]
    editor.funding.duplicate_funding_line()
    assert editor.funding.lines_model.rowCount() == lines + 1
    copy = editor.funding.lines_model.lines[editor.funding.view.currentIndex().row()]
    assert copy.key != original.key and copy.amount == original.amount
    window.main_actions.undo.trigger()
    assert editor.funding.lines_model.rowCount() == lines
    _select(window, "mali-vand-og-sanitet")
    results = editor.results.results_model.rowCount()
    editor.results.view.setCurrentIndex(editor.results.results_model.index(1, 0))
    indicator = editor.results.results_model.results[1].indicator
    editor.results.duplicate_result()
    assert editor.results.results_model.rowCount() == results + 1
    assert [r.indicator for r in editor.results.results_model.results].count(indicator) == 2
    window.main_actions.undo.trigger()
    assert editor.results.results_model.rowCount() == results


def test_a_funding_lines_source_and_as_of_are_edited_under_the_table(window, qtbot):
    _select(window, KEY)
    editor = window.editor
    strip = editor.funding.provenance
    assert not strip.isEnabled()
    editor.funding.view.setCurrentIndex(editor.funding.lines_model.index(0, 0))
    assert strip.isEnabled()
    line_key = editor.funding.lines_model.lines[0].key
    original = strip.source_combo.currentData()
    target = "um-danmark-i-mali-instrumenter-partnere-resultater"
    strip.source_combo.setCurrentIndex(strip.source_combo.findData(target))
    strip.source_combo.activated.emit(strip.source_combo.currentIndex())
    strip.as_of_edit.setText("2023-13")
    strip.as_of_edit.editingFinished.emit()
    assert "13" in editor.funding.message.text()
    assert strip.as_of_edit.text() != "2023-13"  # the stored date is shown again

    def stored():
        with window.database.session() as session:
            line = session.scalar(select(e.FundingLine).where(e.FundingLine.key == line_key))
            return line.source.key

    assert stored() == target
    assert strip.source_combo.currentData() == target
    window.main_actions.undo.trigger()
    assert stored() == original
