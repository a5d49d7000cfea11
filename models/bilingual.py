"""Texts in Danish and English: which fields have both, and how a reader gets one of them.

Every printed or shown text of a record is stored twice, ``<field>_da`` and ``<field>_en``;
the record's ``language`` says which of the two was written first (the original), the other
is its translation. A reader asks for one language and gets that text, or, where it was never
translated, the original as an ``Untranslated`` string that remembers its language, so a
brief can mark it ("[da]") instead of passing it off as a translation.
"""

from __future__ import annotations

from typing import Any, Final

LANGUAGES: Final = ("da", "en")

# The texts each kind of record holds in both languages (field names without the suffix).
TEXT_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "engagements": ("title", "summary"),
    "funding_lines": ("note",),
    "results": ("indicator", "unit", "baseline_text", "target_text", "actual_text", "note"),
    "key_facts": ("text", "unit", "value_text"),
    "events": ("title", "description"),
    "organisations": ("name", "acronym"),
}

# The text a record cannot be without, in one language or the other.
REQUIRED_TEXT: Final[dict[str, str]] = {
    "engagements": "title",
    "results": "indicator",
    "key_facts": "text",
    "events": "title",
    "organisations": "name",
}


class Untranslated(str):
    """A text in ``language``, shown where another language was asked for."""

    language: str

    def __new__(cls, text: str, language: str) -> Untranslated:
        made = super().__new__(cls, text)
        made.language = language
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # kept across the helper process's pipe
        return (Untranslated, (str(self), self.language))


def other(language: str) -> str:
    """The other of the two languages."""
    return "en" if language == "da" else "da"


def language_of(text: str | None, asked: str) -> str:
    """The language ``text`` is in, given it was read for ``asked``."""
    return text.language if isinstance(text, Untranslated) else asked


def text_in(record: object, field: str, language: str) -> str | None:
    """``field`` of ``record`` in ``language``: the text, or the other language's as
    ``Untranslated``; None when the record has neither."""
    wanted = getattr(record, f"{field}_{language}")
    if wanted:
        return str(wanted)
    fallback = getattr(record, f"{field}_{other(language)}")
    if fallback:
        return Untranslated(fallback, other(language))
    kept = (getattr(record, "original_texts", None) or {}).get(field)
    return Untranslated(kept, getattr(record, "language", "")) if kept else None


def original_text(record: Any, field: str) -> str | None:
    """``field`` as first written (in the record's own language), else the other text."""
    language = record.language if record.language in LANGUAGES else "da"
    text = text_in(record, field, language)
    return str(text) if text is not None else None


def set_texts(record: object, field: str, texts: dict[str, str | None]) -> None:
    """Store both languages of ``field`` (missing ones as None)."""
    for language in LANGUAGES:
        setattr(record, f"{field}_{language}", texts.get(language))


def missing(record: object, field: str, language: str) -> bool:
    """True when the record has ``field`` in some language but not in ``language``."""
    text = text_in(record, field, language)
    return isinstance(text, Untranslated)
