"""Numbers, money and dates as a Danish or English reader expects them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.partial_dates import PartialDate

from reports.text import BriefText


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("da", ["1.061", "200 mio. kr.", "11. juni 2020", "2,7 mia. kr.", "90.000 kr."]),
        ("en", ["1,061", "DKK 200 million", "11 June 2020", "DKK 2.7 billion", "DKK 90,000"]),
    ],
)
def test_figures_are_formatted_for_the_language(language: str, expected: list[str]) -> None:
    text = BriefText(language)
    assert [
        text.number(1061),
        text.amount(Decimal(200_000_000)),
        text.day(date(2020, 6, 11)),
        text.amount(Decimal(2_700_000_000)),
        text.amount(Decimal(90_000)),
    ] == [figure.replace(" ", "\u00a0") for figure in expected]  # never split over lines


def test_periods_keep_the_precision_of_the_source() -> None:
    text = BriefText("da")
    assert text.period(PartialDate.parse("2013"), PartialDate.parse("2015")) == "2013–2015"
    assert text.period(PartialDate.parse("2014"), PartialDate.parse("2014")) == "2014"
    assert text.period(PartialDate.parse("2013-04"), None) == "fra april\u00a02013"
    assert BriefText("en").partial(PartialDate.parse("2013-04")) == "April\u00a02013"
    assert text.partial(PartialDate.parse("~2012")) == "ca.\u00a02012"


def test_labels_are_danish_in_a_danish_brief() -> None:
    assert BriefText("da")("Sources") == "Kilder"
    assert BriefText("en")("Sources") == "Sources"
    assert BriefText("da")("Page {page} of {pages}").format(page=1, pages=3) == "Side 1 af 3"
