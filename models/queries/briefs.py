"""What a brief needs about one country or region, as frozen rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from weakref import WeakKeyDictionary

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from models import entities as e
from models.bilingual import LANGUAGES, text_in
from models.collation import fold
from models.rows import (
    EngagementRow,
    EventRow,
    FundingRow,
    KeyFactRow,
    Named,
    PartnerRow,
    PeriodFilter,
    PlaceLink,
    Provenance,
    ResultRow,
    SourceRow,
)


@dataclass(frozen=True)
class LeftOut:
    """What a period leaves out because its own period is not stated."""

    engagements: int = 0
    facts: int = 0
    events: int = 0
    unconfirmed: int = 0  # open-ended engagements whose data is older than the period


@dataclass(frozen=True)
class BriefData:
    """Everything a brief for one selection may print, read once.

    ``engagements`` are exactly the selection's (``models.selection``); events reach the
    brief through those engagements or through the selected countries; key facts through
    the selected places and themes.
    """

    engagements: tuple[EngagementRow, ...]
    events: tuple[EventRow, ...]
    key_facts: tuple[KeyFactRow, ...]
    left_out: LeftOut
    countries: Mapping[str, Named]
    regions: Mapping[str, Named]
    region_members: Mapping[str, frozenset[str]]


# One frozen row per loaded source object: a brief cites a few sources thousands of times.
# Keyed weakly by the session's object, so it lives as long as the session's reading.
_SOURCES: WeakKeyDictionary[e.Source, SourceRow] = WeakKeyDictionary()


def _source(row: e.Source) -> SourceRow:
    known = _SOURCES.get(row)
    if (
        known is not None
        and known.title == row.title
        and known.key == row.key
        and known.translated_title == row.translated_title
    ):
        return known
    made = SourceRow(
        row.key,
        row.title,
        row.publisher,
        row.url,
        row.published,
        row.language,
        row.updated_by,
        row.translated_title,
    )
    _SOURCES[row] = made
    return made


def _provenance(row: e.Engagement | e.FundingLine | e.Result | e.KeyFact | e.Event) -> Provenance:
    assert row.as_of is not None
    return Provenance(_source(row.source), row.as_of, row.language)


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


def engagement_row(
    row: e.Engagement,
    period: PeriodFilter,
    links: Mapping[int, tuple[tuple[PlaceLink, ...], tuple[PlaceLink, ...]]] | None = None,
    *,
    language: str = "da",
) -> EngagementRow:
    """One engagement with its money, results and partners in ``period``, its texts in
    ``language`` (``models.bilingual``); ``links`` gives the recorded percentage per country
    and region (read in bulk by ``place_links``)."""
    title = text_in(row, "title", language) or ""
    lines = [
        FundingRow(
            line.key,
            line.amount,
            line.currency,
            line.kind,
            line.start,
            line.end,
            line.finance_act_line,
            text_in(line, "note", language),
            _provenance(line),
            line.version,
            line.qualifier,
            line.internal_note,
        )
        for line in row.funding_lines
        if period.holds(line.start_on, line.end_on, line.as_of_on) or _undated(line, period)
    ]
    funding = tuple(line for line in lines if line.start or line.end or not period.limited)
    undated_funding = tuple(line for line in lines if line not in funding)
    results = tuple(
        ResultRow(
            r.key,
            title,
            text_in(r, "indicator", language) or "",
            text_in(r, "unit", language),
            r.baseline,
            text_in(r, "baseline_text", language),
            r.target,
            text_in(r, "target_text", language),
            r.actual,
            text_in(r, "actual_text", language),
            r.start,
            r.end,
            text_in(r, "note", language),
            _provenance(r),
            r.version,
            r.baseline_qualifier,
            r.target_qualifier,
            r.actual_qualifier,
            r.internal_note,
        )
        for r in row.results
        if period.holds(r.start_on, r.end_on, r.as_of_on)
    )
    undated_results = sum(1 for r in row.results if _undated(r, period))
    partners = tuple(
        PartnerRow(
            text_in(p.organisation, "name", language) or "",
            text_in(p.organisation, "acronym", language),
            p.organisation.kind,
            p.role,
            p.organisation.key,
        )
        for p in row.participations
    )
    return EngagementRow(
        key=row.key,
        title=title,
        summary=text_in(row, "summary", language),
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
        country_links=links.get(row.id, ((), ()))[0] if links else (),
        region_links=links.get(row.id, ((), ()))[1] if links else (),
        undated_funding=undated_funding,
        undated_results=undated_results,
        primary_theme=row.primary_theme.code if row.primary_theme else None,
    )


def _undated(row: e.FundingLine | e.Result | e.KeyFact, period: PeriodFilter) -> bool:
    return period.limited and row.start_on is None and row.end_on is None


def _loaded(statement: Select[e.Engagement]) -> Select[e.Engagement]:
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
        selectinload(e.Engagement.primary_theme),
    ).order_by(e.Engagement.start_on, e.Engagement.key)


def place_links(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[tuple[PlaceLink, ...], tuple[PlaceLink, ...]]]:
    """Each engagement's countries and regions with their recorded percentages."""
    countries: dict[int, list[PlaceLink]] = defaultdict(list)
    regions: dict[int, list[PlaceLink]] = defaultdict(list)
    link = e.engagement_countries.c
    for owner, code, percentage in session.execute(
        select(link.engagement_id, e.Country.iso2, link.percentage)
        .join(e.Country, e.Country.id == link.country_id)
        .where(link.engagement_id.in_(ids))
    ):
        countries[owner].append(PlaceLink(code, _percent(percentage)))
    region_link = e.engagement_regions.c
    for owner, key, percentage in session.execute(
        select(region_link.engagement_id, e.Region.key, region_link.percentage)
        .join(e.Region, e.Region.id == region_link.region_id)
        .where(region_link.engagement_id.in_(ids))
    ):
        regions[owner].append(PlaceLink(key, _percent(percentage)))
    return {
        owner: (
            tuple(sorted(countries.get(owner, []), key=lambda p: p.code)),
            tuple(sorted(regions.get(owner, []), key=lambda p: p.code)),
        )
        for owner in ids
    }


