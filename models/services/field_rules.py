"""One rule per record field, shared by the file loader, the IATI import and the editors.

A rule turns what was typed or read into the stored value, or raises a ValidationError that
names the record and field. The file loader names a field as the file does (``lead_unit``),
an editor as the user reads it (``lead unit``); the check is the same, so a value the app
accepts always loads again from a dump, and a file can never hold what the app refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

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


NOTE = FieldRule(text(), "note")
INTERNAL_NOTE = FieldRule(text(), "internal note")

ENGAGEMENT: Mapping[str, FieldRule] = {
    "title": FieldRule(title, "title"),
    "summary": FieldRule(text(), "summary"),
    "status": FieldRule(choice(EngagementStatus), "status", default="active"),
    "iati_identifier": FieldRule(text(200), "IATI identifier"),
    "lead_unit": FieldRule(text(200), "lead unit"),
    "internal_note": INTERNAL_NOTE,
}

FUNDING_LINE: Mapping[str, FieldRule] = {
    "amount": FieldRule(amount, "amount"),
    "currency": FieldRule(currency, "currency", default="DKK"),
    "kind": FieldRule(choice(FundingKind), "kind", default="commitment"),
    "qualifier": FieldRule(qualifier, "qualifier"),
    "finance_act_line": FieldRule(text(40), "Finance Act line"),
    "note": NOTE,
    "internal_note": INTERNAL_NOTE,
}

FIGURES = ("baseline", "target", "actual")

RESULT: Mapping[str, FieldRule] = {
    "indicator": FieldRule(title, "indicator"),
    "unit": FieldRule(text(40), "unit"),
    "note": NOTE,
    "internal_note": INTERNAL_NOTE,
    **{name: FieldRule(quantity, name) for name in FIGURES},
    **{f"{name}_qualifier": FieldRule(qualifier, f"{name} qualifier") for name in FIGURES},
    **{f"{name}_text": FieldRule(text(), f"{name} as written") for name in FIGURES},
}

SOURCE: Mapping[str, FieldRule] = {
    "title": FieldRule(title, "title"),
    "publisher": FieldRule(text(200), "publisher"),
    "url": FieldRule(text(), "address"),
    "published": FieldRule(date, "published"),
    "language": FieldRule(text(8), "language"),
    "note": NOTE,
}

ORGANISATION: Mapping[str, FieldRule] = {
    "name": FieldRule(required_text(200), "name"),
    "acronym": FieldRule(text(40), "acronym"),
    "kind": FieldRule(choice(OrganisationKind), "kind", default="other"),
    "iati_ref": FieldRule(text(120), "IATI reference"),
}

NAMES: Mapping[str, FieldRule] = {  # countries, regions, themes, instruments
    "name_en": FieldRule(required_text(200), "English name"),
    "name_da": FieldRule(required_text(200), "Danish name"),
}

KEY_FACT: Mapping[str, FieldRule] = {
    "text": FieldRule(required_text(), "text"),
    "value": FieldRule(quantity, "value"),
    "value_qualifier": FieldRule(qualifier, "value qualifier"),
    "unit": FieldRule(text(40), "unit"),
    "value_text": FieldRule(text(), "value as written"),
    "internal_note": INTERNAL_NOTE,
}

EVENT: Mapping[str, FieldRule] = {
    "kind": FieldRule(choice(EventKind), "kind", default="other"),
    "title": FieldRule(title, "title"),
    "description": FieldRule(text(), "description"),
    "reference": FieldRule(text(120), "reference"),
    "internal_note": INTERNAL_NOTE,
}


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
