"""The rules every write obeys, phrased for the person who typed the value.

The database enforces the same rules with CHECK constraints; checking here first turns a
constraint violation into a sentence that names the record and the field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from models.errors import ValidationError
from models.messages import Message, say
from models.partial_dates import PartialDate
from models.vocabulary import Qualifier

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
# Limits that every path (editor, load, IATI import) applies, so a brief can lay out all it
# is given: a title fits on a few lines of a heading, a long text on a few pages.
TITLE_LENGTH = 500
TEXT_LENGTH = 20_000
FOUR_DECIMALS = Decimal("0.0001")
QUANTITY_INTEGER_DIGITS = 11  # with four decimals: the 15 digits a double holds exactly
# Control characters (tab and line breaks apart), NUL among them, and lone surrogates break
# spreadsheets, PostgreSQL and UTF-8 files; no field may hold them.
FORBIDDEN_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
# Where a character that briefs cannot print may start: the right-to-left blocks (Hebrew to
# Arabic, their presentation forms, the historic ones), flags and the zero-width joiner.
# ``unprintable`` then decides by the character's bidirectional class or kind.
UNPRINTABLE = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
    "\U0001f1e6-\U0001f1ff\u200d]"
)
REGIONAL_INDICATOR_START, REGIONAL_INDICATOR_END = 0x1F1E6, 0x1F1FF
ZERO_WIDTH_JOINER = "\u200d"
PICTOGRAPH = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")
STORABLE = re.compile(r"[\x00\ud800-\udfff]")  # what no database or UTF-8 file can hold
_ENTRY_RULES: ContextVar[bool] = ContextVar("entry_rules", default=True)
LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029]")
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
E = TypeVar("E", bound=StrEnum)


@contextmanager
def as_stored() -> Iterator[None]:
    """Within: texts are taken as they are stored, without the rules for typed text.

    For moving what a knowledge base already holds (``copy``, restoring its own backup,
    rewriting a record to change its links): a text saved before a limit existed must not
    make the whole base impossible to copy or restore. Structure (keys, dates, amounts,
    references) is still checked, and NUL and lone surrogates, which no database can hold.
    """
    token = _ENTRY_RULES.set(False)
    try:
        yield
    finally:
        _ENTRY_RULES.reset(token)


def require_text(value: object, *, record: str, field: str, max_length: int = TEXT_LENGTH) -> str:
    """Trimmed text within ``max_length``; at ``TITLE_LENGTH`` or less it is one line."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(say("text.empty"), record=record, field=field)
    if not _ENTRY_RULES.get():
        if STORABLE.search(value):
            raise ValidationError(
                say("text.unstorable"),
                record=record,
                field=field,
            )
        return value  # exactly as stored, spaces included
    if len(value) > max_length:
        raise ValidationError(
            say("text.too_long", length=len(value), limit=max_length),
            record=record,
            field=field,
        )
    bad = FORBIDDEN_CHARACTERS.search(value)
    if bad:
        raise ValidationError(
            say("text.control", code=f"{ord(bad.group()):04X}", position=bad.start() + 1),
            record=record,
            field=field,
        )
    refusal = unprintable(value)
    if refusal:
        raise ValidationError(refusal, record=record, field=field)
    if max_length <= TITLE_LENGTH and LINE_BREAKS.search(value.strip()):
        raise ValidationError(say("text.one_line"), record=record, field=field)
    return value.strip()


def unprintable(text: str) -> Message | None:
    """Why ``text`` cannot be printed right in a brief, or None when it can.

    The brief's layout sets text left to right, character by character: Arabic and Hebrew
    would come out reversed and unjoined, a flag as two letter boxes, a joined emoji (a
    family, a profession) as its separate parts. Such text is refused where it is entered
    rather than printed wrong. (Characters the brief's fonts lack are refused when a brief
    is made: ``reports.layout.fonts``.)
    """
    found = UNPRINTABLE.search(text)  # one scan: imports validate millions of characters
    while found is not None:
        character, position = found.group(), found.start() + 1
        if unicodedata.bidirectional(character) in ("R", "AL"):
            name = unicodedata.name(character, "right-to-left").split()[0].title()
            return say("text.right_to_left", script=name, position=position)
        if REGIONAL_INDICATOR_START <= ord(character) <= REGIONAL_INDICATOR_END:
            return say("text.flag", position=position)
        if character == ZERO_WIDTH_JOINER and _joins_pictographs(text, found.start()):
            return say("text.emoji", position=position)
        found = UNPRINTABLE.search(text, found.end())
    return None


