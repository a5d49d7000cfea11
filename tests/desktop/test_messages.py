"""The model's refusals read in Danish in the Danish interface."""

from __future__ import annotations

from desktop.messages import in_language


def test_field_messages_are_translated_with_their_record_and_field() -> None:
    assert (
        in_language("Engagement, title: must not be empty.", "da")
        == "Engagement, titel: må ikke være tom."
    )
    assert in_language(
        "Funding line, amount: cannot be negative; record a reduction as its own line.", "da"
    ) == (
        "Bevillingslinje, beløb: kan ikke være negativt; "
        "registrér en nedskrivning som sin egen linje."
    )
    assert (
        in_language("the period ends (2010) before it starts (2013).", "da")
        == "perioden slutter (2010), før den begynder (2013)."
    )


def test_english_and_unknown_messages_pass_through() -> None:
    assert in_language("must not be empty.", "en") == "must not be empty."
    assert in_language("Something new happened.", "da") == "Something new happened."


def test_link_and_event_messages_are_translated() -> None:
    assert in_language("There is no country “Atlantis”.", "da") == (
        "Der er intet land, der hedder “Atlantis”."
    )
    assert in_language("event “mali-2012-kup”, title: must not be empty.", "da") == (
        "begivenhed “mali-2012-kup”, titel: må ikke være tom."
    )
    assert in_language("Engagement, as of: The month 13 does not exist.", "da") == (
        "Engagement, opgjort pr.: Måneden 13 findes ikke."
    )


def test_every_refusal_and_failed_save_of_the_safety_rules_reads_in_danish() -> None:
    """The messages added for limits, characters, decimals and failed saves."""
    import re

    from sqlalchemy.exc import OperationalError

    from models.db_errors import _CAUSES
    from models.errors import ValidationError
    from models.services import validation as v

    refusals = []
    for value, length in (("x" * 501, v.TITLE_LENGTH), ("a\x00b", 50), ("a\tb", 50)):
        try:
            v.require_text(value, record="Engagement", field="title", max_length=length)
        except ValidationError as error:
            refusals.append(str(error))
    for value in ("Møde med الوزير", "Danmark 🇩🇰", "Familie 👨\u200d👩\u200d👧"):
        refusals.append(f"Engagement, title: {v.unprintable(value)}")
    try:
        v.require_amount("10.005", record="Funding line")
    except ValidationError as error:
        refusals.append(str(error))
    for figure in ("0.00001", "123456789012"):
        try:
            v.optional_quantity(figure, record="Result", field="target")
        except ValidationError as error:
            refusals.append(str(error))
    from models.db_errors import describe_failure

    for clue, _cause in _CAUSES:
        failure = OperationalError("UPDATE", {}, Exception(f"database {clue}"))
        refusals.append(f"Not saved: {describe_failure(failure)}. Nothing was changed.")
    refusals.append(
        "Perhaps not saved: the server cannot be reached. Reload to see what is stored."
    )
    for message in refusals:
        danish = in_language(message, "da")
        assert danish != message, message
        assert not re.search(r"\b(holds|must|Not saved|Perhaps|Nothing was)\b", danish), danish


def test_the_causes_of_a_failed_save_are_all_in_danish() -> None:
    from models.db_errors import _CAUSES

    from desktop.messages import _CAUSES as DANISH_CAUSES

    assert {cause for _clue, cause in _CAUSES} <= set(DANISH_CAUSES) | {"the database refused it"}
    assert (
        in_language("The knowledge base cannot be used now: the server cannot be reached.", "da")
        == "Vidensbasen kan ikke bruges lige nu: serveren kan ikke nås."
    )
