"""Shared money on small knowledge bases of our own: never counted twice, never lost,
never credited in full to each place."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.errors import ValidationError
from models.interchange.load import load_document
from models.money import Money

from reports.content.build import build_brief, read_brief_data
from reports.content.gather import gather
from reports.request import BriefRequest

SOURCE = {"key": "s", "title": "Kilde", "published": "2024"}
REGIONS = [
    {"key": "sahel", "name_en": "Sahel", "name_da": "Sahel", "countries": ["ML", "NE"]},
    {"key": "west", "name_en": "West", "name_da": "Vest", "countries": ["ML", "NE", "SN"]},
]


def _engagement(key: str, amount: int, **places: object) -> dict:
    return {
        "key": key,
        "title": key.title(),
        "source": "s",
        "as_of": "2024",
        "start": "2023",
        **places,
        "funding": [
            {
                "key": f"{key}--f1",
                "amount": amount,
                "kind": "budget",
                "source": "s",
                "as_of": "2024",
            }
        ],
    }


def _load(database, *engagements: dict) -> None:
    document = {
        "format": "briefing-builder/2",
        "sources": [SOURCE],
        "regions": REGIONS,
        "engagements": list(engagements),
    }
    with database.session() as session, session.begin():
        load_document(session, document)


def _counted(database, request: BriefRequest) -> Money:
    with database.session() as session:
        parts = gather(read_brief_data(session, request), request.countries, request.regions)
    total = Money()
    for part in parts:
        total += part.counted
    return total


def test_overlapping_regions_count_an_engagement_once(empty_database) -> None:
    _load(empty_database, _engagement("joint", 30_000_000, countries=["ML", "NE"]))
    request = BriefRequest(regions=("sahel", "west"), brief_date=date(2025, 1, 1))
    assert _counted(empty_database, request).only("budget") == Decimal("30000000")
    with empty_database.session() as session:
        brief = build_brief(session, request)
    assert not any("Desuden" in line for line in brief.summary)  # nothing left over, no -6


def test_a_regional_percentage_is_kept_beside_the_countrys(empty_database) -> None:
    _load(
        empty_database,
        _engagement(
            "split",
            10_000_000,
            countries=["ML"],
            regions=["sahel"],
            country_shares={"ML": 60},
            region_shares={"sahel": 40},
        ),
    )
    request = BriefRequest(regions=("sahel",), brief_date=date(2025, 1, 1))
    assert _counted(empty_database, request).only("budget") == Decimal("10000000")
    mali = BriefRequest(countries=("ML",), brief_date=date(2025, 1, 1))
    assert _counted(empty_database, mali).only("budget") == Decimal("6000000")


def test_shares_over_a_hundred_percent_are_refused(empty_database) -> None:
    with pytest.raises(ValidationError, match="more than 100"):
        _load(
            empty_database,
            _engagement("over", 1, countries=["ML", "NE"], country_shares={"ML": 70, "NE": 50}),
        )


def test_an_undated_engagement_is_in_a_period_through_its_dated_money(database) -> None:
    request = BriefRequest(
        themes=("migration",),
        period_start=date(2022, 1, 1),
        period_end=date(2022, 12, 31),
        brief_date=date(2026, 12, 1),
    )
    with database.session() as session:
        brief = build_brief(session, request)
    titles = {line.title for place in brief.places for g in place.groups for line in g.lines}
    assert any("Kapacitetsopbygning" in title for title in titles)  # 190 mio. kr. in 2022


def test_open_ended_data_older_than_the_period_is_not_stated_as_in_it(database) -> None:
    request = BriefRequest(
        countries=("ML",),
        period_start=date(2024, 1, 1),
        period_end=date(2025, 12, 31),
        brief_date=date(2026, 12, 1),
        allow_empty=True,
    )
    with database.session() as session:
        brief = build_brief(session, request)
    titles = {line.title for place in brief.places for g in place.groups for line in g.lines}
    assert not any("bilaterale" in title.lower() for title in titles)  # "fra 2006", data 2016
    assert any("not known to run" in line or "ikke vides" in line for line in brief.scope_lines)
