"""Choices for the pickers: countries with their engagement counts, themes, instruments."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from models import entities as e
from models.bilingual import Untranslated, text_in
from models.queries.core_tables import COUNTRIES, INSTRUMENTS, REGIONS, THEMES
from models.rows import Named


@dataclass(frozen=True)
class CountryChoice:
    country: Named
    engagements: int
    regions: tuple[Named, ...]


def country_choices(session: Session) -> list[CountryChoice]:
    """Every country, with how many engagements name it and which regions hold it."""
    counts: dict[int, int] = dict(
        session.execute(
            select(e.engagement_countries.c.country_id, func.count()).group_by(
                e.engagement_countries.c.country_id
            )
        ).all()
    )
    regions: dict[int, list[Named]] = {}
    region, country = REGIONS.c, COUNTRIES.c  # tables, not classes: see core_tables
    memberships = select(
        e.region_countries.c.country_id, region.key, region.name_en, region.name_da
    ).join(REGIONS, region.id == e.region_countries.c.region_id)
    for country_id, key, name_en, name_da in session.execute(memberships):
        regions.setdefault(country_id, []).append(Named(key, name_en, name_da))
    countries = select(country.id, country.iso2, country.name_en, country.name_da)
    return [
        CountryChoice(
            Named(row.iso2, row.name_en, row.name_da),
            counts.get(row.id, 0),
            tuple(sorted(regions.get(row.id, []), key=lambda r: r.code)),
        )
        for row in session.execute(countries.order_by(country.iso2))
    ]


def country_names(session: Session) -> list[Named]:
    """Every country's code and names, without counts: for typing names, not picking."""
    return [
        Named(row.iso2, row.name_en, row.name_da)
        for row in session.execute(select(e.Country.iso2, e.Country.name_en, e.Country.name_da))
    ]


def theme_choices(session: Session) -> list[Named]:
    return _named(session, THEMES)


def instrument_choices(session: Session) -> list[Named]:
    return _named(session, INSTRUMENTS)


def _named(session: Session, table: Table) -> list[Named]:
    """Code and names from a reference table, in stored order (as ``select(Entity)`` gave)."""
    rows = session.execute(select(table.c.code, table.c.name_en, table.c.name_da))
    return [Named(code, name_en, name_da) for code, name_en, name_da in rows]


def organisation_choices(session: Session, language: str = "da") -> list[tuple[str, str]]:
    """(key, label) of every organisation, for the partner picker, named in ``language``."""
    choices = []
    for row in session.scalars(select(e.Organisation)):
        name = text_in(row, "name", language) or ""
        acronym = text_in(row, "acronym", language)
        choices.append((row.key, f"{name} ({acronym})" if acronym else name))
    return sorted(choices, key=lambda item: item[1].casefold())


def region_choices(session: Session) -> list[Named]:
    return [Named(r.key, r.name_en, r.name_da) for r in session.scalars(select(e.Region))]


def source_choices(session: Session) -> list[tuple[str, str]]:
    """(key, "title — publisher") of every source, for the engagement's source picker."""
    rows = session.scalars(select(e.Source))
    return sorted(
        (
            (row.key, f"{row.title} — {row.publisher}" if row.publisher else row.title)
            for row in rows
        ),
        key=lambda item: item[1].casefold(),
    )


def publisher_names(session: Session, language: str) -> dict[str, str]:
    """Organisation names as a source's publisher may write them (in either language), each
    to the organisation's name in ``language``: a brief names its publishers in its language."""
    names: dict[str, str] = {}
    for row in session.scalars(select(e.Organisation)):
        shown = text_in(row, "name", language)
        if shown is None or isinstance(shown, Untranslated):
            continue
        for code in ("da", "en"):
            written = getattr(row, f"name_{code}")
            if written:
                names.setdefault(written, str(shown))
    return names
