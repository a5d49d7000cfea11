"""The one selection: which engagements the table, the brief and the table exports cover.

The main window's table, a brief (preview, export, print) and the XLSX/CSV exports all ask
``Selection.accepts`` of the same rows, so they can never cover different sets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import entities as e
from models.collation import fold
from models.queries.engagement_list import EngagementListRow, list_engagements
from models.rows import PeriodFilter

OWN_RECORDS = ""  # "reported by": the ministry's own records (a publisher is never blank)


@dataclass(frozen=True)
class Selection:
    """Countries, regions, themes, instruments, statuses, period and search text; an empty
    part means "any". A region selects what is tied to it or to any of its countries."""

    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    # Who reported the record: an IATI file's publisher, or OWN_RECORDS for the ministry's own.
    reported_by: tuple[str, ...] = ()
    # "en": only engagements whose title or summary lacks English ("da": Danish); "" any.
    untranslated: str = ""
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
        if self.reported_by and (row.reported_by or OWN_RECORDS) not in self.reported_by:
            return False
        if self.untranslated and self.untranslated not in row.missing_languages:
            return False
        if not self._in_period(row):
            return False
        return row.matches(self.words)

    def _in_period(self, row: EngagementListRow) -> bool:
        """Known to fall in the period: by its own dates, or (undated) by its money's."""
        period = self.period
        if not period.limited:
            return True
        start = row.start.first_day() if row.start else None
        end = row.end.last_day() if row.end else None
        as_of = row.as_of.last_day() if row.as_of else None
        if start is None and end is None:
            return any(period.holds(*span) for span in row.money_spans)
        return period.holds(start, end, as_of)

    def _in_places(self, row: EngagementListRow, members: Mapping[str, frozenset[str]]) -> bool:
        if not row.country_codes.isdisjoint(self.countries):
            return True
        if not row.region_codes.isdisjoint(self.regions):
            return True
        return any(not row.country_codes.isdisjoint(members.get(r, ())) for r in self.regions)

    def left_out(
        self,
        rows: list[EngagementListRow],
        region_members: Mapping[str, frozenset[str]] | None = None,
    ) -> tuple[int, int]:
        """What the period alone leaves out: (rows whose period is not stated, open-ended
        rows whose data is older than the period)."""
        if not self.period.limited:
            return 0, 0
        unlimited = replace(self, period_start=None, period_end=None)
        undated = unconfirmed = 0
        for row in rows:
            if self._in_period(row) or not unlimited.accepts(row, region_members):
                continue
            if row.start is None and row.end is None:
                undated += 1
            elif self.period.unconfirmed(
                row.start.first_day() if row.start else None,
                None if row.end is None else row.end.last_day(),
                row.as_of.last_day() if row.as_of else None,
            ):
                unconfirmed += 1
        return undated, unconfirmed


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
    unconfirmed: int = 0  # open-ended, with data older than the period


def covered(session: Session, selection: Selection) -> Covered:
    """The rows ``selection`` accepts. The database first narrows by place, theme,
    instrument and status (a superset, so a one-country brief of a big knowledge base reads
    only that country's rows); ``accepts`` then decides, exactly as the table does."""
    members = region_members(session)
    narrowing = _candidates(selection, members)
    if narrowing is None:
        candidates = list_engagements(session)
    else:  # the ids once, so the list's six queries look them up by primary key
        ids = list(session.scalars(narrowing))
        candidates = list_engagements(session, within=_ids(ids)) if ids else []
    rows = [row for row in candidates if selection.accepts(row, members)]
    return Covered(rows, *selection.left_out(candidates, members))


def _ids(ids: list[int]) -> Select[Any]:
    return select(e.Engagement.id).where(e.Engagement.id.in_(ids))


def _candidates(selection: Selection, members: Mapping[str, frozenset[str]]) -> Select[Any] | None:
    """A superset of the selection's engagement ids, or None when it is everything."""
    if not (selection.places or selection.themes or selection.instruments or selection.statuses):
        return None
    statement = select(e.Engagement.id)
    if selection.places:
        countries = set(selection.countries)
        for key in selection.regions:
            countries |= members.get(key, frozenset())
        statement = statement.where(
            e.Engagement.countries.any(e.Country.iso2.in_(countries))
            | e.Engagement.regions.any(e.Region.key.in_(selection.regions))
        )
    if selection.themes:
        statement = statement.where(e.Engagement.themes.any(e.Theme.code.in_(selection.themes)))
    if selection.instruments:
        statement = statement.where(
            e.Engagement.instruments.any(e.Instrument.code.in_(selection.instruments))
        )
    if selection.statuses:
        statement = statement.where(e.Engagement.status.in_(selection.statuses))
    return statement


def selected_rows(session: Session, selection: Selection) -> list[EngagementListRow]:
    """The engagements ``selection`` covers, as table rows."""
    return covered(session, selection).rows
