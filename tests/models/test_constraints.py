"""The database itself refuses bad rows, whatever program writes them."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError


def _insert(database, sql: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(sql))


BASE = (
    "INSERT INTO sources (key, title, created_at, updated_at) VALUES ('s', 'Kilde', "
    "'2024-01-01', '2024-01-01');"
)
ENGAGEMENT = (
    "INSERT INTO engagements (key, title_da, status, source_id, as_of_on, as_of_precision, "
    "start_on, end_on, created_at, updated_at) VALUES ('{key}', '{title}', '{status}', 1, "
    "'2024-01-01', 'day', '{start}', '{end}', '2024-01-01', '2024-01-01')"
)


def _engagement(**values: str) -> str:
    fields = {
        "key": "e",
        "title": "Mali",
        "status": "active",
        "start": "2020-01-01",
        "end": "2021-12-31",
    } | values
    return ENGAGEMENT.format(**fields)


@pytest.mark.parametrize(
    "values",
    [
        {"title": "   "},
        {"start": "2022-01-01", "end": "2021-12-31"},
        {"status": "finished"},
    ],
    ids=["empty title", "end before start", "unknown status"],
)
def test_bad_engagement_rows_are_rejected(empty_database, values) -> None:
    _insert(empty_database, BASE)
    with pytest.raises(IntegrityError):
        _insert(empty_database, _engagement(**values))


def test_a_good_engagement_row_is_accepted(empty_database) -> None:
    _insert(empty_database, BASE)
    _insert(empty_database, _engagement())


def test_negative_amounts_are_rejected(empty_database) -> None:
    _insert(empty_database, BASE)
    _insert(empty_database, _engagement())
    with pytest.raises(IntegrityError):
        _insert(
            empty_database,
            "INSERT INTO funding_lines (key, engagement_id, amount, currency, kind, source_id, "
            "as_of_on, as_of_precision, created_at, updated_at) VALUES ('f', 1, -5, 'DKK', "
            "'commitment', 1, '2024-01-01', 'day', '2024-01-01', '2024-01-01')",
        )


def test_percentages_above_100_are_rejected(empty_database) -> None:
    _insert(empty_database, BASE)
    with pytest.raises(IntegrityError):
        _insert(
            empty_database,
            "INSERT INTO key_facts (key, text_da, value, unit_da, source_id, as_of_on, "
            "as_of_precision, created_at, updated_at) VALUES ('k', 'Tillid', 186, '%', 1, "
            "'2024-01-01', 'day', '2024-01-01', '2024-01-01')",
        )


def test_a_fact_cannot_point_to_a_missing_source(empty_database) -> None:
    with pytest.raises(IntegrityError):
        _insert(empty_database, _engagement())


def test_a_source_in_use_cannot_be_deleted(empty_database) -> None:
    _insert(empty_database, BASE)
    _insert(empty_database, _engagement())
    with pytest.raises(IntegrityError):
        _insert(empty_database, "DELETE FROM sources")


def test_whole_rows_holding_texts_in_a_third_language_compare(database) -> None:
    """A DISTINCT over records (PostgreSQL cannot compare ``json``; it keeps ``jsonb``)."""
    from sqlalchemy import select

    from models import entities as e

    with database.writing() as session, session.begin():
        record = session.scalars(select(e.Engagement).limit(1)).one()
        record.original_texts = {"title": "Eau pour Mopti"}
    with database.session() as session:
        rows = session.execute(
            select(e.Engagement.key, e.Engagement.original_texts).distinct()
        ).all()
    assert {"title": "Eau pour Mopti"} in [texts for _key, texts in rows]
