"""One section of the brief: timeline, engagements by theme, results, facts, charts.

Money is stated per kind (committed, disbursed, budgeted), never added across kinds or
currencies; a section counts only its own share of an engagement's money (see
``models.money``), and shows money shared with other places beside its total.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

from models.bilingual import language_of
from models.collation import danish_sort_key, sort_key
from models.money import Money, PlaceShare
from models.partial_dates import PartialDate
from models.rows import EngagementRow, Named

from reports.content.brief import (
    Chart,
    EngagementLine,
    FactLine,
    PlaceSection,
    ResultLine,
    ThemeGroup,
    TimelineEntry,
)
from reports.content.gather import ACROSS, UNPLACED, PlacePart
from reports.content.notes import NoteRegistry
from reports.content.untranslated import kept_as, marked
from reports.content.wording import (
    KIND_WORDS,
    join_names,
    kind_amounts,
    section_heading,
    status_on,
)
from reports.text import BriefText


def _group_theme(
    engagement: EngagementRow, themes: tuple[str, ...], text: BriefText, frequency: Counter[str]
) -> str:
    """The engagement's primary theme; without one (or outside the brief's themes), its
    most specific theme here: the one fewest engagements share."""
    primary = [t for t in engagement.themes if t.code == engagement.primary_theme]
    if primary and (not themes or primary[0].code in themes):
        return primary[0].name(text.language)
    candidates = [t for t in engagement.themes if not themes or t.code in themes]
    if not candidates:
        return text("Without theme")
    chosen = min(candidates, key=lambda t: (frequency[t.code], danish_sort_key(t.name_en)))
    return chosen.name(text.language)


def _partners(engagement: EngagementRow, text: BriefText) -> str:
    return ", ".join(f"{marked(p.label)} ({text(p.role)})" for p in engagement.partners)


def build_place(
    part: PlacePart,
    headings: dict[str, str],
    themes: tuple[str, ...],
    text: BriefText,
    notes: NoteRegistry,
    brief_date: date,
    theme_frequency: Counter[str],
    place_names: dict[str, Named],
) -> PlaceSection:
    """One section; ``headings`` names every section of the brief (for references), and
    ``theme_frequency`` is over the whole brief, so an engagement is grouped under the same
    theme wherever it appears."""
    told = [(event, "") for event in part.events] + list(part.referred_events)
    told.sort(key=lambda item: (item[0].occurred.first_day(), item[0].key))
    timeline = tuple(
        TimelineEntry(
            when=_wrappable(text.partial(event.occurred), text),
            title=event.title,
            detail=(
                text("See {section}.").format(section=headings[home])
                if home
                else event.description or ""
            ),
            reference=event.reference or "",
            note=notes.ref(event.provenance, event.title),
            lang=_lang(event.title),
        )
        for event, home in told
    )
    grouped: dict[str, list[EngagementRow]] = defaultdict(list)
    here = {row.key for row in part.engagements}
    components: dict[str, list[EngagementRow]] = defaultdict(list)
    for engagement in part.engagements:
        if engagement.parent_key in here:  # shown under its programme, in its group
            components[engagement.parent_key].append(engagement)
        else:
            grouped[_group_theme(engagement, themes, text, theme_frequency)].append(engagement)
    groups = []
    for theme_name in sorted(grouped, key=lambda name: sort_key(name, text.language)):
        nested = [
            (row, level)
            for top in grouped[theme_name]
            for row, level in _with_components(top, components)
        ]
        lines = tuple(
            _engagement_line(row, part.shares[row.key], text, notes, brief_date, place_names, level)
            for row, level in nested
        )
        subtotal = Money()
        for row, _level in nested:
            subtotal += part.shares[row.key].counted
        kinds = subtotal.home()
        groups.append(
            ThemeGroup(
                theme_name,
                lines,
                f"{_cell(subtotal, kinds[0], text)} {text(_word(kinds[0][0]))}"
                if len(kinds) == 1
                else "",
            )
        )
    counted = part.counted
    totals = tuple(
        (text(f"Total {_word(kind)}"), _cell(counted, (kind, amount), text))
        for kind, amount in counted.home()
    )
    results = tuple(
        ResultLine(
            indicator=result.indicator,
            engagement=result.engagement_title,
            baseline=_figure(
                result.baseline, result.baseline_text, result.unit, text, result.baseline_qualifier
            ),
            target=_figure(
                result.target, result.target_text, result.unit, text, result.target_qualifier
            ),
            actual=_figure(
                result.actual, result.actual_text, result.unit, text, result.actual_qualifier
            ),
            period=text.period(result.start, result.end),
            comment=result.note or "",
            note=notes.ref(result.provenance, result.indicator),
            lang=_lang(result.indicator),
            as_text=result.actual is None and result.target is None and result.baseline is None,
        )
        for engagement in part.engagements
        for result in engagement.results
    )
    facts = tuple(
        FactLine(
            text=fact.text,
            value=_figure(fact.value, None, fact.unit, text, fact.value_qualifier),
            period=text.period(fact.start, fact.end),
            note=notes.ref(fact.provenance, fact.text),
            lang=_lang(fact.text),
        )
        for fact in part.facts
    )
    facts += tuple(
        FactLine(
            text=text("See {section}: {fact}").format(
                section=headings[home], fact=marked(_opening(fact.text))
            ),
            value="",
            period=text.period(fact.start, fact.end),
            note=notes.ref(fact.provenance, fact.text),
        )
        for fact, home in part.referred_facts
    )
    return PlaceSection(
        key=part.key,
        heading=headings[part.key],
        timeline=timeline,
        groups=tuple(groups),
        total=totals[0][1] if len(totals) == 1 else "",
        results=results,
        facts=facts,
        charts=_charts(part, text),
        totals=totals,
        money_notes=_money_notes(part, text),
        as_of=_as_of(part, text),
    )


def _with_components(
    row: EngagementRow, components: dict[str, list[EngagementRow]], level: int = 0
) -> list[tuple[EngagementRow, int]]:
    """A programme followed by its components (and theirs), each a level further in."""
    out = [(row, level)]
    for child in components.get(row.key, []):
        out += _with_components(child, components, level + 1)
    return out


def _opening(text: str, length: int = 70) -> str:
    """The first words of a text printed in full elsewhere: "Danmarks aktive engagement …"."""
    if len(text) <= length:
        return text
    cut = text[:length].rsplit(" ", 1)[0]
    return kept_as(text, cut.rstrip(",;:") + " …")


def _word(kind: str) -> str:
    return KIND_WORDS.get(kind, kind)


def _engagement_line(
    row: EngagementRow,
    share: PlaceShare,
    text: BriefText,
    notes: NoteRegistry,
    brief_date: date,
    place_names: dict[str, Named],
    level: int = 0,
) -> EngagementLine:
    kinds = share.counted.home()
    shared = ""
    if share.shared:
        others = [place_names[code].name(text.language) for code in share.shared_with]
        shared = text("Shared with {places}: {amount}, not counted here.").format(
            places=join_names(others, text), amount=kind_amounts(share.shared, text)
        )
    return EngagementLine(
        title=row.title,
        instruments=", ".join(i.name(text.language) for i in row.instruments),
        partners=_partners(row, text),
        period=text.period(row.start, row.end),
        amount="\n".join(_cell(share.counted, item, text) for item in kinds),
        status=_status(row, brief_date, text, notes),
        note=notes.ref(row.provenance, row.title),
        kind="\n".join(text(_word(kind)) for kind, _ in kinds),
        shared=shared,
        level=level,
        lang=_lang(row.title),
    )


def _status(row: EngagementRow, brief_date: date, text: BriefText, notes: NoteRegistry) -> str:
    """The status on the brief's date; a running one from old data says when it was true
    ("aktiv, pr. 2016"), as nobody has said since."""
    status = status_on(row, brief_date, text)
    running = row.status in ("active", "planned", "paused") and status == text(row.status)
    if running and notes.is_stale(row.provenance.as_of):
        return text("{status}, as of {date}").format(
            status=status, date=text.partial(row.provenance.as_of)
        )
    return status


def _wrappable(when: str, text: BriefText) -> str:
    """A date in the timeline's narrow column may wrap after "ca." / "around", never inside
    the date ("around 26 January 20" over "22"); in running text they stay together."""
    qualifier = f"{text('around')}\u00a0"
    return when.replace(qualifier, f"{text('around')} ", 1)


def _lang(shown: str | None) -> str:
    """The language a text is shown in, for hyphenation: "" (the brief's) unless it had no
    translation and prints as written (``models.bilingual.Untranslated``)."""
    language = language_of(shown, "")
    return language if language in ("da", "en") else ""  # others: the brief's rules


def _cell(money: Money, item: tuple[str, Decimal], text: BriefText) -> str:
    """Millions for a "DKK m" column, "ca." before an approximate figure."""
    kind, amount = item
    return text.qualified(text.millions(amount), money.qualifier(kind))


def _figure(
    value: Decimal | None,
    written: str | None,
    unit: str | None,
    text: BriefText,
    qualifier: str | None = None,
) -> str:
    if value is None:
        return written or ""
    if unit == "%":
        figure = f"{text.number(value)} %" if text.language == "da" else f"{text.number(value)}%"
    elif unit in ("DKK", "kr."):
        figure = text.amount(value)
    else:
        figure = text.number(value)
    return text.qualified(figure, qualifier)


def _chart_kind(money: Money) -> str | None:
    kinds = money.home()
    return kinds[0][0] if kinds else None


def _charts(part: PlacePart, text: BriefText) -> tuple[Chart, ...]:
    """Only recorded breakdowns; what a chart cannot place is stated under it."""
    counted = part.counted
    kind = _chart_kind(counted)
    if kind is None:
        return ()
    charts = []
    by_instrument: dict[str, Decimal] = defaultdict(Decimal)
    several = Decimal(0)
    for row in part.engagements:
        amount = part.shares[row.key].counted.only(kind)
        if not amount:
            continue
        if len(row.instruments) == 1:
            by_instrument[row.instruments[0].name(text.language)] += amount
        else:
            several += amount
    left = [text.amount(v) + " " + text(_word(k)) for k, v in counted.home() if k != kind]
    if len(by_instrument) > 1:
        unplaced = list(left)
        if several:
            unplaced.append(
                text("{amount} for engagements with several or no instruments").format(
                    amount=text.amount(several)
                )
            )
        bars = tuple(
            sorted(by_instrument.items(), key=lambda i: (-i[1], sort_key(i[0], text.language)))
        )
        charts.append(
            Chart(
                text("Funding by instrument"),
                _caption(kind, unplaced, text),
                bars,
            )
        )
    by_year: dict[int, Decimal] = defaultdict(Decimal)
    unplaced_years = Decimal(0)
    undated = Decimal(0)
    for row in part.engagements:
        share = part.shares[row.key].counted.only(kind)
        if not share:
            continue
        whole = row.money().only(kind)
        for line in row.funding:
            if line.kind != kind or line.currency != "DKK":
                continue
            amount = line.amount * share / whole if whole else Decimal(0)
            year = _one_year(line.start, line.end)
            if line.start is None and line.end is None:
                undated += amount
            elif year is None:
                unplaced_years += amount
            else:
                by_year[year] += amount
    if len(by_year) > 1:
        unplaced = list(left)
        if unplaced_years:
            unplaced.append(
                text("{amount} over several years").format(amount=text.amount(unplaced_years))
            )
        if undated:
            unplaced.append(text("{amount} without a period").format(amount=text.amount(undated)))
        bars = tuple((str(year), amount) for year, amount in sorted(by_year.items()))
        charts.append(Chart(text("Funding by year"), _caption(kind, unplaced, text), bars))
    return tuple(charts)


def _one_year(start: PartialDate | None, end: PartialDate | None) -> int | None:
    if start is None:
        return None
    if end is None or end.year == start.year:
        return start.year if end is not None else None
    return None


def _caption(kind: str, unplaced: list[str], text: BriefText) -> str:
    caption = text("DKK million, {kind}.").format(kind=text(_word(kind)))
    if unplaced:
        caption += " " + text("Not shown: {items}.").format(items="; ".join(unplaced))
    return caption


def _money_notes(part: PlacePart, text: BriefText) -> tuple[str, ...]:
    """What the totals leave out: other currencies and money without a period."""
    notes = []
    foreign = part.counted.foreign()
    if foreign:
        counted = part.counted
        amounts = ", ".join(
            text.qualified(text.amount(amount, currency), counted.qualifier(kind, currency))
            + f" {text(_word(kind))}"
            for kind, currency, amount in foreign
        )
        notes.append(
            text("Not in the DKK totals (other currencies, no rate recorded): {amounts}.").format(
                amounts=amounts
            )
        )
    undated = Money()
    for row in part.engagements:
        undated += row.undated_money()
    if undated:
        notes.append(
            text("{amount} without a stated period is left out of this period.").format(
                amount=kind_amounts(undated, text)
            )
        )
    results = sum(row.undated_results for row in part.engagements)
    if results:
        notes.append(
            text("{count} results without a stated period are left out.").format(
                count=text.number(results)
            )
        )
    return tuple(notes)


def _as_of(part: PlacePart, text: BriefText) -> str:
    dates = [row.provenance.as_of for row in part.engagements]
    dates += [line.provenance.as_of for row in part.engagements for line in row.funding]
    dates += [f.provenance.as_of for f in part.facts] + [e.provenance.as_of for e in part.events]
    if not dates:
        return ""
    newest = max(dates, key=lambda d: d.last_day())
    return text("Data as of {date}").format(date=text.partial(newest))


def heading_for(part: PlacePart, text: BriefText) -> str:
    if part.key == UNPLACED:
        return text("Not tied to a place")
    if part.key == ACROSS:
        return text("Several regions together")
    return section_heading(part.names, part.regional, text)
