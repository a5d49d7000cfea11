"""Copies of a SQLite knowledge base: taken before migrations and on request, and restored.

Copies use SQLite's online backup API, which copies a consistent state even while another
connection writes, WAL contents included.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from models.errors import BriefingError, DatabaseOpenError

KEEP_BACKUPS = 10


def backups_folder(database: Path) -> Path:
    return database.parent / "backups"


def backup_file(database: Path, target: Path | None = None, *, keep: int = KEEP_BACKUPS) -> Path:
    """Copy ``database`` to ``target`` (default: a dated file in ``backups/``) and rotate."""
    if not database.exists():
        raise BriefingError(f"There is no database at {database} to back up.")
    if target is None:
        folder = backups_folder(database)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{database.stem}-{stamp}.sqlite"
    _copy(database, target)
    if target.parent == backups_folder(database):
        rotate(database, keep)
    return target


def rotate(database: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` backups of this database; returns those deleted."""
    copies = sorted(backups_folder(database).glob(f"{database.stem}-*.sqlite"))
    old = copies[:-keep] if keep else copies
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _copy(source: Path, target: Path) -> None:
    """Online backup into a temporary file beside the target, then rename into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(descriptor)
    temporary = Path(name)
    try:
        reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
        writer = sqlite3.connect(temporary)
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
        shutil.move(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def restore_file(backup: Path, database: Path) -> Path | None:
    """Replace ``database`` with ``backup`` after checking it; returns the safety copy made.

    The backup must be a healthy Briefing Builder database this program can open; the
    current database is copied to ``backups/`` first, then overwritten in one transaction.
    """
    from models.db import connect, sqlite_url
    from models.file_check import check_sqlite_file
    from models.schema import SchemaState, schema_state

    if not backup.exists():
        raise BriefingError(f"There is no file {backup}.")
    check_sqlite_file(backup)
    candidate = connect(sqlite_url(backup))
    try:
        if schema_state(candidate) is SchemaState.EMPTY:
            raise DatabaseOpenError(f"“{backup.name}” holds no knowledge base.")
    finally:
        candidate.close()
    safety = backup_file(database) if database.exists() else None
    source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(database, timeout=10)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return safety
