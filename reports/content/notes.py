"""Numbering sources in order of first use, and judging which facts may be outdated."""

from __future__ import annotations

from datetime import date

from models.bilingual import LANGUAGES, Untranslated
from models.partial_dates import PartialDate
from models.rows import Provenance, SourceRow

from reports.content.brief import NoteRef, SourceNote
from reports.text import BriefText


def months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


class NoteRegistry:
    """One number per (source, as-of date, translated or not), the same number every time
    it recurs."""

    def __init__(
        self,
        text: BriefText,
        brief_date: date,
        stale_after_months: int,
        show_updated_by: bool = False,
    ) -> None:
        self.show_updated_by = show_updated_by
        # A publisher that is an organisation of the knowledge base ("Udenrigsministeriet")
        # is named as the brief's language names it ("Ministry of Foreign Affairs of Denmark").
        self.publishers: dict[str, str] = {}
        self.text = text
        self.brief_date = brief_date
        self.stale_after_months = stale_after_months
        self._numbers: dict[tuple[str, str, str], int] = {}
        self._notes: list[SourceNote] = []

    def is_stale(self, as_of: PartialDate) -> bool:
        return months_between(as_of.last_day(), self.brief_date) > self.stale_after_months

    def ref(self, provenance: Provenance, shown: str | None = None) -> NoteRef:
        """The note for a record whose main text is ``shown``: a translation of it cites
        its source as "translated from Danish", one printed as written does not."""
        translated_from = _translated_from(provenance.written_in, shown, self.text.language)
        identity = (provenance.source.key, provenance.as_of.isoformat(), translated_from)
        stale = self.is_stale(provenance.as_of)
        number = self._numbers.get(identity)
        if number is None:
            number = len(self._notes) + 1
            self._numbers[identity] = number
            source = provenance.source
            self._notes.append(
                SourceNote(
                    number=number,
                    title=_cited(source, self.text.language),
                    publisher=self.publishers.get(source.publisher or "", source.publisher or ""),
                    published=self.text.partial(source.published),
                    as_of=self.text.partial(provenance.as_of),
                    url=source.url or "",
                    stale=stale,
                    updated_by=(source.updated_by or "") if self.show_updated_by else "",
                    translated_from=translated_from,
                )
            )
        return NoteRef(number, stale)

    @property
    def notes(self) -> tuple[SourceNote, ...]:
        return tuple(self._notes)


def _cited(source: SourceRow, language: str) -> str:
    """The title as published; in a brief of another language, its translation after it
    in brackets where one was made ("Danmark i Mali [Denmark in Mali]")."""
    if source.language not in (None, language) and source.translated_title:
        return f"{source.title} [{source.translated_title}]"
    return source.title


def _translated_from(written_in: str, shown: str | None, language: str) -> str:
    """The record's language when the brief prints it in translation: Danish or English,
    the other of the brief's. Not for a text printed as written (marked "[da]" already) nor
    for a third language (printed as written unless translated by hand)."""
    if isinstance(shown, Untranslated) or written_in not in LANGUAGES or written_in == language:
        return ""
    return written_in
