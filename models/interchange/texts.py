"""A record's texts as a file gives them, in either form the program has written.

Format 3 writes each text as ``{"da": …, "en": …}`` beside the record's ``language``; formats
1 and 2 wrote one text, in the language of the record's source. Both read into the stored
fields ``<name>_da``, ``<name>_en`` and ``language``, through the same rules as an editor.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models.bilingual import LANGUAGES, REQUIRED_TEXT, TEXT_FIELDS
from models.errors import ValidationError
from models.messages import say
from models.services import field_rules as rules


def _spread(
    raw: Mapping[str, Any], table: str, record: str, language: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The texts in Danish and English by stored field name, and those in the record's own
    language when that is neither (``original_texts``)."""
    flat: dict[str, Any] = {}
    originals: dict[str, Any] = {}
    for name in TEXT_FIELDS[table]:
        value = raw.get(name)
        if isinstance(value, Mapping):
            unknown = sorted(set(value) - {*LANGUAGES, language})
            if unknown:
                raise ValidationError(
                    say("text.languages", found=", ".join(map(str, unknown))),
                    record=record,
                    field=name,
                )
            for code in LANGUAGES:  # a language the file leaves out keeps what is there
                if code in value:
                    flat[f"{name}_{code}"] = value[code]
            if language not in LANGUAGES and value.get(language) is not None:
                originals[name] = value[language]
        elif language in LANGUAGES:  # one text, as formats 1 and 2 and IATI give it: the
            flat[f"{name}_{language}"] = value  # other language's translation is kept
        elif value is not None:
            originals[name] = value
    return flat, originals


def texts_from_file(
    rules_of: Mapping[str, rules.FieldRule],
    raw: Mapping[str, Any],
    table: str,
    record: str,
    *,
    language: str,
) -> dict[str, Any]:
    """The stored texts of ``raw`` and its language (``language`` where the file does not
    say, as files before format 3 do not)."""
    written = rules_of["language"].stored(raw.get("language", language), record=record)
    fields = TEXT_FIELDS[table]
    if table not in REQUIRED_TEXT and all(raw.get(name) is None for name in fields):
        # Nothing written (most funding lines of an IATI file): nothing to check.
        empty: dict[str, Any] = (
            {f"{name}_{written}": None for name in fields} if written in LANGUAGES else {}
        )
        return {**empty, "language": written, "original_texts": None}
    flat, originals = _spread(raw, table, record, written)
    values = rules.from_file(rules_of, flat, tuple(flat), record)
    kept = {
        name: rules_of[f"{name}_en"].stored(text, record=record, field=name)
        for name, text in originals.items()
    }
    values["language"] = written
    values["original_texts"] = {name: text for name, text in kept.items() if text} or None
    if table in REQUIRED_TEXT:
        rules.require_written(
            values, REQUIRED_TEXT[table], record=record, kept=values["original_texts"]
        )
    return values
