"""Building the ``Brief`` for a request from the knowledge base."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy.orm import Session

from models.collation import sort_key
from models.money import Money
from models.queries.briefs import BriefData, LeftOut, brief_data
from models.queries.lookup import find_countries, find_regions, find_themes
from models.queries.pickers import publisher_names
from models.rows import EngagementRow, EventRow
from models.selection import covered

from reports.content.brief import Brief, Letterhead, PlaceSection
from reports.content.gather import PlacePart, gather
from reports.content.notes import NoteRegistry
from reports.content.places import build_place, heading_for
from reports.content.untranslated import kept_as, marked
from reports.content.wording import join_names, kind_amounts, reported_by_names, status_on
from reports.request import BriefRequest, Purpose, marking_in
from reports.text import BriefText

SIGNIFICANT_EVENTS = (
    "coup",
    "withdrawal",
    "deployment",
    "parliamentary_decision",
    "agreement",
    "mandate_renewal",
)


def read_brief_data(session: Session, request: BriefRequest) -> BriefData:
    """The selection's engagements (decided by ``models.selection``) and what goes with them."""
    selection = request.selection()
    found = covered(session, selection)
    return brief_data(
        session,
        [row.key for row in found.rows],
        period=selection.period,
        countries=request.countries,
        regions=request.regions,
        themes=request.themes,
        words=selection.words,
        undated_engagements=found.undated,
        unconfirmed_engagements=found.unconfirmed,
        narrowed=bool(
            selection.themes
            or selection.instruments
            or selection.statuses
            or selection.reported_by
            or selection.untranslated
            or selection.words
        ),
        language=request.language,
    )


def build_brief(session: Session, request: BriefRequest) -> Brief:
    text = BriefText(request.language)
    language = request.language
    themes = find_themes(session, request.themes)
    theme_codes = tuple(t.code for t in themes)
    regions = find_regions(session, request.regions)
    countries = find_countries(session, request.countries)
    notes = NoteRegistry(
        text, request.brief_date, request.stale_after_months, request.show_updated_by
    )
    data = read_brief_data(session, request)
    notes.publishers = publisher_names(session, language)
    parts = [
        part
        for part in gather(data, tuple(c.code for c in countries), tuple(r.code for r in regions))
        if part.has_content or part.key in request.countries
    ]
    headings = {part.key: heading_for(part, text) for part in parts}
    frequency = Counter(t.code for row in data.engagements for t in row.themes)
    places: list[PlaceSection] = [
        build_place(
            part,
            headings,
            theme_codes,
            text,
            notes,
            request.brief_date,
            frequency,
            {**data.countries, **data.regions},
        )
        for part in parts
        if part.has_content
    ]
    names = [r.name(language) for r in regions] + [c.name(language) for c in countries]
    title = request.title or _title(names, [t.name(language) for t in themes], text)
    warnings = _stale_warning(parts, notes, text)
    return Brief(
        language=language,
        title=title,
        scope_lines=_scope_lines(request, [t.name(language) for t in themes], text, data),
        letterhead=_letterhead(request, text),
        summary=_summary(parts, data, request, text),
        places=tuple(places),
        sources=notes.notes,
        sections=request.sections,
        stale_after_months=request.stale_after_months,
        keywords=tuple(names + [t.name(language) for t in themes]),
        warnings=warnings,
    )


def _stale_warning(parts: list[PlacePart], notes: NoteRegistry, text: BriefText) -> tuple[str, ...]:
    """Page 1 says so when even the newest fact of the brief is past the threshold."""
    dates = [row.provenance.as_of for part in parts for row in part.engagements]
    dates += [f.provenance.as_of for part in parts for f in part.facts]
    dates += [ev.provenance.as_of for part in parts for ev in part.events]
    if not dates:
        return ()
    newest = max(dates, key=lambda d: d.last_day())
    if not notes.is_stale(newest):
        return ()
    return (
        text(
            "The newest data in this brief is as of {date}, older than {months} months: "
            "check it before use."
        ).format(date=text.partial(newest), months=text.number(notes.stale_after_months)),
    )


def _title(places: list[str], themes: list[str], text: BriefText) -> str:
    if not places:
        return join_names(themes, text) if themes else text("Briefing note")
    joined = join_names(places, text)
    return f"{joined}: {join_names(themes, text).lower()}" if themes else joined


def _scope_lines(
    request: BriefRequest, themes: list[str], text: BriefText, data: BriefData
) -> tuple[str, ...]:
    lines = []
    if request.period_start or request.period_end:
        start = text.day(request.period_start) if request.period_start else ""
        end = text.day(request.period_end) if request.period_end else ""
        lines.append(f"{text('Period')}: {start}–{end}")
    lines.append(f"{text('Themes')}: {', '.join(themes) if themes else text('All themes')}")
    if request.instruments:
        names = [
            i.name(text.language)
            for row in data.engagements
            for i in row.instruments
            if i.code in request.instruments
        ]
        lines.append(f"{text('Instruments')}: {', '.join(dict.fromkeys(names))}")
    if request.statuses:
        lines.append(f"{text('Status')}: {', '.join(text(s) for s in request.statuses)}")
    if request.reported_by:
        lines.append(f"{text('Reported by')}: {reported_by_names(request.reported_by, text)}")
    if request.search.strip():
        lines.append(text("Search: “{words}”").format(words=request.search.strip()))
    left = _left_out(data.left_out, text)
    if left:
        lines.append(left)
    return tuple(lines)


