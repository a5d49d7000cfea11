"""A render service that runs in its own process, so the app's window never waits on ReportLab.

The desktop starts ``serve`` in a spawned process and sends it jobs over a pipe; the service
opens its own connection to the knowledge base. Jobs are plain data both ways: a request as a
dict in, PDF bytes (or engagement rows) out.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

RENDER = "render"
ROWS = "rows"
PART = "part"  # an answer's status: some items of a long answer, whose end follows
PART_SIZE = 1000
MESSAGES = "_messages"  # a render payload's key for the language the window speaks


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
            from reports.content.empty import EmptySelectionError, nothing_found
            from reports.render import render_request
            from reports.request import BriefRequest

            values = dict(payload)
            messages = values.pop(MESSAGES, "en")  # the language of the window's messages
            request = BriefRequest.from_dict(values)
            try:
                return render_request(session, request)
            except EmptySelectionError:
                raise EmptySelectionError(nothing_found(session, request, messages)) from None
        if kind == ROWS:
            from models.queries.engagement_list import stamped_engagements

            return Parted(*stamped_engagements(session))
    raise ValueError(f"unknown job {kind!r}")


def warm_up_renderer() -> None:
    """Import ReportLab and register the fonts now, not on the first preview."""
    from reports.layout.fonts import register_fonts
    from reports.render import render_request  # noqa: F401

    register_fonts()
    # What is loaded by now lives as long as the process: keep the collector off it, so the
    # collections between jobs only look at what the jobs made.
    gc.collect()
    gc.freeze()


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
