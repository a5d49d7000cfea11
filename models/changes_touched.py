"""What a change touched, so that each view refreshes only that (after Anki's OpChanges).

A change to one engagement (a field, a funding line, a result, an event link, a partner)
touches that engagement; a change to a reference list touches the list and every row that
shows its names; an import or a load touches everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Touched:
    engagements: frozenset[str] = field(default_factory=frozenset)
    lists: frozenset[str] = field(default_factory=frozenset)  # "countries", "sources", ...
    everything: bool = False

    def engagement(self, key: str | None) -> bool:
        """Whether the engagement ``key`` must be read again."""
        return key is not None and (self.everything or bool(self.lists) or key in self.engagements)

    def list_kind(self, kind: str) -> bool:
        return self.everything or kind in self.lists

    @property
    def rows(self) -> bool:
        """Whether the table's rows must all be read again (names or many rows changed)."""
        return self.everything or bool(self.lists)


EVERYTHING = Touched(everything=True)


def touched_by(change: object) -> Touched:
    """What ``change`` touched: a reference-list change names its list, any other change
    its engagement."""
    if getattr(change, "touches_everything", False):
        return EVERYTHING
    kind = getattr(change, "kind", None)
    if isinstance(kind, str) and getattr(change, "touches_list", False):
        return Touched(lists=frozenset({kind}))
    key = getattr(change, "engagement_key", "")
    return Touched(engagements=frozenset({key})) if key else Touched()
