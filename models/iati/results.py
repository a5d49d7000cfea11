"""IATI results as result records: one per indicator and reporting period.

Values that are not numbers ("N/A", "see report") are kept word for word in the ``*_text``
fields, so nothing a publisher wrote is lost or turned into a wrong number.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from models.errors import ValidationError
from models.iati.context import ActivityContext, decimal_or_none
from models.iati.xmlfile import Element
from models.messages import say
from models.services.validation import optional_quantity

_PERCENT_MEASURE = "2"


def _figure(
    element: Element | None, unit: str | None, name: str, context: ActivityContext
) -> dict[str, Any]:
    """``{name: number, name_text: words}`` from an element's value attribute."""
    if element is None:
        return {name: None, f"{name}_text": None}
    raw = (element.get("value") or "").strip() or None
    number = decimal_or_none(raw)
    if number is not None:
        try:
            optional_quantity(number, record="Result", field=name)
        except ValidationError as refusal:  # kept as the publisher wrote it, not changed
            context.problems.warning(
                say(
                    "iati.figure_refused",
                    element=name,
                    value=raw,
                    refusal=refusal.said or refusal.message,
                ),
                element.sourceline,
            )
            return {name: None, f"{name}_text": raw}
    if number is not None and unit == "%" and not Decimal(0) <= number <= Decimal(100):
        context.problems.warning(
            say("iati.figure_percent", element=name, value=raw), element.sourceline
        )
        return {name: None, f"{name}_text": raw}
    return {name: number, f"{name}_text": raw if number is None else None}


def result_records(
    activity: Element, context: ActivityContext, engagement_key: str
) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for result in activity.iterchildren("result"):
        result_title = context.wording(result.find("title"), one_line=True)
        for indicator in result.iterchildren("indicator"):
            title = context.wording(indicator.find("title"), one_line=True) or result_title
            if not title:
                context.problems.error(say("iati.indicator_no_title"), indicator.sourceline)
                continue
            unit = "%" if (indicator.get("measure") or "").strip() == _PERCENT_MEASURE else None
            baseline = _figure(indicator.find("baseline"), unit, "baseline", context)
            note = result_title if result_title and result_title != title else None
            periods = list(indicator.iterchildren("period")) or [None]
            for period in periods:
                targets = period.findall("target") if period is not None else []
                actuals = period.findall("actual") if period is not None else []
                if len(targets) > 1 or len(actuals) > 1:
                    context.problems.warning(say("iati.period_several"), period.sourceline)
                start = end = None
                if period is not None:
                    start = context.date(period.find("period-start"), "result period-start")
                    end = context.date(period.find("period-end"), "result period-end")
                    if start and end and end.last_day() < start.first_day():
                        context.problems.warning(
                            say("iati.result_period_reversed", end=end), period.sourceline
                        )
                        end = None
                figures = {
                    **baseline,
                    **_figure(targets[0] if targets else None, unit, "target", context),
                    **_figure(actuals[0] if actuals else None, unit, "actual", context),
                }
                records.append(
                    {
                        "key": f"{engagement_key}--r{len(records) + 1}",
                        "language": context.language,
                        "indicator": title,
                        "unit": {"da": unit, "en": unit} if unit else None,  # "%" in both
                        **figures,
                        "start": start.isoformat() if start else None,
                        "end": end.isoformat() if end else None,
                        "note": note,
                        "source": context.source_key,
                        "as_of": context.as_of.isoformat(),
                    }
                )
    return records
