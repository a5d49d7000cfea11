"""Undoable changes to the events of one engagement, made from its Events tab.

An event may belong to several engagements (a coup matters to all of them), so the tab can
link an existing event, unlink one (the event stays in the knowledge base) or delete it for
good. Field edits use ``SetListField`` of the reference lists, which carries the
engagement's key so the editor refreshes after undo and redo.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.bilingual import original_text, text_in
from models.errors import NotFoundError, ValidationError
from models.interchange.dump import event_record
from models.interchange.fileformat import FORMAT
from models.interchange.load import load_document
from models.messages import say
from models.services.changes import Change, engagement_by_key, touch
from models.services.keys import unique_key


def _event(session: Session, key: str) -> e.Event:
    event = session.scalar(select(e.Event).where(e.Event.key == key))
    if event is None:
        raise NotFoundError(say("record.gone", what="event", key=key))
    return event


def new_event_record(
    session: Session, engagement_key: str, title: str, when: str, language: str = "da"
) -> dict[str, Any]:
    """A new event in the file form: on the engagement, in its countries, from its source,
    written in ``language`` (the one its title is typed in)."""
    engagement = engagement_by_key(session, engagement_key)
    return {
        "key": unique_key(session, e.Event, title),
        "date": when,
        "kind": "other",
        "language": language,
        "title": {language: title},
        "countries": sorted(country.iso2 for country in engagement.countries),
        "engagements": [engagement_key],
        "source": engagement.source.key,
        "as_of": engagement.as_of.isoformat() if engagement.as_of else when,
    }


@dataclass(frozen=True)
class AddEngagementEvent:
    """A new event (file form); its ``engagements`` must name this engagement."""

    engagement_key: str
    record: dict[str, Any]

    def apply(self, session: Session) -> Change:
        if self.engagement_key not in self.record.get("engagements", []):
            raise ValidationError(say("event.must_belong"), record="Event")
        key = self.record.get("key")
        if session.scalar(select(e.Event).where(e.Event.key == key)) is not None:
            raise ValidationError(say("record.exists", key=key), record="Event")
        load_document(session, {"format": FORMAT, "events": [self.record]})
        return DeleteEngagementEvent(self.engagement_key, str(key))


@dataclass(frozen=True)
class DeleteEngagementEvent:
    """Deletes the event itself, for every engagement; undo brings it back with its links."""

    engagement_key: str
    event_key: str

    def apply(self, session: Session) -> Change:
        engagement = engagement_by_key(session, self.engagement_key)
        event = _event(session, self.event_key)
        if engagement not in event.engagements:
            # Undo re-adds the event through this engagement, so it must be one of its own.
            raise NotFoundError(say("event.not_on_engagement"))
        record = event_record(event)
        session.delete(event)
        session.flush()
        return AddEngagementEvent(self.engagement_key, record)


@dataclass(frozen=True)
class LinkEvent:
    """Makes an existing event one of this engagement's events."""

    engagement_key: str
    event_key: str

    def apply(self, session: Session) -> Change:
        engagement = engagement_by_key(session, self.engagement_key)
        event = _event(session, self.event_key)
        if engagement in event.engagements:
            raise ValidationError(say("event.already_linked", title=original_text(event, "title")))
        event.engagements.append(engagement)
        touch(event)
        return UnlinkEvent(self.engagement_key, self.event_key)


@dataclass(frozen=True)
class UnlinkEvent:
    """Takes an event off this engagement; the event itself stays."""

    engagement_key: str
    event_key: str

    def apply(self, session: Session) -> Change:
        engagement = engagement_by_key(session, self.engagement_key)
        event = _event(session, self.event_key)
        if engagement not in event.engagements:
            raise NotFoundError(say("event.not_on_engagement"))
        event.engagements.remove(engagement)
        touch(event)
        return LinkEvent(self.engagement_key, self.event_key)


def linkable_events(
    session: Session, engagement_key: str, language: str = "da"
) -> list[tuple[str, str]]:
    """(key, "date – title") of the events not yet on the engagement, newest first, the
    titles in ``language``."""
    engagement = engagement_by_key(session, engagement_key)
    rows = session.scalars(
        select(e.Event)
        .where(~e.Event.engagements.any(e.Engagement.id == engagement.id))
        .order_by(e.Event.occurred_on.desc(), e.Event.key)
    )
    return [
        (
            row.key,
            f"{row.occurred.isoformat() if row.occurred else ''} – "
            f"{text_in(row, 'title', language) or ''}",
        )
        for row in rows
    ]
