"""The engagement table's rows: filters and Danish-aware search."""

from __future__ import annotations

from models.collation import fold
from models.queries.engagement_list import list_engagements
from models.selection import Selection


def test_filtering_by_country_and_theme(database):
    with database.session() as session:
        rows = list_engagements(session)
    chosen = [r for r in rows if Selection(countries=("ML",), themes=("stabilisation",)).accepts(r)]
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


def test_equal_names_dates_and_codes_are_one_object_so_rows_travel_small(database):
    import pickle

    from models.collation import danish_sort_key
    from models.queries.engagement_list import data_stamp, stamped_engagements

    with database.session() as session:
        stamp, rows = stamped_engagements(session)
        assert stamp == data_stamp(session) and stamp[0] == len(rows)
    mali = [r for r in rows if r.countries == (("ML", "Mali", "Mali"),)]
    assert len(mali) > 5 and len({id(r.countries) for r in mali}) == 1
    assert len({id(r.country_codes) for r in mali}) == 1
    years = {}
    for row in rows:
        if row.start is not None:
            assert years.setdefault(row.start, row.start) is row.start
    assert all(r.title_key == danish_sort_key(r.title) for r in rows)
    fresh = pickle.loads(pickle.dumps(rows))  # what the helper sends is equal to what it read
    assert fresh == rows and [r.search_text for r in fresh] == [r.search_text for r in rows]
