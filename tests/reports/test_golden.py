"""A fixed brief must keep its layout: words and their positions against a stored golden file.

Comparing words and positions (as rst2pdf's tests do) rather than bytes ignores harmless
changes in compression or object order but catches text that moves, wraps or disappears.
Regenerate after an intended layout change with ``BRIEFING_UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

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

from tests.reports.pdf_reading import reader

GOLDEN = Path(__file__).parent / "golden" / "fixed-brief.json"


def fixed_brief() -> Brief:
    note, stale = NoteRef(1, False), NoteRef(2, True)
    return Brief(
        language="da",
        title="Mali: stabilisering og udvikling",
        scope_lines=("Periode: 1. januar 2013–31. december 2022", "Temaer: Stabilisering"),
        letterhead=Letterhead(
            "Udenrigsministeriet",
            "Afrika, Politik og Udvikling",
            "2026-12345",
            "23. november 2026",
            "Jens Hansen",
            "Udviklingsministeren",
            "Til orientering",
            "TIL TJENESTEBRUG",
        ),
        summary=("2 aktive engagementer (3 engagementer i alt).", "200 mio. kr. afsat."),
        places=(
            PlaceSection(
                key="ML",
                heading="Mali",
                timeline=(
                    TimelineEntry("april 2013", "MINUSMA etableres", "FN's mission.", "", note),
                    TimelineEntry("27. januar 2022", "Tilbagetrækning", "", "B 159", stale),
                ),
                groups=(
                    ThemeGroup(
                        "Stabilisering",
                        (
                            EngagementLine(
                                "Bidrag til MINUSMA",
                                "Militært bidrag",
                                "MINUSMA (partner)",
                                "2013–2022",
                                "200,0",
                                "afsluttet",
                                note,
                            ),
                        ),
                        "200,0",
                    ),
                ),
                total="200,0",
                results=(
                    ResultLine(
                        "Maliere med rent drikkevand",
                        "Vand og sanitet",
                        "",
                        "",
                        "500.000",
                        "2013–2015",
                        "",
                        note,
                    ),
                ),
                facts=(FactLine("86 % har tillid til politiet", "86 %", "2016", stale),),
                charts=(
                    Chart(
                        "Midler fordelt på instrumenter",
                        "Beløb i kr.",
                        (("Militært bidrag", Decimal(200_000_000)),),
                    ),
                ),
            ),
        ),
        sources=(
            SourceNote(1, "Danmark i Mali", "Udenrigsministeriet", "2016", "2016", "", False),
            SourceNote(
                2,
                "Danish troops leaving Mali",
                "The Copenhagen Post",
                "27. januar 2022",
                "27. januar 2022",
                "",
                True,
            ),
        ),
        sections=tuple(Section),
        stale_after_months=12,
        keywords=("Mali",),
    )


def words_with_positions(data: bytes) -> list[list[object]]:
    found: list[list[object]] = []
    for number, page in enumerate(reader(data).pages, start=1):

        def visit(
            text: str, cm: list[float], tm: list[float], *_: object, page_number: int = number
        ) -> None:
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                found.append([page_number, round(x), round(y), text.strip()])

        page.extract_text(visitor_text=visit)
    return found


def test_fixed_brief_matches_the_golden_layout() -> None:
    data = render_brief(fixed_brief(), invariant=True)
    assert render_brief(fixed_brief(), invariant=True) == data  # invariant mode is stable
    words = words_with_positions(data)
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        lines = ",\n".join(json.dumps(word, ensure_ascii=False) for word in words)
        GOLDEN.write_text(f"[\n{lines}\n]\n", "utf-8")
    expected = json.loads(GOLDEN.read_text("utf-8"))
    for index, (got, want) in enumerate(zip(words, expected, strict=False)):
        assert got == want, f"item {index}: {got} != {want}"
    assert len(words) == len(expected)
    assert len(PdfReader(__import__("io").BytesIO(data)).pages) == 2
