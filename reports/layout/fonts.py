"""The embedded fonts behind two aliases, and per-character fallback for rare glyphs.

Source Sans Pro (OFL) sets the brief; DejaVu Sans fills in symbols and emoji it lacks, so
what the user typed is printed, not replaced by empty boxes.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from models.bilingual import Untranslated
from models.errors import BriefingError
from models.messages import say

BODY = "BriefSans"
BODY_BOLD = "BriefSans-Bold"
BODY_ITALIC = "BriefSans-Italic"
BODY_BOLD_ITALIC = "BriefSans-BoldItalic"
SEMIBOLD = "BriefSans-Semibold"
FALLBACK = "BriefFallback"

_FILES = {
    BODY: "SourceSansPro-Regular.ttf",
    BODY_BOLD: "SourceSansPro-Bold.ttf",
    BODY_ITALIC: "SourceSansPro-It.ttf",
    BODY_BOLD_ITALIC: "SourceSansPro-BoldIt.ttf",
    SEMIBOLD: "SourceSansPro-Semibold.ttf",
    FALLBACK: "DejaVuSans.ttf",
}


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, but with characters outside the BMP as UTF-16 pairs.

    ReportLab 5.1 writes U+1F600 as ``<1F600>``, an odd-length code readers reject, so
    copying or extracting an emoji from the brief would fail.
    """
    entries = [f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def register_fonts() -> None:
    """Register once per process; ReportLab keeps fonts in a global registry."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    folder = resources.files("resources") / "fonts"
    for alias, filename in _FILES.items():
        with resources.as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(alias, str(path)))
    pdfmetrics.registerFontFamily(
        BODY, normal=BODY, bold=BODY_BOLD, italic=BODY_ITALIC, boldItalic=BODY_BOLD_ITALIC
    )
    for bold, italic, alias in (
        (0, 0, BODY),
        (1, 0, BODY_BOLD),
        (0, 1, BODY_ITALIC),
        (1, 1, BODY_BOLD_ITALIC),
    ):
        addMapping(BODY, bold, italic, alias)
    # Drawings start from these defaults; Helvetica would otherwise enter every chart.
    STATE_DEFAULTS["fontName"] = BODY
    addMapping(FALLBACK, 0, 0, FALLBACK)
    addMapping(FALLBACK, 1, 0, FALLBACK)
    addMapping(FALLBACK, 0, 1, FALLBACK)
    addMapping(FALLBACK, 1, 1, FALLBACK)


PRESENTATION_SELECTORS = {0xFE0E, 0xFE0F}  # text or emoji style of the character before


@cache
def _covered(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def needs_fallback(char: str) -> bool:
    code = ord(char)
    return code not in _covered(BODY) and code in _covered(FALLBACK)


def safe_markup(text: str | None) -> str:
    """Escape user text for a Paragraph, keep line breaks, and switch font for rare glyphs.

    A text with no translation into the brief's language prints as written, in italics and
    marked with its language ("[da]"), never passed off as a translation.
    """
    if not text:
        return ""
    if isinstance(text, Untranslated):
        return f"<i>{_markup(str(text))}</i> [{text.language}]"
    return _markup(text)


def _markup(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    run: list[str] = []
    fallback = False

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run)).replace("\n", "<br/>")
        out.append(f'<font face="{FALLBACK}">{chunk}</font>' if fallback else chunk)
        run.clear()

    body, spare = _covered(BODY), _covered(FALLBACK)
    for char in text:
        code = ord(char)
        if code in PRESENTATION_SELECTORS:
            continue  # a request for colour or plain style: the glyph prints as it is
        if code not in body and code not in spare and char not in "\n\t":
            raise BriefingError(
                say(
                    "brief.unprintable_character",
                    character=char,
                    code=f"{code:04X}",
                    context=_around(text, char),
                )
            )
        wants = code not in body and code in spare
        if wants != fallback:
            flush()
            fallback = wants
        run.append(char)
    flush()
    return "".join(out)


def _around(text: str, char: str) -> str:
    """A few words either side of ``char``, so the user can find the text to change."""
    at = text.index(char)
    return text[max(at - 30, 0) : at + 30].strip()


def plain_for_canvas(text: str) -> str:
    """Text drawn straight on the canvas (running heads) without glyphs the font lacks."""
    return "".join(char for char in text if ord(char) in _covered(BODY) or char == " ")
