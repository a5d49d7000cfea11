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


def _texts_of_one_language(session, language: str) -> set[str]:
    """Every text of the knowledge base that differs from its translation, in ``language``
    (long enough that finding it in a page means it was printed, not a chance match)."""
    from models.bilingual import TEXT_FIELDS

    models = {
        "engagements": e.Engagement,
        "funding_lines": e.FundingLine,
        "results": e.Result,
        "key_facts": e.KeyFact,
        "events": e.Event,
        "organisations": e.Organisation,
    }
    other = "en" if language == "da" else "da"
    found = set()
    for table, model in models.items():
        for row in session.scalars(select(model)):
            for field in TEXT_FIELDS[table]:
                mine, theirs = getattr(row, f"{field}_{language}"), getattr(row, f"{field}_{other}")
                if mine and theirs and mine != theirs and len(squashed(mine)) >= 16:
                    found.add(mine)
    return found


def _built_in_places(session) -> list[dict]:
    regions = [{"regions": (r.key,)} for r in session.scalars(select(e.Region))]
    countries = sorted({c.iso2 for g in session.scalars(select(e.Engagement)) for c in g.countries})
    return regions + [{"countries": (code,)} for code in countries]


@pytest.mark.parametrize("language", ["en", "da"])
def test_no_built_in_brief_prints_a_text_of_the_other_language(database, language):
    other = "da" if language == "en" else "en"
    with database.session() as session:
        # a source's title prints as published (its translation follows in brackets)
        published = {squashed(source.title) for source in session.scalars(select(e.Source))}
        foreign = {squashed(text) for text in _texts_of_one_language(session, other)}
        foreign -= published
        places = _built_in_places(session)
        assert len(places) >= 10
        for place in places:
            request = BriefRequest(brief_date=BRIEF_DATE, language=language, **place)
            printed = squashed(all_text(render_request(session, request)))
            leaked = sorted(text for text in foreign if text in printed)
            assert leaked == [], (place, leaked[:3])


@pytest.mark.parametrize(
    ("asked", "language", "printed"),
    [
        ("UKLASSIFICERET", "en", "UNCLASSIFIED"),
        ("TIL TJENESTEBRUG", "en", "RESTRICTED"),
        ("RESTRICTED", "da", "TIL TJENESTEBRUG"),
        ("NATO UNCLASSIFIED", "da", "NATO UNCLASSIFIED"),
        (None, "en", "UNCLASSIFIED"),
    ],
)
def test_the_marking_prints_in_the_briefs_language(database, asked, language, printed):
    request = BriefRequest(
        countries=("ML",), brief_date=BRIEF_DATE, language=language, classification=asked
    )
    with database.session() as session:
        pages = all_text(render_request(session, request)).split("\n")
    assert pages[0].strip() == printed


def test_a_partner_without_a_translation_keeps_its_mark_in_the_partner_list(database):
    with database.session() as session, session.begin():
        partner = session.scalar(
            select(e.Organisation).where(e.Organisation.key == "danske-ngoer-i-mali")
        )
        partner.name_en = None
    with database.session() as session:
        text = _mali(session, "en")
    assert squashed("Danske NGO'er aktive i Mali [da] (partner)") in squashed(text)


def test_untranslated_texts_inside_longer_lines_keep_their_mark(database):
    """A result written in words, the summary's latest event and the summary's partners
    are lines made of several texts: an untranslated one among them is marked."""
    with database.session() as session, session.begin():
        result = session.scalar(select(e.Result).where(e.Result.key == "dihr-kina--r3"))
        written = result.actual_text_da
        result.actual_text_en = None
        for event in session.scalars(select(e.Event)):
            event.title_en = None
    request = BriefRequest(countries=("CN",), brief_date=BRIEF_DATE, language="en")
    with database.session() as session:
        text = squashed(all_text(render_request(session, request)))
        mali = squashed(_mali(session, "en"))
    assert squashed(f"{written} [da]") in text
    latest = mali.split(squashed("Latest significant event:"), 1)[1][:300]
    assert squashed("[da] (") in latest


@pytest.mark.parametrize(
    ("language", "said", "never"),
    [
        ("en", "Translated from Danish.", "Translated from English."),
        ("da", "Oversat fra engelsk.", "Oversat fra dansk."),
    ],
)
def test_a_source_quoted_in_translation_says_from_which_language(database, language, said, never):
    with database.session() as session:
        text = squashed(_mali(session, language))
    sources = text.rsplit(squashed("Sources" if language == "en" else "Kilder"), 1)[1]
    assert squashed(said) in sources
    assert squashed(never) not in sources


def test_a_text_printed_as_written_is_not_called_a_translation(database):
    with database.session() as session, session.begin():
        for table, field in (
            (e.Engagement, "title"),
            (e.Result, "indicator"),
            (e.KeyFact, "text"),
            (e.Event, "title"),
        ):
            for row in session.scalars(select(table)):
                if row.language == "da":
                    setattr(row, f"{field}_en", None)
    with database.session() as session:
        text = squashed(_mali(session, "en"))
    assert "[da]" in text
    sources = text.rsplit(squashed("Sources"), 1)[1]
    assert squashed("Translated from Danish.") not in sources
