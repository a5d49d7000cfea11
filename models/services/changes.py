"""Edits as values that apply themselves and hand back their inverse — the basis of undo.

Each ``apply`` validates before it writes, runs in the caller's transaction and returns the
change that undoes it; the desktop wraps these in QUndoCommands without knowing SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from models import entities as e
from models.errors import EditConflictError, NotFoundError, ValidationError
from models.interchange.dump import engagement_record
from models.interchange.fileformat import FORMAT
from models.interchange.load import load_document
from models.messages import say
from models.partial_dates import PartialDate
from models.services import field_rules as rules
from models.services import validation as v


class Change(Protocol):
    """Something that can be done to the knowledge base and undone."""

    @property
    def engagement_key(self) -> str: ...

    def apply(self, session: Session) -> Change: ...


def engagement_by_key(session: Session, key: str) -> e.Engagement:
    row = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
    if row is None:
        raise NotFoundError(say("record.gone", what="engagement", key=key))
    return row


EDITABLE_FIELDS = (
    "title_da",
    "title_en",
    "summary_da",
    "summary_en",
    "status",
    "start",
    "end",
    "lead_unit",
)


def check_engagement_field(
    name: str, value: Any, start: PartialDate | None = None, end: PartialDate | None = None
) -> Any:
    """The stored form of ``value`` for field ``name``, or a ValidationError to show.

    Pure, so an editor can call it on every keystroke; ``start``/``end`` are the other end
    of the period when a date is checked.
    """
    label = "Engagement"
    match name:
        case (
            "title_da"
            | "title_en"
            | "summary_da"
            | "summary_en"
            | "lead_unit"
            | "status"
            | "internal_note"
            | "language"
        ):
            return rules.ENGAGEMENT[name].stored(value, record=label)
        case "start" | "end":
            parsed = (
                value
                if isinstance(value, PartialDate) or value is None
                else v.parse_date(value, record=label, field=name)
            )
            v.check_period(
                parsed if name == "start" else start, parsed if name == "end" else end, record=label
            )
            return parsed
    raise ValidationError(say("field.not_editable_at_all", name=name), record=label)


def touch(row: Any) -> None:
    """Mark ``row`` as updated when only its links changed, so its version and "changed by"
    move too (SQLAlchemy writes no UPDATE for a change to a link table alone)."""
    row.updated_at = func.now()
    session = object_session(row)
    if session is not None:
        session.flush()


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


class _NoCheck:
    """The value of ``expected_value`` when the stored value is not checked."""

    def __repr__(self) -> str:
        return "NO_CHECK"


NO_CHECK: Any = _NoCheck()


def refuse_if_newer(
    row: Any,
    expected: int | None,
    what: str,
    name: str,
    previous: Any,
    stored: Any,
    expected_value: Any = NO_CHECK,
) -> None:
    """A save over a version someone else has replaced since it was read is refused.

    An undo or redo names the value its edit left instead (``expected_value``): it goes
    ahead only while the field still holds it, so it never overwrites a colleague's later
    save, while one's own later edits of other fields do not block it.
    """
    changed = expected is not None and row.version != expected
    if expected_value is not NO_CHECK and not _same_value(previous, expected_value):
        changed = True
    if changed:
        raise EditConflictError(
            say(
                "conflict.field",
                what=what,
                name=rules.FIELD_LABELS.get(name, name),  # "title in English", not title_en
                theirs=_shown(previous),
                mine=_shown(stored),
            ),
            theirs=previous,
            mine=stored,
        )


def _same_value(stored: Any, expected: Any) -> bool:
    return bool(stored == expected) or (stored in (None, "") and expected in (None, ""))


def refuse_if_changed_since_added(
    current: dict[str, Any], expected: dict[str, Any] | None, what: str
) -> None:
    """Undoing an addition deletes the record: only while it is still as it was added."""
    if expected is not None and current != expected:
        raise EditConflictError(
            say("conflict.added", what=what),
            theirs=current,
            mine=expected,
        )


def without_checks(change: Change) -> Change:
    """``change`` as an overwrite: neither the version nor the stored value is checked."""
    from dataclasses import fields, replace

    names = {f.name for f in fields(change)}  # type: ignore[arg-type]
    cleared: dict[str, Any] = {}
    if "expected_version" in names:
        cleared["expected_version"] = None
    if "expected_value" in names:
        cleared["expected_value"] = NO_CHECK
    if "expected_values" in names:
        cleared["expected_values"] = None
    if "expected_record" in names:
        cleared["expected_record"] = None
    return replace(change, **cleared)  # type: ignore[type-var]


@dataclass(frozen=True)
class SetEngagementField:
    """One field of an engagement; with ``expected_version`` a newer save elsewhere wins."""

    engagement_key: str
    name: str
    value: Any
    expected_version: int | None = None
    expected_value: Any = NO_CHECK

    def apply(self, session: Session) -> Change:
        engagement = engagement_by_key(session, self.engagement_key)
        if self.name == "primary_theme":
            return self._primary_theme(session, engagement)
        stored = check_engagement_field(self.name, self.value, engagement.start, engagement.end)
        rules.keep_written(engagement, self.name, stored, "engagements", record="Engagement")
        previous = getattr(engagement, self.name)
        refuse_if_newer(
            engagement,
            self.expected_version,
            "engagement",
            self.name,
            previous,
            stored,
            self.expected_value,
        )
        setattr(engagement, self.name, stored)
        session.flush()
        return SetEngagementField(self.engagement_key, self.name, previous, expected_value=stored)

    def _primary_theme(self, session: Session, engagement: e.Engagement) -> Change:
        """The theme briefs group it under: one of its own themes (a code), or none."""
        previous = engagement.primary_theme.code if engagement.primary_theme else None
        code = self.value or None
        theme = next((t for t in engagement.themes if t.code == code), None)
        if code is not None and theme is None:
            raise ValidationError(
                say("theme.not_engagements", code=code),
                record="Engagement",
                field="primary theme",
            )
        refuse_if_newer(
            engagement,
            self.expected_version,
            "engagement",
            "primary theme",
            previous,
            code,
            self.expected_value,
        )
        engagement.primary_theme = theme
        session.flush()
        return SetEngagementField(self.engagement_key, self.name, previous, expected_value=code)


@dataclass(frozen=True)
class DeleteEngagement:
    """Deletes an engagement with its funding, results and partners; undo restores all."""

    engagement_key: str
    expected_record: dict[str, Any] | None = None  # when undoing an addition

    def apply(self, session: Session) -> Change:
        engagement = engagement_by_key(session, self.engagement_key)
        refuse_if_changed_since_added(
            engagement_record(engagement), self.expected_record, "engagement"
        )
        snapshot = {
            "record": engagement_record(engagement),
            "events": [
                event.key
                for event in session.scalars(
                    select(e.Event).where(e.Event.engagements.any(e.Engagement.id == engagement.id))
                )
            ],
            "children": [child.key for child in engagement.children],
        }
        session.delete(engagement)
        session.flush()
        return RestoreEngagement(self.engagement_key, snapshot)


def added_engagement(session: Session, key: str) -> DeleteEngagement:
    """The undo of adding engagement ``key``: deletes it while it is as it was added."""
    return DeleteEngagement(key, engagement_record(engagement_by_key(session, key)))


@dataclass(frozen=True)
class RestoreEngagement:
    engagement_key: str
    snapshot: dict[str, Any]

    def apply(self, session: Session) -> Change:
        with v.as_stored():  # the record as it was stored, put back
            load_document(session, {"format": FORMAT, "engagements": [self.snapshot["record"]]})
        engagement = engagement_by_key(session, self.engagement_key)
        for key in self.snapshot["events"]:
            event = session.scalar(select(e.Event).where(e.Event.key == key))
            if event is not None and engagement not in event.engagements:
                event.engagements.append(engagement)
        for key in self.snapshot["children"]:
            child = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
            if child is not None:
                child.parent = engagement
        session.flush()
        return added_engagement(session, self.engagement_key)


def apply_change(session: Session, change: Change) -> Change:
    """Apply in a savepoint so a refused change leaves the session as it was.

    A save that races another (both read the same version) fails at UPDATE time; it is
    reported like any other conflict.
    """
    try:
        with session.begin_nested():
            return change.apply(session)
    except StaleDataError:
        raise EditConflictError(say("conflict.same_moment")) from None


OWN_NOTES_SOURCE = "egne-noter"


@dataclass(frozen=True)
class CreateEngagement:
    """A new engagement for the current selection; its source is the user's own notes."""

    engagement_key: str
    title: str
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    language: str = "da"  # the language the title is typed in

    def apply(self, session: Session) -> Change:
        name = f"title_{self.language}"
        title = rules.ENGAGEMENT[name].stored(self.title, record="Engagement")
        rules.require_written({name: title}, "title", record="Engagement")
        source = session.scalar(select(e.Source).where(e.Source.key == OWN_NOTES_SOURCE))
        if source is None:
            source = e.Source(key=OWN_NOTES_SOURCE, title="Egne noter", language="da")
            session.add(source)
        engagement = e.Engagement(
            key=self.engagement_key, status="active", source=source, language=self.language
        )
        setattr(engagement, name, title)
        engagement.as_of = PartialDate.from_date(date.today())
        engagement.countries = list(
            session.scalars(select(e.Country).where(e.Country.iso2.in_(self.countries)))
        )
        engagement.themes = list(
            session.scalars(select(e.Theme).where(e.Theme.code.in_(self.themes)))
        )
        session.add(engagement)
        session.flush()
        return added_engagement(session, self.engagement_key)


