"""Replacing or overwriting a knowledge base's contents, never without a copy of what was there.

The count, the copy and the replace happen in one writing transaction: no edit made by a
colleague between the copy and the replace can be lost. On SQLite the transaction holds
the write lock (the copy reads the last committed state beside it); on PostgreSQL it runs
at REPEATABLE READ, so the dump is one consistent snapshot, and a colleague's concurrent
change makes the replace fail (nothing lost) instead of vanishing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.backup import rotate
from models.db import Database, sqlite_path
from models.interchange.inventory import count_records
from models.interchange.load import LoadReport, load_document
from models.safety_copy import take_safety_copy
from models.services.validation import as_stored

T = TypeVar("T")


@dataclass
class Replacement:
    """What a replace removed (per list), where the copy of it is, and what it loaded."""

    replaced: dict[str, int] = field(default_factory=dict)
    backup: Path | None = None
    report: LoadReport = field(default_factory=LoadReport)


def with_backup(database: Database, work: Callable[[Session], T]) -> tuple[T, Path | None]:
    """Run ``work`` in one writing transaction after copying what the database holds.

    For every command that may overwrite or delete records (a replace, a merge, an IATI
    import): the copy is taken inside the transaction, so it is exactly what the work
    starts from. An empty database gets no copy.
    """

    def guarded(session: Session) -> tuple[T, Path | None]:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        held = count_records(session)
        backup = take_safety_copy(database, session, rotating=False) if held else None
        return work(session), backup

    return database.write(guarded)


def keep(database: Database, backup: Path | None) -> None:
    """Keep a copy ``with_backup`` took: now the oldest copies beyond ten may go."""
    path = sqlite_path(database.url)
    if backup is not None and path is not None:
        rotate(path, made=backup)


def replace_contents(
    database: Database, document: dict[str, Any], *, texts_as_stored: bool = False
) -> Replacement:
    """Replace everything ``database`` holds with ``document``, after copying it.

    ``texts_as_stored`` loads texts as a knowledge base holds them (a copy between
    databases, a backup put back) instead of by the rules for typed text.
    """

    def work(session: Session) -> Replacement:
        held = count_records(session)
        if texts_as_stored:
            with as_stored():
                report = load_document(session, document, replace=True)
        else:
            report = load_document(session, document, replace=True)
        return Replacement(held, None, report)

    replacement, backup = with_backup(database, work)
    keep(database, backup)
    replacement.backup = backup
    return replacement


def drop_unneeded(backup: Path | None) -> None:
    """Remove a copy taken before work that, in the end, changed nothing."""
    if backup is not None:
        backup.unlink(missing_ok=True)
