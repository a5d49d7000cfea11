"""The texts a brief would print untranslated: listed in the app before export."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields

from models.bilingual import Untranslated
from models.queries.briefs import BriefData


@dataclass(frozen=True)
class UntranslatedText:
    what: str  # "engagement", "result", "funding line", "partner", "event", "key fact"
    key: str
    text: Untranslated


def marked(shown: str) -> str:
    """A text joined into a longer line keeps its language mark when it has no translation
    ("Frankrig [da]"): the line is one string and could not print it in italics."""
    return f"{shown} [{shown.language}]" if isinstance(shown, Untranslated) else shown


def kept_as(shown: str, cut: str) -> str:
    """``cut`` (a part of ``shown``) in the language ``shown`` is in."""
    return Untranslated(cut, shown.language) if isinstance(shown, Untranslated) else cut


# The texts a brief prints, by kind of record (the others, an engagement's summary or a
# funding line's note, are kept but not printed today).
PRINTED: dict[str, tuple[str, ...]] = {
    "engagement": ("title",),
    "funding line": (),
    "result": ("indicator", "unit", "baseline_text", "target_text", "actual_text", "note"),
    "partner": ("label",),
    "event": ("title", "description"),
    "key fact": ("text", "unit"),
}


def _texts(what: str, row: object, printed_only: bool) -> Iterator[Untranslated]:
    names = (
        PRINTED[what] if printed_only else [field.name for field in fields(row)]  # type: ignore[arg-type]
    )
    for name in names:
        if name == "engagement_title":  # the engagement's own, listed with it
            continue
        value = getattr(row, name)
        if isinstance(value, Untranslated):
            yield value


def untranslated_texts(data: BriefData, *, printed_only: bool = False) -> list[UntranslatedText]:
    """Every text of ``data`` read without a translation into the brief's language, once
    (``printed_only``: only those a brief prints, for "N texts printed untranslated")."""
    found: list[UntranslatedText] = []
    seen: set[tuple[str, str, str]] = set()

    def add(what: str, key: str, row: object) -> None:
        for text in _texts(what, row, printed_only):
            if (what, key, text) not in seen:
                seen.add((what, key, text))
                found.append(UntranslatedText(what, key, text))

    for engagement in data.engagements:
        add("engagement", engagement.key, engagement)
        for line in (*engagement.funding, *engagement.undated_funding):
            add("funding line", line.key, line)
        for result in engagement.results:
            add("result", result.key, result)
        for partner in engagement.partners:
            add("partner", partner.key, partner)
    for event in data.events:
        add("event", event.key, event)
    for fact in data.key_facts:
        add("key fact", fact.key, fact)
    return found
