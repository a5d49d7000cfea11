"""A Paragraph that breaks its lines once per width, and a hyphenator that remembers words.

ReportLab wraps a table's cells again every time the table is split across a page, and a
frame wraps a paragraph again when it moves to the next page; both ask for the same width,
so the previous answer is reused. Profiling a 15-page brief showed line breaking and pyphen
as the largest costs of a preview refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import pyphen
from reportlab.platypus import Paragraph

# Parsed markup by (text, style): a brief repeats names, periods and statuses in every row,
# and the render helper keeps this across refreshes. Bounded; cleared when full.
_PARSED: dict[tuple[str, int], tuple[Any, list[Any]]] = {}
_PARSED_LIMIT = 20_000


class BriefParagraph(Paragraph):
    _last_wrap: tuple[float, tuple[float, float]] | None = None

    def __init__(
        self,
        text: Any,
        style: Any = None,
        bulletText: Any = None,  # noqa: N803 - ReportLab's name
        frags: Any = None,
        **kw: Any,
    ) -> None:
        if frags is not None or bulletText is not None or not isinstance(text, str):
            super().__init__(text, style, bulletText=bulletText, frags=frags, **kw)
            return
        key = (text, id(style))
        cached = _PARSED.get(key)
        if cached is not None and cached[0] is style:
            # Frags are altered in place when lines are hyphenated: each paragraph gets copies.
            super().__init__(text, style, frags=[frag.clone() for frag in cached[1]], **kw)
            return
        super().__init__(text, style, **kw)
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.clear()
        _PARSED[key] = (style, [frag.clone() for frag in self.frags])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Line breaking depends only on the width; the last result stays valid (blPara, the
        # lines, belongs to it) as long as the next call asks for the same width.
        cached = self._last_wrap
        if cached is not None and cached[0] == availWidth and hasattr(self, "blPara"):
            return cached[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size)
        return size

    def draw(self) -> None:
        if layout_only(self.canv):
            return  # a pagination pass: where lines go matters, not their ink
        super().draw()

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        # Splitting may rewrite frags or drop blPara; never reuse lines after it.
        try:
            parts: list[Any] = super().split(availWidth, availHeight)
        finally:
            self._last_wrap = None
        return parts


def layout_only(canvas: Any) -> bool:
    """True on the canvas of a pass whose pages are thrown away (the first of two).

    A brief with contents is built twice: the first pass only learns on which pages the
    headings fall. Skipping its drawing saves about a third of the whole render.
    """
    return bool(getattr(canvas, "layout_only", False))


@lru_cache(maxsize=8)
def hyphenator(language: str) -> Callable[[str], tuple[tuple[str, str], ...]]:
    """pyphen's (head, tail) pairs for a word, remembered: a brief repeats its words a lot."""
    # Both parts at least four letters: never "ci-vilsamfund…" or "gen-nemførende".
    dictionary = pyphen.Pyphen(lang=language, left=4, right=4)

    @lru_cache(maxsize=20_000)
    def pairs(word: str) -> tuple[tuple[str, str], ...]:
        return tuple(dictionary.iterate(word))

    return pairs
