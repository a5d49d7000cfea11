"""The DAC sector → theme mapping: shipped defaults, overridden by the user's own rows."""

from __future__ import annotations

from sqlalchemy import select

from models import entities as e
from models.iati import ImportOptions, import_iati_files
from models.interchange.dump import dump_document
from models.services.changes import apply_change
from models.services.reference_lists import AddListRecord, DeleteListRecord

from tests.fixtures import IATI

FINLAND = IATI / "fi-mfa-FI-3-2020.xml"
KEY = "iati-fi-3-2020-2020000056"  # sector 12281, health by default


def _themes(database) -> set[str]:
    with database.session() as session:
        engagement = session.scalar(select(e.Engagement).where(e.Engagement.key == KEY))
        return {theme.code for theme in engagement.themes}


def _import(database) -> None:
    with database.writing() as session, session.begin():
        import_iati_files(session, [FINLAND], ImportOptions())


def test_an_override_changes_the_theme_of_the_next_import_and_is_dumped(database) -> None:
    _import(database)
    assert "health" in _themes(database)
    with database.writing() as session, session.begin():
        apply_change(
            session,
            AddListRecord("sector_themes", {"code": "122", "theme": "education-employment"}),
        )
    _import(database)
    assert "education-employment" in _themes(database) and "health" not in _themes(database)
    with database.session() as session:
        assert dump_document(session)["sector_themes"] == [
            {"code": "122", "theme": "education-employment"}
        ]
    with database.writing() as session, session.begin():
        apply_change(session, DeleteListRecord("sector_themes", "122"))
    _import(database)
    assert "health" in _themes(database)
