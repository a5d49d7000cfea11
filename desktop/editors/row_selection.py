"""Finding a child row again by its key after the table was refilled."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import QAbstractItemView


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


def select_row(
    view: QAbstractItemView, rows: Sequence[Keyed], key: str, column: int = 0, *, edit: bool = False
) -> None:
    """Make the row with ``key`` current (and open ``column`` for typing when ``edit``)."""
    for number, item in enumerate(rows):
        if item.key == key:
            index = view.model().index(number, column)
            view.setCurrentIndex(index)
            if edit:
                view.edit(index)
            return
