"""Dump and load: deterministic files, idempotent merges, bad files refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import entities as e
from models.errors import ValidationError
from models.interchange.builtin import builtin_text
from models.interchange.dump import dump_document
from models.interchange.fileformat import parse_json, to_json
from models.interchange.load import load_document
from models.schema import open_database


def _dump(database) -> str:
    with database.session() as session:
        return to_json(dump_document(session))


def test_dump_then_replace_into_another_database_then_dump_is_byte_identical(
    database, tmp_path: Path
) -> None:
    first = _dump(database)
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite'}", seed=False)
    with other.session() as session, session.begin():
        load_document(session, parse_json(first), replace=True)
    assert _dump(other) == first
    other.close()


def test_loading_the_same_file_twice_changes_nothing(database) -> None:
    document = parse_json(builtin_text())
    with database.session() as session, session.begin():
        report = load_document(session, document)
    assert report.unchanged, (report.added, report.changed)


def test_dump_uses_keys_plain_numbers_and_iso_dates(database) -> None:
    document = json.loads(_dump(database))
    assert document["format"] == "briefing-builder/2"
    amounts = [line["amount"] for item in document["engagements"] for line in item["funding"]]
    assert 200000000 in amounts
    assert all(isinstance(amount, int | float) for amount in amounts)


def _engagement_count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(e.Engagement)) or 0


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["engagements"][0].update(title=""), "title: must not be empty"),
        (lambda d: d["engagements"][0].update(countries=["QQ"]), "not an ISO 3166-1"),
        (lambda d: d["engagements"][0].update(source="nowhere"), "source: “nowhere”"),
        (lambda d: d["engagements"][0].update(start="2020", end="2019"), "before it starts"),
        (lambda d: d["engagements"][0].update(status="great"), "status"),
        (
            lambda d: d["key_facts"].append(
                {
                    "key": "x",
                    "text": "t",
                    "value": 140,
                    "unit": "%",
                    "source": d["sources"][0]["key"],
                    "as_of": "2020",
                }
            ),
            "not a percentage between 0 and 100",
        ),
        (
            lambda d: d["engagements"].append(
                {
                    **d["engagements"][0],
                    "key": "neu",
                    "funding": [
                        {
                            "key": "neu--f1",
                            "amount": -1,
                            "source": d["sources"][0]["key"],
                            "as_of": "2020",
                        }
                    ],
                    "results": [],
                }
            ),
            "cannot be negative",
        ),
        (lambda d: d["events"][0].update(date="2020-02-30"), "has no day 30"),
    ],
    ids=[
        "empty title",
        "unknown country",
        "unknown source",
        "period",
        "status",
        "percent",
        "negative amount",
        "invalid date",
    ],
)
def test_a_bad_record_is_named_and_nothing_is_written(database, mutate, message) -> None:
    document = parse_json(builtin_text())
    document["engagements"] = [dict(item) for item in document["engagements"]]
    document["engagements"][0]["title"] = "Ændret titel"  # a valid change that must not land
    mutate(document)
    before = _dump(database)
    with (
        database.session() as session,
        pytest.raises(ValidationError) as raised,
        session.begin(),
    ):
        load_document(session, document)
    assert message in str(raised.value)
    assert _dump(database) == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json at all", "not valid JSON"),
        ('{"format": "something-else/3"}', "format “something-else/3”"),
        ("[1, 2]", "not a Briefing Builder knowledge file"),
        ('{"format": "briefing-builder/1", "engagements": {"a": 1}}', "must be a list"),
    ],
)
def test_files_that_are_not_knowledge_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_json(text)


def test_replace_removes_what_the_file_does_not_hold(database) -> None:
    document = {
        "format": "briefing-builder/1",
        "sources": [
            {
                "key": "s",
                "title": "Egen note",
                "publisher": None,
                "url": None,
                "published": None,
                "language": "da",
                "note": None,
            }
        ],
    }
    with database.session() as session, session.begin():
        load_document(session, document, replace=True)
    assert _engagement_count(database) == 0


def test_country_shares_round_trip_and_must_name_listed_countries(database) -> None:
    document = {
        "format": "briefing-builder/1",
        "engagements": [
            {
                **dict(parse_json(builtin_text())["engagements"][0]),
                "countries": ["IQ", "SY"],
                "country_shares": {"IQ": 70, "SY": 30},
            }
        ],
    }
    with database.session() as session, session.begin():
        load_document(session, document)
    with database.session() as session:
        record = next(
            r
            for r in dump_document(session)["engagements"]
            if r["key"] == document["engagements"][0]["key"]
        )
    assert record["country_shares"] == {"IQ": 70, "SY": 30}
    document["engagements"][0]["country_shares"] = {"ML": 10}
    with (
        database.session() as session,
        pytest.raises(ValidationError, match="not among"),
        session.begin(),
    ):
        load_document(session, document)
