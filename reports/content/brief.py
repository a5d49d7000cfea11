"""The brief as plain, immutable data: localised strings ready to lay out, numbers for charts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reports.request import Section


@dataclass(frozen=True)
class NoteRef:
    """A numbered reference to the sources annex; ``stale`` marks data past the threshold."""

    number: int
    stale: bool


@dataclass(frozen=True)
class Letterhead:
    ministry: str
    unit: str
    case_number: str
    date_text: str
    author: str
    addressee: str
    purpose: str
    classification: str


@dataclass(frozen=True)
class TimelineEntry:
    when: str
    title: str
    detail: str
    reference: str
    note: NoteRef
    lang: str = ""  # the language the text is written in (hyphenation); "" = the brief's


@dataclass(frozen=True)
class EngagementLine:
    title: str
    instruments: str
    partners: str
    period: str
    amount: str
    status: str
    note: NoteRef
    kind: str = ""  # "committed", "budgeted", …, one per line of ``amount``
    shared: str = ""  # money shared with other places, shown outside the total
    level: int = 0  # 1 for a component under its programme, 2 for one under a component
    lang: str = ""


@dataclass(frozen=True)
class ThemeGroup:
    theme: str
    lines: tuple[EngagementLine, ...]
    subtotal: str


@dataclass(frozen=True)
class ResultLine:
    indicator: str
    engagement: str
    baseline: str
    target: str
    actual: str
    period: str
    comment: str
    note: NoteRef
    as_text: bool = False  # a result in words, set as text rather than in a figure column
    lang: str = ""


@dataclass(frozen=True)
class FactLine:
    text: str
    value: str
    period: str
    note: NoteRef
    lang: str = ""


@dataclass(frozen=True)
class Chart:
    title: str
    caption: str
    bars: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class PlaceSection:
    key: str
    heading: str
    timeline: tuple[TimelineEntry, ...]
    groups: tuple[ThemeGroup, ...]
    total: str
    results: tuple[ResultLine, ...]
    facts: tuple[FactLine, ...]
    charts: tuple[Chart, ...]
    totals: tuple[tuple[str, str], ...] = ()  # ("Total budgeted", "2.950"), one per kind
    money_notes: tuple[str, ...] = ()  # what the totals leave out, in words
    as_of: str = ""  # "Data as of January 2022": the newest as-of date of the section


@dataclass(frozen=True)
class SourceNote:
    number: int
    title: str
    publisher: str
    published: str
    as_of: str
    url: str
    stale: bool
    updated_by: str = ""
    # "da" or "en": the records citing this note are printed in translation from it
    translated_from: str = ""


@dataclass(frozen=True)
class Brief:
    language: str
    title: str
    scope_lines: tuple[str, ...]
    letterhead: Letterhead
    summary: tuple[str, ...]
    places: tuple[PlaceSection, ...]
    sources: tuple[SourceNote, ...]
    sections: tuple[Section, ...]
    stale_after_months: int
    keywords: tuple[str, ...]
    warnings: tuple[str, ...] = ()  # on page 1: the data may be outdated

    @property
    def empty(self) -> bool:
        return not self.places

    @property
    def wants_contents(self) -> bool:
        """A table of contents pays off once a brief covers several places."""
        return len(self.places) > 1
