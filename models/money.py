"""Which money counts, and where: one rule for tables, summaries and briefs alike.

Kinds (budget, commitment, disbursement) are never added together, nor are currencies: a
``Money`` value keeps one amount per (kind, currency). An engagement's money belongs to the
places it was granted for; a country is credited only its own lines or its recorded
percentage of a shared line, never the whole of an amount it shares with others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# The one figure of an engagement in the table: commitments, else budgets, else payments.
COUNTED_KINDS = ("commitment", "budget", "disbursement")
# The order kinds are printed in.
KIND_ORDER = ("commitment", "disbursement", "expenditure", "budget")
HOME_CURRENCY = "DKK"


def counted_total(lines: Iterable[tuple[Decimal, str, str]], currency: str = "DKK") -> Decimal:
    """Total of (amount, currency, kind) lines in ``currency`` of the first kind present."""
    in_currency = [
        (amount, kind) for amount, line_currency, kind in lines if line_currency == currency
    ]
    for kind in COUNTED_KINDS:
        amounts = [Decimal(amount) for amount, line_kind in in_currency if line_kind == kind]
        if amounts:
            return sum(amounts, Decimal(0))
    return Decimal(0)


def counted_kind(kinds: Iterable[str]) -> str | None:
    """The kind whose lines count, given the kinds present."""
    present = set(kinds)
    return next((kind for kind in COUNTED_KINDS if kind in present), None)


Key = tuple[str, str]  # (kind, currency)


def combined_qualifier(qualifiers: Iterable[str]) -> str | None:
    """The qualifier of a sum: "more than" stays "more than" when every qualified part is
    a lower bound, "up to" when every one is an upper bound, else "approximately"."""
    present = set(qualifiers)
    if not present:
        return None
    if present <= {"more_than", "at_least"}:
        return "more_than" if "more_than" in present else "at_least"
    if present <= {"up_to", "less_than"}:
        return "less_than" if present == {"less_than"} else "up_to"
    return "approximately"


@dataclass(frozen=True)
class Money:
    """Amounts kept apart by kind and currency; ``+`` adds like to like only. ``marks``
    keeps the qualifiers ("approximately", "more_than", …) of the amounts in each sum."""

    amounts: Mapping[Key, Decimal] = field(default_factory=dict)
    marks: Mapping[Key, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, lines: Iterable[tuple[Any, ...]]) -> Money:
        """From (amount, currency, kind) or (amount, currency, kind, qualifier) lines."""
        totals: dict[Key, Decimal] = {}
        marks: dict[Key, frozenset[str]] = {}
        for amount, currency, kind, *rest in lines:
            key = (kind, currency)
            totals[key] = totals.get(key, Decimal(0)) + Decimal(amount)
            if rest and rest[0]:
                marks[key] = marks.get(key, frozenset()) | {rest[0]}
        return cls(totals, marks)

    def __add__(self, other: Money) -> Money:
        totals = dict(self.amounts)
        for key, amount in other.amounts.items():
            totals[key] = totals.get(key, Decimal(0)) + amount
        return Money(totals, _joined(self.marks, other.marks))

    def __sub__(self, other: Money) -> Money:
        totals = dict(self.amounts)
        for key, amount in other.amounts.items():
            totals[key] = totals.get(key, Decimal(0)) - amount
        kept = {key: value for key, value in totals.items() if value}
        marks = {key: mark for key, mark in _joined(self.marks, other.marks).items() if key in kept}
        return Money(kept, marks)

    def share(self, percentage: Decimal) -> Money:
        """The recorded percentage of every amount."""
        return Money(
            {key: value * percentage / 100 for key, value in self.amounts.items()}, self.marks
        )

    def at_least_zero(self) -> Money:
        """Without negative remainders (a section never counts less than nothing)."""
        kept = {key: value for key, value in self.amounts.items() if value > 0}
        return Money(kept, {key: mark for key, mark in self.marks.items() if key in kept})

    def qualifier(self, kind: str, currency: str = "DKK") -> str | None:
        """How the sum of one kind is meant: None when every part is exact."""
        return combined_qualifier(self.marks.get((kind, currency), frozenset()))

    def __bool__(self) -> bool:
        return any(self.amounts.values())

    def home(self) -> list[tuple[str, Decimal]]:
        """DKK amounts per kind, in print order, zero kinds left out."""
        return [
            (kind, self.amounts[(kind, HOME_CURRENCY)])
            for kind in _kinds(self.amounts)
            if self.amounts.get((kind, HOME_CURRENCY))
        ]

    def foreign(self) -> list[tuple[str, str, Decimal]]:
        """Amounts in other currencies, kept out of DKK totals: (kind, currency, amount)."""
        return [
            (kind, currency, amount)
            for (kind, currency), amount in sorted(
                self.amounts.items(), key=lambda item: (_rank(item[0][0]), item[0][1])
            )
            if currency != HOME_CURRENCY and amount
        ]

    def only(self, kind: str) -> Decimal:
        return self.amounts.get((kind, HOME_CURRENCY), Decimal(0))


def _joined(
    first: Mapping[Key, frozenset[str]], second: Mapping[Key, frozenset[str]]
) -> dict[Key, frozenset[str]]:
    out = dict(first)
    for key, marks in second.items():
        out[key] = out.get(key, frozenset()) | marks
    return out


def _rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def _kinds(amounts: Mapping[tuple[str, str], Decimal]) -> list[str]:
    return sorted({kind for kind, _ in amounts}, key=_rank)


@dataclass(frozen=True)
class PlaceShare:
    """An engagement's money as seen from one place.

    ``counted`` belongs to the place and counts in its total; ``shared`` was granted for a
    group of places including this one without a recorded split, and is shown beside the
    total, never in it; ``shared_with`` names the other places of that group.
    """

    counted: Money
    shared: Money
    shared_with: tuple[str, ...] = ()


Links = Mapping[str, Decimal | None]


def granted_places(
    countries: Links, regions: Links, region_members: Mapping[str, frozenset[str]]
) -> frozenset[str]:
    """The places money was granted for: the countries, and the regions that are more than
    the countries' address (Mali's programme listed under the Sahel is Mali's alone)."""
    own = [  # a region with its own recorded percentage is a place of its own too
        key
        for key in regions
        if regions[key] is not None or region_members.get(key, frozenset()).isdisjoint(countries)
    ]
    return frozenset([*countries, *own])


