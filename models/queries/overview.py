"""How much the knowledge base holds, for a status line or a start page."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from models import entities as e


@dataclass(frozen=True)
class KnowledgeOverview:
    engagements: int
    countries: int
    events: int
    sources: int


def knowledge_overview(session: Session) -> KnowledgeOverview:
    def count(statement: object) -> int:
        return int(session.scalar(statement) or 0)  # type: ignore[call-overload]

    return KnowledgeOverview(
        engagements=count(select(func.count()).select_from(e.Engagement)),
        countries=count(select(func.count(distinct(e.engagement_countries.c.country_id)))),
        events=count(select(func.count()).select_from(e.Event)),
        sources=count(select(func.count()).select_from(e.Source)),
    )
