"""Building the ``Brief`` for a request from the knowledge base."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from sqlalchemy.orm import Session

from models.collation import danish_sort_key
from models.queries.briefs import PlaceData, Scope, country_data, region_data
from models.queries.lookup import find_countries, find_regions, find_themes, region_members
from models.rows import EngagementRow, EventRow, PeriodFilter

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
    notes = NoteRegistry(text, request.brief_date, request.stale_after_months)

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

    places: list[PlaceSection] = [
        build_place(data, heading, theme_codes, period, text, notes)
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
        summary=_summary([data for _, data in gathered], text),
        places=tuple(places),
        sources=notes.notes,
        sections=request.sections,
        stale_after_months=request.stale_after_months,
        keywords=tuple(names + [t.name(language) for t in themes]),
    )


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
        ministry=request.ministry,
        unit=request.unit or "",
        case_number=request.case_number or "",
        date_text=text.day(request.brief_date),
        author=request.author or "",
        addressee=request.addressee or "",
        purpose=text(purpose),
        classification=request.classification or "",
    )


def _summary(places: list[PlaceData], text: BriefText) -> tuple[str, ...]:
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
        f"{text('{count} active engagements').format(count=text.number(active))} "
        f"({text('{count} engagements in all').format(count=text.number(len(rows)))})."
    ]
    total = sum((engagement_total(row) for row in rows), Decimal(0))
    if total:
        lines.append(
            text("{amount} committed in the period").format(amount=text.amount(total)) + "."
        )
        parts = ", ".join(
            f"{name} {text.amount(amount)}" for name, amount in by_instrument(rows, text).items()
        )
        lines.append(
            text("Of which by instrument: {parts}.").format(parts=parts).replace("..", ".")
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
            text("Latest significant event: {event}.").format(
                event=f"{text.partial(latest.occurred)}: {latest.title.rstrip('.')}"
            )
        )
    return tuple(lines)


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."
