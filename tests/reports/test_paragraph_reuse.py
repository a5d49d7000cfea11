"""Reused line breaks and parsed markup give the same layout as fresh paragraphs."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from reports.layout.paragraphs import BriefParagraph, hyphenator
from reports.layout.styles import brief_styles

TEXT = (
    "Danmarks samtænkte engagement i Mali – udviklingssamarbejde, stabiliseringsindsatser "
    "og humanitær bistand “Værktøjskassen” med syv instrumenter "
) * 4


def _lines(paragraph: Paragraph) -> list[str]:
    return [
        " ".join(getattr(word, "text", str(word)) for word in line[1])
        if isinstance(line, tuple)
        else " ".join(str(getattr(frag, "text", "")) for frag in line.words)
        for line in paragraph.blPara.lines
    ]


def test_wrapping_at_other_widths_and_back_matches_a_fresh_paragraph() -> None:
    style = brief_styles("da").cell
    reused = BriefParagraph(TEXT, style)
    for width in (90.0, 240.0, 90.0):
        fresh = Paragraph(TEXT, style)
        assert reused.wrap(width, 800) == fresh.wrap(width, 800)
        assert _lines(reused) == _lines(fresh)


def test_splitting_after_a_reused_wrap_matches_a_fresh_paragraph() -> None:
    style = brief_styles("da").cell
    reused = BriefParagraph(TEXT, style)
    reused.wrap(120, 800)
    reused.wrap(120, 800)
    fresh = Paragraph(TEXT, style)
    fresh.wrap(120, 800)
    first, second = reused.split(120, 60)
    fresh_first, fresh_second = fresh.split(120, 60)
    assert first.wrap(120, 60) == fresh_first.wrap(120, 60)
    assert second.wrap(120, 800) == fresh_second.wrap(120, 800)


def test_a_second_paragraph_from_the_cache_breaks_like_the_first() -> None:
    style = brief_styles("da").cell
    first = BriefParagraph(TEXT, style)
    first.wrap(70, 800)  # hyphenates, which alters the first paragraph's frags in place
    second = BriefParagraph(TEXT, style)
    assert second.frags is not first.frags
    assert second.wrap(70, 800) == Paragraph(TEXT, style).wrap(70, 800)


def test_the_hyphenator_gives_pyphen_pairs() -> None:
    pairs = hyphenator("da_DK")("udviklingssamarbejde")
    assert pairs and all("".join(pair) == "udviklingssamarbejde" for pair in pairs)


def test_a_split_that_gives_up_leaves_nothing_stale_behind() -> None:
    style = brief_styles("da").cell
    paragraph = BriefParagraph(TEXT, style)
    fresh = Paragraph(TEXT, style)
    assert paragraph.split(200, 5) == fresh.split(200, 5)
    assert paragraph.wrap(200, 800) == fresh.wrap(200, 800)
    assert hasattr(paragraph, "blPara")
