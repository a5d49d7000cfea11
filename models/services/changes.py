"""Edits as values that apply themselves and hand back their inverse — the basis of undo.

Each ``apply`` validates before it writes, runs in the caller's transaction and returns the
change that undoes it; the desktop wraps these in QUndoCommands without knowing SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import entities as e
from models.errors import EditConflictError, NotFoundError, ValidationError
from models.interchange.dump import engagement_record
from models.interchange.load import load_document
from models.partial_dates import PartialDate
from models.services import validation as v
from models.vocabulary import EngagementStatus, FundingKind, OrganisationRole


class Change(Protocol):
    """Something that can be done to the knowledge base and undone."""

    @property
    def engagement_key(self) -> str: ...

    def apply(self, session: Session) -> Change: ...


def _engagement(session: Session, key: str) -> e.Engagement:
    row = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
    if row is None:
        raise NotFoundError(f"The engagement “{key}” no longer exists.")
    return row


EDITABLE_FIELDS = ("title", "summary", "status", "start", "end", "lead_unit")


def check_engagement_field(
    name: str, value: Any, start: PartialDate | None = None, end: PartialDate | None = None
) -> Any:
    """The stored form of ``value`` for field ``name``, or a ValidationError to show.

    Pure, so an editor can call it on every keystroke; ``start``/``end`` are the other end
    of the period when a date is checked.
    """
    label = "Engagement"
    match name:
        case "title":
            return v.require_text(value, record=label, field="title")
        case "summary":
            return v.optional_text(value, record=label, field="summary")
        case "lead_unit":
            return v.optional_text(value, record=label, field="lead unit", max_length=200)
        case "status":
            return v.require_choice(value, EngagementStatus, record=label, field="status").value
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
    raise ValidationError(f"“{name}” cannot be edited.", record=label)


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class SetEngagementField:
    """One field of an engagement; with ``expected_version`` a newer save elsewhere wins."""

    engagement_key: str
    name: str
    value: Any
    expected_version: int | None = None

    def apply(self, session: Session) -> Change:
        engagement = _engagement(session, self.engagement_key)
        stored = check_engagement_field(self.name, self.value, engagement.start, engagement.end)
        previous = getattr(engagement, self.name)
        if self.expected_version is not None and engagement.version != self.expected_version:
            raise EditConflictError(
                f"Someone else changed this engagement after you opened it: {self.name} is "
                f"now “{_shown(previous)}”; yours was “{_shown(stored)}”.",
                theirs=previous,
                mine=stored,
            )
        setattr(engagement, self.name, stored)
        session.flush()
        return SetEngagementField(self.engagement_key, self.name, previous)


@dataclass(frozen=True)
class SetFundingAmount:
    engagement_key: str
    line_key: str
    amount: Decimal | str
    expected_version: int | None = None

    def apply(self, session: Session) -> Change:
        line = session.scalar(select(e.FundingLine).where(e.FundingLine.key == self.line_key))
        if line is None:
            raise NotFoundError(f"The funding line “{self.line_key}” no longer exists.")
        new = v.require_amount(self.amount, record="Funding line")
        previous = line.amount
        if self.expected_version is not None and line.version != self.expected_version:
            raise EditConflictError(
                f"Someone else changed this amount after you opened it: it is now "
                f"{previous}; yours was {new}.",
                theirs=previous,
                mine=new,
            )
        line.amount = new
        session.flush()
        return SetFundingAmount(self.engagement_key, self.line_key, previous)


@dataclass(frozen=True)
class DeleteEngagement:
    """Deletes an engagement with its funding, results and partners; undo restores all."""

    engagement_key: str

    def apply(self, session: Session) -> Change:
        engagement = _engagement(session, self.engagement_key)
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


@dataclass(frozen=True)
class RestoreEngagement:
    engagement_key: str
    snapshot: dict[str, Any]

    def apply(self, session: Session) -> Change:
        load_document(
            session, {"format": "briefing-builder/1", "engagements": [self.snapshot["record"]]}
        )
        engagement = _engagement(session, self.engagement_key)
        for key in self.snapshot["events"]:
            event = session.scalar(select(e.Event).where(e.Event.key == key))
            if event is not None and engagement not in event.engagements:
                event.engagements.append(engagement)
        for key in self.snapshot["children"]:
            child = session.scalar(select(e.Engagement).where(e.Engagement.key == key))
            if child is not None:
                child.parent = engagement
        session.flush()
        return DeleteEngagement(self.engagement_key)


def apply_change(session: Session, change: Change) -> Change:
    """Apply in a savepoint so a refused change leaves the session as it was.

    A save that races another (both read the same version) fails at UPDATE time; it is
    reported like any other conflict.
    """
    try:
        with session.begin_nested():
            return change.apply(session)
    except StaleDataError:
        raise EditConflictError(
            "Someone else saved this record at the same moment; reload it and try again."
        ) from None


OWN_NOTES_SOURCE = "egne-noter"


@dataclass(frozen=True)
class CreateEngagement:
    """A new engagement for the current selection; its source is the user's own notes."""

    engagement_key: str
    title: str
    countries: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()

    def apply(self, session: Session) -> Change:
        title = v.require_text(self.title, record="Engagement", field="title")
        source = session.scalar(select(e.Source).where(e.Source.key == OWN_NOTES_SOURCE))
        if source is None:
            source = e.Source(key=OWN_NOTES_SOURCE, title="Egne noter", language="da")
            session.add(source)
        engagement = e.Engagement(
            key=self.engagement_key, title=title, status="active", source=source
        )
        engagement.as_of = PartialDate.from_date(date.today())
        engagement.countries = list(
            session.scalars(select(e.Country).where(e.Country.iso2.in_(self.countries)))
        )
        engagement.themes = list(
            session.scalars(select(e.Theme).where(e.Theme.code.in_(self.themes)))
        )
        session.add(engagement)
        session.flush()
        return DeleteEngagement(self.engagement_key)


