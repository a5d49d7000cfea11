"""The database driver's failures in the words of a desk officer, raised as domain errors.

A save that fails must say so where the user is, never only on stderr; the desktop knows
nothing of SQLAlchemy, so every driver error leaves the model as a ``DatabaseWriteError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from models.errors import DatabaseUnavailableError, DatabaseWriteError

# (what the driver says, what the user is told); the first match wins.
_CAUSES = (
    ("locked", "the knowledge base is in use by another program and stayed locked"),
    ("readonly", "the knowledge base is read-only here"),
    ("read-only", "the knowledge base is read-only here"),
    ("disk is full", "the disk is full"),
    ("no space left", "the disk is full"),
    ("disk i/o error", "the disk could not be written (it may be full)"),
    ("unable to open database", "the knowledge base file cannot be opened"),
    ("server closed the connection", "the connection to the server was lost"),
    ("terminating connection", "the connection to the server was lost"),
    ("connection", "the server cannot be reached"),
)
# Causes after which a commit may or may not have reached the server.
_UNCERTAIN = {"the connection to the server was lost", "the server cannot be reached"}


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
        cause = describe_failure(error)
        if cause in _UNCERTAIN:  # the commit may have been lost on the way, or not
            message = f"Perhaps not saved: {cause}. Reload to see what is stored."
        else:
            message = f"Not saved: {cause}. Nothing was changed."
        failure = DatabaseWriteError(message)
        failure.locked = is_lock(error)
        raise failure from error


@contextmanager
def using() -> Iterator[None]:
    """For reading: a lost server, a lock that outlasts the wait or an unreadable file
    leaves as a DatabaseUnavailableError (values the database refuses stay as they are)."""
    try:
        yield
    except (OperationalError, InterfaceError) as error:
        raise DatabaseUnavailableError(
            f"The knowledge base cannot be used now: {describe_failure(error)}."
        ) from error
