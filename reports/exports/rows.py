"""The rows of a tabular export: engagements, funding lines and results, labels localised."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from models.queries.briefs import Scope, country_data, region_data
from models.queries.lookup import find_countries, find_regions, find_themes, region_members
from models.rows import EngagementRow, PeriodFilter

from reports.content.places import engagement_total
from reports.request import BriefRequest
from reports.text import BriefText


@dataclass(frozen=True)
class Sheet:
    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    money_columns: tuple[int, ...] = ()
    total_column: int | None = None


def selected_engagements(session: Session, request: BriefRequest) -> list[EngagementRow]:
    """The engagements a brief for ``request`` would cover, each once, in title order."""
    scope = Scope(
        themes=tuple(t.code for t in find_themes(session, request.themes)),
        period=PeriodFilter(request.period_start, request.period_end),
    )
    found: dict[str, EngagementRow] = {}
    for region in find_regions(session, request.regions):
        for row in region_data(session, region.code, scope).engagements:
            found.setdefault(row.key, row)
        for member in region_members(session, region.code):
            for row in country_data(session, member.code, scope).engagements:
                found.setdefault(row.key, row)
    for country in find_countries(session, request.countries):
        for row in country_data(session, country.code, scope).engagements:
            found.setdefault(row.key, row)
    return sorted(found.values(), key=lambda row: (row.title.casefold(), row.key))


def export_sheets(session: Session, request: BriefRequest) -> list[Sheet]:
    text = BriefText(request.language)
    language = request.language
    engagements = selected_engagements(session, request)

    def names(items: Any) -> str:
        return ", ".join(item.name(language) for item in items)

    main = tuple(
        (
            row.title,
            names(row.countries),
            names(row.regions),
            names(row.themes),
            names(row.instruments),
            ", ".join(f"{p.label} ({text(p.role)})" for p in row.partners),
            text.partial(row.start),
            text.partial(row.end),
            text(row.status),
            engagement_total(row),
            row.provenance.source.title,
            text.partial(row.provenance.as_of),
        )
        for row in engagements
    )
    funding = tuple(
        (
            row.title,
            line.amount,
            line.currency,
            text(line.kind),
            text.partial(line.start),
            text.partial(line.end),
            line.finance_act_line or "",
            line.note or "",
            line.provenance.source.title,
            text.partial(line.provenance.as_of),
        )
        for row in engagements
        for line in row.funding
    )
    results = tuple(
        (
            row.title,
            result.indicator,
            result.unit or "",
            _number(result.baseline),
            _number(result.target),
            _number(result.actual),
            result.actual_text or "",
            text.partial(result.start),
            text.partial(result.end),
            result.note or "",
            result.provenance.source.title,
            text.partial(result.provenance.as_of),
        )
        for row in engagements
        for result in row.results
    )
    return [
        Sheet(
            text("Engagements"),
            tuple(
                text(h)
                for h in (
                    "Engagement",
                    "Countries",
                    "Regions",
                    "Themes",
                    "Instruments",
                    "Partners",
                    "Start",
                    "End",
                    "Status",
                    "DKK",
                    "Source",
                    "As of",
                )
            ),
            main,
            money_columns=(9,),
            total_column=9,
        ),
        Sheet(
            text("Funding"),
            tuple(
                text(h)
                for h in (
                    "Engagement",
                    "Amount",
                    "Currency",
                    "Kind",
                    "Start",
                    "End",
                    "Finance Act line",
                    "Note",
                    "Source",
                    "As of",
                )
            ),
            funding,
            money_columns=(1,),
        ),
        Sheet(
            text("Results"),
            tuple(
                text(h)
                for h in (
                    "Engagement",
                    "Indicator",
                    "Unit",
                    "Baseline",
                    "Target",
                    "Actual",
                    "As written",
                    "Start",
                    "End",
                    "Note",
                    "Source",
                    "As of",
                )
            ),
            results,
        ),
    ]


def _number(value: Decimal | None) -> Decimal | str:
    return value if value is not None else ""
