"""One country or region of the brief: timeline, engagements by theme, results, facts, charts."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

from models.collation import danish_sort_key
from models.money import counted_kind
from models.queries.briefs import PlaceData
from models.rows import EngagementRow, FundingRow, Named, PeriodFilter

from reports.content.brief import (
    Chart,
    EngagementLine,
    FactLine,
    PlaceSection,
    ResultLine,
    ThemeGroup,
    TimelineEntry,
)
from reports.content.notes import NoteRegistry
from reports.text import BriefText


def counted_lines(engagement: EngagementRow) -> list[FundingRow]:
    """The DKK lines that count by the one rule in ``models.money``."""
    dkk = [line for line in engagement.funding if line.currency == "DKK"]
    kind = counted_kind(line.kind for line in dkk)
    return [line for line in dkk if line.kind == kind]


def engagement_total(engagement: EngagementRow) -> Decimal:
    return sum((line.amount for line in counted_lines(engagement)), Decimal(0))


def by_instrument(engagements: list[EngagementRow], text: BriefText) -> dict[str, Decimal]:
    """Totals per instrument name; several instruments share an engagement's money evenly."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for engagement in engagements:
        amount = engagement_total(engagement)
        if not amount:
            continue
        names = [i.name(text.language) for i in engagement.instruments] or [text("Other")]
        for name in names:
            totals[name] += amount / len(names)
    return dict(sorted(totals.items(), key=lambda item: (-item[1], danish_sort_key(item[0]))))


def by_year(engagements: list[EngagementRow], period: PeriodFilter) -> dict[int, Decimal]:
    """Totals per calendar year; a line over several years is spread evenly over them."""
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for engagement in engagements:
        for line in counted_lines(engagement):
            if line.start is None:
                continue
            first = line.start.year
            last = line.end.year if line.end else first
            years = [
                y for y in range(first, last + 1) if period.overlaps(date(y, 1, 1), date(y, 12, 31))
            ] or [first]
            for year in years:
                totals[year] += line.amount / len(years)
    return dict(sorted(totals.items()))


def _group_theme(
    engagement: EngagementRow, themes: tuple[str, ...], text: BriefText, frequency: dict[str, int]
) -> str:
    """The engagement's most specific theme here: the one fewest engagements share."""
    candidates = [t for t in engagement.themes if not themes or t.code in themes]
    if not candidates:
        return text("Without theme")
    chosen = min(candidates, key=lambda t: (frequency[t.code], danish_sort_key(t.name_en)))
    return chosen.name(text.language)


def _partners(engagement: EngagementRow, text: BriefText) -> str:
    return ", ".join(f"{p.label} ({text(p.role)})" for p in engagement.partners)


def build_place(
    data: PlaceData,
    heading: str,
    themes: tuple[str, ...],
    period: PeriodFilter,
    text: BriefText,
    notes: NoteRegistry,
    theme_frequency: Counter[str] | None = None,
) -> PlaceSection:
    """One place's part of the brief; ``theme_frequency`` is over the whole brief, so an
    engagement is grouped under the same theme wherever it appears."""
    language = text.language
    timeline = tuple(
        TimelineEntry(
            when=text.partial(event.occurred),
            title=event.title,
            detail=event.description or "",
            reference=event.reference or "",
            note=notes.ref(event.provenance),
        )
        for event in data.events
    )
    grouped: dict[str, list[EngagementRow]] = defaultdict(list)
    frequency = theme_frequency or Counter(t.code for row in data.engagements for t in row.themes)
    for engagement in data.engagements:
        grouped[_group_theme(engagement, themes, text, frequency)].append(engagement)
    groups = []
    for theme_name in sorted(grouped, key=danish_sort_key):
        rows = grouped[theme_name]
        lines = tuple(
            EngagementLine(
                title=row.title + _shared(row, data.place.code, text),
                instruments=", ".join(i.name(language) for i in row.instruments),
                partners=_partners(row, text),
                period=text.period(row.start, row.end),
                amount=_millions(engagement_total(row), text),
                status=text(row.status),
                note=notes.ref(row.provenance),
            )
            for row in rows
        )
        subtotal = sum((engagement_total(row) for row in rows), Decimal(0))
        groups.append(ThemeGroup(theme_name, lines, _millions(subtotal, text)))
    total = sum((engagement_total(row) for row in data.engagements), Decimal(0))
    results = tuple(
        ResultLine(
            indicator=result.indicator,
            engagement=result.engagement_title,
            baseline=_figure(result.baseline, result.baseline_text, result.unit, text),
            target=_figure(result.target, result.target_text, result.unit, text),
            actual=_figure(result.actual, result.actual_text, result.unit, text),
            period=text.period(result.start, result.end),
            comment=result.note or "",
            note=notes.ref(result.provenance),
        )
        for engagement in data.engagements
        for result in engagement.results
    )
    facts = tuple(
        FactLine(
            text=fact.text,
            value=_figure(fact.value, None, fact.unit, text),
            period=text.period(fact.start, fact.end),
            note=notes.ref(fact.provenance),
        )
        for fact in data.key_facts
    )
    return PlaceSection(
        key=data.place.code,
        heading=heading,
        timeline=timeline,
        groups=tuple(groups),
        total=_millions(total, text),
        results=results,
        facts=facts,
        charts=_charts(list(data.engagements), period, text),
    )


def _figure(value: Decimal | None, written: str | None, unit: str | None, text: BriefText) -> str:
    if value is None:
        return written or ""
    if unit == "%":
        return f"{text.number(value)} %" if text.language == "da" else f"{text.number(value)}%"
    if unit in ("DKK", "kr."):
        return text.amount(value)
    return text.number(value)


def _charts(
    engagements: list[EngagementRow], period: PeriodFilter, text: BriefText
) -> tuple[Chart, ...]:
    charts = []
    instruments = by_instrument(engagements, text)
    if instruments:
        caption = text(
            "DKK million; engagements with several instruments are split evenly between them."
        )
        charts.append(Chart(text("Funding by instrument"), caption, tuple(instruments.items())))
    years = by_year(engagements, period)
    if len(years) > 1:
        caption = text(
            "DKK million by the year the money is for; lines over several years are spread evenly."
        )
        bars = tuple((str(year), amount) for year, amount in years.items())
        charts.append(Chart(text("Funding by year"), caption, bars))
    return tuple(charts)


def _millions(amount: Decimal, text: BriefText) -> str:
    return text.millions(amount) if amount else "–"


def _shared(row: EngagementRow, place_code: str, text: BriefText) -> str:
    """Marks an engagement that other countries share, so double counts are visible."""
    if place_code not in {c.code for c in row.countries}:
        return ""  # a regional section: the countries are the region's own
    others = [c.name(text.language) for c in row.countries if c.code != place_code]
    if not others:
        return ""
    return f" ({text('Shared with {places}').format(places=', '.join(others))})"


def place_heading(place: Named, language: str) -> str:
    return place.name(language)
