"""Which section of a brief shows what, and which of each engagement's money it counts.

A brief has a section per selected region (what is granted for the region, or for several
of its countries), one per country, and one for what is tied to no place. Countries whose
sections would be identical share one ("Iraq and Syria"). An event or key fact that
belongs to several sections is printed in one and referred to from the others.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from models.collation import danish_sort_key
from models.money import Money, PlaceShare, granted_places, group_share, region_share
from models.queries.briefs import BriefData
from models.rows import EngagementRow, EventRow, KeyFactRow, Named

UNPLACED = "-"
ACROSS = "*"  # granted for several regions together (briefs of themes alone)


@dataclass(frozen=True)
class PlacePart:
    """One section's material; ``shares`` says per engagement what the section counts."""

    key: str
    names: tuple[Named, ...]  # the countries (or the one region) the section is about
    regional: bool
    engagements: tuple[EngagementRow, ...]
    shares: dict[str, PlaceShare]
    events: tuple[EventRow, ...] = ()
    facts: tuple[KeyFactRow, ...] = ()
    # Events and facts printed in another section: (row, heading key of that section)
    referred_events: tuple[tuple[EventRow, str], ...] = ()
    referred_facts: tuple[tuple[KeyFactRow, str], ...] = ()
    countries: frozenset[str] = field(default=frozenset())

    @property
    def counted(self) -> Money:
        total = Money()
        for share in self.shares.values():
            total += share.counted
        return total

    @property
    def has_content(self) -> bool:
        return bool(self.engagements or self.events or self.facts)


def gather(
    data: BriefData, countries: tuple[str, ...], regions: tuple[str, ...]
) -> list[PlacePart]:
    """The brief's sections in print order: each region, then its countries, then the
    countries asked for by name, then what is tied to no place."""
    members = data.region_members
    rows = data.engagements
    places = bool(countries or regions)
    if not places:  # a theme-only brief: every place its engagements name
        countries = tuple(sorted({c.code for row in rows for c in row.countries}))
        regions = tuple(
            sorted(
                {
                    r.code
                    for row in rows
                    for r in row.regions
                    if r.code in _granted(row, members) or not row.countries
                }
            )
        )
    country_codes = list(dict.fromkeys(countries))
    for key in regions:
        for code in sorted(members.get(key, frozenset())):
            if code not in country_codes and any(code in _codes(row) for row in rows):
                country_codes.append(code)
    by_country = {code: tuple(row for row in rows if code in _codes(row)) for code in country_codes}
    # Countries with the very same engagements, events and facts share one section.
    signature: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for code in country_codes:
        signature[_signature(code, by_country[code], data)].append(code)
    groups = [frozenset(codes) for codes in signature.values()]
    asked = set(countries)
    groups = [
        group
        for group in groups
        if by_country[next(iter(group))] or _own_facts(group, data) or group & asked
    ]
    parts: list[PlacePart] = []
    # In a brief of themes alone, what was granted for several places together (regions,
    # or countries of different sections) is shown once, in its own section.
    across = (
        ()
        if places
        else tuple(
            row
            for row in rows
            if _granted(row, members)
            and not _within_one_region(row, members)
            and not _one_country_section(row, groups, members)
        )
    )
    across_keys = {row.key for row in across}
    earlier: dict[str, Money] = {}
    for key in regions:
        regional = tuple(
            row
            for row in rows
            if (key in _region_codes(row) or _codes(row) & members.get(key, frozenset()))
            and not _one_country_section(row, groups, members)
            and row.key not in across_keys
        )
        shares = {}
        for row in regional:  # what an earlier region of the brief counts is not counted again
            share = region_share(row.money(), key, *row.percentages(), members, groups)
            counted = (share.counted - earlier.get(row.key, Money())).at_least_zero()
            earlier[row.key] = earlier.get(row.key, Money()) + counted
            shares[row.key] = PlaceShare(counted, share.shared, share.shared_with)
        parts.append(
            PlacePart(
                key=key,
                names=(data.regions[key],),
                regional=True,
                engagements=regional,
                shares=shares,
            )
        )
    for group in _in_print_order(groups, regions, members, data, countries):
        engagements = tuple(
            row for row in rows if _codes(row) & group and row.key not in across_keys
        )
        shares = {
            row.key: group_share(row.money(), group, *row.percentages(), members)
            for row in engagements
        }
        names = tuple(
            sorted((data.countries[c] for c in group), key=lambda n: danish_sort_key(n.name_en))
        )
        parts.append(
            PlacePart(
                key="+".join(sorted(group)),
                names=names,
                regional=False,
                engagements=engagements,
                shares=shares,
                countries=group,
            )
        )
    if across:
        parts.append(
            PlacePart(
                key=ACROSS,
                names=(),
                regional=False,
                engagements=across,
                shares={row.key: PlaceShare(row.money(), Money()) for row in across},
            )
        )
    unplaced = tuple(row for row in rows if not row.countries and not row.regions)
    if not places and (unplaced or any(_unplaced_fact(f) for f in data.key_facts)):
        parts.append(
            PlacePart(
                key=UNPLACED,
                names=(),
                regional=False,
                engagements=unplaced,
                shares={row.key: PlaceShare(row.money(), Money()) for row in unplaced},
            )
        )
    return _with_events_and_facts(parts, data)


