"""A brief is in one language: its content too, not only its labels (issue: both languages
for everything). Read back from the real PDF of the built-in knowledge base."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models import entities as e

from reports.render import render_request
from reports.request import BriefRequest

from tests.reports.pdf_reading import all_text, squashed

BRIEF_DATE = date(2026, 12, 1)


def _mali(session, language: str) -> str:
    request = BriefRequest(countries=("ML",), brief_date=BRIEF_DATE, language=language)
    return all_text(render_request(session, request))


def test_the_english_mali_brief_names_partners_titles_and_events_in_english(database):
    with database.session() as session:
        text = _mali(session, "en")
    flat = squashed(text)
    for english in (
        "France",
        "Netherlands",
        "Sweden",
        "World Bank",
        "Danish Defence",
        "MFA (lead)",
        "Access to the justice system for vulnerable groups in Mali",
        "Danish government decides to withdraw its troops from Mali",
    ):
        assert squashed(english) in flat, english
    for danish in (
        "Frankrig",
        "Nederlandene",
        "Verdensbanken",
        "Forsvaret",
        "Adgang til retssystemet",
    ):
        assert squashed(danish) not in flat, danish
    assert "[da]" not in text and "[en]" not in text  # everything built in is translated


def test_the_danish_mali_brief_prints_no_english_timeline_or_partner(database):
    with database.session() as session:
        text = _mali(session, "da")
    flat = squashed(text)
    for danish in ("Frankrig", "Nederlandene", "Sverige", "Verdensbanken", "UM (ledende)"):
        assert squashed(danish) in flat, danish
    for english in ("France", "Netherlands", "Sweden", "Danish government decides"):
        assert squashed(english) not in flat, english
    # the source's title as published, its translation after it
    assert squashed("UPDATE: Danish troops leaving Mali [OPDATERING:") in flat


@pytest.mark.parametrize(
    ("language", "missing", "mark"), [("en", "en", "[da]"), ("da", "da", "[en]")]
)
def test_a_text_not_yet_translated_prints_as_written_and_marked(database, language, missing, mark):
    key = "mali-adgang-til-retssystemet"
    with database.session() as session, session.begin():
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        written = getattr(row, f"title_{'da' if missing == 'en' else 'en'}")
        setattr(row, f"title_{missing}", None)
    with database.session() as session:
        text = _mali(session, language)
    assert squashed(f"{written} {mark}") in squashed(text)
