"""Upgrading a database made by the first schema loses nothing, and keeps a backup."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import text

from models.db import make_engine, sqlite_url
from models.interchange.dump import dump_document
from models.interchange.fileformat import to_json
from models.schema import alembic_config, open_database

FIRST = "0001"


def _tables(connection: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'alembic_version'"
        )
    ]


def _columns(connection: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA {schema}.table_info({table})")]


def _first_schema_copy(current: Path, old: Path) -> None:
    """A database at the first revision holding every row of ``current``."""
    url = sqlite_url(old)
    engine = make_engine(url, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, FIRST)
    engine.dispose()
    with sqlite3.connect(old) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(f"ATTACH DATABASE '{current}' AS current")
        for table in _tables(connection):
            now = _columns(connection, table, "current")
            old = _columns(connection, table)
            shared = [c for c in old if c in now]
            # texts were one column, in the record's language, before revision 0008
            texts = [c for c in old if c not in now and f"{c}_da" in now]
            names = ", ".join(shared + texts)
            # before revision 0006 SQLite held amounts as floating point, not whole cents
            values = ", ".join(
                "amount / 100.0" if c == "amount" and table == "funding_lines" else c
                for c in shared
            )
            values = ", ".join(
                [values] + [f"CASE WHEN language = 'en' THEN {c}_en ELSE {c}_da END" for c in texts]
            )
            connection.execute(
                f"INSERT INTO {table} ({names}) SELECT {values} FROM current.{table}"
            )
        connection.commit()
        connection.execute("DETACH DATABASE current")


LATER_FIELDS = {  # columns added after the first schema: a first-schema copy cannot hold them
    "translated_title": None,
    "internal_note": None,
    "primary_theme": None,
    "qualifier": None,
    "value_qualifier": None,
    "baseline_qualifier": None,
    "target_qualifier": None,
    "actual_qualifier": None,
}


def _without_later_fields(value):
    """The dump as the first schema could have held it: no translations either, only each
    text as first written."""
    if isinstance(value, dict) and isinstance(value.get("language"), str):
        language = value["language"]
        if "iati_ref" in value and "kind" in value:  # an organisation: its language was not
            moved = "en" if value["iati_ref"] else "da"  # known, the upgrade says from the ref
            value = {
                key: (
                    {code: item[language] if code == moved else None for code in item}
                    if isinstance(item, dict)
                    else moved
                    if key == "language"
                    else item
                )
                for key, item in value.items()
            }
            language = moved
        value = {
            key: (
                {code: (text if code == language else None) for code, text in item.items()}
                if isinstance(item, dict) and set(item) <= {"da", "en"}
                else item
            )
            for key, item in value.items()
        }
        value = {
            key: (None if isinstance(item, dict) and not any(item.values()) else item)
            for key, item in value.items()
        }
    if isinstance(value, dict):
        return {
            key: (LATER_FIELDS[key] if key in LATER_FIELDS else _without_later_fields(item))
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_without_later_fields(item) for item in value]
    return value


def test_upgrading_from_the_first_schema_with_data_in_every_table_loses_nothing(tmp_path):
    current = tmp_path / "current.sqlite"
    database = open_database(sqlite_url(current))
    with database.writing() as session, session.begin():
        # the built-in knowledge leaves two link tables empty; fill them so every table counts
        session.execute(
            text(
                "INSERT INTO key_fact_regions (key_fact_id, region_id) "
                "SELECT (SELECT min(id) FROM key_facts), (SELECT min(id) FROM regions)"
            )
        )
        session.execute(
            text(
                "INSERT INTO key_fact_themes (key_fact_id, theme_id) "
                "SELECT (SELECT min(id) FROM key_facts), (SELECT min(id) FROM themes) "
                "WHERE NOT EXISTS (SELECT 1 FROM key_fact_themes)"
            )
        )
    with database.session() as session:
        before = to_json(_without_later_fields(dump_document(session)))
    database.close()

    old = tmp_path / "old.sqlite"
    _first_schema_copy(current, old)
    with sqlite3.connect(old) as connection:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in _tables(connection)
        }
    assert all(counts.values()), [table for table, count in counts.items() if not count]

    upgraded = open_database(sqlite_url(old))
    with upgraded.session() as session:
        after = to_json(dump_document(session))
    upgraded.close()
    assert after == before
    with sqlite3.connect(old) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] != FIRST
        assert {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in counts
        } == counts
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    backups = list((tmp_path / "backups").glob("old-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST


def test_records_say_who_made_them(database) -> None:
    import getpass

    with database.session() as session:
        from sqlalchemy import select

        from models import entities as e

        row = session.scalars(select(e.Engagement)).first()
        assert row.created_by == getpass.getuser() and row.updated_by == getpass.getuser()


def _engagement_of_a_source(session, other_than: int = 0):
    return session.execute(
        text(
            "SELECT e.id, e.source_id, e.title_da, e.summary_da FROM engagements e "
            "WHERE e.source_id IS NOT NULL AND e.source_id <> :other AND e.language = 'da' "
            "ORDER BY e.id LIMIT 1"
        ),
        {"other": other_than},
    ).one()


def test_texts_of_a_source_in_a_third_language_are_kept_as_written_not_as_danish(tmp_path):
    current = tmp_path / "current.sqlite"
    database = open_database(sqlite_url(current))
    with database.writing() as session, session.begin():
        french = _engagement_of_a_source(session)
        british = _engagement_of_a_source(session, other_than=french[1])
        for (_record, source, *_texts), written in ((french, "fr"), (british, "en-GB")):
            session.execute(
                text("UPDATE sources SET language = :written WHERE id = :source"),
                {"written": written, "source": source},
            )
    database.close()
    old = tmp_path / "old.sqlite"
    _first_schema_copy(current, old)

    open_database(sqlite_url(old)).close()
    with sqlite3.connect(old) as connection:
        row = connection.execute(
            "SELECT language, title_da, title_en, original_texts FROM engagements WHERE id = ?",
            (french[0],),
        ).fetchone()
        assert row[:3] == ("fr", None, None)
        kept = json.loads(row[3])
        assert kept["title"] == french[2]
        assert kept.get("summary") == french[3]
        assert connection.execute(
            "SELECT language, title_da, title_en FROM engagements WHERE id = ?", (british[0],)
        ).fetchone() == ("en", None, british[2])

    engine = make_engine(sqlite_url(old), foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config(sqlite_url(old))
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    engine.dispose()
    with sqlite3.connect(old) as connection:
        assert connection.execute(
            "SELECT title, summary FROM engagements WHERE id = ?", (french[0],)
        ).fetchone() == (french[2], french[3])
