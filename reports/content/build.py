"""Building the ``Brief`` for a request from the knowledge base."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from models.collation import danish_sort_key
from models.queries.briefs import PlaceData, Scope, country_data, region_data
from models.queries.lookup import find_countries, find_regions, find_themes, region_members
from models.rows import EngagementRow, EventRow, Named, PeriodFilter

from reports.content.brief import Brief, Letterhead, PlaceSection
from reports.content.notes import NoteRegistry
from reports.content.places import build_place, by_instrument, engagement_total
from reports.request import BriefRequest, Purpose
from reports.text import BriefText

SIGNIFICANT_EVENTS = (
    "coup",
    "withdrawal",
    "deployment",
    "parliamentary_decision",
    "agreement",
    "mandate_renewal",
)


def build_brief(session: Session, request: BriefRequest) -> Brief:
    text = BriefText(request.language)
    language = request.language
    period = PeriodFilter(request.period_start, request.period_end)
    themes = find_themes(session, request.themes)
    theme_codes = tuple(t.code for t in themes)
    scope = Scope(themes=theme_codes, period=period)
    regions = find_regions(session, request.regions)
    countries = find_countries(session, request.countries)
    notes = NoteRegistry(
        text, request.brief_date, request.stale_after_months, request.show_updated_by
    )

    gathered: list[tuple[str, PlaceData]] = []
    for region in regions:
        data = region_data(session, region.code, scope)
        if _has_content(data):
            heading = f"{region.name(language)} – {text('Regional engagements').lower()}"
            gathered.append((heading, data))
    listed = {c.code for c in countries}
    for region in regions:
        for member in region_members(session, region.code):
            if member.code not in listed:
                data = country_data(session, member.code, scope)
                if _has_content(data):
                    countries.append(member)
                    listed.add(member.code)
    for country in countries:
        data = country_data(session, country.code, scope)
        if _has_content(data) or country.code in request.countries or not regions:
            gathered.append((country.name(language), data))

    gathered = _without_country_duplicates(gathered, regions)
    everything = {row.key: row for _, data in gathered for row in data.engagements}
    frequency = Counter(t.code for row in everything.values() for t in row.themes)
    places: list[PlaceSection] = [
        build_place(data, heading, theme_codes, period, text, notes, frequency)
        for heading, data in gathered
        if _has_content(data)
    ]
    names = [r.name(language) for r in regions] + [c.name(language) for c in countries]
    title = request.title or _title(names, [t.name(language) for t in themes], text)
    return Brief(
        language=language,
        title=title,
        scope_lines=_scope_lines(request, [t.name(language) for t in themes], text),
        letterhead=_letterhead(request, text),
        summary=_summary([data for _, data in gathered], request, text),
        places=tuple(places),
        sources=notes.notes,
        sections=request.sections,
        stale_after_months=request.stale_after_months,
        keywords=tuple(names + [t.name(language) for t in themes]),
    )


def _without_country_duplicates(
    gathered: list[tuple[str, PlaceData]], regions: list[Named]
) -> list[tuple[str, PlaceData]]:
    """A regional section keeps only what no single country section already shows."""
    region_codes = {r.code for r in regions}
    country_codes = {data.place.code for _, data in gathered if data.place.code not in region_codes}
    out = []
    for heading, data in gathered:
        if data.place.code in region_codes:
            kept = tuple(
                row
                for row in data.engagements
                if not (len(row.countries) == 1 and row.countries[0].code in country_codes)
            )
            data = replace(data, engagements=kept)
        out.append((heading, data))
    return out


def _has_content(data: PlaceData) -> bool:
    return bool(data.engagements or data.events or data.key_facts)


def _title(places: list[str], themes: list[str], text: BriefText) -> str:
    joined = _join(places, text) if places else text("Briefing note")
    return f"{joined}: {_join(themes, text).lower()}" if themes else joined


def _join(items: list[str], text: BriefText) -> str:
    if len(items) <= 1:
        return "".join(items)
    word = " og " if text.language == "da" else " and "
    return ", ".join(items[:-1]) + word + items[-1]


def _scope_lines(request: BriefRequest, themes: list[str], text: BriefText) -> tuple[str, ...]:
    lines = []
    if request.period_start or request.period_end:
        start = text.day(request.period_start) if request.period_start else ""
        end = text.day(request.period_end) if request.period_end else ""
        lines.append(f"{text('Period')}: {start}–{end}")
    lines.append(f"{text('Themes')}: {', '.join(themes) if themes else text('All themes')}")
    return tuple(lines)


def _letterhead(request: BriefRequest, text: BriefText) -> Letterhead:
    purpose = "For decision" if request.purpose is Purpose.DECISION else "For information"
    return Letterhead(
        ministry=request.ministry or text("Ministry of Foreign Affairs of Denmark"),
        unit=request.unit or "",
        case_number=request.case_number or "",
        date_text=text.day(request.brief_date),
        author=request.author or "",
        addressee=request.addressee or "",
        purpose=text(purpose),
        classification=request.classification or "",
    )


def _summary(places: list[PlaceData], request: BriefRequest, text: BriefText) -> tuple[str, ...]:
    engagements: dict[str, EngagementRow] = {}
    events: dict[str, EventRow] = {}
    for data in places:
        engagements.update((row.key, row) for row in data.engagements)
        events.update((row.key, row) for row in data.events)
    if not engagements and not events:
        return (text("Nothing in the knowledge base matches this selection."),)
    rows = list(engagements.values())
    active = sum(1 for row in rows if row.status == "active")
    lines = [
        text("{count} engagements, of which {active} active.").format(
            count=text.number(len(rows)), active=text.number(active)
        )
    ]
    total = sum((engagement_total(row) for row in rows), Decimal(0))
    if total:
        if request.period_start or request.period_end:
            first = str(request.period_start.year) if request.period_start else ""
            last = str(request.period_end.year) if request.period_end else ""
            span = first if first == last else f"{first}–{last}"
            sentence = text("{amount} committed in {period}.").format(
                amount=text.amount(total), period=span
            )
        else:
            sentence = text("{amount} committed in all.").format(amount=text.amount(total))
        lines.append(sentence.replace("..", "."))
        shares = by_instrument(rows, text)
        if len(shares) > 1:
            parts = ", ".join(f"{name} {text.amount(amount)}" for name, amount in shares.items())
            note = ""
            if any(len(row.instruments) > 1 and engagement_total(row) for row in rows):
                note = " " + text("(engagements with several instruments split evenly)")
            lines.append(
                text("By instrument: {parts}.").format(parts=parts + note).replace("..", ".")
            )
    partners = Counter(p.label for row in rows for p in row.partners)
    if partners:
        top = sorted(partners.items(), key=lambda item: (-item[1], danish_sort_key(item[0])))[:5]
        lines.append(text("Main partners: {names}.").format(names=", ".join(n for n, _ in top)))
    significant = [e for e in events.values() if e.kind in SIGNIFICANT_EVENTS] or list(
        events.values()
    )
    if significant:
        latest = max(significant, key=lambda e: (e.occurred.first_day(), e.key))
        lines.append(
            text("Latest significant event: {event} ({date}).").format(
                event=latest.title.rstrip("."), date=text.partial(latest.occurred)
            )
        )
    return tuple(lines)
