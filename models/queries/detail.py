"""Everything the editor shows about one engagement, as frozen rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.bilingual import LANGUAGES, TEXT_FIELDS, text_in
from models.queries.briefs import engagement_row
from models.rows import EngagementRow, EventRow, PeriodFilter, Provenance, SourceRow


@dataclass(frozen=True)
class EngagementDetail:
    row: EngagementRow
    lead_unit: str | None
    events: tuple[EventRow, ...]
    version: int = 0
    created_by: str | None = None
    updated_by: str | None = None
    updated_at: datetime | None = None
    internal_note: str | None = None
    reported_by: str | None = None  # who published an imported record (IATI)
    iati_identifier: str | None = None
    # The engagement's own texts as stored, both languages ("title_da", …): an editor
    # showing one language knows whether the other holds the required title.
    texts: dict[str, str | None] | None = None
    language: str = "da"  # the language the engagement was written in (its original)


def engagement_detail(session: Session, key: str, language: str = "da") -> EngagementDetail | None:
    """The engagement as its editor shows it, the texts in ``language``."""
    engagement = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
    if engagement is None:
        return None
    events = session.scalars(
        select(e.Event)
        .where(e.Event.engagements.any(e.Engagement.id == engagement.id))
        .order_by(e.Event.occurred_on)
    )
    event_rows = tuple(
        EventRow(
            ev.key,
            ev.occurred,
            ev.kind,
            text_in(ev, "title", language) or "",
            text_in(ev, "description", language),
            ev.reference,
            Provenance(
                SourceRow(
                    ev.source.key,
                    ev.source.title,
                    ev.source.publisher,
                    ev.source.url,
                    ev.source.published,
                    ev.source.language,
                    translated_title=ev.source.translated_title,
                ),
                ev.as_of,
            ),
            ev.version,
            len(ev.engagements) - 1,
        )
        for ev in events
        if ev.occurred is not None and ev.as_of is not None
    )
    return EngagementDetail(
        engagement_row(engagement, PeriodFilter(), language=language),
        engagement.lead_unit,
        event_rows,
        engagement.version,
        engagement.created_by,
        engagement.updated_by,
        engagement.updated_at,
        engagement.internal_note,
        engagement.source.publisher if engagement.iati_identifier else None,
        engagement.iati_identifier,
        {
            f"{name}_{code}": getattr(engagement, f"{name}_{code}")
            for name in TEXT_FIELDS["engagements"]
            for code in LANGUAGES
        },
        engagement.language,
    )
