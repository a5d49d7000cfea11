"""Picking, filtering and searching the engagement table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.desktop.conftest import check_countries, check_themes, shown_keys
from tests.desktop.user_actions import click_header, click_menu, click_row


def test_checking_mali_and_stabilisation_filters_table_to_those_engagements(window, qtbot):
    everything = len(shown_keys(window))
    check_countries(window, "ML")
    mali = shown_keys(window)
    assert 0 < len(mali) < everything
    check_themes(window, "stabilisation")
    chosen = shown_keys(window)
    assert "mali-task-force-takuba" in chosen
    assert "mali-vand-og-sanitet" not in chosen
    assert set(chosen) < set(mali)


def test_typing_in_the_search_box_filters_danish_aware(window, qtbot):
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "ØKONOMISK")
    assert "mali-oekonomisk-diplomati" in shown_keys(window)
    assert "mali-task-force-takuba" not in shown_keys(window)
    window.search_box.clear()
    assert "mali-task-force-takuba" in shown_keys(window)


def test_the_country_search_narrows_the_picker(window, qtbot):
    qtbot.keyClicks(window.selection.country_search, "mali")
    proxy = window.selection.country_proxy
    names = []
    for row in range(proxy.rowCount()):
        group = proxy.index(row, 0)
        names += [proxy.index(child, 0, group).data() for child in range(proxy.rowCount(group))]
    assert "Mali (18)" in names and all("mali" in name.lower() for name in names)


def test_ctrl_f_focuses_the_search_box(window, qtbot):
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()


def test_models_pass_qt_model_tests(window, qtbot, qtmodeltester):
    qtmodeltester.check(window.table_model)
    qtmodeltester.check(window.selection.countries)
    qtmodeltester.check(window.selection.country_proxy)
    qtmodeltester.check(window.selection.themes)
    click_row(window, qtbot, "strategi-2022-nordafrika-relationer")
    qtmodeltester.check(window.editor.funding.lines_model)
    click_row(window, qtbot, "mali-vand-og-sanitet")
    qtmodeltester.check(window.editor.results.results_model)
    click_row(window, qtbot, "mali-task-force-takuba")
    qtmodeltester.check(window.editor.events_tab.model)
    qtmodeltester.check(window.editor.partners_tab.model)
    qtmodeltester.check(window.editor.sources_tab.model)


def test_the_table_model_passes_while_rows_change(window, qtbot, qtmodeltester):
    """The one-row updates (redraw, move, insert, remove) and sorting, under the tester."""
    from tests.desktop.user_actions import CTRL

    qtmodeltester.check(window.table_model, force_py=True)
    key = "strategi-2022-nordafrika-relationer"
    click_row(window, qtbot, key)
    title = window.editor.overview.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(title, "Aaa first now")  # moves to the top
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.table_model.visible_keys()[0] == key
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    click_header(qtbot, window.table, 6, Qt.SortOrder.DescendingOrder)
    assert window.current_key() == key


def test_every_dialog_model_passes_qt_model_tests(window, qtbot, qtmodeltester):
    click_menu(qtbot, window, window.main_actions.lists)
    dialog = window.lists_dialog
    for tab in dialog.lists.values():
        qtmodeltester.check(tab.model)
    dialog.close()


def test_tab_moves_from_the_search_box_to_the_table_and_controls_have_names(window, qtbot):
    window.activateWindow()
    window.search_box.setFocus()
    assert window.search_box.nextInFocusChain() is not None
    assert window.search_box.nextInFocusChain() is window.table or window.table in _chain_after(
        window.search_box, 3
    )
    for widget in (
        window.selection.instrument,
        window.selection.period_from,
        window.brief.author,
        window.brief.language,
        window.search_box,
        window.table,
    ):
        assert widget.accessibleName(), widget.objectName()


def _chain_after(widget, steps):
    found = []
    current = widget
    for _ in range(steps):
        current = current.nextInFocusChain()
        found.append(current)
    return found


def test_one_click_on_a_country_in_two_regions_refilters_once(window, qtbot):
    """Mali sits in the Sahel and in West Africa; the mirrored copy is no second change."""
    model = window.selection.countries
    copies = [
        item for item in model._country_items() if item.data(Qt.ItemDataRole.UserRole + 1) == "ML"
    ]
    assert len(copies) == 2
    emitted: list[None] = []
    window.selection.changed.connect(lambda: emitted.append(None))
    copies[0].setCheckState(Qt.CheckState.Checked)
    assert len(emitted) == 1
    assert copies[1].checkState() == Qt.CheckState.Checked
    assert window.selection.checked_countries() == ("ML",)
    assert "mali-task-force-takuba" in shown_keys(window)
    copies[1].setCheckState(Qt.CheckState.Unchecked)
    assert len(emitted) == 2 and window.selection.checked_countries() == ()


def test_a_click_after_restoring_a_selection_still_refilters(window, qtbot):
    window.selection.restore({"ML", "NE"}, set())
    window._selection_changed()
    emitted: list[None] = []
    window.selection.changed.connect(lambda: emitted.append(None))
    model = window.selection.countries
    niger = next(
        item for item in model._country_items() if item.data(Qt.ItemDataRole.UserRole + 1) == "NE"
    )
    niger.setCheckState(Qt.CheckState.Unchecked)
    assert emitted and window.selection.checked_countries() == ("ML",)
