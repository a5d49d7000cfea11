"""What a desk officer asks for: places, themes, period, sections, language and letterhead.

A request is a plain value that can be stored as JSON (the app keeps a history of briefs) and
rendered again later.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from models.errors import ValidationError
from models.messages import say
from models.selection import Selection
from models.services.validation import TITLE_LENGTH, optional_text

LETTERHEAD = ("classification", "title", "addressee", "author", "unit", "case_number")


class Section(StrEnum):
    SUMMARY = "summary"
    TIMELINE = "timeline"
    ENGAGEMENTS = "engagements"
    RESULTS = "results"
    KEY_FACTS = "key_facts"
    CHARTS = "charts"
    SOURCES = "sources"


class Purpose(StrEnum):
    INFORMATION = "info"
    DECISION = "decision"


DEFAULT_SECTIONS: tuple[Section, ...] = tuple(Section)
# Printed when neither the brief nor preferences set one, in the brief's language.
DEFAULT_MARKING = "UKLASSIFICERET"
DEFAULT_MARKINGS = {"da": DEFAULT_MARKING, "en": "UNCLASSIFIED"}
DEFAULT_CLASSIFICATIONS: tuple[str, ...] = (
    "UKLASSIFICERET",
    "TIL TJENESTEBRUG",
    "FORTROLIGT",
    "UNCLASSIFIED",
    "NATO UNCLASSIFIED",
)
LANGUAGES = ("da", "en")
# The national markings in each language: a brief prints its marking in its own language
# ("TIL TJENESTEBRUG" in a Danish brief is "RESTRICTED" in the English one).
MARKINGS_IN: dict[str, dict[str, str]] = {
    "en": {
        "UKLASSIFICERET": "UNCLASSIFIED",
        "TIL TJENESTEBRUG": "RESTRICTED",
        "FORTROLIGT": "CONFIDENTIAL",
        "HEMMELIGT": "SECRET",
    },
    "da": {
        "UNCLASSIFIED": "UKLASSIFICERET",
        "RESTRICTED": "TIL TJENESTEBRUG",
        "CONFIDENTIAL": "FORTROLIGT",
        "SECRET": "HEMMELIGT",
    },
}


def marking_in(marking: str | None, language: str) -> str:
    """The marking a brief in ``language`` prints: the one asked for in that language, or
    the default ("UKLASSIFICERET" / "UNCLASSIFIED"); NATO and EU markings stay as they are."""
    if not marking:
        return DEFAULT_MARKINGS[language]
    return MARKINGS_IN[language].get(marking.strip().upper(), marking)


@dataclass(frozen=True)
class BriefRequest:
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    reported_by: tuple[str, ...] = ()  # publishers; models.selection.OWN_RECORDS: our own
    untranslated: str = ""  # "en"/"da": only engagements still lacking that language
    search: str = ""  # the words typed above the table: the brief covers what it shows
    period_start: date | None = None
    period_end: date | None = None
    sections: tuple[Section, ...] = DEFAULT_SECTIONS
    language: str = "da"
    classification: str | None = None
    purpose: Purpose = Purpose.INFORMATION
    title: str | None = None
    addressee: str | None = None
    author: str | None = None
    unit: str | None = None
    case_number: str | None = None
    ministry: str | None = None  # None: the ministry's name in the brief's language
    brief_date: date = field(default_factory=date.today)
    stale_after_months: int = 12
    show_updated_by: bool = False  # the sources annex names who last changed each source
    allow_empty: bool = False  # write a brief stamped as a draft even when nothing matches

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValidationError(say("brief.language", value=self.language))
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(say("brief.period_reversed"))
        if self.stale_after_months < 0:
            raise ValidationError(say("brief.stale_negative"))
        if len(set(self.sections)) != len(self.sections):
            raise ValidationError(say("brief.section_twice"))
        optional_text(self.search or None, record="Brief", field="search", max_length=TITLE_LENGTH)
        for name in LETTERHEAD:  # each prints in a heading or the page furniture: one line
            optional_text(
                getattr(self, name),
                record="Brief",
                field=name.replace("_", " "),
                max_length=TITLE_LENGTH,
            )

    def selection(self) -> Selection:
        """The engagements this brief covers, decided as the table decides them."""
        return Selection(
            countries=self.countries,
            regions=self.regions,
            themes=self.themes,
            instruments=self.instruments,
            statuses=self.statuses,
            reported_by=self.reported_by,
            untranslated=self.untranslated,
            period_start=self.period_start,
            period_end=self.period_end,
            search=self.search,
        )

    @classmethod
    def for_selection(cls, selection: Selection, **options: Any) -> BriefRequest:
        return cls(
            countries=selection.countries,
            regions=selection.regions,
            themes=selection.themes,
            instruments=selection.instruments,
            statuses=selection.statuses,
            reported_by=selection.reported_by,
            untranslated=selection.untranslated,
            period_start=selection.period_start,
            period_end=selection.period_end,
            search=selection.search,
            **options,
        )

    def with_changes(self, **changes: Any) -> BriefRequest:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, for the history of exported briefs."""
        data = asdict(self)
        for name in ("period_start", "period_end", "brief_date"):
            data[name] = data[name].isoformat() if data[name] else None
        data["sections"] = [section.value for section in self.sections]
        data["purpose"] = self.purpose.value
        for name in ("countries", "regions", "themes", "instruments", "statuses", "reported_by"):
            data[name] = list(data[name])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BriefRequest:
        values = dict(data)
        for name in ("period_start", "period_end", "brief_date"):
            if values.get(name):
                values[name] = date.fromisoformat(values[name])
        if "sections" in values:
            values["sections"] = tuple(Section(s) for s in values["sections"])
        if "purpose" in values:
            values["purpose"] = Purpose(values["purpose"])
        for name in ("countries", "regions", "themes", "instruments", "statuses", "reported_by"):
            if name in values:
                values[name] = tuple(values[name])
        return cls(**values)