def new_engagement_key(session: Session, title: str) -> str:
    from models.services.keys import unique_key

    return unique_key(session, e.Engagement, title)


@dataclass(frozen=True)
class DuplicateEngagement:
    """A copy of an engagement with its partners, funding and results, under a new key."""

    engagement_key: str  # the copy's key
    original_key: str
    title: str

    def apply(self, session: Session) -> Change:
        record = dict(engagement_record(_engagement(session, self.original_key)))
        record["key"] = self.engagement_key
        record["title"] = v.require_text(self.title, record="Engagement", field="title")
        record["iati_identifier"] = None  # identifiers are unique; the copy has none yet
        record["funding"] = [
            {**line, "key": f"{self.engagement_key}--f{number}"}
            for number, line in enumerate(record["funding"], start=1)
        ]
        record["results"] = [
            {**result, "key": f"{self.engagement_key}--r{number}"}
            for number, result in enumerate(record["results"], start=1)
        ]
        load_document(session, {"format": "briefing-builder/1", "engagements": [record]})
        return DeleteEngagement(self.engagement_key)


@dataclass(frozen=True)
class AddFundingLine:
    """A funding line under an engagement; ``line`` is in the knowledge-file form."""

    engagement_key: str
    line: dict[str, Any]

    def apply(self, session: Session) -> Change:
        engagement = _engagement(session, self.engagement_key)
        label = "Funding line"
        start = v.parse_date(self.line.get("start"), record=label, field="start")
        end = v.parse_date(self.line.get("end"), record=label, field="end")
        v.check_period(start, end, record=label)
        source_key = self.line.get("source") or engagement.source.key
        source = session.scalar(select(e.Source).where(e.Source.key == source_key))
        if source is None:
            raise NotFoundError(f"There is no source “{source_key}”.")
        line = e.FundingLine(
            key=self.line["key"],
            engagement=engagement,
            amount=v.require_amount(self.line.get("amount"), record=label),
            currency=v.require_currency(self.line.get("currency"), record=label),
            kind=v.require_choice(
                self.line.get("kind", "commitment"), FundingKind, record=label, field="kind"
            ).value,
            finance_act_line=v.optional_text(
                self.line.get("finance_act_line"),
                record=label,
                field="Finance Act line",
                max_length=40,
            ),
            note=v.optional_text(self.line.get("note"), record=label, field="note"),
            source=source,
        )
        line.start, line.end = start, end
        line.as_of = v.parse_date(self.line.get("as_of"), record=label, field="as_of") or (
            engagement.as_of or PartialDate.from_date(date.today())
        )
        session.add(line)
        session.flush()
        return DeleteFundingLine(self.engagement_key, line.key)


