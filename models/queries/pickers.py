"""Choices for the pickers: countries with their engagement counts, themes, instruments."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import entities as e
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
    memberships = select(
        e.region_countries.c.country_id, e.Region.key, e.Region.name_en, e.Region.name_da
    ).join(e.Region, e.Region.id == e.region_countries.c.region_id)
    for country_id, key, name_en, name_da in session.execute(memberships):
        regions.setdefault(country_id, []).append(Named(key, name_en, name_da))
    countries = select(e.Country.id, e.Country.iso2, e.Country.name_en, e.Country.name_da)
    return [
        CountryChoice(
            Named(row.iso2, row.name_en, row.name_da),
            counts.get(row.id, 0),
            tuple(sorted(regions.get(row.id, []), key=lambda r: r.code)),
        )
        for row in session.execute(countries.order_by(e.Country.iso2))
    ]


def country_names(session: Session) -> list[Named]:
    """Every country's code and names, without counts: for typing names, not picking."""
    return [
        Named(row.iso2, row.name_en, row.name_da)
        for row in session.execute(select(e.Country.iso2, e.Country.name_en, e.Country.name_da))
    ]


def theme_choices(session: Session) -> list[Named]:
    return [Named(t.code, t.name_en, t.name_da) for t in session.scalars(select(e.Theme))]


def instrument_choices(session: Session) -> list[Named]:
    return [Named(i.code, i.name_en, i.name_da) for i in session.scalars(select(e.Instrument))]


def organisation_choices(session: Session) -> list[tuple[str, str]]:
    """(key, label) of every organisation, for the partner picker."""
    rows = session.scalars(select(e.Organisation))
    return sorted(
        ((row.key, f"{row.name} ({row.acronym})" if row.acronym else row.name) for row in rows),
        key=lambda item: item[1].casefold(),
    )


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