def _codes(row: EngagementRow) -> set[str]:
    return {c.code for c in row.countries}


def _region_codes(row: EngagementRow) -> set[str]:
    return {r.code for r in row.regions}


def _granted(row: EngagementRow, members: Mapping[str, frozenset[str]]) -> frozenset[str]:
    return granted_places(*row.percentages(), members)


def _within_one_region(row: EngagementRow, members: Mapping[str, frozenset[str]]) -> bool:
    granted = _granted(row, members)
    return any(granted <= ({key} | codes) for key, codes in members.items())


def _one_country_section(
    row: EngagementRow, groups: list[frozenset[str]], members: Mapping[str, frozenset[str]]
) -> bool:
    """Granted for the countries of one section only: that section shows it, not the region."""
    granted = _granted(row, members)
    return bool(granted) and any(granted <= group for group in groups)


def _signature(code: str, rows: tuple[EngagementRow, ...], data: BriefData) -> tuple[object, ...]:
    keys = frozenset(row.key for row in rows)
    events = frozenset(
        ev.key for ev in data.events if code in ev.countries or keys & set(ev.engagements)
    )
    facts = frozenset(f.key for f in data.key_facts if code in f.countries)
    if not keys and not events and not facts:
        return (code,)  # empty sections are never merged
    return (keys, events, facts)


def _own_facts(group: frozenset[str], data: BriefData) -> bool:
    return any(group & set(f.countries) for f in data.key_facts) or any(
        group & set(ev.countries) for ev in data.events
    )


def _unplaced_fact(fact: KeyFactRow) -> bool:
    return not fact.countries and not fact.regions


def _in_print_order(
    groups: list[frozenset[str]],
    regions: tuple[str, ...],
    members: Mapping[str, frozenset[str]],
    data: BriefData,
    asked: tuple[str, ...],
) -> list[frozenset[str]]:
    """Countries under their region, in the order the regions come; then the others."""

    def name(group: frozenset[str]) -> str:
        return min(danish_sort_key(data.countries[c].name_en) for c in group)

    ordered: list[frozenset[str]] = []
    for key in regions:
        inside = [g for g in groups if g <= members.get(key, frozenset()) and g not in ordered]
        ordered += sorted(inside, key=name)
    for code in asked:  # the countries asked for by name, in the order they were asked
        ordered += [g for g in groups if code in g and g not in ordered]
    ordered += sorted((g for g in groups if g not in ordered), key=name)
    return ordered


def _with_events_and_facts(parts: list[PlacePart], data: BriefData) -> list[PlacePart]:
    """Each event and fact printed once, in the first section it belongs to; a regional
    section comes first for what concerns several of its countries."""
    country_parts = [part.countries for part in parts if part.countries]

    def in_one_country_section(codes: tuple[str, ...]) -> bool:
        return bool(codes) and any(set(codes) <= group for group in country_parts)

    homes: dict[str, list[int]] = defaultdict(list)
    fact_homes: dict[str, list[int]] = defaultdict(list)
    for index, part in enumerate(parts):
        keys = {row.key for row in part.engagements}
        for ev in data.events:
            concerns = bool(part.countries & set(ev.countries)) or bool(keys & set(ev.engagements))
            if part.regional and in_one_country_section(ev.countries):
                concerns = False
            if part.key in (UNPLACED, ACROSS):
                concerns = bool(keys & set(ev.engagements))
            if concerns:
                homes[ev.key].append(index)
        for fact in data.key_facts:
            if part.regional:  # a fact of one country belongs to that country's section
                concerns = part.key in fact.regions and not in_one_country_section(fact.countries)
            elif part.key == UNPLACED:
                concerns = _unplaced_fact(fact)
            elif part.key == ACROSS:
                concerns = False
            else:
                concerns = bool(part.countries & set(fact.countries))
            if concerns:
                fact_homes[fact.key].append(index)
    out = []
    for index, part in enumerate(parts):
        events = tuple(ev for ev in data.events if homes[ev.key][:1] == [index])
        facts = tuple(f for f in data.key_facts if fact_homes[f.key][:1] == [index])
        referred_events = tuple(
            (ev, parts[homes[ev.key][0]].key) for ev in data.events if index in homes[ev.key][1:]
        )
        referred_facts = tuple(
            (f, parts[fact_homes[f.key][0]].key)
            for f in data.key_facts
            if index in fact_homes[f.key][1:]
        )
        out.append(
            PlacePart(
                key=part.key,
                names=part.names,
                regional=part.regional,
                engagements=part.engagements,
                shares=part.shares,
                events=events,
                facts=facts,
                referred_events=referred_events,
                referred_facts=referred_facts,
                countries=part.countries,
            )
        )
    return out
