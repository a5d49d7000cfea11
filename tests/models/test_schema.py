"""The schema exists only through migrations, and unusable files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from models.base import Base
from models.db import connect, make_engine, sqlite_url
from models.errors import DatabaseOpenError, DatabaseTooNewError
from models.schema import alembic_config, open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_create_every_table_of_the_model_from_nothing(empty_database) -> None:
    tables = set(inspect(empty_database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_the_models_have_no_change_without_a_migration(empty_database) -> None:
    engine = make_engine(empty_database.url)
    with engine.begin() as connection:
        config = alembic_config(empty_database.url)
        config.attributes["connection"] = connection
        command.check(config)
    engine.dispose()


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(empty_database) -> None:
    with empty_database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Mødereferat – ikke en database\n", encoding="utf-8")
    before = _digest(path)
    with pytest.raises(DatabaseOpenError, match="not a SQLite file"):
        open_database(sqlite_url(path))
    assert _digest(path) == before


def test_a_truncated_database_is_refused_and_left_unchanged(tmp_path: Path, db_url) -> None:
    open_database(db_url).close()
    source = Path(db_url.removeprefix("sqlite:///"))
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(source.read_bytes()[: 4096 * 3])
    before = _digest(broken)
    with pytest.raises(DatabaseOpenError):
        open_database(sqlite_url(broken))
    assert _digest(broken) == before


def test_a_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(sqlite_url(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(sqlite_url(path))
    assert _digest(path) == before


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(DatabaseOpenError, match="not made by Briefing Builder"):
        open_database(sqlite_url(path))


def test_opening_twice_does_not_load_the_knowledge_base_again(db_url) -> None:
    open_database(db_url).close()
    database = connect(db_url)
    with database.engine.connect() as connection:
        first = connection.exec_driver_sql("SELECT count(*) FROM engagements").scalar()
    database.close()
    open_database(db_url).close()
    database = connect(db_url)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM engagements").scalar() == first
    database.close()


def test_the_schema_head_constant_matches_the_migration_scripts() -> None:
    from models.schema import SCHEMA_HEAD, head_revisions

    assert head_revisions() == {SCHEMA_HEAD}


def test_opening_a_current_database_does_not_import_alembic(db_url) -> None:
    import subprocess
    import sys

    open_database(db_url).close()
    code = (
        "import sys; from models.schema import open_database; "
        f"open_database({db_url!r}).close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
