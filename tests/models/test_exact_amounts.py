"""Amounts are exact at rest, in dumps and across engines, and never silently rounded.

Before: SQLite kept 1234567890123456.78 as …456.8, and a dump wrote 1e+16, which load refused.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models import entities as e
from models.db import sqlite_url
from models.errors import ValidationError
from models.interchange.dump import dump_document
from models.interchange.fileformat import parse_json, to_json
from models.interchange.load import load_document
from models.schema import open_database
from models.services.changes import apply_change
from models.services.child_changes import SetFundingAmount

KEY = "strategi-2022-nordafrika-relationer"
EXTREMES = ("1234567890123456.78", "9999999999999999.99", "0.01", "10000000.10")


def _line_key(database) -> str:
    with database.session() as session:
        return session.scalars(
            select(e.FundingLine.key).join(e.Engagement).where(e.Engagement.key == KEY)
        ).first()


def _set(database, line: str, amount: str) -> None:
    with database.writing() as session, session.begin():
        apply_change(session, SetFundingAmount(KEY, line, amount))


@pytest.mark.parametrize("amount", EXTREMES)
def test_the_largest_amounts_are_stored_and_read_back_exactly(database, amount) -> None:
    line = _line_key(database)
    _set(database, line, amount)
    with database.session() as session:
        stored = session.scalar(select(e.FundingLine.amount).where(e.FundingLine.key == line))
    assert stored == Decimal(amount) and str(stored) == amount


def test_a_sum_of_amounts_is_exact(database) -> None:
    line = _line_key(database)
    with database.session() as session:
        before = session.scalar(select(func.sum(e.FundingLine.amount)))
        old = session.scalar(select(e.FundingLine.amount).where(e.FundingLine.key == line))
    _set(database, line, "1234567890123456.78")
    with database.session() as session:
        after = session.scalar(select(func.sum(e.FundingLine.amount)))
    assert Decimal(after) == Decimal(before) - old + Decimal("1234567890123456.78")


def test_dump_then_load_keeps_every_extreme_amount(database, engine, tmp_path, request) -> None:
    line = _line_key(database)
    _set(database, line, "9999999999999999.99")
    with database.session() as session:
        text = to_json(dump_document(session))
    assert "9999999999999999.99" in text and "e+" not in text.lower()
    if engine == "postgresql":
        other_url = request.getfixturevalue("postgres").new_database()
    else:
        other_url = sqlite_url(tmp_path / "other.sqlite")
    other = open_database(other_url, seed=False)
    try:
        with other.writing() as session, session.begin():
            load_document(session, parse_json(text), replace=True)
        with other.session() as session:
            again = to_json(dump_document(session))
    finally:
        other.close()
    assert again == text


@pytest.mark.parametrize("amount", ["10.005", "0.001", "1e-3"])
def test_more_than_two_decimals_is_refused_not_rounded(database, amount) -> None:
    line = _line_key(database)
    with pytest.raises(ValidationError, match="more than two decimals"):
        _set(database, line, amount)


def _result_key(database) -> str:
    with database.session() as session:
        return session.scalars(select(e.Result.key).order_by(e.Result.id)).first()


@pytest.mark.parametrize("figure", ["99999999999.9999", "12345678901", "0.0001", "140000"])
def test_result_figures_the_rules_accept_come_back_exactly(database, figure) -> None:
    from models.services.child_changes import SetResultField

    result = _result_key(database)
    with database.session() as session:
        engagement = session.scalar(
            select(e.Engagement.key).join(e.Result).where(e.Result.key == result)
        )
    with database.writing() as session, session.begin():
        apply_change(session, SetResultField(engagement, result, "target", figure))
    with database.session() as session:
        stored = session.scalar(select(e.Result.target).where(e.Result.key == result))
    assert stored == Decimal(figure)


@pytest.mark.parametrize(
    ("figure", "words"),
    [
        ("0.00001", "more than four decimals"),
        ("12345678901234.1", "too large for a figure"),
        ("1e24", "too large for a figure"),
    ],
)
def test_result_figures_that_would_change_at_rest_are_refused(database, figure, words) -> None:
    from models.services.child_changes import SetResultField

    result = _result_key(database)
    with database.session() as session:
        engagement = session.scalar(
            select(e.Engagement.key).join(e.Result).where(e.Result.key == result)
        )
    change = SetResultField(engagement, result, "target", figure)
    with pytest.raises(ValidationError, match=words):
        database.write(lambda session: apply_change(session, change))
