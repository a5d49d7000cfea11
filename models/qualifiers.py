"""A figure's qualifier as typed: "ca. 2700000000", "mere end 140000", "> 140000".

The qualifier is data beside the number (``models.vocabulary.Qualifier``); this module reads
it from what a user types in either language and writes it back for an edit field.
"""

from __future__ import annotations

from models.vocabulary import Qualifier

# Longest words first, so "more than" is not read as "more".
WORDS: tuple[tuple[str, Qualifier], ...] = (
    ("approximately", Qualifier.APPROXIMATELY),
    ("more than", Qualifier.MORE_THAN),
    ("less than", Qualifier.LESS_THAN),
    ("færre end", Qualifier.LESS_THAN),
    ("mere end", Qualifier.MORE_THAN),
    ("at least", Qualifier.AT_LEAST),
    ("op mod", Qualifier.UP_TO),
    ("op til", Qualifier.UP_TO),
    ("cirka", Qualifier.APPROXIMATELY),
    ("about", Qualifier.APPROXIMATELY),
    ("mindst", Qualifier.AT_LEAST),
    ("up to", Qualifier.UP_TO),
    ("under", Qualifier.LESS_THAN),
    ("over", Qualifier.MORE_THAN),
    ("knap", Qualifier.APPROXIMATELY),
    ("ca.", Qualifier.APPROXIMATELY),
    ("ca", Qualifier.APPROXIMATELY),
    ("~", Qualifier.APPROXIMATELY),
    ("≥", Qualifier.AT_LEAST),
    ("≤", Qualifier.UP_TO),
    (">", Qualifier.MORE_THAN),
    ("<", Qualifier.LESS_THAN),
)
EDIT_WORDS = {  # what an edit field shows before the number, per interface language
    "da": {
        Qualifier.APPROXIMATELY: "ca.",
        Qualifier.MORE_THAN: "mere end",
        Qualifier.UP_TO: "op til",
        Qualifier.AT_LEAST: "mindst",
        Qualifier.LESS_THAN: "under",
    },
    "en": {
        Qualifier.APPROXIMATELY: "about",
        Qualifier.MORE_THAN: "more than",
        Qualifier.UP_TO: "up to",
        Qualifier.AT_LEAST: "at least",
        Qualifier.LESS_THAN: "less than",
    },
}


def split_qualifier(typed: str) -> tuple[str | None, str]:
    """(qualifier value or None, the rest) of a typed figure."""
    text = typed.strip()
    folded = text.casefold()
    for word, qualifier in WORDS:
        if folded.startswith(word):
            rest = text[len(word) :]
            # a word must end where the number begins ("over" is not "overall")
            if word[-1].isalpha() and rest[:1].isalpha():
                continue
            return qualifier.value, rest.strip()
    return None, text


def with_qualifier(figure: str, qualifier: str | None, language: str) -> str:
    """The edit form: "ca. 2700000000"."""
    if not qualifier or not figure:
        return figure
    words = EDIT_WORDS.get(language, EDIT_WORDS["en"])
    return f"{words[Qualifier(qualifier)]} {figure}"
