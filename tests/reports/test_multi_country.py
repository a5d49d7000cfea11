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


def test_bookmarks_lead_to_the_pages_of_their_sections(database) -> None:
    from tests.reports.pdf_reading import reader

    with database.session() as session:
        data = render_request(session, BriefRequest(countries=("ML", "IQ", "NE"), language="en"))
    pdf = reader(data)
    texts = page_texts(data)
    targets = {
        item.title: pdf.get_destination_page_number(item)
        for item in pdf.outline
        if not isinstance(item, list)
    }
    assert targets["Summary"] == 0
    for name in ("Mali", "Iraq", "Niger", "Sources"):
        assert name in texts[targets[name]], name
    assert targets["Mali"] < targets["Iraq"] < targets["Niger"] < targets["Sources"]


def test_the_pagination_pass_changes_nothing_in_the_finished_pdf(database, monkeypatch) -> None:
    """The first of two passes skips drawing; the PDF is the same as with both drawn."""
    from reports.layout.doctemplate import BriefDocTemplate

    request = BriefRequest(countries=("ML", "IQ", "NE"), language="da")
    passes: list[bool] = []
    original = BriefDocTemplate.beforeDocument

    def recording(self) -> None:
        original(self)
        passes.append(self.canv.layout_only)

    monkeypatch.setattr(BriefDocTemplate, "beforeDocument", recording)
    with database.session() as session:
        skipped = render_request(session, request, invariant=True)
    assert passes == [True, False]

    def drawing_both(self) -> None:
        original(self)
        self.canv.layout_only = False

    monkeypatch.setattr(BriefDocTemplate, "beforeDocument", drawing_both)
    with database.session() as session:
        drawn = render_request(session, request, invariant=True)
    assert skipped == drawn
