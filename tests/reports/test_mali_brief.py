"""A Mali brief from the built-in knowledge base, read back from the PDF."""

from __future__ import annotations

import re

import pytest

from reports.content.empty import EmptySelectionError
from reports.render import render_request
from reports.request import BriefRequest

from tests.reports.pdf_reading import all_text, embedded, font_names, page_texts, reader, squashed


@pytest.fixture
def mali_pdfs(database, mali_request: BriefRequest) -> dict[str, bytes]:
    with database.session() as session:
        return {
            language: render_request(session, mali_request.with_changes(language=language))
            for language in ("da", "en")
        }


def test_danish_brief_prints_the_seed_figures_the_danish_way(mali_pdfs) -> None:
    text = squashed(all_text(mali_pdfs["da"]))
    for figure in ("1.061", "5.924", "1.127", "500.000", "1.073", "2.146", "80.000", "32%"):
        assert figure in text, figure
    for label in ("Resumé", "Engagementer", "Resultater", "Kilder", "Baggrundogtidslinje"):
        assert label in text
    assert "27.januar2022" in text
    assert "172mio.kr." in text  # humanitarian aid 2021 in the summary


def test_english_brief_prints_the_seed_figures_the_english_way(mali_pdfs) -> None:
    text = squashed(all_text(mali_pdfs["en"]))
    for figure in ("1,061", "5,924", "500,000", "2,146", "80,000"):
        assert figure in text, figure
    for label in ("Summary", "Engagements", "Results", "Sources", "Page1of"):
        assert label in text
    assert "27January2022" in text
    assert "DKK172million" in text


@pytest.mark.parametrize(
    ("language", "pattern"), [("da", "Side {} af {}"), ("en", "Page {} of {}")]
)
def test_every_page_carries_the_marking_and_its_number(mali_pdfs, language, pattern) -> None:
    pages = page_texts(mali_pdfs[language])
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        in_letterhead = 1 if number == 1 else 0
        marking = "TIL TJENESTEBRUG" if language == "da" else "RESTRICTED"  # in its language
        assert text.count(marking) == 2 + in_letterhead, number
        assert pattern.format(number, len(pages)) in " ".join(text.split())


def test_fonts_are_embedded_subsets_and_no_helvetica(mali_pdfs) -> None:
    for data in mali_pdfs.values():
        names = font_names(data)
        assert names and all(re.match(r"/[A-Z]{6}\+SourceSansPro-", name) for name in names)
        assert embedded(data)


def test_metadata_names_title_author_keywords_and_language(mali_pdfs) -> None:
    pdf = reader(mali_pdfs["da"])
    assert pdf.metadata.title == "Mali"
    assert pdf.metadata.author == "Jens Hansen"
    assert "Mali" in pdf.metadata["/Keywords"]
    assert pdf.trailer["/Root"]["/Lang"] == "da-DK"


def test_facts_older_than_the_threshold_are_marked_possibly_outdated(database, mali_request):
    with database.session() as session:
        strict = all_text(render_request(session, mali_request))
        lenient = all_text(
            render_request(session, mali_request.with_changes(stale_after_months=1200))
        )
    assert "Muligvis forældet" in strict
    assert "Muligvis forældet" not in lenient


def test_an_empty_selection_writes_no_brief_and_says_what_is_near(database) -> None:
    request = BriefRequest(countries=("IS",), themes=("climate",))
    with database.session() as session, pytest.raises(EmptySelectionError) as refused:
        render_request(session, request)
    assert "Nothing in the knowledge base matches Iceland; themes: Climate" in str(refused.value)


def test_an_allowed_empty_brief_is_stamped_as_a_draft(database) -> None:
    request = BriefRequest(countries=("IS",), themes=("climate",), allow_empty=True)
    with database.session() as session:
        text = all_text(render_request(session, request))
    assert "UDKAST – INGEN DATA" in text
    assert "Udkast: der er intet i vidensbasen, der svarer til dette udvalg." in text


def test_a_theme_and_period_narrow_the_brief(database, mali_request) -> None:
    from datetime import date

    request = mali_request.with_changes(
        themes=("water-sanitation",), period_start=date(2013, 1, 1), period_end=date(2015, 12, 31)
    )
    with database.session() as session:
        text = squashed(all_text(render_request(session, request)))
    assert "500.000" in text
    assert "1.061" not in text  # private-sector results were 2008-2013, another theme
