"""``make bench``: speed and size figures measured in one run on the scale knowledge base.

Each line reads ``NAME value target``; ratios compare two timings taken in this same run, so
the figures hold on a slower or busier machine.
"""

from __future__ import annotations

import gc
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e

from reports.content.build import build_brief
from reports.layout.doctemplate import BriefDocTemplate
from reports.layout.story import brief_story
from reports.layout.styles import brief_styles
from reports.render import render_brief, render_request
from reports.request import BriefRequest
from reports.text import BriefText

from tests.benchmarks.scale import build_scale_database

BRIEF_DATE = date(2026, 11, 23)


def timed(action: Callable[[], object]) -> float:
    """Seconds for one run, started from a collected heap.

    No run pays for the garbage of the one before: a full collection in the middle of a
    render costs up to 0.1 s and made ratios swing between 1.2x and 1.6x from run to run.
    """
    gc.collect()
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The median of a few runs: steady enough on a shared two-core machine."""
    return statistics.median(timed(action) for _ in range(runs))


def paired(runs: int, full: Callable[[], object], raw: Callable[[], object]) -> tuple[float, float]:
    """Medians of ``full`` and ``raw`` run in turns, after one untimed run of each.

    Both sides then see the same warm state (fonts, hyphenation and parsed-markup caches, the
    session's loaded rows); timing a cold side against a warm one measured the order, not
    the overhead.
    """
    full()
    raw()
    fulls, raws = [], []
    for _ in range(runs):
        fulls.append(timed(full))
        raws.append(timed(raw))
    return statistics.median(fulls), statistics.median(raws)


def raw_reportlab(session: Session, request: BriefRequest) -> Callable[[], object]:
    """ReportLab alone building the same flowables once, with its default canvas."""
    brief = build_brief(session, request)
    text, styles = BriefText(brief.language), brief_styles(brief.language)

    def build() -> None:
        doc = BriefDocTemplate(io.BytesIO())
        doc.build(brief_story(brief, text, styles, doc.width))

    return build


def countries_by_engagements(session: Session, count: int) -> list[str]:
    rows = session.execute(
        select(e.Country.iso2)
        .join(e.engagement_countries, e.engagement_countries.c.country_id == e.Country.id)
        .group_by(e.Country.iso2)
        .order_by(e.Country.iso2)
    ).scalars()
    return list(rows)[:count]


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def report(name: str, value: str, target: str) -> None:
    print(f"{name} {value} target {target}", flush=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        database = build_scale_database(Path(folder) / "scale.sqlite")
        with database.session() as session:
            countries = countries_by_engagements(session, 20)
            one = BriefRequest(countries=(countries[0],), brief_date=BRIEF_DATE)
            full, raw = paired(5, lambda: render_request(session, one), raw_reportlab(session, one))
            pages = page_count(render_request(session, one))
            report("P1", f"{full / raw:.2f}x", "<=1.3x")
            print(f"   one country: {pages} pages, {full:.2f} s in all, raw ReportLab {raw:.2f} s")

            twenty = BriefRequest(
                countries=tuple(countries),
                themes=("climate", "migration", "governance"),
                period_start=date(2015, 1, 1),
                brief_date=BRIEF_DATE,
            )
            full, raw = paired(
                3, lambda: render_request(session, twenty), raw_reportlab(session, twenty)
            )
            pages = page_count(render_request(session, twenty))
            report("P2", f"{full / raw:.2f}x", "<=2.5x")
            print(f"   20 countries: {pages} pages, {full:.2f} s in all, raw ReportLab {raw:.2f} s")

            ten = _ten_page_brief(session, countries)
            size = len(ten)
            report("P8", f"{size / 1024:.0f}KB", "<200KB")
            print(f"   {page_count(ten)} pages")
        database.close()
        _desktop_figures(database.url, Path(folder) / "settings.ini")
    from tests.benchmarks.iati_bench import main as iati_figures

    iati_figures()
    return 0


def _desktop_figures(url: str, settings: Path) -> None:
    from tests.benchmarks.desktop_bench import (
        keystroke_and_preview,
        postgres_figures,
        startup,
        table_fill,
    )

    seconds, bare, rss = startup(url, settings)
    report("P3", f"{seconds:.2f}s", "<0.8s")
    report("P3r", f"{seconds / bare:.1f}x", "<=6x")
    print(f"   bare QMainWindow {bare:.2f} s")
    fill = table_fill(url, settings)
    report("P3t", f"{fill['seconds']:.2f}s", "start to a filled 10,000-row table (no target)")
    print(f"   longest stall of the window meanwhile {fill['stall_ms']:.0f} ms")
    live = keystroke_and_preview(url, settings)
    report("P4", f"{live['keystroke_ms']:.0f}ms", "<30ms")
    report("P4e", f"{live['edit_ms']:.0f}ms", "<30ms")
    print(f"   table resets during the edits: {live['edit_resets']:.0f} (target 0)")
    report("P5", f"{live['refresh_ms']:.0f}ms", "<300ms")
    report("P5s", f"{live['stall_ms']:.0f}ms", "<=50ms")
    print(f"   preview of {live['pages']} pages")
    report("P7", f"{rss:.0f}MB", "<250MB")
    server = postgres_figures(url, settings)
    report(
        "P3pg", f"{server['startup']:.2f}s", f"ratio to SQLite {server['startup'] / seconds:.2f}x"
    )
    report(
        "P4pg",
        f"{server['keystroke_ms']:.0f}ms",
        f"ratio to SQLite {server['keystroke_ms'] / live['keystroke_ms']:.2f}x",
    )


def _ten_page_brief(session: Session, countries: list[str]) -> bytes:
    """The brief closest to ten pages among one-country briefs narrowed by period."""
    best = b""
    for year in range(2025, 2004, -1):
        request = BriefRequest(
            countries=(countries[0],), period_start=date(year, 1, 1), brief_date=BRIEF_DATE
        )
        data = render_brief(build_brief(session, request))
        best = data
        if page_count(data) >= 10:
            break
    return best


if __name__ == "__main__":
    sys.exit(main())
