"""Dates as precise as their source: "2013", "2013-04" or "2013-04-15"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from models.errors import ValidationError
from models.messages import say


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


_PATTERN = re.compile(r"^(~|ca\.?\s*|around\s+)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.IGNORECASE)
ESTIMATED = "~"  # before a date: estimated, printed "ca. 2012" / "around 2012"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the year, month or day.

    Periods in the seeds are often whole years ("i perioden 2013-2015"); keeping the precision
    lets a brief print "2013–2015" instead of inventing 1 January 2013.
    """

    year: int
    month: int | None = None
    day: int | None = None
    # The source does not print the date; it was estimated (say why in an internal note).
    estimated: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValidationError(say("date.year", year=self.year))
        if self.month is None and self.day is not None:
            raise ValidationError(say("date.day_without_month"))
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(say("date.month", month=self.month))
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValidationError(
                    say("date.day", month=f"{self.year:04d}-{self.month:02d}", day=self.day)
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD", "~" or "ca." before it for an estimated
        date; anything else is a user-facing error."""
        if cls is PartialDate and isinstance(text, str):
            return _parsed(text)  # an import reads the same few dates thousands of times
        return cls._parse(text)

    @classmethod
    def _parse(cls, text: str) -> PartialDate:
        match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ValidationError(say("date.invalid_estimated", value=text))
        marker, *parts = match.groups()
        year, month, day = (int(part) if part else None for part in parts)
        assert year is not None
        return cls(year, month, day, estimated=bool(marker))

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def from_stored(cls, value: date | None, precision: str | None) -> PartialDate | None:
        """Rebuild from the (date, precision) column pair; None when the date is unknown."""
        if value is None:
            return None
        stored = precision or Precision.DAY.value
        estimated = stored.startswith(ESTIMATED)
        match Precision(stored.removeprefix(ESTIMATED)):
            case Precision.YEAR:
                return cls(value.year, estimated=estimated)
            case Precision.MONTH:
                return cls(value.year, value.month, estimated=estimated)
            case Precision.DAY:
                return cls(value.year, value.month, value.day, estimated=estimated)

    @property
    def stored_precision(self) -> str:
        """The precision column's value: "year", "month", "day", "~" before when estimated."""
        return (ESTIMATED if self.estimated else "") + self.precision.value

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def isoformat(self) -> str:
        """ "2013", "2013-04-15", "~2012" when estimated: what dumps and fields hold."""
        text = (ESTIMATED if self.estimated else "") + f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()


def parse_optional(text: str | None) -> PartialDate | None:
    """Parse a partial date where blank means "not known"."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return PartialDate.parse(text)


@lru_cache(maxsize=4096)
def _parsed(text: str) -> PartialDate:
    """``PartialDate.parse`` remembered: the dates are immutable, a refusal is not cached."""
    return PartialDate._parse(text)
