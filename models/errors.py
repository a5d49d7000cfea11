"""The one family of errors the model raises, each carrying a message a desk officer understands."""

from __future__ import annotations

from models.messages import Message


class BriefingError(Exception):
    """Base of every domain error; ``str(error)`` is fit to show to a user (in English),
    and ``said`` is the message's identity for an interface in another language."""

    def __init__(self, message: str | Message = "", *args: object) -> None:
        self.said: Message | None = message if isinstance(message, Message) else None
        super().__init__(str(message), *args)


class ValidationError(BriefingError):
    """Input that would break a rule of the knowledge base; nothing was written."""

    def __init__(
        self, message: str | Message, *, record: str | None = None, field: str | None = None
    ):
        self.record = record
        self.field = field
        prefix = ""
        if record and field:
            prefix = f"{record}, {field}: "
        elif record:
            prefix = f"{record}: "
        elif field:
            prefix = f"{field}: "
        super().__init__(prefix + str(message))
        self.said = message if isinstance(message, Message) else None
        self.message = str(message)


class NotFoundError(BriefingError):
    """A key, code or id that names nothing in the knowledge base."""


class DatabaseOpenError(BriefingError):
    """A database file that cannot be used: not a database, corrupt, locked or too new."""


class DatabaseUnavailableError(DatabaseOpenError):
    """An open database stopped answering: the server went away, or a lock outlasted the wait."""


class DatabaseTooNewError(DatabaseOpenError):
    """The file was written by a newer version of Briefing Builder; it is left untouched."""


class DatabaseWriteError(BriefingError):
    """The database refused or could not take a write (locked, read-only, full, gone).

    ``locked`` says another writer held it: worth trying again after a pause.
    """

    locked: bool = False


class EditConflictError(BriefingError):
    """Someone else saved the record after it was loaded here; nothing was written.

    ``theirs`` is the value now stored, ``mine`` the value that was refused.
    """

    def __init__(self, message: str | Message, *, theirs: object = None, mine: object = None):
        super().__init__(message)
        self.theirs = theirs
        self.mine = mine