def new_engagement_key(session: Session, title: str) -> str:
    from models.services.keys import unique_key

    return unique_key(session, e.Engagement, title)


@dataclass(frozen=True)
class DuplicateEngagement:
    """A copy of an engagement with its partners, funding and results, under a new key."""

    engagement_key: str  # the copy's key
    original_key: str
    title: str
    language: str = "da"  # the language the new title is typed in

    def apply(self, session: Session) -> Change:
        record = dict(engagement_record(engagement_by_key(session, self.original_key)))
        record["key"] = self.engagement_key
        name = f"title_{self.language}"
        title = rules.ENGAGEMENT[name].stored(self.title, record="Engagement")
        rules.require_written({name: title}, "title", record="Engagement")
        record["title"] = {self.language: title}  # the other language's title was the original's
        record["iati_identifier"] = None  # identifiers are unique; the copy has none yet
        record["funding"] = [
            {**line, "key": f"{self.engagement_key}--f{number}"}
            for number, line in enumerate(record["funding"], start=1)
        ]
        record["results"] = [
            {**result, "key": f"{self.engagement_key}--r{number}"}
            for number, result in enumerate(record["results"], start=1)
        ]
        with v.as_stored():  # only the title is new, and it was checked above
            load_document(session, {"format": FORMAT, "engagements": [record]})
        return added_engagement(session, self.engagement_key)