@dataclass(frozen=True)
class DeleteFundingLine:
    engagement_key: str
    line_key: str

    def apply(self, session: Session) -> Change:
        line = session.scalar(select(e.FundingLine).where(e.FundingLine.key == self.line_key))
        if line is None:
            raise NotFoundError(f"The funding line “{self.line_key}” no longer exists.")
        record = next(
            item
            for item in engagement_record(line.engagement)["funding"]
            if item["key"] == self.line_key
        )
        session.delete(line)
        session.flush()
        return AddFundingLine(self.engagement_key, record)


def new_funding_key(session: Session, engagement_key: str) -> str:
    taken = set(
        session.scalars(
            select(e.FundingLine.key).where(e.FundingLine.key.like(f"{engagement_key}--f%"))
        )
    )
    number = 1
    while f"{engagement_key}--f{number}" in taken:
        number += 1
    return f"{engagement_key}--f{number}"


@dataclass(frozen=True)
class AddPartner:
    """An organisation taking part in an engagement in a role."""

    engagement_key: str
    organisation_key: str
    role: str

    def apply(self, session: Session) -> Change:
        engagement = _engagement(session, self.engagement_key)
        organisation = session.scalar(
            select(e.Organisation).where(e.Organisation.key == self.organisation_key)
        )
        if organisation is None:
            raise NotFoundError(f"There is no organisation “{self.organisation_key}”.")
        role = v.require_choice(self.role, OrganisationRole, record="Partner", field="role").value
        if any(
            p.organisation is organisation and p.role == role for p in engagement.participations
        ):
            raise ValidationError(f"{organisation.label} is already a {role} partner.")
        engagement.participations.append(
            e.EngagementOrganisation(organisation=organisation, role=role)
        )
        session.flush()
        return RemovePartner(self.engagement_key, self.organisation_key, role)


@dataclass(frozen=True)
class RemovePartner:
    engagement_key: str
    organisation_key: str
    role: str

    def apply(self, session: Session) -> Change:
        engagement = _engagement(session, self.engagement_key)
        for participation in engagement.participations:
            if (
                participation.organisation.key == self.organisation_key
                and participation.role == self.role
            ):
                engagement.participations.remove(participation)
                session.flush()
                return AddPartner(self.engagement_key, self.organisation_key, self.role)
        raise NotFoundError("That partner is no longer on the engagement.")


RESULT_FIELDS = ("indicator", "baseline", "target", "actual")


@dataclass(frozen=True)
class SetResultField:
    """A result's indicator or one of its figures; figures are checked as numbers."""

    engagement_key: str
    result_key: str
    name: str
    value: Any
    expected_version: int | None = None

    def apply(self, session: Session) -> Change:
        result = session.scalar(select(e.Result).where(e.Result.key == self.result_key))
        if result is None:
            raise NotFoundError(f"The result “{self.result_key}” no longer exists.")
        if self.name not in RESULT_FIELDS:
            raise ValidationError(f"“{self.name}” cannot be edited here.", record="Result")
        if self.name == "indicator":
            stored: Any = v.require_text(self.value, record="Result", field="indicator")
        else:
            stored = v.to_decimal(self.value, record="Result", field=self.name)
            v.check_percentage(stored, result.unit, record="Result", field=self.name)
        previous = getattr(result, self.name)
        if self.expected_version is not None and result.version != self.expected_version:
            raise EditConflictError(
                f"Someone else changed this result after you opened it: {self.name} is now "
                f"“{_shown(previous)}”; yours was “{_shown(stored)}”.",
                theirs=previous,
                mine=stored,
            )
        setattr(result, self.name, stored)
        session.flush()
        return SetResultField(self.engagement_key, self.result_key, self.name, previous)


