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
    assert document["format"] == "briefing-builder/3"
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


VERSION_2 = {  # as the previous release wrote it: one text per field, no languages
    "format": "briefing-builder/2",
    "sources": [
        {"key": "kilde", "title": "En kilde", "language": "da"},
        {"key": "post", "title": "A paper", "language": "en"},
    ],
    "organisations": [{"key": "egen", "name": "Egen partner", "kind": "other"}],
    "engagements": [
        {
            "key": "dansk",
            "title": "Et dansk engagement",
            "summary": "Med æ, ø og å.",
            "source": "kilde",
            "as_of": "2020",
            "funding": [
                {
                    "key": "dansk--f1",
                    "amount": 5,
                    "note": "En note",
                    "source": "kilde",
                    "as_of": "2020",
                }
            ],
            "results": [
                {
                    "key": "dansk--r1",
                    "indicator": "Antal",
                    "unit": "%",
                    "actual": 40,
                    "source": "kilde",
                    "as_of": "2020",
                }
            ],
        },
        {"key": "english", "title": "An English one", "source": "post", "as_of": "2021"},
    ],
    "events": [
        {"key": "sket", "date": "2020", "title": "Det skete", "source": "post", "as_of": "2020"}
    ],
}


def test_a_file_of_the_previous_format_loads_each_text_in_its_sources_language(database):
    with database.session() as session, session.begin():
        load_document(session, json.loads(json.dumps(VERSION_2)))
    with database.session() as session:
        dansk = session.scalar(select(e.Engagement).where(e.Engagement.key == "dansk"))
        english = session.scalar(select(e.Engagement).where(e.Engagement.key == "english"))
        event = session.scalar(select(e.Event).where(e.Event.key == "sket"))
        partner = session.scalar(select(e.Organisation).where(e.Organisation.key == "egen"))
        assert (dansk.language, dansk.title_da, dansk.title_en) == (
            "da",
            "Et dansk engagement",
            None,
        )
        assert dansk.summary_da == "Med æ, ø og å."
        assert dansk.funding_lines[0].note_da == "En note"
        assert (dansk.results[0].indicator_da, dansk.results[0].unit_da) == ("Antal", "%")
        assert (english.language, english.title_da, english.title_en) == (
            "en",
            None,
            "An English one",
        )
        assert (event.language, event.title_en) == ("en", "Det skete")  # its source is English
        assert (partner.language, partner.name_da) == ("da", "Egen partner")
        dumped = dump_document(session)
    record = next(r for r in dumped["engagements"] if r["key"] == "dansk")
    assert record["title"] == {"da": "Et dansk engagement", "en": None}


@pytest.mark.parametrize(
    ("texts", "language", "refused"),
    [
        ({"da": "Titel", "fr": "Titre"}, "da", "fr"),  # a third language only as the original
        ({"da": None, "en": None}, "da", "must not be empty"),
        ({"da": "Titel"}, "dansk", "not a language code"),
    ],
)
def test_texts_in_other_shapes_are_refused_whole(database, texts, language, refused):
    before = _dump(database)
    record = {
        "key": "ny",
        "language": language,
        "title": texts,
        "source": "um-danmark-i-mali-instrumenter-partnere-resultater",
        "as_of": "2020",
    }
    with (
        database.session() as session,
        pytest.raises(ValidationError, match=refused),
        session.begin(),
    ):
        load_document(session, {"format": "briefing-builder/3", "engagements": [record]})
    assert _dump(database) == before


def test_a_file_without_a_translation_keeps_the_one_in_the_knowledge_base(database):
    """A plain text of an older file (or an IATI file) sets its own language only."""
    with database.session() as session, session.begin():
        load_document(session, json.loads(json.dumps(VERSION_2)))
    with database.session() as session, session.begin():
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == "dansk"))
        row.title_en = "A Danish engagement"
    again = json.loads(json.dumps(VERSION_2))
    again["engagements"][0]["title"] = "Et dansk engagement, rettet"
    with database.session() as session, session.begin():
        load_document(session, again)
    with database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == "dansk"))
        assert (row.title_da, row.title_en) == (
            "Et dansk engagement, rettet",
            "A Danish engagement",
        )
