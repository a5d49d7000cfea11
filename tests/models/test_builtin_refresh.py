"""A database made before the built-in data was curated gets the curated records on
upgrade, unless a user changed them; what the curation withdrew goes, if untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import select

from models import entities as e
from models.db import make_engine, sqlite_url
from models.schema import alembic_config, open_database

FACT = "isil-koalitionen-over-80-medlemmer"
EDITED = "mali-eu-stoerste-donor"  # a key fact the user will have changed


def _as_before_curation(path: Path) -> None:
    """Back to schema 0006, with an old, editorial text and a withdrawn record."""
    url = sqlite_url(path)
    engine = make_engine(url, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE key_facts SET text = 'Gammel tekst (beløbet er ikke bevaret i "
            "tekstudtrækket)' WHERE key = ?",
            (FACT,),
        )
        connection.execute(
            "INSERT INTO key_facts (key, text, source_id, as_of_on, as_of_precision, version, "
            "created_at, updated_at) SELECT 'strategi-2022-udgift-indkvartering-afviste-2019', "
            "'Udgift (i en figur, ikke bevaret)', source_id, as_of_on, as_of_precision, 1, "
            "created_at, updated_at FROM key_facts WHERE key = ?",
            (FACT,),
        )
        connection.execute(
            "UPDATE key_facts SET text = 'Min egen tekst', version = 2 WHERE key = ?", (EDITED,)
        )


def test_upgrade_brings_unchanged_built_in_records_to_the_curated_form(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    database = open_database(sqlite_url(path))
    with database.session() as session:
        curated = session.scalar(select(e.KeyFact.text_da).where(e.KeyFact.key == FACT))
    database.close()
    _as_before_curation(path)

    upgraded = open_database(sqlite_url(path))
    with upgraded.session() as session:
        facts = {row.key: row for row in session.scalars(select(e.KeyFact))}
    upgraded.close()
    assert facts[FACT].text_da == curated and "tekstudtræk" not in facts[FACT].text_da
    assert facts[FACT].text_en.startswith("The international coalition")  # and translated
    assert "strategi-2022-udgift-indkvartering-afviste-2019" not in facts
    edited = facts[EDITED]  # a user's edit is kept, in its language, with no translation
    assert (edited.text_da, edited.text_en, edited.language) == ("Min egen tekst", None, "da")


def test_upgrading_a_curated_database_adds_translations_and_nothing_else(tmp_path: Path) -> None:
    """From 0007: unchanged built-in texts gain their English; what the user deleted stays
    deleted, what the user added stays, what the user changed keeps its own text."""
    path = tmp_path / "curated.sqlite"
    open_database(sqlite_url(path)).close()
    url = sqlite_url(path)
    engine = make_engine(url, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    engine.dispose()
    gone = "isil-trussel-og-territorium"
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM key_facts WHERE key = ?", (gone,))
        connection.execute(
            "UPDATE key_facts SET text = 'Min egen tekst', version = 2 WHERE key = ?", (EDITED,)
        )
        connection.execute(
            "INSERT INTO results (key, engagement_id, indicator, source_id, as_of_on, "
            "as_of_precision, version, created_at, updated_at) SELECT 'mine--r9', id, "
            "'Min indikator', source_id, as_of_on, as_of_precision, 1, created_at, updated_at "
            "FROM engagements WHERE key = 'mali-klimapuljen'"
        )
    upgraded = open_database(url)
    with upgraded.session() as session:
        facts = {row.key: row for row in session.scalars(select(e.KeyFact))}
        mine = session.scalar(select(e.Result).where(e.Result.key == "mine--r9"))
        assert gone not in facts
        assert facts[FACT].text_en.startswith("The international coalition")
        assert (facts[EDITED].text_da, facts[EDITED].text_en) == ("Min egen tekst", None)
        assert mine is not None and mine.indicator_da == "Min indikator"
        assert facts[FACT].version == 1  # still counts as nobody's change
    upgraded.close()
