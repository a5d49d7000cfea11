"""Services check the rules before writing and say what is wrong in a user's words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from models import entities as e
from models.errors import NotFoundError, ValidationError
from models.partial_dates import PartialDate
from models.services.engagements import (
    EngagementFields,
    FundingFields,
    add_funding_line,
    create_engagement,
    delete_engagement,
    set_funding_amount,
)

SOURCE = "um-danmark-i-mali-instrumenter-partnere-resultater"


def _fields(**changes) -> EngagementFields:
    values = dict(
        title="Vandforsyning i Mopti",
        source_key=SOURCE,
        as_of=PartialDate.parse("2024"),
        countries=("ml",),
        themes=("water-sanitation",),
        instruments=("bilateral-development",),
    )
    values.update(changes)
    return EngagementFields(**values)


def test_creating_an_engagement_links_country_theme_and_instrument(database) -> None:
    with database.session() as session, session.begin():
        engagement = create_engagement(session, _fields())
        assert engagement.key == "vandforsyning-i-mopti"
        assert [c.iso2 for c in engagement.countries] == ["ML"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "title: must not be empty"),
        (
            {"start": PartialDate.parse("2022"), "end": PartialDate.parse("2021")},
            "ends (2021) before it starts (2022)",
        ),
        ({"status": "done"}, "“done” is not one of"),
    ],
)
def test_invalid_engagements_are_refused_with_a_readable_message(database, changes, message):
    with database.session() as session, session.begin(), pytest.raises(ValidationError) as error:
        create_engagement(session, _fields(**changes))
    assert message in str(error.value)


def test_an_unknown_country_is_named_in_the_error(database) -> None:
    with database.session() as session, session.begin(), pytest.raises(NotFoundError) as error:
        create_engagement(session, _fields(countries=("XQ",)))
    assert "XQ" in str(error.value)


def test_a_negative_amount_is_refused_and_nothing_is_written(database) -> None:
    with database.session() as session:
        with session.begin():
            create_engagement(session, _fields())
        with pytest.raises(ValidationError, match="cannot be negative"), session.begin():
            add_funding_line(
                session,
                "vandforsyning-i-mopti",
                FundingFields(amount="-5", source_key=SOURCE, as_of=PartialDate.parse("2024")),
            )
        assert (
            session.scalars(
                select(e.FundingLine)
                .join(e.Engagement)
                .where(e.Engagement.key == "vandforsyning-i-mopti")
            ).all()
            == []
        )


def test_changing_an_amount_returns_the_previous_one(database) -> None:
    with database.session() as session, session.begin():
        create_engagement(session, _fields())
        line = add_funding_line(
            session,
            "vandforsyning-i-mopti",
            FundingFields(amount=1000, source_key=SOURCE, as_of=PartialDate.parse("2024")),
        )
        assert set_funding_amount(session, line.key, "2500.50") == Decimal("1000.00")
        assert line.amount == Decimal("2500.50")


def test_deleting_an_engagement_deletes_its_funding_and_results(database) -> None:
    key = "mali-vand-og-sanitet"
    with database.session() as session, session.begin():
        assert session.scalars(
            select(e.Result).join(e.Engagement).where(e.Engagement.key == key)
        ).all()
        delete_engagement(session, key)
    with database.session() as session:
        assert (
            session.scalars(
                select(e.Result).join(e.Engagement).where(e.Engagement.key == key)
            ).all()
            == []
        )
