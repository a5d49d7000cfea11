from __future__ import annotations

from models.collation import danish_sort_key, fold, matches


def test_danish_letters_sort_after_z() -> None:
    words = ["Østafrika", "Åland", "Zambia", "Ægypten", "Afghanistan", "Ørsted", "Mali"]
    assert sorted(words, key=danish_sort_key) == [
        "Afghanistan",
        "Mali",
        "Zambia",
        "Ægypten",
        "Ørsted",
        "Østafrika",
        "Åland",
    ]


def test_folding_is_case_insensitive_for_danish_letters() -> None:
    assert fold("ØKONOMI") == fold("økonomi")
    assert matches("økonomi", "ØKONOMISK DIPLOMATI")
    assert not matches("økonomi", "Stabilisering")


def test_accented_letters_sort_with_their_base_letter() -> None:
    assert sorted(["Côte d'Ivoire", "Cuba", "Chad"], key=danish_sort_key) == [
        "Chad",
        "Côte d'Ivoire",
        "Cuba",
    ]


def test_each_language_sorts_as_its_readers_expect():
    from models.collation import sort_key

    names = ["Ærø", "Zambia", "Åland", "Burundi", "Østrig"]
    assert sorted(names, key=lambda n: sort_key(n, "da")) == [
        "Burundi",
        "Zambia",
        "Ærø",
        "Østrig",
        "Åland",
    ]
    assert sorted(names, key=lambda n: sort_key(n, "en")) == [
        "Ærø",
        "Åland",
        "Burundi",
        "Østrig",
        "Zambia",
    ]
