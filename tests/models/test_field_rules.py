"""One rule per field: the editors and the file loader accept and refuse the same values,
with the same message, so what the app keeps always loads again from its dump."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import select

from models import entities as e
from models.bilingual import LANGUAGES
from models.errors import ValidationError
from models.interchange.dump import dump_document
from models.interchange.load import load_document
from models.services.changes import SetEngagementField, apply_change
from models.services.child_changes import SetFundingField, SetResultField

KEYS = {  # an engagement of the built-in knowledge base with the child the case edits
    "engagement": "mali-freds-og-stabiliseringsfonden",
    "funding": "strategi-2022-kapacitetsopbygning-migrationsruter",
    "result": "mali-adgang-til-retssystemet",
}

# (record list, field, a value both must refuse, a value both must keep)
CASES: list[tuple[str, str, Any, Any]] = [
    ("engagement", "title_da", "a\nb", "Freds- og stabiliseringsfonden i Mali"),
    ("engagement", "title_en", "x" * 501, "Short title"),
    ("engagement", "lead_unit", "x" * 201, "Afrika, Politik og Udvikling"),
    ("engagement", "status", "finished-ish", "completed"),
    ("engagement", "summary_da", "a\x07b", "Et resumé med æ, ø og å."),
    ("funding", "currency", "kroner", "EUR"),
    ("funding", "kind", "gift", "disbursement"),
    ("funding", "finance_act_line", "x" * 41, "§06.32.08.70"),
    ("funding", "note_en", "\x00", "Shared with Niger"),
    ("result", "indicator_da", "x" * 501, "Antal uddannede dommere"),
    ("result", "unit_da", "x" * 41, "personer"),
    ("result", "target", "mange", "120"),
]


def _change(database, kind: str, name: str, value: Any):
    key = KEYS[kind]
    with database.session() as session:
        engagement = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        if kind == "engagement":
            return SetEngagementField(key, name, value)
        if kind == "funding":
            return SetFundingField(key, engagement.funding_lines[0].key, name, value)
        return SetResultField(key, engagement.results[0].key, name, value)


def _edit(database, kind: str, name: str, value: Any) -> None:
    change = _change(database, kind, name, value)
    with database.session() as session, session.begin():
        apply_change(session, change)


def _load(database, kind: str, name: str, value: Any) -> None:
    with database.session() as session:
        document = copy.deepcopy(dump_document(session))
    record = next(r for r in document["engagements"] if r["key"] == KEYS[kind])
    children = {"funding": "funding", "result": "results"}
    target = record[children[kind]][0] if kind in children else record
    base, _, language = name.rpartition("_")
    if language in LANGUAGES and isinstance(target.get(base), dict):  # a text in two languages
        target[base] = {**target[base], language: value}
    else:
        target[name] = value
    with database.session() as session, session.begin():
        load_document(session, document)


def _refusal(action, *args) -> str:
    with pytest.raises(ValidationError) as refused:
        action(*args)
    assert refused.value.said is not None, str(refused.value)
    return refused.value.said.id


@pytest.mark.parametrize(("kind", "name", "bad", "good"), CASES)
def test_the_editor_and_the_loader_refuse_the_same_value_alike(database, kind, name, bad, good):
    assert _refusal(_edit, database, kind, name, bad) == _refusal(_load, database, kind, name, bad)
    _edit(database, kind, name, good)
    with database.session() as session:
        document = dump_document(session)
    _load(database, kind, name, good)  # what the editor kept loads again unchanged
    with database.session() as session:
        assert dump_document(session) == document


def test_a_required_text_in_neither_language_is_refused_by_editor_and_loader_alike(database):
    """A title may be left in one language only; with neither, both refuse it alike."""
    _edit(database, "engagement", "title_en", "")
    refused_edit = _refusal(_edit, database, "engagement", "title_da", " ")
    refused_load = _refusal(_load, database, "engagement", "title_da", " ")
    assert refused_edit == refused_load == "text.empty"