def _joins_pictographs(text: str, at: int) -> bool:
    neighbours = text[max(at - 2, 0) : at] + text[at + 1 : at + 3]
    return bool(PICTOGRAPH.search(neighbours))


def require_title(value: object, *, record: str, field: str = "title") -> str:
    return require_text(value, record=record, field=field, max_length=TITLE_LENGTH)


def optional_text(
    value: object, *, record: str, field: str, max_length: int = TEXT_LENGTH
) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return require_text(value, record=record, field=field, max_length=max_length)


def require_key(value: object, *, record: str, field: str = "key") -> str:
    if not isinstance(value, str) or not KEY_PATTERN.match(value):
        raise ValidationError(
            say("key.invalid", value=value),
            record=record,
            field=field,
        )
    return value


def require_choice(value: object, choices: type[E], *, record: str, field: str) -> E:
    try:
        return choices(str(value))
    except ValueError:
        allowed = ", ".join(member.value for member in choices)
        raise ValidationError(
            say("choice.unknown", value=value, allowed=allowed), record=record, field=field
        ) from None


def optional_qualifier(value: object, *, record: str, field: str) -> str | None:
    """ "approximately", "more_than", … or nothing: how a figure is meant. The words a
    user types ("ca.", "mere end", "more than") are read too."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        from models.qualifiers import split_qualifier

        typed, rest = split_qualifier(value)
        if typed is not None and not rest:
            return typed
    return require_choice(value, Qualifier, record=record, field=field).value


def to_decimal(value: object, *, record: str, field: str) -> Decimal | None:
    """A number from JSON or a form; bools and text that is no number are refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(say("number.required"), record=record, field=field)
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError(
            say("number.invalid", value=value), record=record, field=field
        ) from None
    if not number.is_finite():
        raise ValidationError(say("number.infinite"), record=record, field=field)
    return number


def optional_quantity(value: object, *, record: str, field: str) -> Decimal | None:
    """A result's or key fact's figure, or None; refused rather than changed at rest.

    SQLite keeps these figures as floating point (15 significant digits) and SQLAlchemy
    reads them back to four decimals, so at most four decimals and eleven digits before
    the point come back exactly as written.
    """
    number = to_decimal(value, record=record, field=field)
    if number is None or not _ENTRY_RULES.get():
        return number
    if number.adjusted() >= QUANTITY_INTEGER_DIGITS:
        raise ValidationError(
            say("figure.too_large", value=value, digits=QUANTITY_INTEGER_DIGITS),
            record=record,
            field=field,
        )
    if number != number.quantize(FOUR_DECIMALS):  # finite, and small enough to quantize
        raise ValidationError(say("figure.decimals", value=value), record=record, field=field)
    return number


def require_amount(value: object, *, record: str, field: str = "amount") -> Decimal:
    number = to_decimal(value, record=record, field=field)
    if number is None:
        raise ValidationError(say("amount.required"), record=record, field=field)
    if number < 0:
        raise ValidationError(say("amount.negative"), record=record, field=field)
    if number >= Decimal(10) ** 16:
        raise ValidationError(say("amount.too_large"), record=record, field=field)
    cents = number.quantize(Decimal("0.01"))
    if cents != number:
        raise ValidationError(
            say("amount.decimals", value=value),
            record=record,
            field=field,
        )
    return cents


def require_currency(value: object, *, record: str) -> str:
    text = "DKK" if value is None else value
    if not isinstance(text, str) or not CURRENCY_PATTERN.match(text.strip().upper()):
        raise ValidationError(
            say("currency.unknown", value=value),
            record=record,
            field="currency",
        )
    return text.strip().upper()


def check_percentage(value: Decimal | None, unit: str | None, *, record: str, field: str) -> None:
    if value is not None and unit == "%" and not Decimal(0) <= value <= Decimal(100):
        raise ValidationError(say("percentage.range", value=value), record=record, field=field)


def parse_date(value: object, *, record: str, field: str) -> PartialDate | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValidationError(
            say("date.invalid", value=value),
            record=record,
            field=field,
        )
    try:
        return PartialDate.parse(value)
    except ValidationError as error:
        raise ValidationError(error.said or error.message, record=record, field=field) from None


def require_date(value: object, *, record: str, field: str) -> PartialDate:
    parsed = parse_date(value, record=record, field=field)
    if parsed is None:
        raise ValidationError(say("date.required"), record=record, field=field)
    return parsed


def check_period(start: PartialDate | None, end: PartialDate | None, *, record: str) -> None:
    if start is not None and end is not None and end.last_day() < start.first_day():
        raise ValidationError(
            say("period.reversed", end=end, start=start), record=record, field="end"
        )
