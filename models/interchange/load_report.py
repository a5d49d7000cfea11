"""What a load did, per list, so that a preview can say it before anything is kept."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LoadReport:
    """Records added and records changed per list, and the engagements by title."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    # The engagements by title, so that a preview can say which ones it would add or change.
    added_titles: list[str] = field(default_factory=list)
    changed_titles: list[str] = field(default_factory=list)

    def count(self, kind: str, *, new: bool, dirty: bool, title: str | None = None) -> None:
        if new:
            self.added[kind] = self.added.get(kind, 0) + 1
            if title is not None:
                self.added_titles.append(title)
        elif dirty:
            self.changed[kind] = self.changed.get(kind, 0) + 1
            if title is not None:
                self.changed_titles.append(title)

    @property
    def unchanged(self) -> bool:
        return not self.added and not self.changed
