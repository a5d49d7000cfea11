"""Page furniture drawn once the page count is known: marking, running head, "Side X af Y"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reports.layout.fonts import BODY, SEMIBOLD, safe_markup
from reports.layout.paragraphs import BriefParagraph, layout_only
from reports.layout.styles import MUTED, PAGE_MARGIN, RULE, WARNING


@dataclass(frozen=True)
class PageFurniture:
    classification: str
    running_head: str
    page_label: str  # "Side {page} af {pages}"


TOTAL_FORM = "briefPageTotal"


class MarkedInfo(PDFInfo):
    """The document information with the classification marking as an entry of its own
    ("Classification"), so a file's marking can be read without opening its pages."""

    marking = ""

    def format(self, document: Any) -> Any:
        formatted = super().format(document)
        if not self.marking:
            return formatted
        entries = PDFDictionary({"Classification": PDFString(self.marking)}).format(document)
        # both are "<< ... >>": put the marking inside the standard dictionary
        return formatted.rstrip()[:-2] + entries.lstrip()[2:]


def mark_document(canvas: Canvas, marking: str) -> None:
    info = canvas._doc.info
    info.__class__ = MarkedInfo
    info.marking = marking


class BriefCanvas(Canvas):
    """A canvas that starts in the brief's font and knows the page total at the end.

    Each page prints "Side X af " and then a form XObject that ``save`` fills with the total,
    so pages are written as they are made and bookmarks point at the right page.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = BODY  # or Helvetica lands in every page
        kwargs.setdefault("pagesize", A4)
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self.beginForm(TOTAL_FORM)
        self.setFont(BODY, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def _line(canvas: Canvas, markup: str, style: ParagraphStyle, y: float, width: float) -> None:
    paragraph = BriefParagraph(markup, style)
    paragraph.wrapOn(canvas, width, 20)
    paragraph.drawOn(canvas, PAGE_MARGIN, y)


def draw_furniture(canvas: Canvas, furniture: PageFurniture, page: int) -> None:
    """Marking centred at top and bottom, running head from page 2, page number bottom right.

    Drawn as Paragraphs so user text keeps its fallback glyphs and is never read as markup.
    """
    if layout_only(canvas):
        return
    width, height = A4
    text_width = width - 2 * PAGE_MARGIN
    canvas.saveState()
    if furniture.classification:
        marking = ParagraphStyle(
            "Marking",
            fontName=SEMIBOLD,
            fontSize=9,
            leading=11,
            textColor=WARNING,
            alignment=TA_CENTER,
        )
        text = safe_markup(_one_line(furniture.classification, SEMIBOLD, 9, text_width))
        _line(canvas, text, marking, height - 13 * mm, text_width)
        _line(canvas, text, marking, 6.5 * mm, text_width)
    small = ParagraphStyle("Furniture", fontName=BODY, fontSize=8, leading=10, textColor=MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    if page > 1:
        head = _one_line(furniture.running_head, BODY, 8, text_width)
        _line(canvas, safe_markup(head), small, height - 17 * mm, text_width)
        canvas.line(PAGE_MARGIN, height - 17.5 * mm, width - PAGE_MARGIN, height - 17.5 * mm)
    canvas.line(PAGE_MARGIN, 14.5 * mm, width - PAGE_MARGIN, 14.5 * mm)
    canvas.setFont(BODY, 8)
    canvas.setFillColor(MUTED)
    prefix = furniture.page_label.split("{pages}")[0].format(page=page)
    # the total is not known yet: room for three digits, then the form filled in at the end
    room = stringWidth("000", BODY, 8)
    right = width - PAGE_MARGIN - room
    canvas.drawRightString(right, 11.5 * mm, prefix.rstrip() + " ")
    canvas.saveState()
    canvas.translate(right + stringWidth(" ", BODY, 8) * 0, 11.5 * mm)
    canvas.doForm(TOTAL_FORM)
    canvas.restoreState()
    canvas.restoreState()


def _one_line(text: str, font: str, size: float, width: float) -> str:
    """Shorten with an ellipsis so a long title or marking stays on one line."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