@dataclass(frozen=True)
class AddResult:
    """A result under an engagement; ``result`` is in the knowledge-file form."""

    engagement_key: str
    result: dict[str, Any]

    def apply(self, session: Session) -> Change:
        engagement = _engagement(session, self.engagement_key)
        record = engagement_record(engagement)
        record["results"] = [
            *record["results"],
            {
                "source": engagement.source.key,
                "as_of": record["as_of"],
                **self.result,
            },
        ]
        load_document(session, {"format": "briefing-builder/1", "engagements": [record]})
        return DeleteResult(self.engagement_key, self.result["key"])


@dataclass(frozen=True)
class DeleteResult:
    engagement_key: str
    result_key: str

    def apply(self, session: Session) -> Change:
        result = session.scalar(select(e.Result).where(e.Result.key == self.result_key))
        if result is None:
            raise NotFoundError(f"The result “{self.result_key}” no longer exists.")
        record = next(
            item
            for item in engagement_record(result.engagement)["results"]
            if item["key"] == self.result_key
        )
        session.delete(result)
        session.flush()
        return AddResult(self.engagement_key, record)


def new_result_key(session: Session, engagement_key: str) -> str:
    taken = set(
        session.scalars(select(e.Result.key).where(e.Result.key.like(f"{engagement_key}--r%")))
    )
    number = 1
    while f"{engagement_key}--r{number}" in taken:
        number += 1
    return f"{engagement_key}--r{number}"


FUNDING_FIELDS = ("currency", "kind", "start", "end", "finance_act_line", "note")


@dataclass(frozen=True)
class SetFundingField:
    """A funding line's currency, kind, period end or Finance Act line and note."""

    engagement_key: str
    line_key: str
    name: str
    value: Any
    expected_version: int | None = None

    def apply(self, session: Session) -> Change:
        line = session.scalar(select(e.FundingLine).where(e.FundingLine.key == self.line_key))
        if line is None:
            raise NotFoundError(f"The funding line “{self.line_key}” no longer exists.")
        label = "Funding line"
        stored: Any
        match self.name:
            case "currency":
                stored = v.require_currency(self.value, record=label)
            case "kind":
                stored = v.require_choice(self.value, FundingKind, record=label, field="kind").value
            case "start" | "end":
                stored = (
                    self.value
                    if isinstance(self.value, PartialDate)
                    else v.parse_date(self.value, record=label, field=self.name)
                )
                v.check_period(
                    stored if self.name == "start" else line.start,
                    stored if self.name == "end" else line.end,
                    record=label,
                )
            case "finance_act_line":
                stored = v.optional_text(
                    self.value, record=label, field="Finance Act line", max_length=40
                )
            case "note":
                stored = v.optional_text(self.value, record=label, field="note")
            case _:
                raise ValidationError(f"“{self.name}” cannot be edited here.", record=label)
        previous = getattr(line, self.name)
        if self.expected_version is not None and line.version != self.expected_version:
            raise EditConflictError(
                f"Someone else changed this funding line after you opened it: {self.name} is "
                f"now “{_shown(previous)}”; yours was “{_shown(stored)}”.",
                theirs=previous,
                mine=stored,
            )
        setattr(line, self.name, stored)
        session.flush()
        return SetFundingField(self.engagement_key, self.line_key, self.name, previous)
