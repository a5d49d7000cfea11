"""Bar charts of money drawn with reportlab.graphics, in the brief's own font."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String

from reports.content.brief import Chart
from reports.layout.fonts import BODY, plain_for_canvas
from reports.layout.paragraphs import layout_only
from reports.layout.styles import ACCENT, INK, MUTED, RULE
from reports.text import BriefText


def _millions(value: Decimal) -> float:
    return float(value / Decimal(1_000_000))


def _axis_label(text: BriefText) -> str:
    return "mio. kr." if text.language == "da" else "DKK million"


class ChartDrawing(Drawing):
    """A chart that is not drawn in a pagination pass (its size is known without it)."""

    def drawOn(self, canvas: Any, x: float, y: float, **kw: Any) -> None:
        if not layout_only(canvas):
            super().drawOn(canvas, x, y, **kw)


def chart_drawing(chart: Chart, text: BriefText, width: float) -> Drawing:
    """Instruments as horizontal bars (long names), years as vertical bars."""
    if chart.bars and all(label.isdigit() for label, _ in chart.bars):
        return _by_year(chart, text, width)
    return _by_category(chart, text, width)


def _style_axis(axis: object) -> None:
    for name, value in (("fontName", BODY), ("fontSize", 8.5), ("fillColor", INK)):
        setattr(axis.labels, name, value)  # type: ignore[attr-defined]
    axis.strokeColor = RULE  # type: ignore[attr-defined]


def _by_category(chart: Chart, text: BriefText, width: float) -> Drawing:
    bars = list(reversed(chart.bars))
    row = 16
    label_width = 190
    height = row * len(bars) + 30
    drawing = ChartDrawing(width, height)
    plot = HorizontalBarChart()
    plot.x, plot.y = label_width, 22
    plot.width, plot.height = width - label_width - 40, row * len(bars)
    plot.data = [[_millions(amount) for _, amount in bars]]
    plot.categoryAxis.categoryNames = [_shorten(plain_for_canvas(name), 44) for name, _ in bars]
    plot.valueAxis.valueMin = 0
    plot.bars[0].fillColor = ACCENT
    plot.bars[0].strokeColor = None
    plot.barLabelFormat = lambda v: text.number(round(Decimal(str(v)), 1))
    plot.barLabels.fontName = BODY
    plot.barLabels.fontSize = 8
    plot.barLabels.boxAnchor = "w"
    plot.barLabels.dx = 3
    _style_axis(plot.categoryAxis)
    _style_axis(plot.valueAxis)
    plot.valueAxis.labelTextFormat = lambda v: text.number(round(Decimal(str(v))))
    drawing.add(plot)
    drawing.add(
        String(label_width, 4, _axis_label(text), fontName=BODY, fontSize=8, fillColor=MUTED)
    )
    return drawing


def _by_year(chart: Chart, text: BriefText, width: float) -> Drawing:
    height = 150
    drawing = ChartDrawing(width, height)
    plot = VerticalBarChart()
    plot.x, plot.y = 45, 25
    plot.width, plot.height = width - 60, height - 40
    plot.data = [[_millions(amount) for _, amount in chart.bars]]
    plot.categoryAxis.categoryNames = [label for label, _ in chart.bars]
    plot.valueAxis.valueMin = 0
    # headroom above the tallest bar, so its value label and the top tick both fit
    plot.valueAxis.valueMax = max(plot.data[0]) * 1.15 if plot.data[0] else 1
    plot.bars[0].fillColor = ACCENT
    plot.bars[0].strokeColor = None
    plot.barLabelFormat = lambda v: text.number(round(Decimal(str(v)), 1))
    plot.barLabels.fontName = BODY
    plot.barLabels.fontSize = 8
    plot.barLabels.nudge = 6
    _style_axis(plot.categoryAxis)
    _style_axis(plot.valueAxis)
    plot.valueAxis.labelTextFormat = lambda v: text.number(round(Decimal(str(v))))
    drawing.add(plot)
    drawing.add(
        String(0, height - 10, _axis_label(text), fontName=BODY, fontSize=8, fillColor=MUTED)
    )
    return drawing


def _shorten(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"
