"""Copies of a SQLite knowledge base: taken before migrations and on request, and restored.

Copies use SQLite's online backup API, which copies a consistent state even while another
connection writes, WAL contents included.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from models.errors import BriefingError, DatabaseOpenError
from models.messages import say

KEEP_BACKUPS = 10
LOCK_WAIT_SECONDS = 10  # how long a restore waits for another program to let go
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
STAMP_PATTERN = r"\d{8}-\d{6}-\d{6}"


def backups_folder(database: Path) -> Path:
    return database.parent / "backups"


def backup_file(
    database: Path, target: Path | None = None, *, keep: int = KEEP_BACKUPS, rotating: bool = True
) -> Path:
    """Copy ``database`` to ``target`` (default: a dated file in ``backups/``) and rotate.

    ``rotating=False`` leaves the older copies alone, for a copy that may yet be dropped
    (``models.interchange.replace``): rotating then would delete a copy for nothing.
    """
    if not database.exists():
        raise BriefingError(say("backup.no_database", path=database))
    if target is None:
        folder = backups_folder(database)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime(STAMP_FORMAT)
        target = folder / f"{database.stem}-{stamp}{database.suffix}"
    _copy(database, target)
    if rotating and target.parent.resolve() == backups_folder(database).resolve():
        rotate(database, keep, made=target)
    return target


def own_backups(database: Path) -> list[Path]:
    """This database's dated copies in ``backups/``, oldest first, and nobody else's.

    A name must be exactly ``<stem>-<stamp><suffix>``: the copies of ``kb-old.sqlite`` are
    not those of ``kb.sqlite``, nor those of ``kb.db``. They are ordered by the stamp in the
    name, not by the whole name.
    """
    pattern = re.compile(
        rf"{re.escape(database.stem)}-({STAMP_PATTERN}){re.escape(database.suffix)}"
    )
    found: list[tuple[str, Path]] = []
    folder = backups_folder(database)
    if folder.is_dir():
        for path in folder.iterdir():
            match = pattern.fullmatch(path.name)
            if match and path.is_file():
                found.append((match.group(1), path))
    return [path for _stamp, path in sorted(found)]


def rotate(database: Path, keep: int = KEEP_BACKUPS, *, made: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of this database; returns those deleted.

    ``made``, the copy just taken, is never among them, whatever the clock says.
    """
    made_here = made.resolve() if made is not None else None
    own = own_backups(database)
    copies = [path for path in own if path.resolve() != made_here]
    kept = max(keep - (len(copies) < len(own)), 0)  # the copy just made counts as kept
    old = copies[: len(copies) - kept] if kept < len(copies) else []
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _copy(source: Path, target: Path) -> None:
    """Online backup into a temporary file beside the target, then rename into place.

    A copy that cannot be made (a full disk, a folder it may not write in) stops what
    was to follow it, with a message: nothing is changed without its copy.
    """
    try:
        _copy_beside(source, target)
    except (OSError, sqlite3.Error) as error:
        reason = str(error).rstrip(".") or type(error).__name__
        if "full" in reason.lower() or getattr(error, "errno", None) == errno.ENOSPC:
            reason = "the disk is full"
        raise BriefingError(
            f"No copy of “{source.name}” could be made in {target.parent} ({reason}); "
            "nothing was changed."
        ) from None


def _copy_beside(source: Path, target: Path) -> None:
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
        raise BriefingError(say("backup.no_file", path=backup))
    if not backup.is_file():
        raise BriefingError(say("backup.a_folder", path=backup))
    check_sqlite_file(backup)
    candidate = connect(sqlite_url(backup))
    try:
        if schema_state(candidate) is SchemaState.EMPTY:
            raise DatabaseOpenError(say("backup.empty", file=backup.name))
    finally:
        candidate.close()
    safety = backup_file(database) if database.exists() else None
    source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(database, timeout=LOCK_WAIT_SECONDS)
    try:
        _backup_within_limit(source, target, database)
    finally:
        target.close()
        source.close()
    return safety


def _backup_within_limit(
    source: sqlite3.Connection, target: sqlite3.Connection, database: Path
) -> None:
    """``source.backup(target)``, giving up when the target stays locked past the limit.

    sqlite3's backup retries a busy target for ever; its progress callback, called after
    every step, is where the wait is cut short. The target is unchanged when it gives up.
    """
    deadline = time.monotonic() + LOCK_WAIT_SECONDS

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise TimeoutError

    try:
        source.backup(target, pages=-1, progress=progress, sleep=0.05)
    except TimeoutError:
        raise DatabaseOpenError(
            f"“{database.name}” stayed in use by another program for {LOCK_WAIT_SECONDS} s; "
            "nothing was restored. Close the other program and try again."
        ) from None
