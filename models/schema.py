"""Creating, checking and upgrading a database's schema — only ever through Alembic."""

from __future__ import annotations

from enum import Enum
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

from models.db import Database, connect, make_engine, sqlite_path
from models.errors import DatabaseOpenError, DatabaseTooNewError
from models.file_check import FileCheck, check_sqlite_file

# The newest migration. Opening an up-to-date database compares against this constant, so
# start-up does not import Alembic; a test keeps it equal to the scripts' head.
SCHEMA_HEAD = "0005"


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OUTDATED = "outdated"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("models") / "migrations"))
    config.set_main_option("sqlalchemy.url", url)
    return config


def head_revisions(url: str = "sqlite://") -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config(url)).get_heads())


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {revision.revision for revision in script.walk_revisions()}


def schema_state(database: Database) -> SchemaState:
    """Where the database stands against this program's migrations; refuse foreign files."""
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current: set[str] = set()
        if "alembic_version" in tables:
            current = set(
                connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
            )
    if current == {SCHEMA_HEAD}:
        return SchemaState.CURRENT
    if not current:
        if tables - {"alembic_version"}:
            raise DatabaseOpenError(
                "This database was not made by Briefing Builder; it has been left unchanged."
            )
        return SchemaState.EMPTY
    unknown = current - known_revisions()
    if unknown:
        raise DatabaseTooNewError(
            "This database was written by a newer version of Briefing Builder "
            f"(schema {', '.join(sorted(unknown))}). Update the program to open it; "
            "the file has been left unchanged."
        )
    return SchemaState.CURRENT if current == head_revisions() else SchemaState.OUTDATED


def upgrade(url: str) -> None:
    """Run pending migrations with foreign keys off, as batch table copies require."""
    from alembic import command

    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def open_database(
    url: str, *, seed: bool = True, file_check: FileCheck | None = None
) -> Database:
    """Open ``url``: check it, create or upgrade its schema, and fill a new one.

    A new database gets the built-in knowledge base, so every entry point (command line or
    app) starts from the same facts. ``file_check`` is the file's check already started
    (``models.file_check.start_file_check``); without one the file is checked here.
    """
    path = sqlite_path(url)
    if path is not None:
        if file_check is not None and file_check.path == path:
            file_check.wait()
        else:
            check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    database = connect(url)
    try:
        state = _state_translating_errors(database)
        if state is SchemaState.OUTDATED and path is not None:
            from models.backup import backup_file

            backup_file(path)  # a copy of the old schema before any migration touches it
        if state is not SchemaState.CURRENT:
            upgrade(url)
        if state is SchemaState.EMPTY and seed:
            from models.interchange.builtin import load_builtin_knowledge

            with database.writing() as session, session.begin():
                load_builtin_knowledge(session)
    except BaseException:
        database.close()
        raise
    return database


def _state_translating_errors(database: Database) -> SchemaState:
    from sqlalchemy.exc import DBAPIError

    try:
        return schema_state(database)
    except DBAPIError as error:
        message = str(error.orig) if error.orig else str(error)
        if "locked" in message:
            raise DatabaseOpenError(
                "The database is in use by another program and stayed locked; try again."
            ) from error
        raise DatabaseOpenError(f"The database cannot be opened: {message}") from error
