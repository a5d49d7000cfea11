"""The window's helper process: renders briefs and reads the table's rows, off the GUI thread.

The desktop starts ``serve`` in a spawned process and sends it jobs over a pipe; the helper
opens its own connection to the knowledge base. Jobs are plain data both ways: a request as a
dict in, PDF bytes out (a report, from ``reports``), or engagement rows (from ``models``: the
table's rows are not a report). Nothing here imports Qt, so the helper starts light.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

RENDER = "render"
UNTRANSLATED = "untranslated"  # how many texts a brief prints untranslated
ROWS = "rows"
PART = "part"  # an answer's status: some items of a long answer, whose end follows
PART_SIZE = 1000


@dataclass(frozen=True)
class Parted:
    """A result with a long list, sent in parts; the window receives ``(head, items)``."""

    head: Any
    items: list[Any]


def answer(number: int, result: Any) -> Iterator[tuple[int, Any, Any]]:
    """The messages carrying one job's result. A ``Parted`` result's items come first, in
    parts the window reads one per turn of its event loop: 10,000 table rows read as one
    message froze it for about 40 ms."""
    if isinstance(result, Parted):
        for start in range(0, len(result.items), PART_SIZE):
            yield number, PART, result.items[start : start + PART_SIZE]
        result = Parted(result.head, [])
    yield number, True, result


def run_job(database: Any, kind: str, payload: Any) -> Any:
    with database.session() as session:
        if kind == RENDER:  # ReportLab is imported for renders only, not for a table's rows
            from reports.render_job import render_job

            return render_job(session, payload)
        if kind == UNTRANSLATED:
            from reports.render_job import untranslated_job

            return untranslated_job(session, payload)
        if kind == ROWS:
            from models.queries.engagement_list import stamped_engagements

            return Parted(*stamped_engagements(session, payload or "da"))  # payload: language
    raise ValueError(f"unknown job {kind!r}")


def serve(database_url: str, connection: Connection) -> None:
    """Answer jobs until the pipe closes or ``None`` arrives; errors go back as text."""
    from models.db import connect

    database = connect(database_url)
    warmed = False
    try:
        while True:
            # A job sent with the start (a big table's rows) is answered before ReportLab
            # is imported; an idle helper imports it at once, ready for the first preview.
            if not warmed and not connection.poll():
                from reports.render_job import warm_up_renderer

                warm_up_renderer()
                warmed = True
            try:
                message = connection.recv()
            except EOFError:
                return
            if message is None:
                return
            number, kind, payload = message
            try:
                for reply in answer(number, run_job(database, kind, payload)):
                    connection.send(reply)
            except Exception as error:  # reported to the window, which shows it
                said = getattr(error, "said", None)  # the message's identity, for Danish
                connection.send((number, False, (f"{type(error).__name__}: {error}", said)))
            # Collect while idle, so the next preview is not paused by a full collection of
            # this one's garbage (up to 0.1 s in the middle of a render).
            gc.collect()
    finally:
        database.close()
