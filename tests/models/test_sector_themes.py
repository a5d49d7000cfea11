"""The DAC sector → theme mapping: shipped defaults, overridden by the user's own rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models import entities as e
from models.iati import ImportOptions, import_iati_files
from models.interchange.dump import dump_document
from models.services.changes import apply_change
from models.services.reference_lists import AddListRecord, DeleteListRecord

from tests.fixtures import FINLAND, MINISTRY, real, synthetic

# An activity in sector category 122 (basic health), health by default.
FILES = [
    real(FINLAND, "iati-fi-3-2020-2020000056"),  # DAC 12281
    synthetic(MINISTRY, "iati-xm-example-min-2023-0001"),  # DAC 12220
]


def _themes(database, key: str) -> set[str]:
    with database.session() as session:
        engagement = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
        return {theme.code for theme in engagement.themes}


def _import(database, path: Path) -> None:
    with database.writing() as session, session.begin():
        import_iati_files(session, [path], ImportOptions())


@pytest.mark.parametrize(("path", "key"), FILES)
def test_an_override_changes_the_theme_of_the_next_import_and_is_dumped(
    database, path: Path, key: str
) -> None:
    _import(database, path)
    assert "health" in _themes(database, key)
    with database.writing() as session, session.begin():
        apply_change(
            session,
            AddListRecord("sector_themes", {"code": "122", "theme": "education-employment"}),
        )
    _import(database, path)
    assert "education-employment" in _themes(database, key)
    assert "health" not in _themes(database, key)
    with database.session() as session:
        assert dump_document(session)["sector_themes"] == [
            {"code": "122", "theme": "education-employment"}
        ]
    with database.writing() as session, session.begin():
        apply_change(session, DeleteListRecord("sector_themes", "122"))
    _import(database, path)
    assert "health" in _themes(database, key)
