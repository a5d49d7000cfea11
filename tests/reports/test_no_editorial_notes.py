"""No editorial note (why a date was estimated, where a figure came from) reaches a brief."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models import entities as e

from reports.render import render_request
from reports.request import BriefRequest

from tests.reports.pdf_reading import all_text, squashed

BRIEF_DATE = date(2026, 12, 1)


@pytest.mark.parametrize("language", ["da", "en"])
def test_no_editorial_note_reaches_any_built_in_brief(database, language: str) -> None:
    """Render a brief for every country and region of the built-in data."""
    with database.session() as session:
        notes = [
            note
            for note in session.scalars(select(e.Source.note)).all()
            + session.scalars(select(e.FundingLine.note_da)).all()
            if note
        ]
        places = [("countries", c.iso2) for c in session.scalars(select(e.Country))] + [
            ("regions", r.key) for r in session.scalars(select(e.Region))
        ]
        for kind, code in places:
            request = BriefRequest(
                **{kind: (code,)}, brief_date=BRIEF_DATE, language=language, allow_empty=True
            )
            text = squashed(all_text(render_request(session, request)))
            for note in notes:
                assert squashed(note)[:60] not in text, (code, note)
            for word in ("Seed:", "inferred", "tekstudtrækket", "ikke angivet i kilden"):
                assert word not in text, (code, word)