def _percent(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def brief_data(
    session: Session,
    keys: Sequence[str],
    *,
    period: PeriodFilter,
    countries: Sequence[str] = (),
    regions: Sequence[str] = (),
    themes: Sequence[str] = (),
    words: Sequence[str] = (),
    undated_engagements: int = 0,
    unconfirmed_engagements: int = 0,
    narrowed: bool = False,
    language: str = "da",
) -> BriefData:
    """The brief's material for the selected engagements ``keys``.

    Events come through those engagements and through the places asked for; key facts
    through the places (or, with no place, every fact of the themes), each only when
    known to fall in ``period``.
    """
    engagements = (
        session.scalars(_loaded(select(e.Engagement).where(e.Engagement.key.in_(keys)))).all()
        if keys
        else []
    )
    links = place_links(session, [row.id for row in engagements])
    rows = tuple(engagement_row(row, period, links, language=language) for row in engagements)
    members = {
        region.key: frozenset(c.iso2 for c in region.countries)
        for region in session.scalars(select(e.Region).options(selectinload(e.Region.countries)))
    }
    wanted_countries = set(countries)
    for key in regions:
        wanted_countries |= members.get(key, frozenset())
    engagement_ids = [row.id for row in engagements]
    event_filter = e.Event.engagements.any(e.Engagement.id.in_(engagement_ids))
    if wanted_countries and not narrowed:  # a narrowed selection's events are its engagements'
        event_filter = event_filter | e.Event.countries.any(e.Country.iso2.in_(wanted_countries))
    events = session.scalars(
        select(e.Event)
        .where(event_filter)
        .options(
            selectinload(e.Event.source),
            selectinload(e.Event.countries),
            selectinload(e.Event.engagements),
        )
        .order_by(e.Event.occurred_on, e.Event.key)
    ).all()
    fact_statement = select(e.KeyFact).options(
        selectinload(e.KeyFact.source),
        selectinload(e.KeyFact.themes),
        selectinload(e.KeyFact.countries),
        selectinload(e.KeyFact.regions),
    )
    if wanted_countries or regions:
        fact_statement = fact_statement.where(
            e.KeyFact.countries.any(e.Country.iso2.in_(wanted_countries))
            | e.KeyFact.regions.any(e.Region.key.in_(regions))
        )
    facts = [
        fact
        for fact in session.scalars(fact_statement.order_by(e.KeyFact.key))
        if (not themes or any(t.code in themes for t in fact.themes))
        and (wanted_countries or regions or themes or fact.themes or not words)
        and all(word in _said(fact, ("text",)) for word in words)
    ]
    event_rows = tuple(
        EventRow(
            ev.key,
            ev.occurred,
            ev.kind,
            text_in(ev, "title", language) or "",
            text_in(ev, "description", language),
            ev.reference,
            _provenance(ev),
            ev.version,
            countries=tuple(sorted(c.iso2 for c in ev.countries)),
            engagements=tuple(sorted(g.key for g in ev.engagements)),
        )
        for ev in events
        if ev.occurred is not None
        and period.holds(ev.occurred.first_day(), ev.occurred.last_day())
        and (not words or _event_matches(ev, words, keys))
    )
    fact_rows = tuple(
        KeyFactRow(
            f.key,
            text_in(f, "text", language) or "",
            f.value,
            text_in(f, "unit", language),
            text_in(f, "value_text", language),
            f.start,
            f.end,
            _provenance(f),
            countries=tuple(sorted(c.iso2 for c in f.countries)),
            regions=tuple(sorted(r.key for r in f.regions)),
            themes=tuple(sorted(t.code for t in f.themes)),
            value_qualifier=f.value_qualifier,
        )
        for f in facts
        if period.holds(f.start_on, f.end_on, f.as_of_on)
    )
    left_out = LeftOut(
        engagements=undated_engagements,
        unconfirmed=unconfirmed_engagements,
        facts=sum(1 for f in facts if _undated(f, period)),
        events=sum(1 for ev in events if ev.occurred is None and period.limited),
    )
    return BriefData(
        rows,
        event_rows,
        fact_rows,
        left_out,
        countries={
            c.iso2: Named(c.iso2, c.name_en, c.name_da) for c in session.scalars(select(e.Country))
        },
        regions={
            r.key: Named(r.key, r.name_en, r.name_da) for r in session.scalars(select(e.Region))
        },
        region_members=members,
    )


def _event_matches(event: e.Event, words: Sequence[str], keys: Sequence[str]) -> bool:
    """With search text, an event counts when it concerns a found engagement or says the
    words itself."""
    if any(g.key in keys for g in event.engagements):
        return True
    said = _said(event, ("title", "description")) + " " + fold(event.reference or "")
    return all(word in said for word in words)


def _said(record: object, fields: Sequence[str]) -> str:
    """Every text of ``fields`` in both languages, folded for search: a word is found in
    whichever language it was typed."""
    texts = (
        getattr(record, f"{field}_{language}") or "" for field in fields for language in LANGUAGES
    )
    return fold(" ".join(texts))
