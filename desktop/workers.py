"""Slow work off the GUI thread, with success and failure callbacks run back on it.

After Anki's ``QueryOp``: the caller says what to run and what to do with the result; the
helper keeps the runnable alive and delivers results through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # delivered to the GUI thread, shown there
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


class BackgroundJobs(QObject):
    """Runs jobs on a private pool; ``wait`` lets tests and shutdown drain it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._live: set[_Signals] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        signals = _Signals()
        self._live.add(signals)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._live.discard(signals)
            handler(value)

        signals.succeeded.connect(lambda value: finish(on_success, value))
        signals.failed.connect(lambda error: finish(on_failure, error))
        self.pool.start(_Job(work, signals))

    def wait(self, milliseconds: int = 30000) -> bool:
        return self.pool.waitForDone(milliseconds)

    @property
    def busy(self) -> bool:
        return bool(self._live)
