"""Undoable changes to an engagement's child rows: funding lines, results and partners.

Adding a row goes through the knowledge-file loader (the engagement's record with one more
child), so a new row is checked exactly like one in ``briefing load``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.errors import EditConflictError, NotFoundError, ValidationError
from models.interchange.dump import engagement_record
from models.interchange.fileformat import FORMAT
from models.interchange.load import load_document
from models.messages import say
from models.partial_dates import PartialDate
from models.qualifiers import split_qualifier
from models.services import field_rules as rules
from models.services import validation as v
from models.services.changes import (
    NO_CHECK,
    Change,
    engagement_by_key,
    refuse_if_changed_since_added,
    refuse_if_newer,
)
from models.services.result_fields import STORED_RESULT_FIELDS

Row = TypeVar("Row", e.FundingLine, e.Result)
FUNDING_FIELDS = ("currency", "kind", "start", "end", "finance_act_line", "note_da", "note_en")
KEEP = "keep"  # a qualifier left as it is (a figure given as a number, not as typed text)


def _by_key(session: Session, model: type[Row], key: str, what: str) -> Row:
    row = session.execute(select(model).where(model.key == key)).scalar()
    if row is None:
        raise NotFoundError(say("record.gone", what=what, key=key))
    return row


def _add_child(session: Session, engagement_key: str, children: str, item: dict[str, Any]) -> None:
    """Load the engagement's record with ``item`` added to its ``children`` list."""
    engagement = engagement_by_key(session, engagement_key)
    record = engagement_record(engagement)
    defaults = {"source": engagement.source.key, "as_of": record["as_of"]}
    record[children] = [*record[children], {**defaults, **item}]
    with v.as_stored():  # the record as stored, with a new blank line or one put back
        load_document(session, {"format": FORMAT, "engagements": [record]})


def _child_record(row: e.FundingLine | e.Result, children: str) -> dict[str, Any]:
    """The row in its knowledge-file form, as its engagement's record lists it."""
    return dict(
        next(item for item in engagement_record(row.engagement)[children] if item["key"] == row.key)
    )


def _delete_child(
    session: Session,
    row: e.FundingLine | e.Result,
    children: str,
    expected_record: dict[str, Any] | None,
) -> dict[str, Any]:
    """Delete ``row`` and return its record, from which the inverse re-adds it.

    With ``expected_record`` (the undo of an addition) the row must still be as it was
    added: a colleague's later change is not deleted with it.
    """
    record = _child_record(row, children)
    refuse_if_changed_since_added(record, expected_record, ROW_NAMES[children])
    session.delete(row)
    session.flush()
    return record


ROW_NAMES = {"funding": "funding line", "results": "result"}


def _new_child_key(
    session: Session, model: type[e.FundingLine] | type[e.Result], engagement_key: str, letter: str
) -> str:
    """``<engagement>--f1``, ``--f2``, … as the knowledge-file format names child rows."""
    prefix = f"{engagement_key}--{letter}"
    taken = set(session.scalars(select(model.key).where(model.key.like(f"{prefix}%"))))
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def copy_of_child(session: Session, children: str, key: str) -> dict[str, Any]:
    """A funding line's or result's record (``children`` is "funding" or "results") in the
    file form under a new key, for "Duplicate"."""
    model: type[e.FundingLine] | type[e.Result]
    row: e.FundingLine | e.Result
    if children == "funding":
        model, letter = e.FundingLine, "f"
        row = _by_key(session, e.FundingLine, key, "funding line")
    else:
        model, letter = e.Result, "r"
        row = _by_key(session, e.Result, key, "result")
    record = next(
        item for item in engagement_record(row.engagement)[children] if item["key"] == key
    )
    return {**record, "key": _new_child_key(session, model, row.engagement.key, letter)}


def new_funding_key(session: Session, engagement_key: str) -> str:
    return _new_child_key(session, e.FundingLine, engagement_key, "f")


def new_result_key(session: Session, engagement_key: str) -> str:
    return _new_child_key(session, e.Result, engagement_key, "r")


