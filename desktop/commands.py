"""Undo commands: thin QUndoCommands over Qt-free changes that return their inverse.

A change is applied and validated *before* the command is pushed (PySide6 keeps a command
whose ``redo`` raised, and a later undo would corrupt data); the first ``redo`` that
``push`` triggers is then a no-op. Undo and redo are checked like any edit (see
``models.services.changes.refuse_if_newer``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from models.errors import BriefingError, EditConflictError

# models.services is imported inside the methods that change data, not here: the window's
# start does not need it (desktop/app.py counts every millisecond of start-up).
from desktop.context import AppContext
from desktop.messages import in_language

if TYPE_CHECKING:
    from models.services.changes import Change


# How long an edit waits for other writers before the user is told: the window is busy
# meanwhile, so this is shorter than the command line's wait.
EDIT_LOCK_LIMIT_SECONDS = 11.0  # two tries of the 5 s busy wait


def run_change(context: AppContext, change: Change) -> Change:
    """Apply one change in its own transaction; returns the inverse."""
    from models.services.changes import apply_change

    return context.database.write(
        lambda session: apply_change(session, change), limit=EDIT_LOCK_LIMIT_SECONDS
    )


class ChangeCommand(QUndoCommand):
    def __init__(
        self,
        context: AppContext,
        done: Change,
        inverse: Change,
        text: str,
        on_changed: Callable[[str], None],
        on_error: Callable[[str], None],
        on_conflict: Callable[[EditConflictError, Change], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.context = context
        # Never applied: push's first redo is skipped, and every later redo applies the
        # inverse of the undo before it, which carries its own check (refuse_if_newer).
        self._redo_change = done
        self._undo_change = inverse
        self._on_changed = on_changed
        self._on_error = on_error
        self._on_conflict = on_conflict
        self._first = True

    def _error(self, message: str) -> None:
        """A later undo or redo that failed: said where the edit was made if that part is
        still open, else in the window's status line (a closed dialog's label is gone)."""
        if alive(self._on_error):
            self._on_error(message)
        else:
            self.context.changes.failed.emit(message)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._swap(self._redo_change, undoing=False)

    def undo(self) -> None:
        self._swap(self._undo_change, undoing=True)

    def _swap(self, change: Change, *, undoing: bool) -> None:
        """Undo or redo, checked like any edit: a colleague's later save is never overwritten.

        On a conflict the step leaves the history and the user is asked to keep theirs or
        overwrite (a new, undoable step).
        """
        try:
            inverse = run_change(self.context, change)
        except EditConflictError as conflict:
            self.setObsolete(True)
            if self._on_conflict is None or not alive(self._on_conflict):
                self._error(in_language(conflict))
            else:
                self._on_conflict(conflict, change)
            return
        except BriefingError as error:
            self.setObsolete(True)
            self._error(in_language(error))
            return
        if undoing:
            self._redo_change = inverse
        else:
            self._undo_change = inverse
        tell(self.context, change)
        if alive(self._on_changed):
            self._on_changed(change.engagement_key)


def perform(
    context: AppContext,
    change: Change,
    text: str,
    on_changed: Callable[[str], None],
    on_error: Callable[[str], None],
    on_conflict: Callable[[EditConflictError, Change], None] | None = None,
    on_history_error: Callable[[str], None] | None = None,
) -> bool:
    """Apply ``change`` now and put it on the undo stack; False (and nothing kept) if refused.

    ``on_history_error`` hears of a later undo or redo that fails (default: ``on_error``):
    by then another record may be on screen, so a field's own message would mislead.

    A change refused because someone else saved first goes to ``on_conflict`` when given,
    so the window can offer to reload or to overwrite.
    """
    try:
        inverse = run_change(context, change)
    except EditConflictError as conflict:
        if on_conflict is None:
            on_error(in_language(conflict))
        else:
            on_conflict(conflict, change)
        return False
    except BriefingError as error:
        on_error(in_language(error))
        return False
    context.undo_stack.push(
        ChangeCommand(
            context, change, inverse, text, on_changed, on_history_error or on_error, on_conflict
        )
    )
    tell(context, change)
    on_changed(change.engagement_key)
    return True


def alive(callback: Callable[..., object]) -> bool:
    """False for a bound method (or partial of one) of a Qt object already deleted: the
    undo history outlives the dialogs whose edits it holds."""
    import shiboken6

    owner = getattr(getattr(callback, "func", callback), "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def tell(context: AppContext, change: Change) -> None:
    """Hand what ``change`` touched to every view (they refresh only that)."""
    from models.changes_touched import touched_by

    context.changes.tell(touched_by(change))
