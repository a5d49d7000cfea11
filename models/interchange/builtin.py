"""The built-in knowledge base curated from the seed documents, loaded into new databases."""

from __future__ import annotations

from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.countries import all_iso_countries
from models.interchange.fileformat import parse_json
from models.interchange.load import LoadReport, load_document

BUILTIN_FILE = "builtin.json"


def builtin_text() -> str:
    return (resources.files("resources") / "knowledge" / BUILTIN_FILE).read_text("utf-8")


def add_iso_countries(session: Session) -> int:
    """Every ISO 3166-1 country, so any of them can be picked; returns how many were added."""
    present = set(session.scalars(select(e.Country.iso2)))
    added = 0
    for name in all_iso_countries():
        if name.iso2 not in present:
            session.add(
                e.Country(
                    iso2=name.iso2, iso3=name.iso3, name_en=name.name_en, name_da=name.name_da
                )
            )
            added += 1
    session.flush()
    return added


def load_builtin_knowledge(session: Session) -> LoadReport:
    add_iso_countries(session)
    return load_document(session, parse_json(builtin_text(), name=BUILTIN_FILE))
