"""One rule per record field, shared by the file loader, the IATI import and the editors.

A rule turns what was typed or read into the stored value, or raises a ValidationError that
names the record and field. The file loader names a field as the file does (``lead_unit``),
an editor as the user reads it (``lead unit``); the check is the same, so a value the app
accepts always loads again from a dump, and a file can never hold what the app refuses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from models.bilingual import LANGUAGES, REQUIRED_TEXT, TEXT_FIELDS
from models.errors import ValidationError
from models.messages import say
from models.services import validation as v
from models.vocabulary import EngagementStatus, EventKind, FundingKind, OrganisationKind

Check = Callable[[object, str, str], Any]  # (value, record, field) -> stored value


@dataclass(frozen=True)
class FieldRule:
    """How one field is checked; ``label`` is its name in an editor's messages."""

    check: Check
    label: str
    default: Any = None  # what a file that leaves the field out means

    def stored(self, value: object, *, record: str, field: str | None = None) -> Any:
        return self.check(value, record, field or self.label)


def text(max_length: int = v.TEXT_LENGTH) -> Check:
    def check(value: object, record: str, field: str) -> str | None:
        return v.optional_text(value, record=record, field=field, max_length=max_length)

    return check


def required_text(max_length: int = v.TEXT_LENGTH) -> Check:
    def check(value: object, record: str, field: str) -> str:
        return v.require_text(value, record=record, field=field, max_length=max_length)

    return check


def title(value: object, record: str, field: str) -> str:
    return v.require_title(value, record=record, field=field)


def choice(choices: type[StrEnum]) -> Check:
    def check(value: object, record: str, field: str) -> str:
        return str(v.require_choice(value, choices, record=record, field=field).value)

    return check


def amount(value: object, record: str, field: str) -> Any:
    return v.require_amount(value, record=record, field=field)


def currency(value: object, record: str, field: str) -> str:
    return v.require_currency(value, record=record)


def quantity(value: object, record: str, field: str) -> Any:
    return v.optional_quantity(value, record=record, field=field)


def qualifier(value: object, record: str, field: str) -> str | None:
    return v.optional_qualifier(value, record=record, field=field)


def date(value: object, record: str, field: str) -> Any:
    return v.parse_date(value, record=record, field=field)


def optional(check: Check) -> Check:
    """``check`` for a text that may be left empty (one language of a required text: the
    other may hold it; ``require_written`` checks the record has one)."""

    def checked(value: object, record: str, field: str) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return check(value, record, field)

    return checked


def language(value: object, record: str, field: str) -> str:
    """A language code as IATI and ISO 639-1 write them: "da", "en", "fr"."""
    if not isinstance(value, str) or not LANGUAGE_CODE.fullmatch(value):
        raise ValidationError(say("language.code", value=value), record=record, field=field)
    return value


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def in_both_languages(rules: Mapping[str, FieldRule], table: str) -> dict[str, FieldRule]:
    """``rules`` with each text of ``table`` (``models.bilingual.TEXT_FIELDS``) as two
    fields, ``<name>_da`` and ``<name>_en``, each checked as the text is (but either may be
    empty), and the record's ``language``."""
    out = {name: rule for name, rule in rules.items() if name not in TEXT_FIELDS[table]}
    for name in TEXT_FIELDS[table]:
        rule = rules[name]
        for code, word in (("da", "Danish"), ("en", "English")):
            out[f"{name}_{code}"] = FieldRule(optional(rule.check), f"{rule.label} in {word}")
    out["language"] = FieldRule(language, "language", default="da")
    return out


def require_written(
    values: Mapping[str, Any], name: str, *, record: str, kept: Mapping[str, Any] | None = None
) -> None:
    """A required text (a title, an indicator) must be written in at least one language
    (``kept``: the texts in a record's own language when that is neither)."""
    if not any(values.get(f"{name}_{code}") for code in LANGUAGES) and not (kept or {}).get(name):
        raise ValidationError(say("text.empty"), record=record, field=name)


def keep_written(row: object, name: str, stored: object, table: str, *, record: str) -> None:
    """Refuse to empty the last language of a required text (``REQUIRED_TEXT``)."""
    required = REQUIRED_TEXT.get(table)
    if required is None or stored or not name.startswith(f"{required}_"):
        return
    others = [code for code in LANGUAGES if f"{required}_{code}" != name]
    kept = (getattr(row, "original_texts", None) or {}).get(required)
    if not kept and not any(getattr(row, f"{required}_{code}") for code in others):
        raise ValidationError(say("text.empty"), record=record, field=FIELD_LABELS[name])


