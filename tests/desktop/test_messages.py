"""The model's refusals read in Danish in the Danish interface, by their identity."""

from __future__ import annotations

import re
import string

import pytest

from models.errors import NotFoundError, ValidationError
from models.messages import ENGLISH, say

from desktop.message_catalogue import DANISH
from desktop.messages import in_language, message_text


def _parameters(template: str) -> set[str]:
    found = {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
    return {name.lower() for name in found}  # "{What}" is "{what}" beginning a sentence


def test_every_message_id_has_an_english_and_a_danish_text_with_the_same_parameters():
    assert set(ENGLISH) == set(DANISH)
    for message_id, english in ENGLISH.items():
        assert _parameters(english) == _parameters(DANISH[message_id]), message_id


def test_field_messages_are_translated_with_their_record_and_field() -> None:
    error = ValidationError(say("text.empty"), record="Engagement", field="title")
    assert in_language(error, "da") == "Engagement, titel: må ikke være tom."
    assert in_language(error, "en") == "Engagement, title: must not be empty."
    assert message_text(error, "da") == "må ikke være tom."
    negative = ValidationError(say("amount.negative"), record="Funding line", field="amount")
    assert in_language(negative, "da") == (
        "Bevillingslinje, beløb: kan ikke være negativt; "
        "registrér en nedskrivning som sin egen linje."
    )


def test_text_without_an_identity_is_shown_as_it_is() -> None:
    assert in_language("Something new happened.", "da") == "Something new happened."


def test_names_and_nested_causes_are_translated() -> None:
    unknown = in_language(
        NotFoundError(say("name.unknown", what="country", value="Atlantis")), "da"
    )
    assert unknown == "“Atlantis” findes ikke som land."
    gone = in_language(NotFoundError(say("record.gone", what="engagement", key="x")), "da")
    assert gone == "Engagementet “x” findes ikke længere."
    failed = NotFoundError(say("save.failed", cause=say("cause.unreachable")))
    assert in_language(failed, "da") == "Ikke gemt: serveren kan ikke nås. Intet blev ændret."
    assert str(failed) == "Not saved: the server cannot be reached. Nothing was changed."


def _refusals() -> list[Exception]:
    from sqlalchemy.exc import OperationalError

    from models.db_errors import _CAUSES, saving
    from models.services import validation as v

    refused: list[Exception] = []
    for value, length in (("x" * 501, v.TITLE_LENGTH), ("a\x00b", 50), ("a\tb", 50)):
        with pytest.raises(ValidationError) as error:
            v.require_text(value, record="Engagement", field="title", max_length=length)
        refused.append(error.value)
    for value in ("Møde med الوزير", "Danmark 🇩🇰", "Familie 👨\u200d👩\u200d👧"):
        with pytest.raises(ValidationError) as error:
            v.require_text(value, record="Engagement", field="title")
        refused.append(error.value)
    with pytest.raises(ValidationError) as error:
        v.require_amount("10.005", record="Funding line")
    refused.append(error.value)
    for figure in ("0.00001", "123456789012"):
        with pytest.raises(ValidationError) as error:
            v.optional_quantity(figure, record="Result", field="target")
        refused.append(error.value)
    for clue, _cause in _CAUSES:
        with pytest.raises(Exception) as error, saving():
            raise OperationalError("UPDATE", {}, Exception(f"database {clue}"))
        refused.append(error.value)
    return refused


def test_every_refusal_and_failed_save_of_the_safety_rules_reads_in_danish() -> None:
    for error in _refusals():
        danish = in_language(error, "da")
        assert danish != str(error), error
        assert not re.search(r"\b(holds|must|Not saved|Perhaps|Nothing was|the)\b", danish), danish


def test_a_conflict_reads_in_danish() -> None:
    from models.errors import EditConflictError

    conflict = EditConflictError(
        say("conflict.field", what="engagement", name="title", theirs="A", mine="B")
    )
    assert in_language(conflict, "da") == (
        "En anden har ændret engagementet, efter du åbnede posten: titel er nu “A”; "
        "din værdi var “B”."
    )
