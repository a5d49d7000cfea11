"""The document template: frames, and headings turned into contents entries and bookmarks.

Modelled on ReportLab's own manual template (tools/docco/rltemplate.py): ``afterFlowable``
notifies the table of contents and adds outline entries; counters reset in
``beforeDocument`` so every pass of ``multiBuild`` sees identical entries.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from reports.layout.canvas import PageFurniture, draw_furniture, mark_document
from reports.layout.styles import PAGE_MARGIN

TOP = 24 * 2.835
BOTTOM = 20 * 2.835


class BriefDocTemplate(BaseDocTemplate):
    def __init__(self, target: Any, furniture: PageFurniture | None = None, **kwargs: Any) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=PAGE_MARGIN,
            rightMargin=PAGE_MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            **kwargs,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        on_page = None
        if furniture is not None:

            def on_page(canvas: Any, doc: BaseDocTemplate) -> None:
                draw_furniture(canvas, furniture, doc.page)

        template = PageTemplate(id="page", frames=[frame])
        if on_page is not None:
            template.onPage = on_page
        self.addPageTemplates([template])
        self._heading_number = 0
        self._marking = furniture.classification if furniture is not None else ""

    def multiBuild(self, story: Any, *args: Any, **kwargs: Any) -> Any:
        self._passes = 0
        self._multi = True
        try:
            return super().multiBuild(story, *args, **kwargs)
        finally:
            self._multi = False

    def beforeDocument(self) -> None:
        self._heading_number = 0
        mark_document(self.canv, self._marking)
        # The first pass of two only finds the pages of the headings; it draws nothing that
        # can be skipped (see paragraphs.layout_only). Later passes draw everything.
        passes = getattr(self, "_passes", 0)
        self.canv.layout_only = getattr(self, "_multi", False) and passes == 0
        self._passes = passes + 1

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Paragraph):
            return
        style = flowable.style.name
        if style not in ("Heading1", "Heading2"):
            return
        level = 0 if style == "Heading1" else 1
        text = flowable.getPlainText()
        self._heading_number += 1
        key = f"section-{self._heading_number}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))
