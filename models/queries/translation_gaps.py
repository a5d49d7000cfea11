"""Which texts have no translation yet: per country, for the data-quality view.

A text counts as missing in a language when the record has it in the other language (or
as written in a third one) but not in this one; a brief then prints the original, marked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import entities as e
from models.bilingual import LANGUAGES, TEXT_FIELDS, missing


@dataclass(frozen=True)
class CountryGaps:
    """Texts of one country's records without a Danish and without an English text."""

    iso2: str
    name_da: str
    name_en: str
    missing: dict[str, int]  # language → how many texts lack it
    texts: int  # texts in all, for the share


def _gaps(record: object, table: str) -> tuple[Counter[str], int]:
    counts: Counter[str] = Counter()
    written = 0
    for field in TEXT_FIELDS[table]:
        if any(getattr(record, f"{field}_{code}") for code in LANGUAGES) or (
            (getattr(record, "original_texts", None) or {}).get(field)
        ):
            written += 1
        for code in LANGUAGES:
            if missing(record, field, code):
                counts[code] += 1
    return counts, written


def _engagement_gaps(engagement: e.Engagement) -> tuple[Counter[str], int]:
    counts, written = _gaps(engagement, "engagements")
    children: Iterable[tuple[object, str]] = [
        *((line, "funding_lines") for line in engagement.funding_lines),
        *((result, "results") for result in engagement.results),
    ]
    for child, table in children:
        more, also = _gaps(child, table)
        counts.update(more)
        written += also
    return counts, written


def gaps_per_country(session: Session) -> list[CountryGaps]:
    """Every country with records, and how many of their texts lack each language."""
    missing_by: dict[str, Counter[str]] = {}
    written_by: Counter[str] = Counter()

    def count(codes: Iterable[str], gaps: Counter[str], written: int) -> None:
        for code in codes:
            missing_by.setdefault(code, Counter()).update(gaps)
            written_by[code] += written

    for engagement in session.scalars(
        select(e.Engagement).options(
            selectinload(e.Engagement.countries),
            selectinload(e.Engagement.funding_lines),
            selectinload(e.Engagement.results),
        )
    ):
        count((c.iso2 for c in engagement.countries), *_engagement_gaps(engagement))
    for event in session.scalars(select(e.Event).options(selectinload(e.Event.countries))):
        count((c.iso2 for c in event.countries), *_gaps(event, "events"))
    for fact in session.scalars(select(e.KeyFact).options(selectinload(e.KeyFact.countries))):
        count((c.iso2 for c in fact.countries), *_gaps(fact, "key_facts"))
    names = {c.iso2: c for c in session.scalars(select(e.Country))}
    return [
        CountryGaps(
            code,
            names[code].name_da,
            names[code].name_en,
            {language: missing_by[code][language] for language in LANGUAGES},
            written_by[code],
        )
        for code in sorted(written_by)
        if code in names
    ]
