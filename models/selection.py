"""The one selection: which engagements the table, the brief and the table exports cover.

The main window's table, a brief (preview, export, print) and the XLSX/CSV exports all ask
``Selection.accepts`` of the same rows, so they can never cover different sets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.collation import fold
from models.queries.engagement_list import EngagementListRow, list_engagements
from models.rows import PeriodFilter


@dataclass(frozen=True)
class Selection:
    """Countries, regions, themes, instruments, statuses, period and search text; an empty
    part means "any". A region selects what is tied to it or to any of its countries."""

    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    period_start: date | None = None
    period_end: date | None = None
    search: str = ""

    @property
    def empty(self) -> bool:
        return self == Selection()

    @cached_property
    def period(self) -> PeriodFilter:
        return PeriodFilter(self.period_start, self.period_end)

    @cached_property
    def words(self) -> list[str]:
        return fold(self.search).split()

    @property
    def places(self) -> bool:
        return bool(self.countries or self.regions)

    def accepts(
        self,
        row: EngagementListRow,
        region_members: Mapping[str, frozenset[str]] | None = None,
    ) -> bool:
        if self.places and not self._in_places(row, region_members or {}):
            return False
        if self.themes and row.theme_codes.isdisjoint(self.themes):
            return False
        if self.instruments and row.instrument_codes.isdisjoint(self.instruments):
            return False
        if self.statuses and row.status not in self.statuses:
            return False
        start = row.start.first_day() if row.start else None
        end = row.end.last_day() if row.end else None
        if not self.period.holds(start, end):
            return False
        return row.matches(self.words)

    def _in_places(self, row: EngagementListRow, members: Mapping[str, frozenset[str]]) -> bool:
        if not row.country_codes.isdisjoint(self.countries):
            return True
        if not row.region_codes.isdisjoint(self.regions):
            return True
        return any(not row.country_codes.isdisjoint(members.get(r, ())) for r in self.regions)

    def left_out_undated(
        self,
        rows: list[EngagementListRow],
        region_members: Mapping[str, frozenset[str]] | None = None,
    ) -> int:
        """How many rows the period alone leaves out because their period is not stated."""
        if not self.period.limited:
            return 0
        undated = replace(self, period_start=None, period_end=None)
        return sum(
            1
            for row in rows
            if row.start is None and row.end is None and undated.accepts(row, region_members)
        )


def region_members(session: Session) -> dict[str, frozenset[str]]:
    """Every region's member countries (ISO codes)."""
    members: dict[str, set[str]] = {}
    for region in session.scalars(select(e.Region)):
        members[region.key] = {country.iso2 for country in region.countries}
    return {key: frozenset(codes) for key, codes in members.items()}


@dataclass(frozen=True)
class Covered:
    """The engagements a selection covers, and how many its period left out undated."""

    rows: list[EngagementListRow]
    undated: int


def covered(session: Session, selection: Selection) -> Covered:
    members = region_members(session)
    everything = list_engagements(session)
    rows = [row for row in everything if selection.accepts(row, members)]
    return Covered(rows, selection.left_out_undated(everything, members))


def selected_rows(session: Session, selection: Selection) -> list[EngagementListRow]:
    """The engagements ``selection`` covers, as table rows."""
    return covered(session, selection).rows
