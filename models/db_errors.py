"""The database driver's failures in the words of a desk officer, raised as domain errors.

A save that fails must say so where the user is, never only on stderr; the desktop knows
nothing of SQLAlchemy, so every driver error leaves the model as a ``DatabaseWriteError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from models.errors import DatabaseWriteError

# (what the driver says, what the user is told); the first match wins.
_CAUSES = (
    ("locked", "the knowledge base is in use by another program and stayed locked"),
    ("readonly", "the knowledge base is read-only here"),
    ("read-only", "the knowledge base is read-only here"),
    ("disk is full", "the disk is full"),
    ("no space left", "the disk is full"),
    ("disk i/o error", "the disk could not be written"),
    ("unable to open database", "the knowledge base file cannot be opened"),
    ("server closed the connection", "the connection to the server was lost"),
    ("connection", "the server cannot be reached"),
    ("terminating connection", "the connection to the server was lost"),
)


def describe_failure(error: DBAPIError) -> str:
    """Why the database did not do what was asked, as a sentence fragment."""
    detail = str(error.orig) if error.orig is not None else str(error)
    lowered = detail.lower()
    for clue, cause in _CAUSES:
        if clue in lowered:
            return cause
    first_line = detail.strip().splitlines()[0] if detail.strip() else type(error).__name__
    return f"the database refused it ({first_line})"


def is_lock(error: DBAPIError) -> bool:
    """A failure that waiting may cure: another writer holds the database."""
    detail = str(error.orig if error.orig is not None else error).lower()
    return "locked" in detail or "busy" in detail


@contextmanager
def saving() -> Iterator[None]:
    """Turn a driver error raised inside (the commit included) into a DatabaseWriteError."""
    try:
        yield
    except DBAPIError as error:
        failure = DatabaseWriteError(f"Not saved: {describe_failure(error)}. Nothing was changed.")
        failure.locked = is_lock(error)
        raise failure from error
