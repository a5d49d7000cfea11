"""When a selection finds nothing: say what was searched and what is near, write no PDF."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from models.errors import BriefingError
from models.queries.lookup import find_countries, find_regions, find_themes
from models.selection import covered

from reports.content.wording import reported_by_names
from reports.request import BriefRequest
from reports.text import BriefText


class EmptySelectionError(BriefingError):
    """Nothing matches the selection; ``--allow-empty`` writes a draft brief instead."""


def searched(session: Session, request: BriefRequest, text: BriefText) -> str:
    """The selection in words: "Mali, 1990–1995, theme Migration, search “frontex”"."""
    language = text.language
    places = [r.name(language) for r in find_regions(session, request.regions)]
    places += [c.name(language) for c in find_countries(session, request.countries)]
    parts = [", ".join(places) if places else text("all places")]
    if request.period_start or request.period_end:
        start = str(request.period_start.year) if request.period_start else ""
        end = str(request.period_end.year) if request.period_end else ""
        parts.append(start if start == end else f"{start}–{end}")
    themes = [t.name(language) for t in find_themes(session, request.themes)]
    if themes:
        parts.append(f"{text('Themes').lower()}: {', '.join(themes)}")
    if request.instruments:
        parts.append(f"{text('Instruments').lower()}: {', '.join(request.instruments)}")
    if request.statuses:
        parts.append(f"{text('Status').lower()}: {', '.join(text(s) for s in request.statuses)}")
    if request.reported_by:
        parts.append(
            f"{text('Reported by').lower()}: {reported_by_names(request.reported_by, text)}"
        )
    if request.search.strip():
        parts.append(text("search “{words}”").format(words=request.search.strip()))
    return "; ".join(parts)


def nothing_found(session: Session, request: BriefRequest, language: str = "en") -> str:
    """What was searched, and how many engagements each loosened part would find."""
    text = BriefText(language)
    message = text("Nothing in the knowledge base matches {selection}.").format(
        selection=searched(session, request, text)
    )
    near = []
    loosened = (
        ("without the period", {"period_start": None, "period_end": None}),
        ("with all themes", {"themes": ()}),
        ("without the search text", {"search": ""}),
        ("with all instruments and statuses", {"instruments": (), "statuses": ()}),
        ("reported by anyone", {"reported_by": ()}),
    )
    for label, change in loosened:
        if all(not getattr(request, name) for name in change):
            continue
        found = covered(session, replace(request, **change).selection())
        if found.rows:
            near.append(
                text("{label}: {count} engagements").format(
                    label=text(label), count=text.number(len(found.rows))
                )
            )
    undated = covered(session, request.selection()).undated
    if undated:
        near.append(
            text("{count} engagements there have no stated period").format(
                count=text.number(undated)
            )
        )
    if near:
        message += " " + text("Near: {items}.").format(items="; ".join(near))
    return message
