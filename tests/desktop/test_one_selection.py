"""The table, the brief and the table export cover the same engagements, chosen by typing
and clicking: a country ticked, search text typed, or nothing ticked at all."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from PySide6.QtCore import Qt

from reports.exports.rows import selected_engagements


def _tick_country(window, qtbot, name: str) -> None:
    panel = window.selection
    qtbot.keyClicks(panel.country_search, name)
    view = panel.country_view
    proxy = view.model()
    found = proxy.match(
        proxy.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        f"{name} (",
        1,
        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchStartsWith,
    )
    assert found, name
    index = found[0]
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.keyClick(view, Qt.Key.Key_Space)  # ticks the focused country


def _titles_in_workbook(path: Path) -> set[str]:
    sheet = load_workbook(path).worksheets[0]
    return {
        row[0].value
        for row in sheet.iter_rows(min_row=2)
        if row[0].value and not str(row[0].value).startswith(("Total", "I alt"))
    }


def _same_everywhere(window, tmp_path: Path, name: str) -> set[str]:
    model = window.table_model
    table = {model.row_for(model.index(r, 0)).title for r in range(model.rowCount())}
    request = window.brief.request()
    with window.database.session() as session:
        brief = {row.title for row in selected_engagements(session, request)}
    path = tmp_path / f"{name}.xlsx"
    assert window.exports.export_table_to(path)
    exported = _titles_in_workbook(path)
    assert table == brief == exported
    return table


def test_a_country_with_and_without_search_text(window, qtbot, tmp_path) -> None:
    _tick_country(window, qtbot, "Mali")
    qtbot.waitUntil(lambda: "ML" in window.selection.checked_countries())
    everything = _same_everywhere(window, tmp_path, "mali")
    assert len(everything) > 10
    qtbot.keyClicks(window.search_box, "vand")
    qtbot.waitUntil(lambda: window.table_model.rowCount() < len(everything))
    narrowed = _same_everywhere(window, tmp_path, "mali-vand")
    assert narrowed and narrowed < everything
    assert window.brief.request().search == "vand"


def test_nothing_ticked_exports_what_the_table_shows(window, qtbot, tmp_path) -> None:
    shown = _same_everywhere(window, tmp_path, "all")
    assert len(shown) == window.table_model.rowCount() > 40


def test_a_selection_that_finds_nothing_says_so_instead_of_a_preview(window, qtbot) -> None:
    qtbot.keyClicks(window.search_box, "zzzqqq")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 0)
    qtbot.waitUntil(lambda: "zzzqqq" in window.brief.status.text(), timeout=15000)
    assert window.brief.document.pageCount() == 0


def test_the_table_flags_a_status_that_its_end_date_contradicts(window) -> None:
    model = window.table_model
    key = "strategi-2022-sahel-regionalt-freds-og-stabiliseringsprogram-2022-2025"
    index = model.index_of(key)
    from desktop.itemmodels.engagement_table import COLUMNS

    shown = model.index(index.row(), COLUMNS.index("status")).data()
    assert "2025?" in shown  # stored "active", but its recorded end has passed
