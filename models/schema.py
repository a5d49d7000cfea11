"""Creating, checking and upgrading a database's schema — only ever through Alembic."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from enum import Enum
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from alembic.config import Config

from models.db import WRITE_OPTION, Database, connect, make_engine, sqlite_path, without_password
from models.errors import BriefingError, DatabaseOpenError, DatabaseTooNewError
from models.file_check import FileCheck, check_sqlite_file
from models.messages import say

# The newest migration. Opening an up-to-date database compares against this constant, so
# start-up does not import Alembic; a test keeps it equal to the scripts' head.
SCHEMA_HEAD = "0009"
CREATION_LOCK = 7_261_013  # the PostgreSQL advisory lock held while a schema is made
CREATION_WAIT_MS = 120_000  # how long another program's creation or upgrade is waited for


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
        return _state_on(connection)


def _state_on(connection: Connection) -> SchemaState:
    tables = set(inspect(connection).get_table_names())
    current: set[str] = set()
    if "alembic_version" in tables:
        current = set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    if current == {SCHEMA_HEAD}:
        return SchemaState.CURRENT
    if not current:
        if tables - {"alembic_version"}:
            raise DatabaseOpenError(say("database.foreign"))
        return SchemaState.EMPTY
    unknown = current - known_revisions()
    if unknown:
        raise DatabaseTooNewError(say("database.too_new", schemas=", ".join(sorted(unknown))))
    return SchemaState.CURRENT if current == head_revisions() else SchemaState.OUTDATED


def upgrade(url: str, *, seed: bool = False) -> SchemaState:
    """Create or upgrade the schema (and fill a new one) in one transaction under a lock.

    Several programs may open a new database at once: the first takes the lock (SQLite's
    write lock, a PostgreSQL advisory lock) and does the work; the others wait, find it
    done and go on. Migrations run with foreign keys off, as batch table copies require.
    Returns the state found under the lock.
    """
    engine = make_engine(url, foreign_keys=False, busy_timeout_ms=CREATION_WAIT_MS)
    try:
        writer = engine.connect().execution_options(**{WRITE_OPTION: True})
        with writer as connection, connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": CREATION_LOCK}
                )
            state = _state_on(connection)
            if state is not SchemaState.CURRENT:
                _migrate(url, connection, state, seed=seed)
            return state
    finally:
        engine.dispose()


def _migrate(url: str, connection: Connection, state: SchemaState, *, seed: bool) -> None:
    from alembic import command

    path = sqlite_path(url)
    if state is SchemaState.OUTDATED and path is not None:
        from models.backup import backup_file

        backup_file(path)  # a copy of the old schema before any migration touches it
    config = alembic_config(url)
    config.attributes["connection"] = connection
    started_at = _revision_on(connection) if state is SchemaState.OUTDATED else None
    command.upgrade(config, "head")
    from models.interchange.builtin_refresh import (
        add_translations,
        needs_refresh,
        needs_translations,
        refresh_builtin,
    )

    if needs_translations(started_at):
        with (
            Session(bind=connection) as session,
            suppress(BriefingError),
            session.begin_nested(),
        ):
            add_translations(session)
    if needs_refresh(started_at):
        # A user's edits the refresh cannot merge with leave the data as it was: the
        # upgrade itself never fails for the built-in data's sake.
        with (
            Session(bind=connection) as session,
            suppress(BriefingError),
            session.begin_nested(),
        ):
            refresh_builtin(session)
    if state is SchemaState.EMPTY and seed:
        from models.interchange.builtin import load_builtin_knowledge

        with Session(bind=connection) as session:
            load_builtin_knowledge(session)
            session.flush()


def _revision_on(connection: Connection) -> str | None:
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return min(rows) if rows else None


def open_database(
    url: str,
    *,
    seed: bool = True,
    create: bool = True,
    file_check: FileCheck | None = None,
) -> Database:
    """Open ``url``: check it, create or upgrade its schema, and fill a new one.

    A new database gets the built-in knowledge base, so every entry point (command line or
    app) starts from the same facts. ``file_check`` is the file's check already started
    (``models.file_check.start_file_check``); without one the file is checked here.
    With ``create=False`` (a database asked to be read) a missing file or an empty database
    is refused and nothing is created: a mistyped name must never become a new database.
    """
    path = sqlite_path(url)
    if path is not None:
        if not create and not path.is_file():
            raise DatabaseOpenError(say("database.missing", path=path))
        if not create and path.stat().st_size == 0:  # refused before SQLite writes a header
            raise DatabaseOpenError(say("database.empty_file", path=path))
        if file_check is not None and file_check.path == path:
            file_check.wait()
        else:
            check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    database = connect(url)
    try:
        state = _state_translating_errors(database)
        if state is SchemaState.EMPTY and not create:
            raise DatabaseOpenError(say("database.empty_server", url=without_password(url)))
        if state is not SchemaState.CURRENT:
            _upgrade_translating_errors(url, seed=seed)
    except BaseException:
        database.close()
        raise
    return database


def _state_translating_errors(database: Database) -> SchemaState:
    return _translating_errors(lambda: schema_state(database))


def _upgrade_translating_errors(url: str, *, seed: bool) -> SchemaState:
    return _translating_errors(lambda: upgrade(url, seed=seed))


def _translating_errors(step: Callable[[], SchemaState]) -> SchemaState:
    from sqlalchemy.exc import DBAPIError

    try:
        return step()
    except DBAPIError as error:
        message = str(error.orig) if error.orig else str(error)
        if "locked" in message:
            raise DatabaseOpenError(say("database.locked")) from error
        from models.db_errors import describe_failure

        raise DatabaseOpenError(
            say("database.cannot_open", cause=describe_failure(error))
        ) from error
