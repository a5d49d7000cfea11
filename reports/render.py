"""Rendering: a Brief to PDF bytes, and a request straight from the knowledge base to a file."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy.orm import Session

from models.errors import BriefingError
from models.files import write_atomically
from models.messages import say

from reports.content.brief import Brief
from reports.content.build import build_brief
from reports.content.empty import EmptySelectionError, nothing_found
from reports.layout.canvas import BriefCanvas, PageFurniture
from reports.layout.doctemplate import BriefDocTemplate
from reports.layout.story import brief_story
from reports.layout.styles import brief_styles
from reports.request import BriefRequest
from reports.text import BriefText


def render_brief(brief: Brief, *, invariant: bool = False) -> bytes:
    """The PDF of a brief; ``invariant`` gives byte-identical output for golden tests."""
    text = BriefText(brief.language)
    styles = brief_styles(brief.language)
    buffer = io.BytesIO()
    furniture = PageFurniture(
        classification=brief.letterhead.classification,
        running_head=(f"{text('DRAFT – NO DATA')} · " if brief.empty else "")
        + f"{brief.title} · {brief.letterhead.date_text}"
        + (
            f" · {text('Case no.')} {brief.letterhead.case_number}"
            if brief.letterhead.case_number
            else ""
        ),
        page_label=text("Page {page} of {pages}"),
    )
    doc = BriefDocTemplate(
        buffer,
        furniture,
        title=brief.title,
        author=brief.letterhead.author or brief.letterhead.ministry,
        subject=f"{brief.letterhead.classification} · {text('Briefing note')}: {brief.title}",
        keywords=", ".join((brief.letterhead.classification, *brief.keywords)),
        creator="Briefing Builder",
        lang="da-DK" if brief.language == "da" else "en-GB",
        displayDocTitle=True,
        invariant=1 if invariant else 0,
    )
    story = brief_story(brief, text, styles, doc.width)
    try:
        if brief.wants_contents:
            doc.multiBuild(story, canvasmaker=BriefCanvas)
        else:
            doc.build(story, canvasmaker=BriefCanvas)
    except LayoutError:
        # Only text saved before today's limits can be this long (models.services.validation):
        # say so rather than print a part of it.
        raise BriefingError(say("brief.text_too_long")) from None
    return buffer.getvalue()


def render_request(session: Session, request: BriefRequest, *, invariant: bool = False) -> bytes:
    """The PDF for ``request``; an empty selection is refused (``EmptySelectionError``)
    unless the request allows it, and then the brief says it is a draft with no data."""
    return render_brief(checked_brief(session, request), invariant=invariant)


def checked_brief(session: Session, request: BriefRequest) -> Brief:
    brief = build_brief(session, request)
    if brief.empty and not request.allow_empty:
        raise EmptySelectionError(nothing_found(session, request))
    return brief


def write_brief(session: Session, request: BriefRequest, path: Path) -> int:
    """Render and write ``path`` whole or not at all; returns the number of bytes."""
    data = render_request(session, request)
    write_atomically(path, data)
    return len(data)
