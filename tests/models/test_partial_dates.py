from __future__ import annotations

from datetime import date

import pytest

from models.errors import ValidationError
from models.partial_dates import PartialDate, Precision


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2013", date(2013, 1, 1), date(2013, 12, 31), Precision.YEAR),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), Precision.MONTH),
        ("2014-10-02", date(2014, 10, 2), date(2014, 10, 2), Precision.DAY),
    ],
)
def test_a_partial_date_covers_its_whole_period(
    text: str, first: date, last: date, precision: Precision
) -> None:
    value = PartialDate.parse(text)
    assert (value.first_day(), value.last_day(), value.precision) == (first, last, precision)
    assert value.isoformat() == text


def test_stored_end_of_a_year_period_reads_back_as_the_year() -> None:
    end = PartialDate.parse("2015")
    assert PartialDate.from_stored(end.last_day(), "year") == end


@pytest.mark.parametrize("text", ["2013-13", "2023-02-29", "13/04/2013", "", "20134", "abc"])
def test_invalid_dates_are_refused_with_the_expected_form(text: str) -> None:
    with pytest.raises(ValidationError) as raised:
        PartialDate.parse(text)
    assert (
        "YYYY" in str(raised.value) or "no day" in str(raised.value) or "month" in str(raised.value)
    )
