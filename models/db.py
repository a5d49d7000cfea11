"""Opening a knowledge base: engines with the right PRAGMAs, and sessions for callers to own."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "briefing-builder"
DATABASE_ENV = "BRIEFING_DATABASE_URL"
WRITE_OPTION = "briefing_write"
BUSY_SECONDS = 5.0  # how long one SQLite statement waits for another writer's lock
LOCK_LIMIT_SECONDS = 30.0  # how long a write waits, in all, for other writers to finish
T = TypeVar("T")
SECRETS = {"password", "passwd", "pass"}  # query parameters libpq and psycopg read as one


def default_database_url() -> str:
    """The database used when none is named: the environment, else the user's data folder."""
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return from_env
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    return sqlite_url(folder / "knowledge.sqlite")


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().absolute()}"


def without_password(url: str) -> str:
    """The URL fit to print, log or save: any password (in the authority or the query) removed.

    The password comes from ``~/.pgpass`` or ``PGPASSWORD``, so the URL still connects.
    """
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # unreadable: show nothing that could be a secret
        return "(an unreadable database address)"
    query = {key: value for key, value in parsed.query.items() if key.lower() not in SECRETS}
    if parsed.password is None and query == dict(parsed.query):
        return url  # nothing secret: shown exactly as the user wrote it
    return parsed._replace(password=None).set(query=query).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other engines and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(
    url: str, *, foreign_keys: bool = True, busy_timeout_ms: int = int(BUSY_SECONDS * 1000)
) -> Engine:
    """An engine whose SQLite connections enforce foreign keys, use WAL and wait when busy.

    Python 3.11's sqlite3 opens transactions on its own and breaks SAVEPOINT and
    transactional DDL; driving BEGIN ourselves is SQLAlchemy's documented cure.
    Migrations ask for ``foreign_keys=False`` (a batch copy of a parent table would otherwise
    cascade-delete its children).
    """
    engine = create_engine(url)
    if engine.dialect.name != "sqlite":
        return engine

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A writing transaction takes the write lock at once, so a second writer waits
        # (busy_timeout) instead of failing with "database is locked" on lock upgrade.
        writing = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


@dataclass
class Database:
    """An open knowledge base: its URL, engine and a session factory.

    Callers own transactions (``with database.session() as s, s.begin(): ...``);
    services take the session as an argument.
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading (and for tests); writes may wait for the lock later.

        A lost server or a lock that outlasts the wait leaves as a DatabaseUnavailableError.
        """
        from models.db_errors import using

        with using(), self.sessions() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session whose transactions take the write lock when they begin.

        A driver error inside (a lock that outlasts the wait, a read-only or full disk, a
        lost server, a value the database refuses) leaves as a ``DatabaseWriteError``.
        """
        from models.db_errors import saving

        with saving(), self.write_sessions() as session:
            yield session

    def write(self, work: Callable[[Session], T], *, limit: float = LOCK_LIMIT_SECONDS) -> T:
        """Run ``work`` in one writing transaction, trying again while another writer holds
        the database, with growing pauses, for up to ``limit`` seconds in all.

        Many writers at once (a unit on one shared file) then all get through; only a lock
        that outlasts the limit reaches the user, as a DatabaseWriteError.
        """
        from models.errors import DatabaseWriteError

        deadline = time.monotonic() + limit
        pause = 0.02
        while True:
            try:
                with self.writing() as session, session.begin():
                    return work(session)
            except DatabaseWriteError as error:
                # Each try may itself wait the busy timeout: stop before the limit is passed.
                if not error.locked or time.monotonic() + pause + BUSY_SECONDS > deadline:
                    raise
            time.sleep(pause * (1 + random.random()))  # apart, so rivals do not collide again
            pause = min(pause * 2, 1.0)

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str) -> Database:
    """A Database on ``url`` without checking or migrating it (see ``schema.open_database``)."""
    engine = make_engine(url)
    writer = engine.execution_options(**{WRITE_OPTION: True})
    return Database(
        url,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        sessionmaker(writer, expire_on_commit=False),
    )
