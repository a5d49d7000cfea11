"""Page furniture drawn once the page count is known: marking, running head, "Side X af Y"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from reports.layout.fonts import BODY, SEMIBOLD, plain_for_canvas
from reports.layout.styles import MUTED, PAGE_MARGIN, RULE, WARNING


@dataclass(frozen=True)
class PageFurniture:
    classification: str
    running_head: str
    page_label: str  # "Side {page} af {pages}"


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A canvas class that keeps each page until ``save`` so it can print the total."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", BODY)
            kwargs.setdefault("pagesize", A4)
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                draw_furniture(self, furniture, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_furniture(canvas: Canvas, furniture: PageFurniture, page: int, total: int) -> None:
    width, height = A4
    canvas.saveState()
    if furniture.classification:
        canvas.setFont(SEMIBOLD, 9)
        canvas.setFillColor(WARNING)
        marking = plain_for_canvas(furniture.classification)
        canvas.drawCentredString(width / 2, height - 11 * 2.835, marking)
        canvas.drawCentredString(width / 2, 8 * 2.835, marking)
    canvas.setFont(BODY, 8)
    canvas.setFillColor(MUTED)
    if page > 1:
        head = plain_for_canvas(furniture.running_head)
        limit = width - 2 * PAGE_MARGIN
        while head and canvas.stringWidth(head, BODY, 8) > limit:
            head = head[:-2].rstrip() + "…"
        canvas.drawString(PAGE_MARGIN, height - 16 * 2.835, head)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(PAGE_MARGIN, height - 17.5 * 2.835, width - PAGE_MARGIN, height - 17.5 * 2.835)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(PAGE_MARGIN, 14.5 * 2.835, width - PAGE_MARGIN, 14.5 * 2.835)
    label = furniture.page_label.format(page=page, pages=total)
    canvas.drawRightString(width - PAGE_MARGIN, 11.5 * 2.835, label)
    canvas.restoreState()