def _left_out_lines(data: BriefData, text: BriefText) -> tuple[str, ...]:
    left = _left_out(data.left_out, text)
    return (left,) if left else ()


def _left_out(left: LeftOut, text: BriefText) -> str:
    parts = []
    if left.engagements:
        parts.append(text("{count} engagements").format(count=text.number(left.engagements)))
    if left.facts:
        parts.append(text("{count} key facts").format(count=text.number(left.facts)))
    if left.events:
        parts.append(text("{count} events").format(count=text.number(left.events)))
    said = []
    if parts:
        said.append(
            text("Left out because their period is not stated: {items}.").format(
                items=join_names(parts, text)
            )
        )
    if left.unconfirmed:
        said.append(
            text(
                "Left out as not known to run in the period (open-ended, data older than "
                "it): {count} engagements."
            ).format(count=text.number(left.unconfirmed))
        )
    return " ".join(said)


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
        classification=marking_in(request.classification, request.language),
    )


def _programmes(rows: list[EngagementRow]) -> list[EngagementRow]:
    """Engagements counted at programme level: a component whose programme is in the
    brief is part of it."""
    keys = {row.key for row in rows}
    return [row for row in rows if row.parent_key not in keys]


def _summary(
    parts: list[PlacePart], data: BriefData, request: BriefRequest, text: BriefText
) -> tuple[str, ...]:
    engagements: dict[str, EngagementRow] = {}
    events: dict[str, EventRow] = {}
    for part in parts:
        engagements.update((row.key, row) for row in part.engagements)
        events.update((row.key, row) for row in part.events)
    if not engagements and not events:
        return (
            text("Draft: nothing in the knowledge base matches this selection."),
            *_left_out_lines(data, text),
        )
    rows = _programmes(list(engagements.values()))
    active = sum(1 for row in rows if _running(row, request.brief_date, text))
    parts_count = len(engagements) - len(rows)
    with_active = not (request.period_start or request.period_end)  # today's status
    counts = _counts(len(rows), parts_count, active if with_active else None, text)
    lines = [counts]
    counted = Money()
    for part in parts:
        counted += part.counted
    outside = Money()
    for row in engagements.values():
        counted_here = Money()
        for part in parts:
            if row.key in part.shares:
                counted_here += part.shares[row.key].counted
        outside += (row.money() - counted_here).at_least_zero()
    if counted:
        span = _span(request)
        sentence = (
            text("Recorded in {period}: {amounts}.").format(
                period=span, amounts=kind_amounts(counted, text)
            )
            if span
            else text("Recorded: {amounts}.").format(amounts=kind_amounts(counted, text))
        )
        lines.append(sentence)
    if outside:
        lines.append(
            text(
                "Besides, {amounts} granted for several places together, without a recorded "
                "split, is not in these figures."
            ).format(amounts=kind_amounts(outside, text))
        )
    partners = Counter(p.label for row in rows for p in row.partners)
    if partners:
        by_count = sorted(
            partners.items(), key=lambda item: (-item[1], sort_key(item[0], text.language))
        )
        top = by_count[:5]
        lines.append(
            text("Main partners: {names}.").format(names=", ".join(marked(n) for n, _ in top))
        )
    significant = [e for e in events.values() if e.kind in SIGNIFICANT_EVENTS] or list(
        events.values()
    )
    if significant:
        latest = max(significant, key=lambda e: (e.occurred.first_day(), e.key))
        lines.append(
            text("Latest significant event: {event} ({date}).").format(
                event=marked(kept_as(latest.title, latest.title.rstrip("."))),
                date=text.partial(latest.occurred),
            )
        )
    return tuple(lines)


def _counts(count: int, parts: int, active: int | None, text: BriefText) -> str:
    """ "3 engagementer med i alt 20 delindsatser, heraf 3 aktive." (no active count in a
    brief of a past period: today's status is not the period's)."""
    one = count == 1
    if parts:
        label = (
            "{count} engagement with {parts} components"
            if one
            else "{count} engagements with {parts} components in all"
        )
    else:
        label = "{count} engagement" if one else "{count} engagements"
    if active is not None:
        label += ", of which {active} active."
    else:
        label += "."
    return text(label).format(
        count=text.number(count), parts=text.number(parts), active=text.number(active or 0)
    )


def _running(row: EngagementRow, brief_date: date, text: BriefText) -> bool:
    return row.status == "active" and status_on(row, brief_date, text) == text("active")


def _span(request: BriefRequest) -> str:
    if not (request.period_start or request.period_end):
        return ""
    first = str(request.period_start.year) if request.period_start else ""
    last = str(request.period_end.year) if request.period_end else ""
    return first if first == last else f"{first}–{last}"
