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

# The fields a result edit stores: each text in Danish or English (``indicator_da``, …).
RESULT_TEXTS = ("indicator", "unit", "note")
STORED_RESULT_FIELDS = tuple(
    stored
    for name in RESULT_FIELDS
    for stored in ((f"{name}_da", f"{name}_en") if name in RESULT_TEXTS else (name,))
)
