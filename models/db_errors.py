"""The database driver's failures in the words of a desk officer, raised as domain errors.

A save that fails must say so where the user is, never only on stderr; the desktop knows
nothing of SQLAlchemy, so every driver error leaves the model as a ``DatabaseWriteError``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from models.errors import DatabaseUnavailableError, DatabaseWriteError
from models.messages import Message, say

# (what the driver says, what the user is told); the first match wins.
_CAUSES = (
    ("locked", "cause.locked"),
    ("readonly", "cause.read_only"),
    ("read-only", "cause.read_only"),
    ("disk is full", "cause.disk_full"),
    ("no space left", "cause.disk_full"),
    ("disk i/o error", "cause.disk_io"),
    ("unable to open database", "cause.cannot_open"),
    ("server closed the connection", "cause.connection_lost"),
    ("terminating connection", "cause.connection_lost"),
    ("connection", "cause.unreachable"),
)
# Causes after which a commit may or may not have reached the server.
_UNCERTAIN = {"cause.connection_lost", "cause.unreachable"}


def describe_failure(error: DBAPIError) -> Message:
    """Why the database did not do what was asked, as a sentence fragment."""
    detail = str(error.orig) if error.orig is not None else str(error)
    lowered = detail.lower()
    for clue, cause in _CAUSES:
        if clue in lowered:
            return say(cause)
    first_line = detail.strip().splitlines()[0] if detail.strip() else type(error).__name__
    return say("cause.refused", detail=first_line)


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
        if cause.id in _UNCERTAIN:  # the commit may have been lost on the way, or not
            message = say("save.uncertain", cause=cause)
        else:
            message = say("save.failed", cause=cause)
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
            say("database.unusable", cause=describe_failure(error))
        ) from error
