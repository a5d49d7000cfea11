"""Nothing a user types is ever lost: every editable field of the engagement editor is typed
into (or picked) by keyboard and mouse, left, and then checked in the database, undone,
redone and read again after a restart of the window on the same file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from models.queries.detail import EngagementDetail, engagement_detail

import desktop

from tests.desktop.user_actions import CTRL, SHIFT, click_cell, click_row, open_tab

FUNDING = "strategi-2022-nordafrika-relationer"  # one funding line
RESULTS = "mali-vand-og-sanitet"  # three results
EVENTS = "mali-task-force-takuba"  # eight events


@dataclass(frozen=True)
class Field:
    """One field: where it is, how a user puts the new value in, what is stored."""

    name: str
    engagement: str
    tab: str  # the editor's attribute holding the tab
    typed: str  # what the user types ("" for a pick from a list)
    stored: Callable[[EngagementDetail], Any]
    cell: tuple[int, int] | None = None  # (row, column) in the tab's grid
    widget: str = ""  # the overview's attribute, for fields outside a grid
    texts: str = "da"  # the language the editor shows and types texts in ("Texts in")


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _sorted_codes(items) -> tuple[str, ...]:
    return tuple(sorted(item.code for item in items))


LINE = FUNDING
OVERVIEW_FIELDS = [
    Field(
        "title",
        LINE,
        "overview",
        "Nordafrika-samarbejdet",
        lambda d: d.row.title,
        widget="title_edit",
    ),
    Field(
        "summary",
        LINE,
        "overview",
        "A short summary.",
        lambda d: d.row.summary,
        widget="summary_edit",
    ),
    Field(
        "internal note",
        LINE,
        "overview",
        "Ask the desk.",
        lambda d: d.internal_note,
        widget="internal_note_edit",
    ),
    Field("start", LINE, "overview", "2019-03", lambda d: _iso(d.row.start), widget="start_edit"),
    Field("end", LINE, "overview", "2031", lambda d: _iso(d.row.end), widget="end_edit"),
    Field("lead unit", LINE, "overview", "AFR", lambda d: d.lead_unit, widget="lead_unit_edit"),
    Field("status", LINE, "overview", "", lambda d: d.row.status, widget="status_combo"),
    Field(
        "countries",
        LINE,
        "overview",
        "EG; MA; TN",
        lambda d: _sorted_codes(d.row.countries),
        widget="countries",
    ),
    Field(
        "themes",
        LINE,
        "overview",
        "migration; climate",
        lambda d: _sorted_codes(d.row.themes),
        widget="themes",
    ),
    Field(
        "as of",
        LINE,
        "overview",
        "2023-05",
        lambda d: _iso(d.row.provenance.as_of),
        widget="as_of_edit",
    ),
    Field(
        "source", LINE, "overview", "", lambda d: d.row.provenance.source.key, widget="source_combo"
    ),
    Field(
        "regions",
        LINE,
        "overview",
        "sahel",
        lambda d: _sorted_codes(d.row.regions),
        widget="regions",
    ),
    Field(
        "instruments",
        LINE,
        "overview",
        "active-diplomacy; climate-fund",
        lambda d: _sorted_codes(d.row.instruments),
        widget="instruments",
    ),
    Field(
        "primary theme",
        LINE,
        "overview",
        "",
        lambda d: d.row.primary_theme,
        widget="primary_theme_combo",
    ),
]
FUNDING_FIELDS = [
    Field(f"funding {name}", FUNDING, "funding", typed, stored, cell=(0, column))
    for column, (name, typed, stored) in enumerate(
        [
            (
                "amount",
                "ca. 1250000",
                lambda d: (d.row.funding[0].amount, d.row.funding[0].qualifier),
            ),
            ("currency", "EUR", lambda d: d.row.funding[0].currency),
            ("kind", "", lambda d: d.row.funding[0].kind),
            ("start", "2020", lambda d: _iso(d.row.funding[0].start)),
            ("end", "2024-06", lambda d: _iso(d.row.funding[0].end)),
            ("finance act line", "06.32.01.10", lambda d: d.row.funding[0].finance_act_line),
            ("note", "Paid in two tranches", lambda d: d.row.funding[0].note),
            ("internal note", "Check with FRU", lambda d: d.row.funding[0].internal_note),
        ]
    )
]
RESULT_FIELDS = [
    Field(f"result {name}", RESULTS, "results", typed, stored, cell=(0, column))
    for column, (name, typed, stored) in enumerate(
        [
            ("indicator", "People with safe water", lambda d: d.row.results[0].indicator),
            ("unit", "people", lambda d: d.row.results[0].unit),
            ("baseline", "1200", lambda d: d.row.results[0].baseline),
            (
                "target",
                "over 5000",
                lambda d: (d.row.results[0].target, d.row.results[0].target_qualifier),
            ),
            ("actual", "4800", lambda d: d.row.results[0].actual),
            ("start", "2012", lambda d: _iso(d.row.results[0].start)),
            ("end", "2022", lambda d: _iso(d.row.results[0].end)),
            ("note", "From the evaluation", lambda d: d.row.results[0].note),
            ("internal note", "Not yet verified", lambda d: d.row.results[0].internal_note),
        ]
    )
]


def _event(d: EngagementDetail, key: str):
    return next(event for event in d.events if event.key == key)


EVENT_FIELDS = [
    Field(f"event {name}", EVENTS, "events_tab", typed, stored, cell=(0, column))
    for column, (name, typed, stored) in enumerate(
        [
            ("date", "2020-07", lambda d: sorted(e.occurred.isoformat() for e in d.events)),
            ("kind", "", lambda d: sorted(e.kind for e in d.events)),
            ("title", "Task Force Takuba begins", lambda d: sorted(e.title for e in d.events)),
            ("reference", "B 24", lambda d: sorted(e.reference or "" for e in d.events)),
            (
                "description",
                "The first Danish soldiers arrive",
                lambda d: sorted(e.description or "" for e in d.events),
            ),
        ]
    )
]
PROVENANCE_FIELDS = [  # under a grid, for the row selected in it
    Field(
        "funding as of",
        FUNDING,
        "funding",
        "2021-02",
        lambda d: _iso(d.row.funding[0].provenance.as_of),
        cell=(0, 0),
        widget="provenance.as_of_edit",
    ),
    Field(
        "funding source",
        FUNDING,
        "funding",
        "",
        lambda d: d.row.funding[0].provenance.source.key,
        cell=(0, 0),
        widget="provenance.source_combo",
    ),
    Field(
        "result as of",
        RESULTS,
        "results",
        "2019",
        lambda d: _iso(d.row.results[0].provenance.as_of),
        cell=(0, 0),
        widget="provenance.as_of_edit",
    ),
    Field(
        "result source",
        RESULTS,
        "results",
        "",
        lambda d: d.row.results[0].provenance.source.key,
        cell=(0, 0),
        widget="provenance.source_combo",
    ),
]
TEXT_COLUMNS = {  # the grids' columns holding a text in two languages
    "funding note",
    "result indicator",
    "result unit",
    "result note",
    "event title",
    "event description",
}
ENGLISH_FIELDS = [  # the same texts typed with the editor showing its English texts
    replace(field, name=f"{field.name} in English", typed=f"{field.typed} (EN)", texts="en")
    for field in OVERVIEW_FIELDS + FUNDING_FIELDS + RESULT_FIELDS + EVENT_FIELDS
    if field.name in ("title", "summary") or field.name in TEXT_COLUMNS
]
FIELDS = (
    OVERVIEW_FIELDS
    + FUNDING_FIELDS
    + RESULT_FIELDS
    + EVENT_FIELDS
    + PROVENANCE_FIELDS
    + ENGLISH_FIELDS
)


def _stored(window, field: Field) -> Any:
    with window.database.session() as session:
        detail = engagement_detail(session, field.engagement, field.texts)
        assert detail is not None
        return field.stored(detail)


def _editor_widget(window, field: Field) -> QWidget:
    overview = window.editor.overview
    if field.widget in ("countries", "themes", "regions", "instruments"):
        return overview.links.edits[field.widget]
    if field.widget in ("as_of_edit", "source_combo"):
        return getattr(overview.links, field.widget)
    return getattr(overview, field.widget)


def _pick_next(qtbot, combo: QComboBox) -> None:
    """Pick another entry by keyboard, as a user would (Down, or Up at the end)."""
    key = Qt.Key.Key_Down if combo.currentIndex() < combo.count() - 1 else Qt.Key.Key_Up
    qtbot.keyClick(combo, key)


def _enter(qtbot, window, field: Field) -> None:
    """Type (or pick) the new value and leave the field (Tab, Return, or the pick itself)."""
    click_row(window, qtbot, field.engagement)
    texts = window.editor.text_language
    if texts.currentData() != field.texts:  # "Texts in English", chosen by keyboard
        texts.setFocus(Qt.FocusReason.TabFocusReason)
        _pick_next(qtbot, texts)
        assert texts.currentData() == field.texts
    tab = getattr(window.editor, field.tab)
    open_tab(qtbot, window.editor, tab)
    if field.cell is not None and field.widget:  # a field under a grid, for its selected row
        click_cell(qtbot, tab.view, *field.cell)
        part, name = field.widget.split(".")
        widget = getattr(getattr(tab, part), name)
    elif field.cell is None:
        widget = _editor_widget(window, field)
        window.editor.overview.ensureWidgetVisible(widget)
    if field.widget:
        if isinstance(widget, QComboBox):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            _pick_next(qtbot, widget)
            return
        target = widget.viewport() if hasattr(widget, "viewport") else widget
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(widget, field.typed)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)  # leave the field
        return
    view = tab.view
    row, column = field.cell
    click_cell(qtbot, view, row, column)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editing = QApplication.focusWidget()
    if isinstance(editing, QComboBox):
        _pick_next(qtbot, editing)
    else:
        qtbot.keyClick(editing, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(editing, field.typed)
        qtbot.keyClick(editing, Qt.Key.Key_Return)


@pytest.mark.parametrize("field", FIELDS, ids=[field.name for field in FIELDS])
def test_every_field_saves_undoes_redoes_and_survives_a_restart(
    window, qtbot, db_url, settings_path, field: Field
):
    before = _stored(window, field)
    _enter(qtbot, window, field)
    qtbot.waitUntil(lambda: _stored(window, field) != before, timeout=3000)
    after = _stored(window, field)
    focus = QApplication.focusWidget()  # where the user's focus is after leaving the field
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Z, CTRL)
    assert _stored(window, field) == before, "undo"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert _stored(window, field) == after, "redo"
    window.close()
    window.brief.jobs.wait()
    again = desktop.create_main_window(db_url, settings_path=settings_path)
    qtbot.addWidget(again)
    assert _stored(again, field) == after, "after a restart"
    again.close()
