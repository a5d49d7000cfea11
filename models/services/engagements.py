"""Creating and changing engagements and their funding, with the rules checked first."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.base import Base
from models.errors import NotFoundError, ValidationError
from models.partial_dates import PartialDate
from models.services import validation as v
from models.services.keys import unique_key
from models.vocabulary import EngagementStatus, FundingKind

M = TypeVar("M", bound=Base)


@dataclass(frozen=True)
class EngagementFields:
    """What a user fills in for an engagement; codes refer to the reference lists."""

    title: str
    source_key: str
    as_of: PartialDate
    summary: str | None = None
    status: str = EngagementStatus.ACTIVE.value
    start: PartialDate | None = None
    end: PartialDate | None = None
    lead_unit: str | None = None
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()


@dataclass(frozen=True)
class FundingFields:
    amount: Decimal | str | int
    source_key: str
    as_of: PartialDate
    currency: str = "DKK"
    kind: str = FundingKind.COMMITMENT.value
    start: PartialDate | None = None
    end: PartialDate | None = None
    finance_act_line: str | None = None
    note: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _by(session: Session, model: type[M], column: str, value: str, what: str) -> M:
    row = session.scalar(select(model).where(getattr(model, column) == value))
    if row is None:
        raise NotFoundError(f"There is no {what} “{value}”.")
    return row


def _apply(session: Session, engagement: e.Engagement, fields: EngagementFields) -> None:
    label = "Engagement"
    engagement.title = v.require_title(fields.title, record=label)
    engagement.summary = v.optional_text(fields.summary, record=label, field="summary")
    engagement.status = v.require_choice(
        fields.status, EngagementStatus, record=label, field="status"
    ).value
    v.check_period(fields.start, fields.end, record=label)
    engagement.start, engagement.end = fields.start, fields.end
    engagement.lead_unit = v.optional_text(
        fields.lead_unit, record=label, field="lead unit", max_length=200
    )
    engagement.as_of = fields.as_of
    engagement.source = _by(session, e.Source, "key", fields.source_key, "source")
    engagement.countries = [
        _by(session, e.Country, "iso2", code.upper(), "country") for code in fields.countries
    ]
    engagement.themes = [_by(session, e.Theme, "code", c, "theme") for c in fields.themes]
    engagement.instruments = [
        _by(session, e.Instrument, "code", c, "instrument") for c in fields.instruments
    ]


def create_engagement(session: Session, fields: EngagementFields) -> e.Engagement:
    """Add a new engagement; raises ValidationError or NotFoundError before writing."""
    engagement = e.Engagement(key=unique_key(session, e.Engagement, fields.title or "engagement"))
    _apply(session, engagement, fields)
    session.add(engagement)
    session.flush()
    return engagement


def update_engagement(session: Session, key: str, fields: EngagementFields) -> e.Engagement:
    engagement = _by(session, e.Engagement, "key", key, "engagement")
    _apply(session, engagement, fields)
    session.flush()
    return engagement


def add_funding_line(session: Session, engagement_key: str, fields: FundingFields) -> e.FundingLine:
    engagement = _by(session, e.Engagement, "key", engagement_key, "engagement")
    label = "Funding line"
    v.check_period(fields.start, fields.end, record=label)
    source = _by(session, e.Source, "key", fields.source_key, "source")
    key = unique_key(session, e.FundingLine, f"{engagement.key}-f")
    line = e.FundingLine(
        key=key,
        engagement=engagement,
        amount=v.require_amount(fields.amount, record=label),
        currency=v.require_currency(fields.currency, record=label),
        kind=v.require_choice(fields.kind, FundingKind, record=label, field="kind").value,
        finance_act_line=v.optional_text(
            fields.finance_act_line, record=label, field="Finance Act line", max_length=40
        ),
        note=v.optional_text(fields.note, record=label, field="note"),
        source=source,
    )
    line.start, line.end, line.as_of = fields.start, fields.end, fields.as_of
    session.add(line)
    session.flush()
    return line


def set_funding_amount(session: Session, line_key: str, amount: Decimal | str) -> Decimal:
    """Change one amount; returns the previous amount so the change can be undone."""
    line = _by(session, e.FundingLine, "key", line_key, "funding line")
    previous = line.amount
    line.amount = v.require_amount(amount, record="Funding line")
    session.flush()
    return previous


def delete_engagement(session: Session, key: str) -> None:
    engagement = _by(session, e.Engagement, "key", key, "engagement")
    session.delete(engagement)
    session.flush()


__all__ = [
    "EngagementFields",
    "FundingFields",
    "ValidationError",
    "add_funding_line",
    "create_engagement",
    "delete_engagement",
    "set_funding_amount",
    "update_engagement",
]
