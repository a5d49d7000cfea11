"""What every part of an activity's mapping shares: languages, defaults, problems, vocabulary.

The helpers here read the small things IATI repeats everywhere (narratives in several
languages, dates, numbers) in one way, so every field copes with the same quirks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from models.iati.codelists import SectorThemes
from models.iati.report import ProblemList
from models.iati.xmlfile import Element, all_narratives, iso_date, pick_narrative
from models.messages import say
from models.partial_dates import PartialDate
from models.services.field_rules import LANGUAGE_CODE


@dataclass(frozen=True)
class Vocabulary:
    """The theme, instrument and region codes present in the knowledge base being written.

    A record may only name codes that exist; checking here turns a missing one into a
    warning instead of a failed import.
    """

    themes: frozenset[str] = frozenset()
    instruments: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    sector_themes: SectorThemes | None = None  # None: the shipped defaults only


@dataclass
class ActivityContext:
    """One activity being mapped: its defaults and the problems found so far."""

    languages: tuple[str, ...]
    default_language: str | None
    default_currency: str | None
    as_of: PartialDate
    source_key: str
    vocabulary: Vocabulary
    problems: ProblemList = field(default_factory=ProblemList)

    def narrative(self, element: Element | None) -> str | None:
        """The element's narrative in the user's language if given (see ``pick_narrative``)."""
        return pick_narrative(element, self.languages, self.default_language)

    written_in: str | None = None  # the title's language, where it is none of the usual

    @property
    def language(self) -> str:
        """The language the activity's texts are written in: its default language, English
        where the file names none (IATI's own default), or the only one its title has."""
        code = self.written_in or self.default_language or "en"
        return code if LANGUAGE_CODE.fullmatch(code) else "en"

    def titles(self, title: Element | None) -> dict[str, str]:
        """The activity's title by language (see ``wording``). A title only in, say, Spanish
        on an activity with no default language: the activity is taken to be written in
        Spanish, so its texts are kept as written."""
        texts = all_narratives(title, self.language)
        if texts and not {"da", "en", self.language} & texts.keys():
            self.written_in = next(iter(texts))
        return self.wording(title, one_line=True, texts=texts)

    def wording(
        self,
        element: Element | None,
        *,
        one_line: bool = False,
        texts: dict[str, str] | None = None,
    ) -> dict[str, str]:
        """The element's text in Danish, in English and in the activity's own language, as
        many of them as the file gives (other languages are not kept)."""
        kept = {"da", "en", self.language}
        if texts is None:
            texts = all_narratives(element, self.language)
        if one_line:
            texts = {code: " ".join(text.split()) for code, text in texts.items()}
        return {code: text for code, text in texts.items() if code in kept and text}

    def date(self, element: Element | None, what: str) -> PartialDate | None:
        """The iso-date of ``element``; an unreadable one is reported and left out."""
        if element is None:
            return None
        raw = element.get("iso-date")
        parsed = iso_date(raw)
        if parsed is None and raw:
            self.problems.error(
                say("iati.date_invalid", element=what, value=raw), element.sourceline
            )
        return parsed


def single_line(text: str | None) -> str | None:
    """Titles and names on one line: IATI files often break them mid-sentence."""
    if text is None:
        return None
    return " ".join(text.split()) or None


def decimal_or_none(text: str | None) -> Decimal | None:
    """A number as written ("1500000", "12.5", " 3 "), or None when it is no number."""
    if text is None or not text.strip():
        return None
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
