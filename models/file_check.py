"""Checking a SQLite file before it is opened, with the standard library only.

The check reads every page (``PRAGMA quick_check``), which is the slowest part of opening a
large knowledge base. sqlite3 releases the GIL while it works, so ``FileCheck`` runs it in a
thread while the caller imports SQLAlchemy and builds its window on the other core.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import unquote

from models.errors import DatabaseOpenError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, reading it without changing it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            f"“{path.name}” is not a Briefing Builder database (it is not a SQLite file)."
        )
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseOpenError(
            f"“{path.name}” is damaged and cannot be opened ({error})."
        ) from error
    if rows != [("ok",)]:
        raise DatabaseOpenError(
            f"“{path.name}” is damaged: the integrity check reported {rows[0][0]}."
        )


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
