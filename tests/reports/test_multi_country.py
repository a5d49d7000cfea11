"""Several countries: contents on page 1 and a bookmark per section."""

from __future__ import annotations

from reports.render import render_request
from reports.request import BriefRequest

from tests.reports.pdf_reading import outline_titles, page_texts


def test_several_countries_get_contents_on_page_one_and_bookmarks(database) -> None:
    request = BriefRequest(countries=("ML", "IQ", "NE"), language="en")
    with database.session() as session:
        data = render_request(session, request)
    first = page_texts(data)[0]
    assert "Contents" in first
    for name in ("Mali", "Iraq", "Niger", "Sources"):
        assert name in first
    titles = outline_titles(data)
    assert {"Summary", "Mali", "Iraq", "Niger", "Sources"} <= set(titles)
    assert "Engagements" in titles and "Background and timeline" in titles


def test_a_region_brings_its_regional_engagements_and_member_countries(database) -> None:
    with database.session() as session:
        data = render_request(session, BriefRequest(regions=("sahel",), language="da"))
    titles = outline_titles(data)
    assert "Sahel – regionale engagementer" in titles
    assert {"Mali", "Niger", "Burkina Faso"} <= set(titles)