@dataclass(frozen=True)
class SetFundingAmount:
    engagement_key: str
    line_key: str
    amount: Decimal | str  # typed text may start with a qualifier: "ca. 2700000000"
    expected_version: int | None = None
    expected_value: Any = NO_CHECK
    qualifier: str | None = KEEP

    def apply(self, session: Session) -> Change:
        line = _by_key(session, e.FundingLine, self.line_key, "funding line")
        qualifier, amount = _figure_and_qualifier(self.amount, self.qualifier, line.qualifier)
        new = rules.FUNDING_LINE["amount"].stored(amount, record="Funding line")
        previous, previous_qualifier = line.amount, line.qualifier
        changed = self.expected_version is not None and line.version != self.expected_version
        if self.expected_value is not NO_CHECK and previous != self.expected_value:
            changed = True
        if changed:
            raise EditConflictError(
                say("conflict.amount", theirs=previous, mine=new),
                theirs=previous,
                mine=new,
            )
        line.amount = new
        line.qualifier = qualifier
        session.flush()
        return SetFundingAmount(
            self.engagement_key,
            self.line_key,
            previous,
            expected_value=new,
            qualifier=previous_qualifier,
        )


def _figure_and_qualifier(
    value: Any, given: str | None, current: str | None
) -> tuple[str | None, Any]:
    """(qualifier, figure): typed text carries its own ("ca. 5" / "5" clears it); a number
    keeps the ``given`` qualifier, or the current one when ``given`` is KEEP."""
    if isinstance(value, str):
        qualifier, rest = split_qualifier(value)
        return qualifier, rest
    return (current if given == KEEP else given), value


@dataclass(frozen=True)
class SetFundingField:
    """A funding line's currency, kind, start, end, Finance Act line or note."""

    engagement_key: str
    line_key: str
    name: str
    value: Any
    expected_version: int | None = None
    expected_value: Any = NO_CHECK

    def apply(self, session: Session) -> Change:
        line = _by_key(session, e.FundingLine, self.line_key, "funding line")
        stored = self._checked(line)
        previous = getattr(line, self.name)
        refuse_if_newer(
            line,
            self.expected_version,
            "funding line",
            self.name,
            previous,
            stored,
            self.expected_value,
        )
        setattr(line, self.name, stored)
        session.flush()
        return SetFundingField(
            self.engagement_key, self.line_key, self.name, previous, expected_value=stored
        )

    def _checked(self, line: e.FundingLine) -> Any:
        label = "Funding line"
        match self.name:
            case (
                "currency"
                | "kind"
                | "finance_act_line"
                | "note_da"
                | "note_en"
                | "internal_note"
                | "language"
            ):
                return rules.FUNDING_LINE[self.name].stored(self.value, record=label)
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
                return stored
        raise ValidationError(say("field.not_editable", name=self.name), record=label)


@dataclass(frozen=True)
class AddFundingLine:
    """A funding line under an engagement; ``line`` is in the knowledge-file form."""

    engagement_key: str
    line: dict[str, Any]

    def apply(self, session: Session) -> Change:
        _add_child(session, self.engagement_key, "funding", self.line)
        added = _by_key(session, e.FundingLine, self.line["key"], "funding line")
        return DeleteFundingLine(
            self.engagement_key, self.line["key"], _child_record(added, "funding")
        )


@dataclass(frozen=True)
class DeleteFundingLine:
    engagement_key: str
    line_key: str
    expected_record: dict[str, Any] | None = None  # when undoing an addition

    def apply(self, session: Session) -> Change:
        line = _by_key(session, e.FundingLine, self.line_key, "funding line")
        record = _delete_child(session, line, "funding", self.expected_record)
        return AddFundingLine(self.engagement_key, record)


