"""The fields of a result an edit can change, in the order the results grid shows them.

A module of its own: the window imports it at start, without the services behind it.
"""

from __future__ import annotations

RESULT_FIELDS = (
    "indicator",
    "unit",
    "baseline",
    "target",
    "actual",
    "start",
    "end",
    "note",
    "internal_note",
)
