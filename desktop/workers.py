"""Slow work in a helper process, with success and failure callbacks run on the GUI thread.

After Anki's ``QueryOp``: the caller says what to run and what to do with the result. The
work runs in a spawned process (``desktop.helper_service``), and a short timer collects answers
from the pipe while jobs are pending. No Python thread runs beside the window (the start-up
file check's thread ends before it exists): PySide6 6.12.0 crashed ("deallocating None")
when Qt called Python slots while another Python thread ran. The pinned 6.11.3 does not
leak references to None, but the one-process-per-job design stands on its own merits.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.helper_service import PART, Parted, serve

POLL_MILLISECONDS = 10


class JobFailedError(Exception):
    """A job that raised in the helper process; the message says what went wrong, and
    ``said`` is its identity when the helper's error had one (see ``desktop.messages``)."""

    def __init__(self, message: str, said: object = None) -> None:
        super().__init__(message)
        self.said = said


class BackgroundJobs(QObject):
    """The window's one helper process; jobs run in order, callbacks run on the GUI thread.

    The window owns it and lends it to its parts (the preview, the table's first rows, an
    export); ``idle`` tells them when the last pending job is answered.
    """

    idle = Signal()

    def __init__(self, database_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database_url = database_url
        self._numbers = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._process: Any = None
        self._connection: Any = None
        self._closed = False
        self._parts: dict[int, list[Any]] = {}  # parts of long answers still arriving
        self._sent: dict[int, tuple[str, Any]] = {}  # pending jobs, to send again after a cancel
        self._continuing = False  # reading the rest of a long answer on the next turn
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MILLISECONDS)
        self._timer.timeout.connect(self.deliver_finished)

    def _ensure_process(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        if self._closed:  # a job asked for as the window closed must not start a new helper
            raise RuntimeError("the helper has been shut down")
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe()
        self._process = context.Process(
            target=serve, args=(self.database_url, child), daemon=True, name="briefing-worker"
        )
        self._process.start()
        child.close()

    def start(self) -> None:
        """Start the helper now (it takes a moment to import), before the first job."""
        with contextlib.suppress(OSError, RuntimeError):
            self._ensure_process()

    def run(
        self,
        kind: str,
        payload: Any,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> int:
        """Send a job; returns its number (to ``cancel`` it)."""
        if self._closed:
            return 0  # e.g. a preview refresh queued by a result delivered while closing
        self._ensure_process()
        number = next(self._numbers)
        self._pending[number] = (on_success, on_failure)
        self._sent[number] = (kind, payload)
        self._connection.send((number, kind, payload))
        self._timer.start()
        return number

    def deliver_finished(self) -> None:
        """Deliver the answers waiting in the pipe (the poll timer calls this).

        After a part of a long answer it returns to the event loop and goes on at its next
        turn, so no turn reads more than one part; while that continuation is due, the
        timer's calls leave the reading to it.
        """
        if self._closed or self._continuing:
            return
        self._deliver(one_part_per_turn=True)

    def _continue(self) -> None:
        self._continuing = False
        if not self._closed:
            self._deliver(one_part_per_turn=True)

    def _deliver(self, *, one_part_per_turn: bool) -> None:
        while self._pending and self._connection.poll():
            try:
                number, ok, result = self._receive()
            except (EOFError, OSError):  # the helper died, perhaps in the middle of an answer
                self._fail_all("The helper process stopped.")
                return
            if ok == PART:
                self._parts.setdefault(number, []).extend(result)
                if one_part_per_turn:
                    self._continuing = True
                    QTimer.singleShot(0, self, self._continue)  # dropped if self is deleted
                    return
                continue
            parts = self._parts.pop(number, [])
            if isinstance(result, Parted):
                result = (result.head, parts + result.items)
            callbacks = self._pending.pop(number, None)
            self._sent.pop(number, None)
            if callbacks is not None:
                if ok:
                    callbacks[0](result)
                else:
                    text, said = result if isinstance(result, tuple) else (result, None)
                    callbacks[1](JobFailedError(text, said))
        if self._pending and (self._process is None or not self._process.is_alive()):
            self._fail_all("The helper process stopped.")
        if not self._pending:
            self._timer.stop()
            self.idle.emit()

    def _receive(self) -> Any:
        """One answer, read with the cyclic collector paused: a big table's rows are many
        small objects, and collections while reading them took a quarter of the time."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._connection.recv()
        finally:
            if collecting:
                gc.enable()

    def _fail_all(self, message: str) -> None:
        pending, self._pending = self._pending, {}
        self._sent.clear()
        self._parts.clear()
        self._process = None
        for _success, failure in pending.values():
            failure(JobFailedError(message))
        self._timer.stop()
        self.idle.emit()

    def cancel(self, number: int) -> None:
        """Abandon job ``number`` (an export the user cancelled): no callback comes for it.
        The helper is ended (a job cannot be stopped halfway) and the other pending jobs, a
        big table's rows say, are sent again to a new helper, in their order."""
        if number not in self._pending:
            return
        self._pending.pop(number)
        self._sent.pop(number, None)
        self._timer.stop()
        self._parts.clear()
        self._continuing = False
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
        self._process = None
        if not self._pending:
            self.idle.emit()
            return
        self._ensure_process()
        for again in sorted(self._pending):
            self._connection.send((again, *self._sent[again]))
        self._timer.start()

    def wait(self, seconds: float = 30) -> bool:
        """Deliver every pending job's result, blocking up to ``seconds``."""
        deadline = time.monotonic() + seconds
        while self._pending and time.monotonic() < deadline:
            stopped = self._process is not None and not self._process.is_alive()
            if self._connection.poll(0.05) or stopped:
                self._deliver(one_part_per_turn=False)
        return not self._pending

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self, *, discard: bool = False) -> None:
        """Stop the helper; its owner is closing, so no callback comes after this.

        A helper still working, or told to ``discard``, is ended at once: waiting for an
        answer nobody will read (a big table's rows filling the pipe) made closing take 5 s.
        """
        self._closed = True
        self._timer.stop()
        working = bool(self._pending)
        self._pending.clear()
        self._parts.clear()
        if discard or working:
            if self._process is not None and self._process.is_alive():
                self._process.terminate()
                self._process.join(5)
            self._process = None
            return
        if self._process is not None and self._process.is_alive():
            with contextlib.suppress(BrokenPipeError, OSError):
                self._connection.send(None)
            self._process.join(5)
            if self._process.is_alive():
                self._process.terminate()
        self._process = None
