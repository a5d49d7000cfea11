"""The curated built-in knowledge base reaches databases made before its curation.

A database is filled from ``builtin.json`` once, when it is created. When a release corrects
that data (editorial remarks out of printed texts, a figure that must not be money), an
upgraded database would keep the old, wrong records. On upgrade from an older schema the
built-in records nobody has changed (still at version 1, children too) take the curated
form; records the curation withdrew are removed if nobody changed them; what a user added
or edited is left as it is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.interchange.builtin import BUILTIN_FILE, builtin_text
from models.interchange.fileformat import FORMAT, parse_json
from models.interchange.load import load_document

CURATED_IN = "0008"  # older databases hold the built-in data before curation and translation
VERSIONED_FROM = "0003"  # the revision that gave every record its version
# Built-in records of earlier releases that the curation removed (they were not true).
WITHDRAWN: dict[type[Any], tuple[str, ...]] = {
    e.FundingLine: ("strategi-2022-sahel-piger-og-kvinder--f1",),
    e.KeyFact: ("strategi-2022-udgift-indkvartering-afviste-2019",),
}
KEYED: tuple[tuple[str, Any], ...] = (
    ("sources", e.Source),
    ("organisations", e.Organisation),
    ("engagements", e.Engagement),
    ("key_facts", e.KeyFact),
    ("events", e.Event),
)


def needs_refresh(revision: str | None) -> bool:
    """From 0003 on every record counts its edits; an older database cannot tell a user's
    change from the built-in text, so it keeps what it has."""
    return revision is not None and VERSIONED_FROM <= revision < CURATED_IN


def refresh_builtin(session: Session) -> int:
    """Bring unchanged built-in records to the curated form; returns how many were touched."""
    document = parse_json(builtin_text(), name=BUILTIN_FILE)
    touched = 0
    for model, keys in WITHDRAWN.items():
        for row in session.scalars(select(model).where(model.key.in_(keys))):
            if row.version == 1:
                session.delete(row)
                touched += 1
    session.flush()
    refreshed: dict[str, Any] = {"format": FORMAT}
    for list_name, model in KEYED:
        existing: dict[str, Any] = {row.key: row for row in session.scalars(select(model))}
        records = [
            record
            for record in document.get(list_name, [])
            if record["key"] not in existing or _unchanged(existing[record["key"]])
        ]
        refreshed[list_name] = records
        touched += len(records)
    load_document(session, refreshed)
    session.flush()
    return touched


def _unchanged(row: Any) -> bool:
    if row.version != 1:
        return False
    if isinstance(row, e.Engagement):
        children: list[Any] = [*row.funding_lines, *row.results]
        return all(child.version == 1 for child in children)
    return True
