"""The editor's changes to an engagement's links and events: each undone restores the dump."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import entities as e
from models.errors import EditConflictError, NotFoundError, ValidationError
from models.interchange.dump import dump_document, engagement_record
from models.interchange.fileformat import to_json
from models.rows import Named
from models.services.changes import apply_change
from models.services.engagement_events import (
    AddEngagementEvent,
    DeleteEngagementEvent,
    LinkEvent,
    UnlinkEvent,
    linkable_events,
    new_event_record,
)
from models.services.engagement_links import SetEngagementLinks, match_names
from models.services.reference_lists import SetListField

KEY = "mali-freds-og-stabiliseringsfonden"
MALI_SOURCE = "um-danmark-i-mali-instrumenter-partnere-resultater"


def _dump(database) -> str:
    with database.session() as session:
        return to_json(dump_document(session))


def _apply(database, change):
    with database.session() as session, session.begin():
        return apply_change(session, change)


def _engagement(database, key=KEY):
    with database.session() as session:
        row = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        return (
            sorted(c.iso2 for c in row.countries),
            sorted(t.code for t in row.themes),
            row.source.key,
            row.as_of.isoformat(),
            row.version,
        )


def test_countries_and_themes_change_and_undo_restores_the_dump(database):
    before = _dump(database)
    inverse = _apply(database, SetEngagementLinks(KEY, {"countries": ["ML", "NE"]}))
    second = _apply(database, SetEngagementLinks(KEY, {"themes": ["stabilisation", "climate"]}))
    countries, themes, *_ = _engagement(database)
    assert countries == ["ML", "NE"]
    assert themes == ["climate", "stabilisation"]
    _apply(database, second)
    _apply(database, inverse)
    assert _dump(database) == before


def test_source_and_as_of_change(database):
    before = _dump(database)
    inverse = _apply(
        database,
        SetEngagementLinks(
            KEY, {"source": "um-strategi-2022-migrationsdiplomati", "as_of": "2023-05"}
        ),
    )
    assert _engagement(database)[2:4] == ("um-strategi-2022-migrationsdiplomati", "2023-05")
    _apply(database, inverse)
    assert _dump(database) == before


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"countries": ["XX"]}, "XX"),
        ({"themes": ["no-such-theme"]}, "no-such-theme"),
        ({"source": "no-such-source"}, "no-such-source"),
        ({"as_of": "2023-13"}, "month 13"),
        ({"as_of": ""}, "required"),
        ({"title_da": "x"}, "cannot be edited here"),
    ],
)
def test_bad_links_are_refused_and_nothing_changes(database, values, message):
    before = _dump(database)
    with pytest.raises((ValidationError, NotFoundError), match=message):
        _apply(database, SetEngagementLinks(KEY, values))
    assert _dump(database) == before


def test_a_stale_link_change_is_refused(database):
    version = _engagement(database)[4]
    _apply(database, SetEngagementLinks(KEY, {"countries": ["ML", "BF"]}))
    with pytest.raises(EditConflictError, match="BF, ML"):
        _apply(database, SetEngagementLinks(KEY, {"countries": ["NE"]}, version))


def test_removing_a_country_drops_its_share_and_undo_brings_it_back(database):
    key = "strategi-2022-sahel-indsats"
    _apply(database, SetEngagementLinks(key, {"country_shares": {"ML": 50, "NE": 30, "BF": 20}}))
    before = _dump(database)
    inverse = _apply(database, SetEngagementLinks(key, {"countries": ["ML", "NE"]}))
    _apply(database, inverse)
    assert _dump(database) == before


def test_names_are_matched_in_either_language_and_any_case():
    choices = [
        Named("ML", "Mali", "Mali"),
        Named("NE", "Niger", "Niger"),
        Named("KR", "Korea, Republic of", "Sydkorea"),
        Named("DK", "Denmark", "Danmark"),
    ]
    assert match_names("ml; NIGER, danmark", "country", choices) == ("ML", "NE", "DK")
    assert match_names("Korea, Republic of; Mali", "country", choices) == ("KR", "ML")
    assert match_names("  ", "country", choices) == ()
    with pytest.raises(NotFoundError, match="Atlantis"):
        match_names("Mali, Atlantis", "country", choices)


def test_an_event_added_from_the_engagement_and_undone(database):
    before = _dump(database)
    with database.session() as session:
        record = new_event_record(session, KEY, "Fonden forlænget", "2023-02-01")
    assert record["engagements"] == [KEY] and record["countries"] == ["ML"]
    inverse = _apply(database, AddEngagementEvent(KEY, record))
    assert record["key"] in _dump(database)
    _apply(database, inverse)
    assert _dump(database) == before


def test_deleting_a_shared_event_and_undoing_restores_every_link(database):
    before = _dump(database)
    inverse = _apply(database, DeleteEngagementEvent("mali-samtaenkt-engagement", "mali-2012-kup"))
    assert '"mali-2012-kup"' not in _dump(database)
    _apply(database, inverse)
    assert _dump(database) == before


def test_link_and_unlink_an_existing_event(database):
    before = _dump(database)
    with database.session() as session:
        offered = dict(linkable_events(session, KEY))
    assert "mali-2012-kup" in offered and "2012" in offered["mali-2012-kup"]
    inverse = _apply(database, LinkEvent(KEY, "mali-2012-kup"))
    with database.session() as session:
        assert "mali-2012-kup" not in dict(linkable_events(session, KEY))
    with pytest.raises(ValidationError, match="already"):
        _apply(database, LinkEvent(KEY, "mali-2012-kup"))
    _apply(database, inverse)
    assert _dump(database) == before
    undo_unlink = _apply(database, UnlinkEvent("mali-samtaenkt-engagement", "mali-2012-kup"))
    _apply(database, undo_unlink)
    assert _dump(database) == before


def test_an_event_field_edit_keeps_the_engagement_for_undo(database):
    inverse = _apply(
        database,
        SetListField("events", "mali-2012-kup", "title_da", "Kup i Mali", engagement_key=KEY),
    )
    assert inverse.engagement_key == KEY
    with pytest.raises(ValidationError):
        _apply(database, SetListField("events", "mali-2012-kup", "date", "2012-02-30", KEY))


def test_an_event_is_deleted_only_from_an_engagement_it_belongs_to(database):
    before = _dump(database)
    with pytest.raises(NotFoundError, match="no longer on the engagement"):
        _apply(database, DeleteEngagementEvent(KEY, "mali-2012-kup"))
    assert _dump(database) == before


def test_accents_and_curly_apostrophes_are_ignored_but_danish_letters_count():
    choices = [
        Named("CI", "Côte d’Ivoire", "Elfenbenskysten"),
        Named("TR", "Türkiye", "Tyrkiet"),
        Named("AX", "Åland Islands", "Ålandsøerne"),
    ]
    assert match_names("cote d'ivoire; Turkiye; ålandsøerne", "country", choices) == (
        "CI",
        "TR",
        "AX",
    )
    with pytest.raises(NotFoundError):
        match_names("alandsoerne", "country", choices)


def test_lower_case_codes_keep_the_shares_of_listed_countries(database):
    key = "strategi-2022-sahel-indsats"
    _apply(database, SetEngagementLinks(key, {"country_shares": {"ML": 50, "NE": 30, "BF": 20}}))
    _apply(database, SetEngagementLinks(key, {"countries": ["ml", "ne"]}))
    with database.session() as session:
        record = engagement_record(
            session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        )
    assert record["countries"] == ["ML", "NE"]
    assert set(record["country_shares"]) == {"ML", "NE"}


def test_a_funding_lines_source_and_as_of_change_and_undo(database):
    from models.services.child_changes import SetChildProvenance

    key = "strategi-2022-nordafrika-relationer"
    with database.session() as session:
        line = session.scalars(
            select(e.FundingLine).join(e.Engagement).where(e.Engagement.key == key)
        ).first()
        line_key = line.key
    before = _dump(database)
    first = _apply(database, SetChildProvenance(key, "funding", line_key, "source", MALI_SOURCE))
    second = _apply(database, SetChildProvenance(key, "funding", line_key, "as_of", "2024-03"))
    with database.session() as session:
        line = session.scalar(select(e.FundingLine).where(e.FundingLine.key == line_key))
        assert (line.source.key, line.as_of.isoformat()) == (MALI_SOURCE, "2024-03")
    with pytest.raises(NotFoundError, match="no source"):
        _apply(database, SetChildProvenance(key, "funding", line_key, "source", "nowhere"))
    with pytest.raises(ValidationError, match="required"):
        _apply(database, SetChildProvenance(key, "funding", line_key, "as_of", " "))
    _apply(database, second)
    _apply(database, first)
    assert _dump(database) == before
