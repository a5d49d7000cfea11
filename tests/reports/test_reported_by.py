"""A brief limited to who reported the records: an IATI publisher, or the ministry's own."""

from __future__ import annotations

from models.interchange.load import load_document
from models.selection import OWN_RECORDS

from reports.content.build import build_brief
from reports.request import BriefRequest

SOURCES = [
    {"key": "own", "title": "Notat", "published": "2024"},
    {"key": "iati", "title": "IATI: fi.xml", "publisher": "Finland MFA", "published": "2024"},
]


def _engagement(key: str, source: str, **more: object) -> dict:
    return {
        "key": key,
        "title": key.title(),
        "source": source,
        "as_of": "2024",
        "countries": ["ML"],
        **more,
    }


def _load(session) -> None:
    load_document(
        session,
        {
            "sources": SOURCES,
            "engagements": [
                _engagement("ours", "own"),
                _engagement("theirs", "iati", iati_identifier="FI-3-1"),
            ],
        },
    )


def test_a_brief_for_one_publisher_or_our_own_records_says_so(empty_database):
    with empty_database.session() as session, session.begin():
        _load(session)
    with empty_database.session() as session:
        theirs = build_brief(
            session, BriefRequest(countries=("ML",), reported_by=("Finland MFA",), language="en")
        )
        ours = build_brief(
            session, BriefRequest(countries=("ML",), reported_by=(OWN_RECORDS,), language="da")
        )
    assert "Reported by: Finland MFA" in theirs.scope_lines
    assert "Indberettet af: egne registreringer" in ours.scope_lines
    assert "Theirs" in repr(theirs.places) and "Ours" not in repr(theirs.places)
    assert "Ours" in repr(ours.places) and "Theirs" not in repr(ours.places)
