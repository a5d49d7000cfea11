"""Qualifiers, internal notes, estimated dates and primary themes: loaded, dumped, edited
with undo, and files of the previous format still read."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from models import entities as e
from models.errors import ValidationError
from models.interchange.dump import dump_document
from models.interchange.load import load_document
from models.partial_dates import PartialDate
from models.qualifiers import split_qualifier
from models.services.changes import SetEngagementField, apply_change
from models.services.child_changes import SetFundingAmount, SetResultField


def _apply(database, change):
    with database.session() as session, session.begin():
        return apply_change(session, change)


SOURCE = {"key": "s", "title": "Kilde", "published": "~2016"}


def _document(fmt: str = "briefing-builder/2", **funding: object) -> dict:
    return {
        "format": fmt,
        "sources": [SOURCE],
        "themes": [
            {"code": "migration", "name_en": "Migration", "name_da": "Migration"},
            {"code": "trade", "name_en": "Trade", "name_da": "Handel"},
        ],
        "engagements": [
            {
                "key": "g",
                "title": "G",
                "themes": ["migration", "trade"],
                "primary_theme": "trade",
                "source": "s",
                "as_of": "~2016-05",
                "internal_note": "Dato anslået ud fra teksten.",
                "funding": [
                    {
                        "key": "g--f1",
                        "amount": 2_700_000_000,
                        "kind": "budget",
                        "qualifier": "approximately",
                        "source": "s",
                        "as_of": "2022",
                        "internal_note": "Beløbet står i boksen.",
                        **funding,
                    }
                ],
                "results": [
                    {
                        "key": "g--r1",
                        "indicator": "Deltagere",
                        "actual": 140000,
                        "actual_qualifier": "more_than",
                        "source": "s",
                        "as_of": "2022",
                    }
                ],
            }
        ],
        "key_facts": [
            {
                "key": "k",
                "text": "Koalitionen",
                "value": 80,
                "value_qualifier": "more_than",
                "themes": ["migration"],
                "source": "s",
                "as_of": "2020",
            }
        ],
    }


def test_qualifiers_notes_estimated_dates_and_primary_theme_round_trip(empty_database) -> None:
    with empty_database.session() as session, session.begin():
        load_document(session, _document())
    with empty_database.session() as session:
        dumped = dump_document(session)
    (engagement,) = dumped["engagements"]
    assert engagement["primary_theme"] == "trade"
    assert engagement["as_of"] == "~2016-05"
    assert engagement["internal_note"] == "Dato anslået ud fra teksten."
    (line,) = engagement["funding"]
    assert (line["qualifier"], line["internal_note"]) == ("approximately", "Beløbet står i boksen.")
    assert engagement["results"][0]["actual_qualifier"] == "more_than"
    assert dumped["key_facts"][0]["value_qualifier"] == "more_than"
    assert dumped["sources"][0]["published"] == "~2016"
    assert dumped["format"] == "briefing-builder/3"
    json.dumps(dumped, default=str)  # plain data


def test_a_file_of_the_previous_format_still_loads(empty_database) -> None:
    document = _document("briefing-builder/1")
    with empty_database.session() as session, session.begin():
        load_document(session, document)
        line = session.scalar(select(e.FundingLine))
        assert line is not None and line.amount == Decimal("2700000000")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"qualifier": "roughly"}, "is not one of"),
    ],
)
def test_an_unknown_qualifier_is_refused(empty_database, change, message) -> None:
    with empty_database.session() as session, session.begin(), pytest.raises(ValidationError) as e_:
        load_document(session, _document(**change))
    assert message in str(e_.value)


def test_a_primary_theme_outside_the_engagements_themes_is_refused(empty_database) -> None:
    document = _document()
    document["engagements"][0]["primary_theme"] = "climate"
    with empty_database.session() as session, session.begin(), pytest.raises(ValidationError):
        load_document(session, document)


def test_typed_qualifiers_are_read_in_both_languages() -> None:
    assert split_qualifier("ca. 2700") == ("approximately", "2700")
    assert split_qualifier("about 5") == ("approximately", "5")
    assert split_qualifier("mere end 140.000") == ("more_than", "140.000")
    assert split_qualifier("op mod 15000") == ("up_to", "15000")
    assert split_qualifier("overall") == (None, "overall")


def test_an_estimated_date_keeps_its_mark_through_storage() -> None:
    day = PartialDate.parse("ca. 2012")
    assert day.estimated and day.isoformat() == "~2012"
    assert PartialDate.from_stored(day.first_day(), day.stored_precision) == day


def test_editing_a_figure_with_its_qualifier_undoes_both(empty_database) -> None:
    with empty_database.session() as session, session.begin():
        load_document(session, _document())
    undo = _apply(empty_database, SetFundingAmount("g", "g--f1", "mere end 5"))
    with empty_database.session() as session:
        line = session.scalar(select(e.FundingLine))
        assert (line.amount, line.qualifier) == (Decimal("5"), "more_than")
    _apply(empty_database, undo)
    with empty_database.session() as session:
        line = session.scalar(select(e.FundingLine))
        assert (line.amount, line.qualifier) == (Decimal("2700000000"), "approximately")
    undo = _apply(empty_database, SetResultField("g", "g--r1", "actual", "150000"))
    with empty_database.session() as session:
        assert session.scalar(select(e.Result.actual_qualifier)) is None
    _apply(empty_database, undo)
    with empty_database.session() as session:
        assert session.scalar(select(e.Result.actual_qualifier)) == "more_than"


def test_the_primary_theme_is_edited_with_undo(empty_database) -> None:
    with empty_database.session() as session, session.begin():
        load_document(session, _document())
    undo = _apply(empty_database, SetEngagementField("g", "primary_theme", "migration"))
    with empty_database.session() as session:
        assert session.scalar(select(e.Engagement)).primary_theme.code == "migration"
    _apply(empty_database, undo)
    with empty_database.session() as session:
        assert session.scalar(select(e.Engagement)).primary_theme.code == "trade"
    with pytest.raises(ValidationError):
        _apply(empty_database, SetEngagementField("g", "primary_theme", "climate"))


def test_a_key_facts_qualifier_and_note_are_edited_in_the_lists_with_undo(empty_database) -> None:
    from models.services.reference_lists import SetListField

    with empty_database.session() as session, session.begin():
        load_document(session, _document())
    undo = _apply(empty_database, SetListField("key_facts", "k", "value_qualifier", "mindst"))
    _apply(empty_database, SetListField("key_facts", "k", "internal_note", "Tal fra 2020"))
    with empty_database.session() as session:
        fact = session.scalar(select(e.KeyFact))
        assert (fact.value_qualifier, fact.internal_note) == ("at_least", "Tal fra 2020")
    _apply(empty_database, undo)
    with empty_database.session() as session:
        assert session.scalar(select(e.KeyFact.value_qualifier)) == "more_than"
