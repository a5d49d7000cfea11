"""Nothing typed into the reference lists is lost: every text field of every list is typed
into its cell, then checked in the database, undone, redone (by keyboard, inside the dialog)
and read again after a restart of the window on the same file."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt

from models.services.reference_lists import list_records

import desktop

from tests.desktop.user_actions import CTRL, SHIFT, open_lists, type_in_cell

# (list, field, what the user types); the first row of each list is edited
FIELDS: list[tuple[str, str, str]] = [
    ("countries", "name_en", "Renamed country"),
    ("countries", "name_da", "Omdoebt land"),
    ("regions", "name_en", "Renamed region"),
    ("regions", "name_da", "Omdoebt region"),
    ("themes", "name_en", "Renamed theme"),
    ("themes", "name_da", "Omdoebt tema"),
    ("instruments", "name_en", "Renamed instrument"),
    ("instruments", "name_da", "Omdoebt instrument"),
    ("organisations", "name_da", "Omdoebt organisation"),
    ("organisations", "name_en", "Renamed organisation"),
    ("organisations", "acronym_da", "ROD"),
    ("organisations", "acronym_en", "RNO"),
    ("organisations", "iati_ref", "XM-DAC-99-1"),
    ("sources", "title", "A renamed source"),
    ("sources", "translated_title", "En omdoebt kilde"),
    ("sources", "publisher", "Udenrigsministeriet"),
    ("sources", "url", "https://um.dk/renamed"),
    ("sources", "published", "2021-06"),
    ("sources", "language", "fr"),
    ("sources", "note", "Checked by the desk"),
    ("key_facts", "text_da", "Et noegletal skrevet paa ny"),
    ("key_facts", "text_en", "A key fact typed anew"),
    ("key_facts", "unit_da", "personer"),
    ("key_facts", "unit_en", "people"),
    ("key_facts", "value", "42"),
    ("key_facts", "value_text_da", "omkring 42"),
    ("key_facts", "value_text_en", "about 42"),
    ("key_facts", "start", "2019"),
    ("key_facts", "as_of", "2023-04"),
    ("key_facts", "internal_note", "Ask the embassy"),
    ("events", "date", "2021-05-03"),
    ("events", "title_da", "En begivenhed skrevet paa ny"),
    ("events", "title_en", "An event typed anew"),
    ("events", "description_da", "Hvad der skete, kort"),
    ("events", "description_en", "What happened, in a few words"),
    ("events", "reference", "J.nr. 2026-999"),
    ("events", "as_of", "2022"),
    ("events", "internal_note", "Not for print"),
]


def _stored(window, kind: str, key: str, name: str) -> Any:
    with window.database.session() as session:
        record = next(
            r
            for r in list_records(session, kind)
            if key in (r.get("key"), r.get("code"), r.get("iso2"))
        )
    return record.get(name)


@pytest.mark.parametrize(("kind", "name", "typed"), FIELDS, ids=[f"{k}.{n}" for k, n, _ in FIELDS])
def test_every_list_field_saves_undoes_redoes_and_survives_a_restart(
    window, qtbot, db_url, settings_path, kind: str, name: str, typed: str
):
    tab = open_lists(window, qtbot, kind)
    key = tab.model.key_at(0)
    before = _stored(window, kind, key, name)
    type_in_cell(qtbot, tab.view, 0, tab.model.columns.index(name), typed)
    qtbot.waitUntil(lambda: _stored(window, kind, key, name) != before, timeout=3000)
    after = _stored(window, kind, key, name)
    assert not tab.message.text(), tab.message.text()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert _stored(window, kind, key, name) == before, "undo"
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _stored(window, kind, key, name) == after, "redo"
    window.lists_dialog.close()
    window.close()
    window.brief.jobs.wait()
    again = desktop.create_main_window(db_url, settings_path=settings_path)
    qtbot.addWidget(again)
    assert _stored(again, kind, key, name) == after, "after a restart"
    again.close()
