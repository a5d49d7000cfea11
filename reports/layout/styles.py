"""Every paragraph style of the brief, defined once, all on the embedded family."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from reports.layout.fonts import BODY, BODY_BOLD, BODY_ITALIC, SEMIBOLD, register_fonts
from reports.layout.paragraphs import hyphenator

INK = colors.HexColor("#1d2733")
# Secondary text dark enough to survive an office printer (contrast about 9:1 on white).
SECONDARY = "#3f4955"
MUTED = colors.HexColor(SECONDARY)
ACCENT = colors.HexColor("#14406b")
RULE = colors.HexColor("#c5ccd4")
BAND = colors.HexColor("#eef2f6")
WARNING = colors.HexColor("#9a3b00")

PAGE_MARGIN = 22 * mm


@dataclass(frozen=True)
class BriefStyles:
    body: ParagraphStyle
    language: str  # the language these styles hyphenate
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    scope: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle
    label: ParagraphStyle
    caption: ParagraphStyle
    note: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    stamp: ParagraphStyle
    component: ParagraphStyle
    warning: ParagraphStyle


HYPHENATION = {"da": "da_DK", "en": "en_GB"}


@lru_cache(maxsize=4)
def brief_styles(language: str = "da") -> BriefStyles:
    """Styles for one brief; hyphenation follows the brief's language (pyphen).

    One set per language for the life of the process (styles are never changed), so parsed
    paragraphs can be reused across briefs.
    """
    register_fonts()
    base = ParagraphStyle(
        "Base",
        fontName=BODY,
        fontSize=10.5,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        bulletFontName=BODY,
        splitLongWords=True,
        hyphenationLang=hyphenator(HYPHENATION.get(language, "da_DK")),
        embeddedHyphenation=1,
        hyphenationMinWordLength=8,  # short words are never broken
        uriWasteReduce=0.3,
    )
    body = ParagraphStyle("Body", parent=base, spaceAfter=5)
    small = ParagraphStyle("Small", parent=base, fontSize=9, leading=11.5)
    # In narrow table cells only long compounds (16 letters or more, such as
    # "civilsamfundsorganisationer") are hyphenated; ordinary words move to the next line.
    cell = ParagraphStyle(
        "Cell",
        parent=small,
        hyphenationMinWordLength=16,
        embeddedHyphenation=2,  # a long word that cannot end a line starts the next one
    )
    return BriefStyles(
        language=language,
        body=body,
        small=small,
        muted=ParagraphStyle("Muted", parent=small, textColor=MUTED),
        title=ParagraphStyle(
            "Title",
            parent=base,
            fontName=BODY_BOLD,
            fontSize=19,
            leading=23,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=4,
        ),
        scope=ParagraphStyle("Scope", parent=base, textColor=MUTED, fontSize=10, leading=13),
        heading1=ParagraphStyle(
            "Heading1",
            parent=base,
            fontName=BODY_BOLD,
            fontSize=14.5,
            leading=18,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
        ),
        heading2=ParagraphStyle(
            "Heading2",
            parent=base,
            fontName=SEMIBOLD,
            fontSize=11.5,
            leading=14.5,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
        ),
        bullet=ParagraphStyle("Bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3),
        cell=cell,
        cell_right=ParagraphStyle("CellRight", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("CellBold", parent=cell, fontName=BODY_BOLD),
        cell_bold_right=ParagraphStyle(
            "CellBoldRight", parent=cell, fontName=BODY_BOLD, alignment=TA_RIGHT
        ),
        header_cell=ParagraphStyle(
            "HeaderCell", parent=cell, fontName=SEMIBOLD, textColor=colors.white
        ),
        header_cell_right=ParagraphStyle(
            "HeaderCellRight",
            parent=cell,
            fontName=SEMIBOLD,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        label=ParagraphStyle("Label", parent=small, fontName=SEMIBOLD, textColor=MUTED),
        caption=ParagraphStyle(
            "Caption",
            parent=small,
            fontName=BODY_ITALIC,
            textColor=MUTED,
            spaceBefore=2,
            spaceAfter=8,
        ),
        note=ParagraphStyle("Note", parent=small, leftIndent=16, firstLineIndent=-16, spaceAfter=3),
        toc1=ParagraphStyle(
            "TOC1", parent=base, fontName=SEMIBOLD, fontSize=10, leading=14, leftIndent=0
        ),
        toc2=ParagraphStyle("TOC2", parent=base, fontSize=10, leading=13, leftIndent=14),
        component=ParagraphStyle("Component", parent=cell, leftIndent=8, firstLineIndent=-8),
        warning=ParagraphStyle(
            "Warning", parent=body, textColor=WARNING, fontName=SEMIBOLD, spaceAfter=6
        ),
        stamp=ParagraphStyle(
            "Stamp", parent=base, fontName=BODY_BOLD, fontSize=16, leading=20, textColor=WARNING
        ),
    )
