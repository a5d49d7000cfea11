"""What a brief needs about one country or region, as frozen rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from models import entities as e
from models.rows import (
    EngagementRow,
    EventRow,
    FundingRow,
    KeyFactRow,
    Named,
    PartnerRow,
    PeriodFilter,
    Provenance,
    ResultRow,
    SourceRow,
)


@dataclass(frozen=True)
class Scope:
    """The part of the knowledge base a brief covers besides the place: themes and period."""

    themes: tuple[str, ...] = ()
    period: PeriodFilter = field(default_factory=PeriodFilter)


@dataclass(frozen=True)
class PlaceData:
    place: Named
    engagements: tuple[EngagementRow, ...]
    events: tuple[EventRow, ...]
    key_facts: tuple[KeyFactRow, ...]


def _source(row: e.Source) -> SourceRow:
    return SourceRow(
        row.key, row.title, row.publisher, row.url, row.published, row.language, row.updated_by
    )


def _provenance(row: e.Engagement | e.FundingLine | e.Result | e.KeyFact | e.Event) -> Provenance:
    assert row.as_of is not None
    return Provenance(_source(row.source), row.as_of)


def _named(rows: Sequence[e.Country | e.Region | e.Theme | e.Instrument]) -> tuple[Named, ...]:
    out = []
    for row in rows:
        if isinstance(row, e.Country):
            code = row.iso2
        elif isinstance(row, e.Region):
            code = row.key
        else:
            code = row.code
        out.append(Named(code, row.name_en, row.name_da))
    return tuple(sorted(out, key=lambda n: n.code))


def engagement_row(row: e.Engagement, period: PeriodFilter) -> EngagementRow:
    funding = tuple(
        FundingRow(
            line.key,
            line.amount,
            line.currency,
            line.kind,
            line.start,
            line.end,
            line.finance_act_line,
            line.note,
            _provenance(line),
            line.version,
        )
        for line in row.funding_lines
        if period.overlaps(line.start_on, line.end_on)
    )
    results = tuple(
        ResultRow(
            r.key,
            row.title,
            r.indicator,
            r.unit,
            r.baseline,
            r.baseline_text,
            r.target,
            r.target_text,
            r.actual,
            r.actual_text,
            r.start,
            r.end,
            r.note,
            _provenance(r),
            r.version,
        )
        for r in row.results
        if period.overlaps(r.start_on, r.end_on)
    )
    partners = tuple(
        PartnerRow(
            p.organisation.name,
            p.organisation.acronym,
            p.organisation.kind,
            p.role,
            p.organisation.key,
        )
        for p in row.participations
    )
    return EngagementRow(
        key=row.key,
        title=row.title,
        summary=row.summary,
        status=row.status,
        start=row.start,
        end=row.end,
        parent_key=row.parent.key if row.parent else None,
        countries=_named(row.countries),
        regions=_named(row.regions),
        themes=_named(row.themes),
        instruments=_named(row.instruments),
        partners=partners,
        funding=funding,
        results=results,
        provenance=_provenance(row),
    )


def _engagements(statement: Select[e.Engagement], scope: Scope) -> Select[e.Engagement]:
    period = scope.period
    if period.end is not None:
        statement = statement.where(
            (e.Engagement.start_on.is_(None)) | (e.Engagement.start_on <= period.end)
        )
    if period.start is not None:
        statement = statement.where(
            (e.Engagement.end_on.is_(None)) | (e.Engagement.end_on >= period.start)
        )
    if scope.themes:
        statement = statement.where(e.Engagement.themes.any(e.Theme.code.in_(scope.themes)))
    return statement.options(
        selectinload(e.Engagement.countries),
        selectinload(e.Engagement.regions),
        selectinload(e.Engagement.themes),
        selectinload(e.Engagement.instruments),
        selectinload(e.Engagement.participations).selectinload(
            e.EngagementOrganisation.organisation
        ),
        selectinload(e.Engagement.funding_lines).selectinload(e.FundingLine.source),
        selectinload(e.Engagement.results).selectinload(e.Result.source),
        selectinload(e.Engagement.source),
        selectinload(e.Engagement.parent),
    ).order_by(e.Engagement.start_on, e.Engagement.key)


def country_data(session: Session, iso2: str, scope: Scope) -> PlaceData:
    country = session.scalar(select(e.Country).where(e.Country.iso2 == iso2))
    assert country is not None, iso2
    engagements = session.scalars(
        _engagements(
            select(e.Engagement).where(e.Engagement.countries.any(e.Country.id == country.id)),
            scope,
        )
    ).all()
    events = session.scalars(
        select(e.Event)
        .where(e.Event.countries.any(e.Country.id == country.id))
        .options(selectinload(e.Event.source))
        .order_by(e.Event.occurred_on, e.Event.key)
    ).all()
    facts = session.scalars(
        select(e.KeyFact)
        .where(e.KeyFact.countries.any(e.Country.id == country.id))
        .options(selectinload(e.KeyFact.source), selectinload(e.KeyFact.themes))
        .order_by(e.KeyFact.key)
    ).all()
    return _place(
        Named(country.iso2, country.name_en, country.name_da), engagements, events, facts, scope
    )


def region_data(session: Session, key: str, scope: Scope) -> PlaceData:
    region = session.scalar(select(e.Region).where(e.Region.key == key))
    assert region is not None, key
    engagements = session.scalars(
        _engagements(
            select(e.Engagement).where(e.Engagement.regions.any(e.Region.id == region.id)), scope
        )
    ).all()
    facts = session.scalars(
        select(e.KeyFact)
        .where(e.KeyFact.regions.any(e.Region.id == region.id))
        .options(selectinload(e.KeyFact.source), selectinload(e.KeyFact.themes))
        .order_by(e.KeyFact.key)
    ).all()
    return _place(Named(region.key, region.name_en, region.name_da), engagements, [], facts, scope)


def _place(
    place: Named,
    engagements: Sequence[e.Engagement],
    events: Sequence[e.Event],
    facts: Sequence[e.KeyFact],
    scope: Scope,
) -> PlaceData:
    period = scope.period
    event_rows = tuple(
        EventRow(
            ev.key, ev.occurred, ev.kind, ev.title, ev.description, ev.reference, _provenance(ev)
        )
        for ev in events
        if ev.occurred is not None
        and period.overlaps(ev.occurred.first_day(), ev.occurred.last_day())
    )
    fact_rows = tuple(
        KeyFactRow(f.key, f.text, f.value, f.unit, f.value_text, f.start, f.end, _provenance(f))
        for f in facts
        if period.overlaps(f.start_on, f.end_on)
        and (not scope.themes or not f.themes or any(t.code in scope.themes for t in f.themes))
    )
    return PlaceData(
        place, tuple(engagement_row(row, period) for row in engagements), event_rows, fact_rows
    )
