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

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import entities as e
from models.bilingual import LANGUAGES, TEXT_FIELDS
from models.interchange.builtin import BUILTIN_FILE, builtin_text
from models.interchange.fileformat import FORMAT, parse_json
from models.interchange.load import load_document

CURATED_IN = "0007"  # databases from an older schema hold the built-in data before curation
TRANSLATED_IN = "0008"  # and before it the built-in texts had no translation
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


def needs_translations(revision: str | None) -> bool:
    """A database curated but from before the translations: its unchanged built-in texts
    gain their other language (nothing added, removed or overwritten)."""
    return revision is not None and CURATED_IN <= revision < TRANSLATED_IN


TEXT_TABLES: tuple[tuple[str, Any], ...] = (
    ("organisations", e.Organisation),
    ("engagements", e.Engagement),
    ("funding_lines", e.FundingLine),
    ("results", e.Result),
    ("key_facts", e.KeyFact),
    ("events", e.Event),
)


def _built_in_records(document: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """The built-in records of each table with texts, by key (children included)."""
    records: dict[str, dict[str, dict[str, Any]]] = {table: {} for table, _ in TEXT_TABLES}
    for table in ("organisations", "key_facts", "events"):
        records[table] = {record["key"]: record for record in document.get(table, [])}
    for engagement in document.get("engagements", []):
        records["engagements"][engagement["key"]] = engagement
        for line in engagement.get("funding", []):
            records["funding_lines"][line["key"]] = line
        for result in engagement.get("results", []):
            records["results"][result["key"]] = result
    return records


def add_translations(session: Session) -> int:
    """Fill the missing language of each built-in text nobody changed, from the built-in
    knowledge base; returns how many records gained a text. A record a user edited (its
    version moved), added or deleted is left exactly as it is; the version is not raised,
    so the record still counts as unchanged."""
    document = parse_json(builtin_text(), name=BUILTIN_FILE)
    records = _built_in_records(document)
    touched = 0
    for table, model in TEXT_TABLES:
        given = records[table]
        for row in session.scalars(select(model).where(model.key.in_(list(given)))):
            if row.version != 1:
                continue
            record = given[row.key]
            values: dict[str, Any] = {}
            for name in TEXT_FIELDS[table]:
                texts = record.get(name) or {}
                ours = {code: getattr(row, f"{name}_{code}") for code in LANGUAGES}
                written = row.language if row.language in LANGUAGES else "da"
                if ours[written] != texts.get(written):
                    values = {}  # the original differs from the built-in one: leave it
                    break
                for code in LANGUAGES:
                    if ours[code] is None and texts.get(code):
                        values[f"{name}_{code}"] = texts[code]
            if values:
                session.execute(update(model).where(model.id == row.id).values(**values))
                touched += 1
    for source in document.get("sources", []):
        if source.get("translated_title"):
            session.execute(
                update(e.Source)
                .where(
                    e.Source.key == source["key"],
                    e.Source.version == 1,
                    e.Source.translated_title.is_(None),
                    e.Source.title == source["title"],
                )
                .values(translated_title=source["translated_title"])
            )
    session.expire_all()
    return touched


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
