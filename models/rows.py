"""Frozen, session-free rows that reports and windows read; no lazy loading behind them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.money import Money
from models.partial_dates import PartialDate


@dataclass(frozen=True)
class Named:
    """A coded thing with a name in each language (country, region, theme, instrument)."""

    code: str
    name_en: str
    name_da: str

    def name(self, language: str) -> str:
        return self.name_da if language == "da" else self.name_en


@dataclass(frozen=True)
class SourceRow:
    key: str
    title: str
    publisher: str | None
    url: str | None
    published: PartialDate | None
    language: str | None
    updated_by: str | None = None
    translated_title: str | None = None  # the title in the other of Danish and English


@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from and when it was true."""

    source: SourceRow
    as_of: PartialDate
    written_in: str = ""  # the language the record was first written in


@dataclass(frozen=True)
class PartnerRow:
    name: str
    acronym: str | None
    kind: str
    role: str
    key: str = ""

    @property
    def label(self) -> str:
        return self.acronym or self.name


@dataclass(frozen=True)
class FundingRow:
    key: str
    amount: Decimal
    currency: str
    kind: str
    start: PartialDate | None
    end: PartialDate | None
    finance_act_line: str | None
    note: str | None
    provenance: Provenance
    version: int = 0
    qualifier: str | None = None
    internal_note: str | None = None


@dataclass(frozen=True)
class ResultRow:
    key: str
    engagement_title: str
    indicator: str
    unit: str | None
    baseline: Decimal | None
    baseline_text: str | None
    target: Decimal | None
    target_text: str | None
    actual: Decimal | None
    actual_text: str | None
    start: PartialDate | None
    end: PartialDate | None
    note: str | None
    provenance: Provenance
    version: int = 0
    baseline_qualifier: str | None = None
    target_qualifier: str | None = None
    actual_qualifier: str | None = None
    internal_note: str | None = None


@dataclass(frozen=True)
class PlaceLink:
    """A country or region an engagement is for, with its recorded percentage if any."""

    code: str
    percentage: Decimal | None = None


@dataclass(frozen=True)
class EngagementRow:
    key: str
    title: str
    summary: str | None
    status: str
    start: PartialDate | None
    end: PartialDate | None
    parent_key: str | None
    countries: tuple[Named, ...]
    regions: tuple[Named, ...]
    themes: tuple[Named, ...]
    instruments: tuple[Named, ...]
    partners: tuple[PartnerRow, ...]
    funding: tuple[FundingRow, ...]
    results: tuple[ResultRow, ...]
    provenance: Provenance
    country_links: tuple[PlaceLink, ...] = ()
    region_links: tuple[PlaceLink, ...] = ()
    # Under a period: the lines, results and facts left out because their period is unknown.
    undated_funding: tuple[FundingRow, ...] = ()
    undated_results: int = 0
    primary_theme: str | None = None  # the theme code every brief groups it under

    def money(self) -> Money:
        """The engagement's money in the brief's period, kinds and currencies apart."""
        return Money.of(
            (line.amount, line.currency, line.kind, line.qualifier) for line in self.funding
        )

    def undated_money(self) -> Money:
        return Money.of(
            (line.amount, line.currency, line.kind, line.qualifier) for line in self.undated_funding
        )

    def percentages(self) -> tuple[dict[str, Decimal | None], dict[str, Decimal | None]]:
        return (
            {link.code: link.percentage for link in self.country_links},
            {link.code: link.percentage for link in self.region_links},
        )


@dataclass(frozen=True)
class KeyFactRow:
    key: str
    text: str
    value: Decimal | None
    unit: str | None
    value_text: str | None
    start: PartialDate | None
    end: PartialDate | None
    provenance: Provenance
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    value_qualifier: str | None = None


@dataclass(frozen=True)
class EventRow:
    key: str
    occurred: PartialDate
    kind: str
    title: str
    description: str | None
    reference: str | None
    provenance: Provenance
    version: int = 0
    other_engagements: int = 0  # how many other engagements the event also belongs to
    countries: tuple[str, ...] = ()
    engagements: tuple[str, ...] = ()


@dataclass(frozen=True)
class PeriodFilter:
    """An inclusive window of days; None on either side means open."""

    start: date | None = None
    end: date | None = None

    @property
    def limited(self) -> bool:
        return self.start is not None or self.end is not None

    def overlaps(self, start: date | None, end: date | None) -> bool:
        """Could overlap: an unknown start or end is taken as open."""
        if self.end is not None and start is not None and start > self.end:
            return False
        return not (self.start is not None and end is not None and end < self.start)

    def holds(self, start: date | None, end: date | None, as_of: date | None = None) -> bool:
        """Known to overlap the period, so a brief may state it as falling in it.

        Undated things never are (unless no period is set); a known start with no end is
        known to run until the data's as-of date (without one, taken as still running); a
        known end alone places the thing only at that end.
        """
        if not self.limited:
            return True
        if start is None and end is None:
            return False
        if start is None:
            assert end is not None
            return self.overlaps(end, end)
        if end is None and as_of is not None:
            return self.overlaps(start, max(start, as_of))
        return self.overlaps(start, end)

    def unconfirmed(self, start: date | None, end: date | None, as_of: date | None) -> bool:
        """Open-ended, and the data older than the period: perhaps in it, not known to be."""
        return (
            self.limited
            and start is not None
            and end is None
            and not self.holds(start, end, as_of)
            and self.overlaps(start, end)
        )
