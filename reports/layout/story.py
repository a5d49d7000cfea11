"""The sequence of flowables for a brief, in the order the request asks for."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from reports.content.brief import Brief, PlaceSection
from reports.layout.charts import chart_drawing
from reports.layout.fonts import BODY, safe_markup
from reports.layout.paragraphs import BriefParagraph
from reports.layout.styles import BriefStyles
from reports.layout.tables import (
    engagement_table,
    facts_table,
    letterhead_table,
    results_table,
    timeline_table,
)
from reports.request import Section
from reports.text import BriefText

PLACE_SECTIONS = (
    Section.TIMELINE,
    Section.ENGAGEMENTS,
    Section.RESULTS,
    Section.KEY_FACTS,
    Section.CHARTS,
)


class ContentsTable(TableOfContents):
    """Contents listing only the top level; the PDF outline carries the rest.

    Primed with the headings it will hold (page numbers still unknown), it takes the same
    room on the first pass as on the last, so ``multiBuild`` needs exactly two passes.
    """

    def prime(self, headings: list[str]) -> None:
        self._entries = [(0, heading, 1, f"primed-{i}") for i, heading in enumerate(headings)]

    def notify(self, kind: str, stuff: object) -> None:
        if kind == "TOCEntry" and isinstance(stuff, tuple) and stuff[0] > 0:
            return
        super().notify(kind, stuff)


def brief_story(brief: Brief, text: BriefText, styles: BriefStyles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        letterhead_table(brief.letterhead, text, styles, width),
        Spacer(1, 6 * mm),
    ]
    if brief.empty:  # written only on request (--allow-empty): it must not pass for a brief
        story.append(BriefParagraph(safe_markup(text("DRAFT – NO DATA")), styles.stamp))
    story.append(BriefParagraph(safe_markup(brief.title), styles.title))
    story += [BriefParagraph(safe_markup(line), styles.scope) for line in brief.scope_lines]
    story.append(Spacer(1, 4 * mm))
    story += [BriefParagraph(safe_markup(line), styles.warning) for line in brief.warnings]
    if brief.wants_contents:
        contents = ContentsTable(
            levelStyles=[styles.toc1, styles.toc2],
            dotsMinLevel=0,
            tableStyle=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), BODY, 10),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        contents.prime(_top_headings(brief, text))
        story += [
            BriefParagraph(safe_markup(text("Contents")), styles.label),
            contents,
            Spacer(1, 4 * mm),
        ]
    if Section.SUMMARY in brief.sections or brief.empty:
        story += _heading1(text("Summary"), styles)
        story += [
            BriefParagraph(safe_markup(line), styles.bullet, bulletText="•")
            for line in brief.summary
        ]
    for place in brief.places:
        story += _place(place, brief, text, styles, width)
    if Section.SOURCES in brief.sections and brief.sources:
        story += _sources(brief, text, styles)
    return story


def _place(
    place: PlaceSection, brief: Brief, text: BriefText, styles: BriefStyles, width: float
) -> list[Flowable]:
    # A one-place brief titled by that place needs no second heading with the same name.
    alone = len(brief.places) == 1 and place.heading == brief.title
    story: list[Flowable] = [] if alone else _heading1(place.heading, styles)
    for section in brief.sections:
        if section not in PLACE_SECTIONS:
            continue
        block = _subsection(section, place, text, styles, width)
        if block and len(story) <= 2 and isinstance(block[0], CondPageBreak):
            block = block[1:]  # the place heading already made room for its first part
        story += block
    return story


def _subsection(
    section: Section, place: PlaceSection, text: BriefText, styles: BriefStyles, width: float
) -> list[Flowable]:
    def heading(label: str) -> list[Flowable]:
        # A heading never ends a page: it needs room for a few lines of what follows.
        return [CondPageBreak(30 * mm), BriefParagraph(safe_markup(text(label)), styles.heading2)]

    match section:
        case Section.TIMELINE if place.timeline:
            return [
                *heading("Background and timeline"),
                timeline_table(place.timeline, styles, width),
            ]
        case Section.ENGAGEMENTS if place.groups:
            block = [
                *heading("Engagements"),
                engagement_table(place.groups, place.totals, text, styles, width),
            ]
            notes = [*place.money_notes, place.as_of + "." if place.as_of else ""]
            block += [BriefParagraph(safe_markup(note), styles.caption) for note in notes if note]
            return block
        case Section.ENGAGEMENTS:
            return [
                *heading("Engagements"),
                BriefParagraph(safe_markup(text("No engagements in the selection.")), styles.body),
            ]
        case Section.RESULTS if place.results:
            return [*heading("Results"), results_table(place.results, text, styles, width)]
        case Section.KEY_FACTS if place.facts:
            return [*heading("Key facts"), facts_table(place.facts, text, styles, width)]
        case Section.CHARTS if place.charts:
            out: list[Flowable] = []
            for chart in place.charts:
                out.append(
                    KeepTogether(
                        [
                            BriefParagraph(safe_markup(chart.title), styles.heading2),
                            chart_drawing(chart, text, width),
                            BriefParagraph(safe_markup(chart.caption), styles.caption),
                        ]
                    )
                )
            return out
    return []


TRANSLATED_FROM = {"da": "Translated from Danish.", "en": "Translated from English."}


def _sources(brief: Brief, text: BriefText, styles: BriefStyles) -> list[Flowable]:
    # A short list follows on the same page when there is room for it (a new page for
    # three lines would leave one near-empty); a long one needs room for a few lines.
    room = min(70, 28 + 9 * len(brief.sources)) * mm
    story: list[Flowable] = [
        CondPageBreak(room),
        BriefParagraph(safe_markup(text("Sources")), styles.heading1),
    ]
    for note in brief.sources:
        parts = [note.title]
        if note.publisher:
            parts.append(note.publisher)
        # a full stop after each part unless it has one: a name is printed as typed
        line = " ".join(part if part.endswith(".") else part + "." for part in parts)
        if note.published:
            line += " " + text("Published {date}.").format(date=note.published)
        if note.translated_from:
            line += " " + text(TRANSLATED_FROM[note.translated_from])
        line += " " + text("Data as of {date}.").format(date=note.as_of)
        if note.updated_by:
            line += " " + text("Last updated by {user}.").format(user=note.updated_by)
        if note.url:
            line += f" {note.url}"
        body = f"{note.number}.\u00a0" + safe_markup(line)
        if note.stale:
            body += f' <font color="#9a3b00">† {safe_markup(text("Possibly outdated"))}</font>'
        story.append(BriefParagraph(body, styles.note))
    if any(note.stale for note in brief.sources):
        story.append(Spacer(1, 2 * mm))
        story.append(
            BriefParagraph(
                safe_markup(
                    text("† possibly outdated: the data is older than {months} months.").format(
                        months=brief.stale_after_months
                    )
                ),
                styles.muted,
            )
        )
    return story


def _heading1(label: str, styles: BriefStyles) -> list[Flowable]:
    return [CondPageBreak(70 * mm), BriefParagraph(safe_markup(label), styles.heading1)]


def _top_headings(brief: Brief, text: BriefText) -> list[str]:
    headings = [text("Summary")] if Section.SUMMARY in brief.sections or brief.empty else []
    headings += [place.heading for place in brief.places]
    if Section.SOURCES in brief.sections and brief.sources:
        headings.append(text("Sources"))
    return headings
