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