FIELD_LABELS: dict[str, str] = {}  # filled below: a field's name → its label


NOTE = FieldRule(text(), "note")
INTERNAL_NOTE = FieldRule(text(), "internal note")

ENGAGEMENT: Mapping[str, FieldRule] = in_both_languages(
    {
        "title": FieldRule(title, "title"),
        "summary": FieldRule(text(), "summary"),
        "status": FieldRule(choice(EngagementStatus), "status", default="active"),
        "iati_identifier": FieldRule(text(200), "IATI identifier"),
        "lead_unit": FieldRule(text(200), "lead unit"),
        "internal_note": INTERNAL_NOTE,
    },
    "engagements",
)

FUNDING_LINE: Mapping[str, FieldRule] = in_both_languages(
    {
        "amount": FieldRule(amount, "amount"),
        "currency": FieldRule(currency, "currency", default="DKK"),
        "kind": FieldRule(choice(FundingKind), "kind", default="commitment"),
        "qualifier": FieldRule(qualifier, "qualifier"),
        "finance_act_line": FieldRule(text(40), "Finance Act line"),
        "note": NOTE,
        "internal_note": INTERNAL_NOTE,
    },
    "funding_lines",
)

FIGURES = ("baseline", "target", "actual")

RESULT: Mapping[str, FieldRule] = in_both_languages(
    {
        "indicator": FieldRule(title, "indicator"),
        "unit": FieldRule(text(40), "unit"),
        "note": NOTE,
        "internal_note": INTERNAL_NOTE,
        **{name: FieldRule(quantity, name) for name in FIGURES},
        **{f"{name}_qualifier": FieldRule(qualifier, f"{name} qualifier") for name in FIGURES},
        **{f"{name}_text": FieldRule(text(), f"{name} as written") for name in FIGURES},
    },
    "results",
)

SOURCE: Mapping[str, FieldRule] = {
    "title": FieldRule(title, "title"),
    "translated_title": FieldRule(text(v.TITLE_LENGTH), "translated title"),
    "publisher": FieldRule(text(200), "publisher"),
    "url": FieldRule(text(), "address"),
    "published": FieldRule(date, "published"),
    "language": FieldRule(text(8), "language"),
    "note": NOTE,
}

ORGANISATION: Mapping[str, FieldRule] = in_both_languages(
    {
        "name": FieldRule(required_text(200), "name"),
        "acronym": FieldRule(text(40), "acronym"),
        "kind": FieldRule(choice(OrganisationKind), "kind", default="other"),
        "iati_ref": FieldRule(text(120), "IATI reference"),
    },
    "organisations",
)

NAMES: Mapping[str, FieldRule] = {  # countries, regions, themes, instruments
    "name_en": FieldRule(required_text(200), "English name"),
    "name_da": FieldRule(required_text(200), "Danish name"),
}

KEY_FACT: Mapping[str, FieldRule] = in_both_languages(
    {
        "text": FieldRule(required_text(), "text"),
        "value": FieldRule(quantity, "value"),
        "value_qualifier": FieldRule(qualifier, "value qualifier"),
        "unit": FieldRule(text(40), "unit"),
        "value_text": FieldRule(text(), "value as written"),
        "internal_note": INTERNAL_NOTE,
    },
    "key_facts",
)

EVENT: Mapping[str, FieldRule] = in_both_languages(
    {
        "kind": FieldRule(choice(EventKind), "kind", default="other"),
        "title": FieldRule(title, "title"),
        "description": FieldRule(text(), "description"),
        "reference": FieldRule(text(120), "reference"),
        "internal_note": INTERNAL_NOTE,
    },
    "events",
)


def from_file(
    rules: Mapping[str, FieldRule], raw: Mapping[str, Any], names: tuple[str, ...], record: str
) -> dict[str, Any]:
    """The stored values of ``names`` as a file gives them, each named as in the file."""
    return {
        name: rules[name].stored(raw.get(name, rules[name].default), record=record, field=name)
        for name in names
    }


def present_in_file(
    rules: Mapping[str, FieldRule], raw: Mapping[str, Any], names: tuple[str, ...], record: str
) -> dict[str, Any]:
    """Like ``from_file`` for fields a file may leave out (older formats, IATI) to keep what a
    user set in the app: only the ones the record has."""
    return from_file(rules, raw, tuple(name for name in names if name in raw), record)


for _rules in (ENGAGEMENT, FUNDING_LINE, RESULT, ORGANISATION, KEY_FACT, EVENT):
    FIELD_LABELS.update({name: rule.label for name, rule in _rules.items()})
