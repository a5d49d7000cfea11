"""Services check the rules before writing and say what is wrong in a user's words; each
change returns its inverse. The same changes the app's editors and undo use."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from models import entities as e
from models.errors import BriefingError, ValidationError
from models.services.changes import (
    CreateEngagement,
    DeleteEngagement,
    SetEngagementField,
    apply_change,
)
from models.services.child_changes import AddFundingLine, SetFundingAmount
from models.services.engagement_links import SetEngagementLinks

KEY = "vandforsyning-i-mopti"


def _create(database) -> None:
    with database.session() as session, session.begin():
        apply_change(session, CreateEngagement(KEY, "Vandforsyning i Mopti", ("ML",), ()))


def test_creating_an_engagement_links_the_countries_checked(database) -> None:
    _create(database)
    with database.session() as session:
        engagement = session.scalars(select(e.Engagement).where(e.Engagement.key == KEY)).one()
        assert [c.iso2 for c in engagement.countries] == ["ML"]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("title_da", "  ", "must not be empty"),
        ("status", "done", "“done” is not one of"),
    ],
)
def test_invalid_fields_are_refused_with_a_readable_message(database, name, value, message):
    _create(database)
    with database.session() as session, pytest.raises(ValidationError) as error, session.begin():
        apply_change(session, SetEngagementField(KEY, name, value))
    assert message in str(error.value)


def test_an_unknown_country_is_named_in_the_error(database) -> None:
    _create(database)
    with database.session() as session, pytest.raises(BriefingError) as error, session.begin():
        apply_change(session, SetEngagementLinks(KEY, {"countries": ["XQ"]}))
    assert "XQ" in str(error.value)


def _lines(session) -> list[e.FundingLine]:
    return list(
        session.scalars(select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == KEY))
    )


def test_a_negative_amount_is_refused_and_nothing_is_written(database) -> None:
    _create(database)
    line = {"key": f"{KEY}--f1", "amount": "-5", "currency": "DKK", "kind": "commitment"}
    with database.session() as session:
        with pytest.raises(ValidationError, match="negative"), session.begin():
            apply_change(session, AddFundingLine(KEY, line))
        assert _lines(session) == []


def test_changing_an_amount_returns_the_change_back(database) -> None:
    _create(database)
    line = {"key": f"{KEY}--f1", "amount": 1000, "currency": "DKK", "kind": "commitment"}
    with database.session() as session, session.begin():
        apply_change(session, AddFundingLine(KEY, line))
        inverse = apply_change(session, SetFundingAmount(KEY, line["key"], "2500.50"))
        assert _lines(session)[0].amount == Decimal("2500.50")
        apply_change(session, inverse)
        assert _lines(session)[0].amount == Decimal("1000.00")


def test_deleting_an_engagement_deletes_its_funding_and_results(database) -> None:
    key = "mali-vand-og-sanitet"

    def results(session) -> list[e.Result]:
        return list(
            session.scalars(select(e.Result).join(e.Engagement).where(e.Engagement.key == key))
        )

    with database.session() as session, session.begin():
        assert results(session)
        apply_change(session, DeleteEngagement(key))
    with database.session() as session:
        assert results(session) == []
