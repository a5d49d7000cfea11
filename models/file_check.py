"""Checking a SQLite file before it is opened, with the standard library only.

The check reads every page (``PRAGMA quick_check``), which is the slowest part of opening a
large knowledge base. sqlite3 releases the GIL while it works, so ``FileCheck`` runs it in a
thread while the caller imports SQLAlchemy and builds its window on the other core.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from models.errors import DatabaseOpenError
from models.messages import Message, say

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, reading it without changing it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(say("file.not_sqlite", file=path.name))
    try:
        rows, tables = _read(path, immutable=_nobody_writing(path))
        if rows != [("ok",)]:
            raise sqlite3.DatabaseError(f"the integrity check reported {rows[0][0]}")
    except sqlite3.DatabaseError:
        # A program may have opened and checkpointed it meanwhile: read it again the usual
        # way, with locks, before saying what is wrong.
        try:
            rows, tables = _read(path, immutable=False)
        except sqlite3.DatabaseError as error:
            raise DatabaseOpenError(_diagnosis(path, error)) from error
    if rows != [("ok",)]:
        raise DatabaseOpenError(say("file.damaged", file=path.name, report=rows[0][0]))
    if tables and "alembic_version" not in tables:  # refused before anything is changed
        raise DatabaseOpenError(say("file.foreign", file=path.name))


def _read(path: Path, *, immutable: bool) -> tuple[list[Any], set[str]]:
    """The quick check's rows and the table names, read without writing anything."""
    uri = f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    connection = sqlite3.connect(uri, uri=True)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        connection.close()
    return rows, tables


def _nobody_writing(path: Path) -> bool:
    """True when the file can be read as immutable, writing nothing beside it.

    A read-only connection to a WAL database creates ``-wal`` and ``-shm`` files, and one
    that cannot write leaves them behind, read-only, so the database later refuses to
    open. When there is neither a ``-wal`` nor a ``-journal`` file, no program is writing
    it and every page is in the database file itself, so it is read without locks or
    companion files (and read again the usual way should that reading find a fault).
    """
    return not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))


def _diagnosis(path: Path, error: sqlite3.DatabaseError) -> Message:
    """What is really wrong: a healthy file that is locked or unwritable is not "damaged"."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return say("file.locked", file=path.name)
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        if not os.access(path, os.R_OK):
            return say("file.no_permission", file=path.name)
        if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
            return say("file.read_only_place", file=path.name, folder=path.parent)
        return say("file.cannot_open", file=path.name, detail=error)
    return say("file.damaged_detail", file=path.name, detail=error)


class FileCheck:
    """``check_sqlite_file`` running in a thread; ``wait`` returns or raises its verdict."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="file-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            check_sqlite_file(self.path)
        except BaseException as error:  # handed to the waiting thread, never lost
            self._error = error

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error

    def finish(self) -> None:
        """Let the thread end, whatever happened: no thread may outlive the window's start."""
        self._thread.join()


def start_file_check(url: str) -> FileCheck | None:
    """Start checking the file behind a ``sqlite:///`` URL; None for other databases.

    Parsed by hand so the check can start before SQLAlchemy is imported; a test keeps it in
    step with ``models.db.sqlite_path``.
    """
    if not url.startswith("sqlite:///"):
        return None
    database = unquote(url[len("sqlite:///") :].split("?", 1)[0])  # as SQLAlchemy reads it
    if not database or database == ":memory:":
        return None
    return FileCheck(Path(database))
