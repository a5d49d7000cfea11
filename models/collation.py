"""Danish-aware case folding and sorting, done in Python because SQLite's are ASCII-only."""

from __future__ import annotations

import unicodedata

# Danish alphabet order after z: æ ø å (with the older spellings ä ö aa sorting alike).
_AFTER_Z = {"æ": "{0", "ä": "{0", "ø": "{1", "ö": "{1", "å": "{2"}


def fold(text: str) -> str:
    """Case-insensitive form for searching: "ØKONOMI" and "økonomi" fold alike."""
    return unicodedata.normalize("NFC", text).casefold()


def danish_sort_key(text: str) -> str:
    """Sort key that puts Æ, Ø, Å after Z, as Danish readers expect."""
    folded = fold(text)
    out: list[str] = []
    for char in folded:
        if char in _AFTER_Z:
            out.append(_AFTER_Z[char])
            continue
        decomposed = unicodedata.normalize("NFD", char)
        out.append(decomposed[0] if decomposed[0].isascii() else char)
    return "".join(out)


def matches(query: str, *texts: str | None) -> bool:
    """True when every word of the query occurs in one of the texts, Danish-aware."""
    words = fold(query).split()
    haystack = " ".join(fold(text) for text in texts if text)
    return all(word in haystack for word in words)
