"""What the brief's fonts can print goes in; what they cannot is refused, never a box."""

from __future__ import annotations

import pytest

from models.errors import BriefingError

from reports.layout.fonts import safe_markup


def test_a_heart_with_its_emoji_selector_prints_as_the_heart() -> None:
    markup = safe_markup("Tak ❤️ og 😀")
    assert "❤" in markup and "😀" in markup and "\ufe0f" not in markup


@pytest.mark.parametrize("text", ["Møde i 東京", "नमस्ते", "Keycap 1⃣"])
def test_a_character_no_font_covers_is_refused_with_its_context(text: str) -> None:
    with pytest.raises(BriefingError, match="which its fonts cannot print"):
        safe_markup(text)
