"""A brief rendered for the desktop's helper process: a request as plain data in, PDF out.

The helper (``desktop.helper_service``) runs in its own process so that the window never
waits on ReportLab; this is the part of its work that is a report.
"""

from __future__ import annotations

import gc
from typing import Any

from sqlalchemy.orm import Session

MESSAGES = "_messages"  # a render payload's key for the language the window speaks


def render_job(session: Session, payload: dict[str, Any]) -> Any:
    """The rendered brief of ``payload`` (a request as a dict); an empty selection's message
    comes in the window's language."""
    from reports.content.empty import EmptySelectionError, nothing_found
    from reports.render import render_request
    from reports.request import BriefRequest

    values = dict(payload)
    messages = values.pop(MESSAGES, "en")
    request = BriefRequest.from_dict(values)
    try:
        return render_request(session, request)
    except EmptySelectionError:
        raise EmptySelectionError(nothing_found(session, request, messages)) from None


def untranslated_job(session: Session, payload: dict[str, Any]) -> int:
    """How many texts the brief of ``payload`` prints as written, for want of a
    translation: said after an export, counted here so the window does not wait."""
    from reports.content.build import read_brief_data
    from reports.content.untranslated import untranslated_texts
    from reports.request import BriefRequest

    values = dict(payload)
    values.pop(MESSAGES, None)
    data = read_brief_data(session, BriefRequest.from_dict(values))
    return len(untranslated_texts(data, printed_only=True))


def warm_up_renderer() -> None:
    """Import ReportLab and register the fonts now, not on the first preview."""
    from reports.layout.fonts import register_fonts
    from reports.render import render_request  # noqa: F401

    register_fonts()
    # What is loaded by now lives as long as the process: keep the collector off it, so the
    # collections between jobs only look at what the jobs made.
    gc.collect()
    gc.freeze()
