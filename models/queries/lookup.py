"""Finding countries, regions and themes by code or by name in either language."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.collation import danish_sort_key, fold
from models.errors import NotFoundError
from models.messages import say
from models.rows import Named

T = TypeVar("T")


def _match(term: str, what: str, candidates: Sequence[tuple[tuple[str, ...], T]]) -> T:
    """The one candidate whose code or name equals ``term`` (case-insensitively)."""
    wanted = fold(term.strip())
    for names, value in candidates:
        if wanted in (fold(name) for name in names):
            return value
    all_names = [name for names, _ in candidates for name in names]
    close = difflib.get_close_matches(term.strip(), all_names, n=5, cutoff=0.6)
    close += [n for n in all_names if wanted and wanted in fold(n) and n not in close][:5]
    close = list(dict.fromkeys(close))
    if close:
        raise NotFoundError(
            say("lookup.none_near", what=what, term=term, near=", ".join(close[:5]))
        )
    raise NotFoundError(say("lookup.none", what=what, term=term))


def find_countries(session: Session, terms: Iterable[str]) -> list[Named]:
    countries = [
        ((c.iso2, c.iso3, c.name_en, c.name_da), Named(c.iso2, c.name_en, c.name_da))
        for c in session.scalars(select(e.Country))
    ]
    return list(dict.fromkeys(_match(term, "country", countries) for term in terms))


def find_regions(session: Session, terms: Iterable[str]) -> list[Named]:
    regions = [
        ((r.key, r.name_en, r.name_da), Named(r.key, r.name_en, r.name_da))
        for r in session.scalars(select(e.Region))
    ]
    return list(dict.fromkeys(_match(term, "region", regions) for term in terms))


def find_themes(session: Session, terms: Iterable[str]) -> list[Named]:
    themes = [
        ((t.code, t.name_en, t.name_da), Named(t.code, t.name_en, t.name_da))
        for t in session.scalars(select(e.Theme))
    ]
    return list(dict.fromkeys(_match(term, "theme", themes) for term in terms))


def region_members(session: Session, key: str) -> list[Named]:
    region = session.scalar(select(e.Region).where(e.Region.key == key))
    if region is None:
        raise NotFoundError(say("lookup.none", what="region", term=key))
    members = [Named(c.iso2, c.name_en, c.name_da) for c in region.countries]
    return sorted(members, key=lambda c: danish_sort_key(c.name_en))
