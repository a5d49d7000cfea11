"""Words, numbers and dates in the brief's language, and the one place user text is escaped.

Each brief carries its own ``BriefText``; there is no process-wide language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from html import escape

from models.partial_dates import PartialDate, Precision

from reports.labels import DANISH

LOCALES = {"da": "da_DK", "en": "en_GB"}
NBSP = "\u00a0"  # a figure and its unit, a day and its month, never on two lines
# How a qualified figure is introduced, in English (the Danish is in ``labels``).
QUALIFIER_WORDS = {
    "approximately": "about",
    "more_than": "more than",
    "up_to": "up to",
    "at_least": "at least",
    "less_than": "less than",
}


def markup(text: str | None) -> str:
    """User text made safe for a ReportLab Paragraph: printed literally, newlines kept."""
    if not text:
        return ""
    # &, < and > only: the same as xml.sax.saxutils.escape, which imports urllib at start-up
    return escape(text, quote=False).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True)
class BriefText:
    """Babel is imported by the methods that format: the window's start needs labels only."""

    language: str

    @property
    def locale(self) -> str:
        return LOCALES[self.language]

    def __call__(self, english: str) -> str:
        """The label in the brief's language; English labels are their own keys."""
        if self.language == "da":
            return DANISH.get(english, english)
        return english

    def number(self, value: Decimal | int | float) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.locale, decimal_quantization=False)

    def amount(self, value: Decimal | int, currency: str = "DKK") -> str:
        """ "200 mio. kr." / "DKK 200 million": how a briefing writes money."""
        from babel.numbers import format_decimal

        number = Decimal(value)
        for size, da_word, en_word in (
            (Decimal(10**9), "mia.", "billion"),
            (Decimal(10**6), "mio.", "million"),
        ):
            if abs(number) >= size:
                scaled = format_decimal(number / size, format="#,##0.#", locale=self.locale)
                if self.language == "da":
                    return (
                        f"{scaled}{NBSP}{da_word}{NBSP}{'kr.' if currency == 'DKK' else currency}"
                    )
                return f"{currency}{NBSP}{scaled}{NBSP}{en_word}"
        plain = format_decimal(number, format="#,##0.##", locale=self.locale)
        if self.language == "da":
            return f"{plain}{NBSP}{'kr.' if currency == 'DKK' else currency}"
        return f"{currency}{NBSP}{plain}"

    def qualified(self, figure: str, qualifier: str | None) -> str:
        """ "ca. 2,7 mia. kr." / "about DKK 2.7 billion", "mere end 140.000"."""
        if not qualifier or not figure:
            return figure
        return f"{self(QUALIFIER_WORDS.get(qualifier, qualifier))}{NBSP}{figure}"

    def millions(self, value: Decimal | int) -> str:
        """Millions with one decimal, for table columns headed "Mio. kr." / "DKK m"."""
        from babel.numbers import format_decimal

        return format_decimal(Decimal(value) / Decimal(10**6), format="#,##0.#", locale=self.locale)

    def day(self, value: date) -> str:
        """ "11. juni 2020" / "11 June 2020"."""
        from babel.dates import format_date

        return format_date(value, format="long", locale=self.locale).replace(" ", NBSP)

    def partial(self, value: PartialDate | None) -> str:
        """ "2013", "april 2013", "15. april 2013"; "ca. 2012" / "around 2012" when the
        date was estimated."""
        if value is None:
            return ""
        if value.estimated:
            plain = self.partial(replace(value, estimated=False))
            return f"{self('around')}{NBSP}{plain}"
        match value.precision:
            case Precision.YEAR:
                return str(value.year)
            case Precision.MONTH:
                from babel.dates import format_skeleton

                return format_skeleton("yMMMM", value.first_day(), locale=self.locale).replace(
                    " ", NBSP
                )
            case Precision.DAY:
                return self.day(value.first_day())

    def period(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """ "2013–2015", "2014", "fra 2021" / "from 2021", "" when unknown."""
        first, last = self.partial(start), self.partial(end)
        if first and last:
            return first if first == last else f"{first}–{last}"
        if first:
            return f"{self('from')} {first}"
        if last:
            return f"{self('until')} {last}"
        return ""
