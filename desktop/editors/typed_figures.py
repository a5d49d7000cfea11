"""Figures as the user types them into a grid, with a qualifier kept ("ca. 2 700 000")."""

from __future__ import annotations


def typed_figure(text: str) -> str:
    """A typed figure with its qualifier kept and the number's spaces dropped:
    "ca. 2 700 000" → "ca. 2700000"."""
    from models.qualifiers import split_qualifier, with_qualifier

    qualifier, number = split_qualifier(text)
    return with_qualifier(number.replace(" ", ""), qualifier, "en")
