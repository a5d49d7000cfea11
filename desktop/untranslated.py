"""How a field shows a text that has no translation into the language being edited.

The field stays empty (typing there writes the translation, never over the original) and
its placeholder shows the original greyed, with its language: "[da] Vand til Mopti".
"""

from __future__ import annotations

from models.bilingual import Untranslated


def typed_text(shown: str | None) -> str:
    """What the field holds: the text in the language edited, "" where there is none."""
    if shown is None or isinstance(shown, Untranslated):
        return ""
    return shown


def untranslated_hint(shown: str | None) -> str:
    """The placeholder: the original of an untranslated text, else nothing."""
    if isinstance(shown, Untranslated):
        return f"[{shown.language}] {shown}"
    return ""


def cell_text(shown: str | None) -> str:
    """A grid cell's text: an untranslated one shows its original after its language."""
    return untranslated_hint(shown) or (shown or "")


def is_untranslated(shown: object) -> bool:
    return isinstance(shown, Untranslated)
