"""Replacing a knowledge base's whole contents, never without a copy of what was there.

The count, the copy and the replace happen in one writing transaction: no edit made by a
colleague between the copy and the replace can be lost. On SQLite the transaction holds
the write lock (the copy reads the last committed state beside it); on PostgreSQL it runs
at REPEATABLE READ, so the dump is one consistent snapshot, and a colleague's concurrent
change makes the replace fail (nothing lost) instead of vanishing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.db import Database
from models.interchange.inventory import count_records
from models.interchange.load import LoadReport, load_document
from models.safety_copy import take_safety_copy
from models.services.validation import as_stored


@dataclass
class Replacement:
    """What a replace removed (per list), where the copy of it is, and what it loaded."""

    replaced: dict[str, int] = field(default_factory=dict)
    backup: Path | None = None
    report: LoadReport = field(default_factory=LoadReport)


def replace_contents(
    database: Database, document: dict[str, Any], *, texts_as_stored: bool = False
) -> Replacement:
    """Replace everything ``database`` holds with ``document``, after copying it.

    ``texts_as_stored`` loads texts as a knowledge base holds them (a copy between
    databases, a backup put back) instead of by the rules for typed text.
    """

    def work(session: Session) -> Replacement:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        held = count_records(session)
        backup = take_safety_copy(database, session) if held else None
        if texts_as_stored:
            with as_stored():
                report = load_document(session, document, replace=True)
        else:
            report = load_document(session, document, replace=True)
        return Replacement(held, backup, report)

    return database.write(work)
