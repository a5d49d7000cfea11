"""The engagement table's rows: filters and Danish-aware search."""

from __future__ import annotations

from models.collation import fold
from models.queries.engagement_list import EngagementFilter, list_engagements


def test_filtering_by_country_and_theme(database):
    with database.session() as session:
        rows = list_engagements(session)
    chosen = [
        r for r in rows if EngagementFilter(countries=("ML",), themes=("stabilisation",)).accepts(r)
    ]
    assert chosen and all("ML" in {c[0] for c in r.countries} for r in chosen)
    assert any(r.key == "mali-task-force-takuba" for r in chosen)


def test_search_is_case_insensitive_for_danish_letters(database):
    with database.session() as session:
        rows = list_engagements(session)
    words = fold("ØKONOMISK").split()
    found = {r.key for r in rows if r.matches(words)}
    assert "mali-oekonomisk-diplomati" in found


def test_totals_count_commitments_in_dkk(database):
    with database.session() as session:
        rows = {r.key: r for r in list_engagements(session)}
    assert rows["strategi-2022-nordafrika-relationer"].total_dkk == 200_000_000
