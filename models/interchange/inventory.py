"""How many records a knowledge base or a knowledge file holds, to say what a replace removes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import entities as e
from models.interchange.fileformat import LISTS

# The lists a user recognises, in the order a report names them.
COUNTED: tuple[tuple[str, type[Any]], ...] = (
    ("engagements", e.Engagement),
    ("funding lines", e.FundingLine),
    ("results", e.Result),
    ("events", e.Event),
    ("key facts", e.KeyFact),
    ("sources", e.Source),
    ("organisations", e.Organisation),
    ("countries", e.Country),
    ("regions", e.Region),
    ("themes", e.Theme),
    ("instruments", e.Instrument),
)


def count_records(session: Session) -> dict[str, int]:
    """Records per list in the database (only lists that hold any)."""
    counts = {
        name: session.scalar(select(func.count()).select_from(model)) or 0
        for name, model in COUNTED
    }
    return {name: count for name, count in counts.items() if count}


def document_record_count(document: dict[str, Any]) -> int:
    """All records a parsed knowledge file holds, over every list."""
    return sum(len(document.get(name) or []) for name in LISTS)


def describe_counts(counts: dict[str, int]) -> str:
    """``47 engagements, 5 sources`` (or ``nothing``), for a one-line report."""
    if not counts:
        return "nothing"
    return ", ".join(f"{count:,} {name}" for name, count in counts.items())
