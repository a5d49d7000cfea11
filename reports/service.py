"""A render service that runs in its own process, so the app's window never waits on ReportLab.

The desktop starts ``serve`` in a spawned process and sends it jobs over a pipe; the service
opens its own connection to the knowledge base. Jobs are plain data both ways: a request as a
dict in, PDF bytes (or engagement rows) out.
"""

from __future__ import annotations

import gc
from multiprocessing.connection import Connection
from typing import Any

RENDER = "render"
ROWS = "rows"


def run_job(database: Any, kind: str, payload: Any) -> Any:
    with database.session() as session:
        if kind == RENDER:  # ReportLab is imported for renders only, not for a table's rows
            from reports.render import render_request
            from reports.request import BriefRequest

            return render_request(session, BriefRequest.from_dict(payload))
        if kind == ROWS:
            from models.queries.engagement_list import stamped_engagements

            return stamped_engagements(session)
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
                connection.send((number, True, run_job(database, kind, payload)))
            except Exception as error:  # reported to the window, which shows it
                connection.send((number, False, f"{type(error).__name__}: {error}"))
            # Collect while idle, so the next preview is not paused by a full collection of
            # this one's garbage (up to 0.1 s in the middle of a render).
            gc.collect()
    finally:
        database.close()
