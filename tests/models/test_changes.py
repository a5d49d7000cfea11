"""Every edit returns its inverse; applying the inverse restores the knowledge base."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from models import entities as e
from models.errors import ValidationError
from models.interchange.dump import dump_document
from models.interchange.fileformat import to_json
from models.services.changes import DeleteEngagement, SetEngagementField, apply_change
from models.services.child_changes import SetFundingAmount


def _dump(database) -> str:
    with database.session() as session:
        return to_json(dump_document(session))


def _apply(database, change):
    with database.session() as session, session.begin():
        return apply_change(session, change)


def test_deleting_an_engagement_and_undoing_restores_it_with_children_and_links(database):
    before = _dump(database)
    inverse = _apply(database, DeleteEngagement("mali-vand-og-sanitet"))
    assert "mali-vand-og-sanitet" not in _dump(database)
    _apply(database, inverse)
    assert _dump(database) == before


def test_deleting_a_parent_and_undoing_relinks_its_children(database):
    before = _dump(database)
    inverse = _apply(database, DeleteEngagement("mali-samtaenkt-engagement"))
    _apply(database, inverse)
    assert _dump(database) == before


def test_an_amount_change_and_its_inverse(database):
    key = "strategi-2022-nordafrika-relationer"
    with database.session() as session:
        line = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == key)
        ).first()
        line_key = line.key
    inverse = _apply(database, SetFundingAmount(key, line_key, "150000000"))
    with database.session() as session:
        assert session.scalar(
            select(e.FundingLine.amount).where(e.FundingLine.key == line_key)
        ) == Decimal("150000000")
    _apply(database, inverse)
    with database.session() as session:
        assert session.scalar(
            select(e.FundingLine.amount).where(e.FundingLine.key == line_key)
        ) == Decimal("200000000")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (SetEngagementField("mali-vand-og-sanitet", "title_da", "a\x07b"), "control character"),
        (SetEngagementField("mali-vand-og-sanitet", "end", "2010"), "before it starts"),
        (SetEngagementField("mali-vand-og-sanitet", "start", "2013-02-30"), "no day 30"),
        (
            SetFundingAmount("x", "strategi-2022-nordafrika-relationer--f1", "-1"),
            "cannot be negative",
        ),
    ],
)
def test_invalid_edits_are_refused_and_change_nothing(database, change, message):
    before = _dump(database)
    with pytest.raises(ValidationError, match=message):
        _apply(database, change)
    assert _dump(database) == before


def test_a_title_may_lose_one_language_but_not_both(database):
    """Either language of a title may be emptied; the last one may not."""
    key = "mali-vand-og-sanitet"
    undo = _apply(database, SetEngagementField(key, "title_en", " "))
    with pytest.raises(ValidationError, match="must not be empty"):
        _apply(database, SetEngagementField(key, "title_da", ""))
    with database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        assert row.title_en is None and row.title_da
    _apply(database, undo)
    with database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        assert row.title_en and row.title_da