def group_share(
    money: Money,
    group: frozenset[str],
    countries: Links,
    regions: Links,
    region_members: Mapping[str, frozenset[str]],
) -> PlaceShare:
    """What of ``money`` counts for a section on the countries ``group`` (one country, or
    several whose sections are the same). ``countries`` and ``regions`` are the
    engagement's places with their recorded percentage (IATI style) or None."""
    if any(percentage is not None for percentage in countries.values()):
        recorded = [countries[code] for code in group if countries.get(code) is not None]
        total = sum((p for p in recorded if p is not None), Decimal(0))
        return PlaceShare(money.share(total) if recorded else Money(), Money())
    places = granted_places(countries, regions, region_members)
    if places <= group:
        return PlaceShare(money, Money())
    return PlaceShare(Money(), money, tuple(sorted(places - group)))


def region_share(
    money: Money,
    region: str,
    countries: Links,
    regions: Links,
    region_members: Mapping[str, frozenset[str]],
    country_sections: Iterable[frozenset[str]],
) -> PlaceShare:
    """What of ``money`` the regional section of ``region`` counts beside its country
    sections, so that the sections together add up to the region's money, never more.

    Money granted within the region counts here less what a country section counts;
    money shared with places outside the region counts only by its recorded percentage.
    """
    members = region_members.get(region, frozenset())
    places = granted_places(countries, regions, region_members)
    outside = sorted(place for place in places if place != region and place not in members)
    if outside:
        percentage = regions.get(region)
        if percentage is not None:
            return PlaceShare(money.share(percentage), Money())
        return PlaceShare(Money(), money, tuple(outside))
    by_countries = Money()
    for group in country_sections:
        by_countries += group_share(money, group, countries, regions, region_members).counted
    return PlaceShare((money - by_countries).at_least_zero(), Money())
