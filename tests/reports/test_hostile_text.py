"""Whatever a user typed prints literally: markup, ampersands, long words, Danish, emoji."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports.content.brief import (
    Brief,
    Chart,
    EngagementLine,
    FactLine,
    Letterhead,
    NoteRef,
    PlaceSection,
    ResultLine,
    SourceNote,
    ThemeGroup,
    TimelineEntry,
)
from reports.render import render_brief
from reports.request import Section

from tests.reports.pdf_reading import page_texts

HOSTILE = [
    "<b>fed</b>",
    "<para>",
    "</para>",
    "<img src=/etc/hosts/>",
    "AT&T",
    "&amp;",
    "a<b",
    '<font color="red">',
    "<a href='x'>link</a>",
    "]]>",
    "&#169;",
    "<br/>",
    "<super>1</super>",
]
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,:;!?()[]{}/\\'\"=#%+*_|~^`@$")
    + list("<>&")
    + list("æøåÆØÅéü–—’“”«»…§€")
    + ["😀", "★", "✓"]
)
words = st.one_of(
    st.text(ALPHABET, max_size=40),
    st.sampled_from(HOSTILE),
    st.text(st.sampled_from(list("Ødelæggelsesløsningsafdelingen")), min_size=80, max_size=160),
)
field = st.lists(words, max_size=4).map(" ".join)


class Fields:
    """Hands out generated values and remembers which must appear in the PDF text."""

    def __init__(self, values: list[str]) -> None:
        self.values = iter(values)
        self.printed: list[str] = []

    def __call__(self, *, printed: bool = True, fallback: str = "") -> str:
        value = next(self.values) or fallback
        if printed:
            self.printed.append(value)
        return value


def _brief(v: Fields) -> Brief:
    note = NoteRef(1, False)
    return Brief(
        language="da",
        title=v(fallback="T"),
        scope_lines=(v(),),
        letterhead=Letterhead(
            ministry=v(),
            unit=v(),
            case_number=v(),
            date_text="1. januar 2026",
            author=v(),
            addressee=v(),
            purpose="Til orientering",
            classification=v(),
        ),
        summary=(v(),),
        places=(
            PlaceSection(
                key="xx",
                heading=v(fallback="H"),
                timeline=(TimelineEntry(v(), v(), v(), v(), note),),
                groups=(
                    ThemeGroup(
                        v(), (EngagementLine(v(), v(), v(), v(), "1,0", "aktiv", note),), "1,0"
                    ),
                ),
                total="1,0",
                results=(ResultLine(v(), v(), v(), v(), v(), "2014", v(), note),),
                facts=(FactLine(v(), v(), "2020", note),),
                # chart labels are shortened to fit the axis, so only building is checked
                charts=(
                    Chart(
                        "Midler", "Beløb", ((v(printed=False, fallback="x"), Decimal(1_000_000)),)
                    ),
                ),
            ),
        ),
        sources=(SourceNote(1, v(fallback="Kilde"), v(), "2020", "2021", v(), False),),
        sections=tuple(Section),
        stale_after_months=12,
        keywords=(v(printed=False),),
    )


FIELDS = 32


def _comparable(text: str) -> str:
    return "".join(text.split()).replace("-", "").replace("\u00ad", "")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(field, min_size=FIELDS, max_size=FIELDS))
def test_hostile_text_in_every_field_builds_and_reads_back_literally(values: list[str]) -> None:
    fields = Fields(values)
    brief = _brief(fields)
    text = _without_furniture(brief, page_texts(render_brief(brief)))
    for value in fields.printed:
        assert _comparable(value) in text, value


def _without_furniture(brief: Brief, pages: list[str]) -> str:
    """The pages' text joined with each page's furniture taken off (its "Side N af M", the
    running head from page 2, the marking at its start and end), so a long word that runs
    on to the next page reads back whole."""
    from reportlab.lib.pagesizes import A4

    from reports.layout.canvas import _one_line
    from reports.layout.fonts import BODY, SEMIBOLD
    from reports.layout.styles import PAGE_MARGIN

    head = brief.letterhead
    width = A4[0] - 2 * PAGE_MARGIN
    running = f"{brief.title} · {head.date_text}" + (
        f" · J.nr. {head.case_number}" if head.case_number else ""
    )
    drawn_head = _comparable(_one_line(running, BODY, 8, width))
    marking = _comparable(_one_line(head.classification, SEMIBOLD, 9, width))
    out = []
    for number, page in enumerate(pages, start=1):
        text = _comparable(page).replace(f"Side{number}af{len(pages)}", "", 1)
        if number > 1 and drawn_head:
            text = text.replace(drawn_head, "", 1)
        for _ in range(2):  # drawn at the top and the foot, read first
            if marking and text.startswith(marking):
                text = text[len(marking) :]
        out.append(text)
    return "".join(out)