@dataclass(frozen=True)
class SetResultField:
    """A result's indicator, unit, figures, period or note; figures are checked as numbers."""

    engagement_key: str
    result_key: str
    name: str
    value: Any
    expected_version: int | None = None
    expected_value: Any = NO_CHECK
    qualifier: str | None = KEEP  # for a figure: see ``SetFundingAmount``

    def apply(self, session: Session) -> Change:
        result = _by_key(session, e.Result, self.result_key, "result")
        if self.name not in STORED_RESULT_FIELDS:
            raise ValidationError(say("field.not_editable", name=self.name), record="Result")
        figure = self.name in ("baseline", "target", "actual")
        qualifier_name = f"{self.name}_qualifier"
        previous_qualifier = getattr(result, qualifier_name) if figure else None
        qualifier, value = (
            _figure_and_qualifier(self.value, self.qualifier, previous_qualifier)
            if figure
            else (None, self.value)
        )
        stored = self._checked(result, value)
        rules.keep_written(result, self.name, stored, "results", record="Result")
        previous = getattr(result, self.name)
        refuse_if_newer(
            result,
            self.expected_version,
            "result",
            self.name,
            previous,
            stored,
            self.expected_value,
        )
        setattr(result, self.name, stored)
        if figure:
            setattr(result, qualifier_name, qualifier if stored is not None else None)
        session.flush()
        return SetResultField(
            self.engagement_key,
            self.result_key,
            self.name,
            previous,
            expected_value=stored,
            qualifier=previous_qualifier if figure else KEEP,
        )

    def _checked(self, result: e.Result, value: Any) -> Any:
        label = "Result"
        match self.name:
            case "indicator_da" | "indicator_en" | "note_da" | "note_en" | "internal_note":
                return rules.RESULT[self.name].stored(value, record=label)
            case "unit_da" | "unit_en":
                unit = rules.RESULT[self.name].stored(value, record=label)
                for name in ("baseline", "target", "actual"):
                    v.check_percentage(getattr(result, name), unit, record=label, field=name)
                return unit
            case "start" | "end":
                when = (
                    value
                    if isinstance(value, PartialDate) or value is None
                    else v.parse_date(value, record=label, field=self.name)
                )
                v.check_period(
                    when if self.name == "start" else result.start,
                    when if self.name == "end" else result.end,
                    record=label,
                )
                return when
        number = rules.RESULT[self.name].stored(value, record=label)
        for unit in (result.unit_da, result.unit_en):
            v.check_percentage(number, unit, record=label, field=self.name)
        return number


@dataclass(frozen=True)
class AddResult:
    """A result under an engagement; ``result`` is in the knowledge-file form."""

    engagement_key: str
    result: dict[str, Any]

    def apply(self, session: Session) -> Change:
        _add_child(session, self.engagement_key, "results", self.result)
        added = _by_key(session, e.Result, self.result["key"], "result")
        return DeleteResult(
            self.engagement_key, self.result["key"], _child_record(added, "results")
        )


@dataclass(frozen=True)
class DeleteResult:
    engagement_key: str
    result_key: str
    expected_record: dict[str, Any] | None = None  # when undoing an addition

    def apply(self, session: Session) -> Change:
        result = _by_key(session, e.Result, self.result_key, "result")
        record = _delete_child(session, result, "results", self.expected_record)
        return AddResult(self.engagement_key, record)


@dataclass(frozen=True)
class SetChildProvenance:
    """Where a funding line or result comes from: its ``source`` (a key) or ``as_of`` date."""

    engagement_key: str
    children: str  # "funding" or "results"
    key: str
    name: str  # "source" or "as_of"
    value: Any
    expected_version: int | None = None
    expected_value: Any = NO_CHECK

    def apply(self, session: Session) -> Change:
        row: e.FundingLine | e.Result
        if self.children == "funding":
            row, label = _by_key(session, e.FundingLine, self.key, "funding line"), "Funding line"
        else:
            row, label = _by_key(session, e.Result, self.key, "result"), "Result"
        match self.name:
            case "source":
                source = session.scalar(select(e.Source).where(e.Source.key == self.value))
                if source is None:
                    raise NotFoundError(say("name.unknown", what="source", value=self.value))
                previous: Any = row.source.key
                stored: Any = source.key
                refuse_if_newer(
                    row,
                    self.expected_version,
                    label.lower(),
                    "source",
                    previous,
                    stored,
                    self.expected_value,
                )
                row.source = source
            case "as_of":
                when = (
                    self.value
                    if isinstance(self.value, PartialDate)
                    else v.require_date(self.value, record=label, field="as of")
                )
                previous = row.as_of
                stored = when
                refuse_if_newer(
                    row,
                    self.expected_version,
                    label.lower(),
                    "as of",
                    previous,
                    when,
                    self.expected_value,
                )
                row.as_of = when
            case _:
                raise ValidationError(say("field.not_editable", name=self.name), record=label)
        session.flush()
        return SetChildProvenance(
            self.engagement_key,
            self.children,
            self.key,
            self.name,
            previous,
            expected_value=stored,
        )
