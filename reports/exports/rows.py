"""The rows of a tabular export: engagements, funding lines and results, labels localised."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from models.collation import sort_key
from models.money import counted_kind
from models.rows import EngagementRow

from reports.content.build import read_brief_data
from reports.content.empty import EmptySelectionError, nothing_found
from reports.content.wording import KIND_WORDS
from reports.request import BriefRequest
from reports.text import QUALIFIER_WORDS, BriefText


@dataclass(frozen=True)
class Sheet:
    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    money_columns: tuple[int, ...] = ()
    total_column: int | None = None  # totalled per kind, named in ``kind_column``
    kind_column: int | None = None


def selected_engagements(session: Session, request: BriefRequest) -> list[EngagementRow]:
    """The engagements a brief for ``request`` covers (the one selection), in title order."""
    rows = read_brief_data(session, request).engagements
    return sorted(rows, key=lambda row: (sort_key(row.title, request.language), row.key))


def export_sheets(session: Session, request: BriefRequest) -> list[Sheet]:
    text = BriefText(request.language)
    language = request.language
    engagements = selected_engagements(session, request)
    if not engagements and not request.allow_empty:
        raise EmptySelectionError(nothing_found(session, request))

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
            _counted(row),
            _counted_kind(row, text),
            _counted_qualifier(row, text),
            row.provenance.source.title,
            text.partial(row.provenance.as_of),
        )
        for row in engagements
    )
    funding = tuple(
        (
            row.title,
            line.amount,
            _qualifier(line.qualifier, text),
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
            _qualifier(result.baseline_qualifier, text),
            _number(result.target),
            _qualifier(result.target_qualifier, text),
            _number(result.actual),
            _qualifier(result.actual_qualifier, text),
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
                    "Kind",
                    "Qualifier",
                    "Source",
                    "As of",
                )
            ),
            main,
            money_columns=(9,),
            total_column=9,
            kind_column=10,
        ),
        Sheet(
            text("Funding"),
            tuple(
                text(h)
                for h in (
                    "Engagement",
                    "Amount",
                    "Qualifier",
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
                    "Qualifier",
                    "Target",
                    "Qualifier",
                    "Actual",
                    "Qualifier",
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


def _counted(row: EngagementRow) -> Decimal | str:
    """The engagement's one DKK figure (commitments, else budgets, else payments); the
    next column names its kind, and no column adds kinds together."""
    kind = counted_kind(line.kind for line in row.funding if line.currency == "DKK")
    return row.money().only(kind) if kind else ""


def _counted_kind(row: EngagementRow, text: BriefText) -> str:
    kind = counted_kind(line.kind for line in row.funding if line.currency == "DKK")
    return text(KIND_WORDS[kind]) if kind else ""


def _qualifier(qualifier: str | None, text: BriefText) -> str:
    """ "ca.", "mere end", … beside the figure, which stays a plain number."""
    return text(QUALIFIER_WORDS[qualifier]) if qualifier else ""


def _counted_qualifier(row: EngagementRow, text: BriefText) -> str:
    kind = counted_kind(line.kind for line in row.funding if line.currency == "DKK")
    qualifier = row.money().qualifier(kind) if kind else None
    return text(QUALIFIER_WORDS[qualifier]) if qualifier else ""
