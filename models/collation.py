"""Danish-aware case folding and sorting, done in Python because SQLite's are ASCII-only."""

from __future__ import annotations

import re
import unicodedata

# Danish alphabet order after z: æ ø å (with the older spellings ä ö sorting alike).
_AFTER_Z = str.maketrans({"æ": "{0", "ä": "{0", "ø": "{1", "ö": "{1", "å": "{2"})
_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Case-insensitive form for searching: "ØKONOMI" and "økonomi" fold alike."""
    return unicodedata.normalize("NFC", text).casefold()


def loose_fold(name: str) -> str:
    """A name as typed names are matched: case and accents ignored ("cote d'ivoire" finds
    "Côte d’Ivoire"), but å, æ and ø kept apart from a, ae and o, as Danish sorts them."""
    decomposed = unicodedata.normalize("NFD", fold(name.strip().replace("’", "'")))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u030a")
    return unicodedata.normalize("NFC", kept)


def danish_sort_key(text: str) -> str:
    """Sort key that puts Æ, Ø, Å after Z, as Danish readers expect; é sorts as e."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    danish = unicodedata.normalize("NFC", folded).translate(_AFTER_Z)
    return _COMBINING.sub("", unicodedata.normalize("NFD", danish))


def english_sort_key(text: str) -> str:
    """Sort key for English: case and accents ignored, so "Åland" sorts with the A's and
    "Ærø" as "aero" (English readers know no letters after z)."""
    folded = text.casefold().replace("æ", "ae").replace("ø", "o")
    return _COMBINING.sub("", unicodedata.normalize("NFD", folded))


def sort_key(text: str, language: str) -> str:
    """The sort key of ``text`` in ``language`` (Danish or English)."""
    return danish_sort_key(text) if language == "da" else english_sort_key(text)


def matches(query: str, *texts: str | None) -> bool:
    """True when every word of the query occurs in one of the texts, Danish-aware."""
    words = fold(query).split()
    haystack = " ".join(fold(text) for text in texts if text)
    return all(word in haystack for word in words)
