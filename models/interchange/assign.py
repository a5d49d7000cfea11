"""Assigning only what differs, so a repeated load leaves rows and timestamps alone."""

from __future__ import annotations

from typing import Any


def assign(obj: object, **values: Any) -> bool:
    """Set the attributes whose value differs; True when anything changed.

    Lists (relationship collections) compare as sets of the same objects.
    """
    changed = False
    for name, value in values.items():
        current = getattr(obj, name)
        if isinstance(value, list):
            if len(current) != len(value) or {id(x) for x in current} != {id(x) for x in value}:
                setattr(obj, name, value)
                changed = True
        elif current != value:
            setattr(obj, name, value)
            changed = True
    return changed
