"""A knowledge base at the scale of years of use, for benchmarks: 10,000 engagements by default.

Generated deterministically (a seeded random generator) on top of the built-in knowledge base,
with Core bulk inserts so that building it takes seconds, not minutes.
"""

from __future__ import annotations

import argparse
import random
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from models import entities as e
from models.db import Database, sqlite_url
from models.schema import open_database

WORDS = (  # each title in Danish and English, as the knowledge base keeps every text
    (
        "Styrket samarbejde om vand og sanitet i landdistrikter",
        "Stronger cooperation on water and sanitation in rural areas",
    ),
    (
        "Støtte til fredsprocessen og lokal forsoning",
        "Support for the peace process and local reconciliation",
    ),
    (
        "Kapacitetsopbygning af politi og anklagemyndighed",
        "Capacity building of police and prosecution",
    ),
    (
        "Grøn omstilling og adgang til vedvarende energi",
        "Green transition and access to renewable energy",
    ),
    (
        "Beskyttelse af flygtninge og fordrevne i nærområdet",
        "Protection of refugees and displaced people in the region",
    ),
    (
        "Antikorruption og åbenhed i offentlig forvaltning",
        "Anti-corruption and openness in public administration",
    ),
    ("Økonomisk diplomati og eksportfremme", "Economic diplomacy and export promotion"),
    (
        "Humanitær bistand til konfliktramte befolkninger",
        "Humanitarian aid to conflict-affected populations",
    ),
    ("Kvinders deltagelse i fredsprocesser", "Women's participation in peace processes"),
    ("Menneskerettigheder og adgang til retssystemet", "Human rights and access to justice"),
)


def build_scale_database(
    path: Path, *, engagements: int = 10_000, countries: int = 60, seed: int = 1
) -> Database:
    """Create ``path`` (built-in knowledge plus ``engagements`` generated ones) and open it."""
    database = open_database(sqlite_url(path))
    rng = random.Random(seed)
    with database.session() as session, session.begin():
        country_ids = list(session.scalars(select(e.Country.id).order_by(e.Country.iso2)))
        chosen = rng.sample(country_ids, countries)
        theme_ids = list(session.scalars(select(e.Theme.id)))
        instrument_ids = list(session.scalars(select(e.Instrument.id)))
        organisation_ids = list(session.scalars(select(e.Organisation.id)))
        source_id = session.scalar(select(e.Source.id).order_by(e.Source.id))
        first_id = (
            session.scalar(select(e.Engagement.id).order_by(e.Engagement.id.desc())) or 0
        ) + 1
        stamp = {"created_at": date(2026, 1, 1), "updated_at": date(2026, 1, 1)}
        rows, links, funding, results, events = [], {}, [], [], []
        links = {name: [] for name in ("countries", "themes", "instruments", "partners", "events")}
        for number in range(engagements):
            engagement_id = first_id + number
            start = rng.randint(2005, 2025)
            end = start + rng.randint(0, 5)
            danish, english = rng.choice(WORDS)
            repeats = rng.randint(1, 4)
            rows.append(
                {
                    "id": engagement_id,
                    "key": f"scale-{number:05d}",
                    "language": "da",
                    "title_da": f"{danish} ({number})",
                    "title_en": f"{english} ({number})",
                    "summary_da": "Genereret til ydelsesmåling. " * repeats,
                    "summary_en": "Generated for performance measurement. " * repeats,
                    "status": rng.choice(["active", "completed", "planned", "paused"]),
                    "start_on": date(start, 1, 1),
                    "start_precision": "year",
                    "end_on": date(end, 12, 31),
                    "end_precision": "year",
                    "source_id": source_id,
                    "as_of_on": date(end, 1, 1),
                    "as_of_precision": "year",
                    **stamp,
                }
            )
            links["countries"].append(
                {"engagement_id": engagement_id, "country_id": rng.choice(chosen)}
            )
            for theme in rng.sample(theme_ids, rng.randint(1, 3)):
                links["themes"].append({"engagement_id": engagement_id, "theme_id": theme})
            for instrument in rng.sample(instrument_ids, rng.randint(1, 2)):
                links["instruments"].append(
                    {"engagement_id": engagement_id, "instrument_id": instrument}
                )
            links["partners"].append(
                {
                    "engagement_id": engagement_id,
                    "organisation_id": rng.choice(organisation_ids),
                    "role": rng.choice(["partner", "implementing", "funding"]),
                    **stamp,
                }
            )
            for line in range(rng.randint(1, 3)):
                year = rng.randint(start, end)
                funding.append(
                    {
                        "key": f"scale-{number:05d}--f{line + 1}",
                        "engagement_id": engagement_id,
                        "amount": rng.randint(1, 500) * 100_000,
                        "currency": "DKK",
                        "kind": "commitment",
                        "start_on": date(year, 1, 1),
                        "start_precision": "year",
                        "end_on": date(year, 12, 31),
                        "end_precision": "year",
                        "source_id": source_id,
                        "as_of_on": date(year, 1, 1),
                        "as_of_precision": "year",
                        **stamp,
                    }
                )
            for result in range(rng.randint(0, 2)):
                results.append(
                    {
                        "key": f"scale-{number:05d}--r{result + 1}",
                        "engagement_id": engagement_id,
                        "language": "da",
                        "indicator_da": "Personer der har fået adgang til ydelser",
                        "indicator_en": "People who gained access to services",
                        "unit_da": "personer",
                        "unit_en": "people",
                        "actual": rng.randint(100, 100_000),
                        "start_on": date(start, 1, 1),
                        "start_precision": "year",
                        "end_on": date(end, 12, 31),
                        "end_precision": "year",
                        "source_id": source_id,
                        "as_of_on": date(end, 1, 1),
                        "as_of_precision": "year",
                        **stamp,
                    }
                )
            if number % 3 == 0:
                events.append(
                    {
                        "key": f"scale-event-{number:05d}",
                        "occurred_on": date(start, 6, 1),
                        "occurred_precision": "month",
                        "kind": "agreement",
                        "language": "da",
                        "title_da": f"Aftale indgået ({number})",
                        "title_en": f"Agreement concluded ({number})",
                        "source_id": source_id,
                        "as_of_on": date(start, 6, 1),
                        "as_of_precision": "month",
                        **stamp,
                    }
                )
        session.execute(insert(e.Engagement.__table__), rows)
        session.execute(insert(e.engagement_countries), links["countries"])
        session.execute(insert(e.engagement_themes), links["themes"])
        session.execute(insert(e.engagement_instruments), links["instruments"])
        session.execute(insert(e.EngagementOrganisation.__table__), links["partners"])
        session.execute(insert(e.FundingLine.__table__), funding)
        if results:
            session.execute(insert(e.Result.__table__), results)
        session.execute(insert(e.Event.__table__), events)
    return database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--engagements", type=int, default=10_000)
    parser.add_argument("--countries", type=int, default=60)
    arguments = parser.parse_args()
    build_scale_database(
        arguments.path, engagements=arguments.engagements, countries=arguments.countries
    ).close()


if __name__ == "__main__":
    main()
