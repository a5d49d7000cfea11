"""Editing the reference lists — countries, regions, themes, instruments, organisations,
sources, key facts and events — as undoable changes that go through the file loader.

Each change reads the record in the knowledge-file form, alters it and loads it back, so the
same validation and messages apply as for ``briefing load``; each returns its inverse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import entities as e
from models.bilingual import LANGUAGES, TEXT_FIELDS
from models.errors import EditConflictError, NotFoundError, ValidationError
from models.interchange import dump
from models.interchange.fileformat import FORMAT
from models.interchange.load import load_document
from models.messages import say


@dataclass(frozen=True)
class ListKind:
    """One editable list: its entity, key column, file list name and editable fields."""

    name: str
    model: type[Any]
    key_column: str
    list_name: str
    record: Callable[[Any], dict[str, Any]]
    fields: tuple[str, ...]


KINDS: dict[str, ListKind] = {
    kind.name: kind
    for kind in (
        ListKind(
            "countries", e.Country, "iso2", "countries", dump.country_record, ("name_en", "name_da")
        ),
        ListKind(
            "regions",
            e.Region,
            "key",
            "regions",
            dump.region_record,
            ("name_en", "name_da", "countries"),
        ),
        ListKind("themes", e.Theme, "code", "themes", dump.coded_record, ("name_en", "name_da")),
        ListKind(
            "instruments",
            e.Instrument,
            "code",
            "instruments",
            dump.coded_record,
            ("name_en", "name_da"),
        ),
        ListKind(
            "organisations",
            e.Organisation,
            "key",
            "organisations",
            dump.organisation_record,
            ("name_da", "name_en", "acronym_da", "acronym_en", "kind", "iati_ref"),
        ),
        ListKind(
            "sources",
            e.Source,
            "key",
            "sources",
            dump.source_record,
            ("title", "translated_title", "publisher", "url", "published", "language", "note"),
        ),
        ListKind(
            "key_facts",
            e.KeyFact,
            "key",
            "key_facts",
            dump.key_fact_record,
            (
                "text_da",
                "text_en",
                "value_qualifier",
                "value",
                "unit_da",
                "unit_en",
                "value_text_da",
                "value_text_en",
                "start",
                "end",
                "countries",
                "source",
                "as_of",
                "internal_note",
            ),
        ),
        ListKind(
            "events",
            e.Event,
            "key",
            "events",
            dump.event_record,
            (
                "date",
                "kind",
                "title_da",
                "title_en",
                "description_da",
                "description_en",
                "reference",
                "countries",
                "source",
                "as_of",
                "internal_note",
            ),
        ),
        ListKind(
            "sector_themes",
            e.SectorTheme,
            "code",
            "sector_themes",
            dump.sector_theme_record,
            ("theme",),
        ),
    )
}


def _row(session: Session, kind: ListKind, key: str) -> Any:
    row = session.scalar(select(kind.model).where(getattr(kind.model, kind.key_column) == key))
    if row is None:
        raise NotFoundError(say("record.key_gone", key=key))
    return row


def list_records(session: Session, kind_name: str) -> list[dict[str, Any]]:
    """Every record of a list in the file form, sorted by key, with its ``version``.

    The version (not part of the file form) lets an edit detect a newer save elsewhere.
    """
    kind = KINDS[kind_name]
    column = getattr(kind.model, kind.key_column)
    return [
        {**flat_record(kind, kind.record(row)), "version": row.version}
        for row in session.scalars(select(kind.model).order_by(column))
    ]


def flat_record(kind: ListKind, record: dict[str, Any]) -> dict[str, Any]:
    """The file form with each text in two languages as two fields (``title_da``,
    ``title_en``), as the lists show and edit them."""
    flat = dict(record)
    for name in TEXT_FIELDS.get(kind.list_name, ()):
        texts = flat.pop(name, None) or {}
        for code in LANGUAGES:
            flat[f"{name}_{code}"] = texts.get(code)
    return flat


def _put(kind: ListKind, record: dict[str, Any], field: str, value: Any) -> None:
    """Set ``field`` of a record in the file form (a text's language inside its object)."""
    base, _, code = field.rpartition("_")
    if code in LANGUAGES and base in TEXT_FIELDS.get(kind.list_name, ()):
        record[base] = {**(record.get(base) or {}), code: value}
    else:
        record[field] = value


def _load(session: Session, kind: ListKind, record: dict[str, Any]) -> None:
    load_document(session, {"format": FORMAT, kind.list_name: [record]})


@dataclass(frozen=True)
class SetListField:
    kind: str
    key: str
    field: str
    value: Any
    engagement_key: str = ""  # the window reloads everything after a reference change
    touches_list: ClassVar[bool] = True
    expected_version: int | None = None

    def apply(self, session: Session) -> SetListField:
        kind = KINDS[self.kind]
        if self.field not in kind.fields:
            raise ValidationError(say("field.not_editable", name=self.field))
        row = _row(session, kind, self.key)
        record = kind.record(row)
        previous = flat_record(kind, record)[self.field]
        if self.expected_version is not None and row.version != self.expected_version:
            raise EditConflictError(
                say(
                    "conflict.list",
                    key=self.key,
                    name=self.field,
                    theirs="" if previous is None else previous,
                    mine="" if self.value is None else self.value,
                ),
                theirs=previous,
                mine=self.value,
            )
        _put(kind, record, self.field, self.value)
        _load(session, kind, record)
        return SetListField(self.kind, self.key, self.field, previous, self.engagement_key)


@dataclass(frozen=True)
class AddListRecord:
    kind: str
    record: dict[str, Any]
    engagement_key: str = ""
    touches_list: ClassVar[bool] = True

    def apply(self, session: Session) -> DeleteListRecord:
        kind = KINDS[self.kind]
        key = self.record.get(kind.key_column)
        if session.scalar(select(kind.model).where(getattr(kind.model, kind.key_column) == key)):
            raise ValidationError(say("record.exists", key=key))
        _load(session, kind, self.record)
        return DeleteListRecord(self.kind, str(key), self.engagement_key)


@dataclass(frozen=True)
class DeleteListRecord:
    """Deletes a record nothing uses; one still in use is refused with a count."""

    kind: str
    key: str
    engagement_key: str = ""
    touches_list: ClassVar[bool] = True

    def apply(self, session: Session) -> AddListRecord:
        kind = KINDS[self.kind]
        row = _row(session, kind, self.key)
        uses = usage_count(session, row)
        if uses:
            raise ValidationError(say("record.still_used", key=self.key, uses=uses))
        record = kind.record(row)
        session.delete(row)
        session.flush()
        return AddListRecord(self.kind, record, self.engagement_key)


def usage_count(session: Session, row: Any) -> int:
    """How many engagements, facts or events refer to this record."""

    def count(statement: Any) -> int:
        return int(session.scalar(statement) or 0)

    if isinstance(row, e.Source):
        return sum(
            count(select(func.count()).select_from(model).where(model.source_id == row.id))
            for model in (e.Engagement, e.FundingLine, e.Result, e.KeyFact, e.Event)
        )
    if isinstance(row, e.SectorTheme):
        return 0  # an override; deleting it brings back the default mapping
    if isinstance(row, e.Organisation):
        return count(
            select(func.count())
            .select_from(e.EngagementOrganisation)
            .where(e.EngagementOrganisation.organisation_id == row.id)
        )
    links = {
        e.Country: (e.engagement_countries.c.country_id, e.event_countries.c.country_id),
        e.Theme: (e.engagement_themes.c.theme_id,),
        e.Instrument: (e.engagement_instruments.c.instrument_id,),
        e.Region: (e.engagement_regions.c.region_id,),
    }
    columns = links.get(type(row), ())
    return sum(
        count(select(func.count()).select_from(column.table).where(column == row.id))
        for column in columns
    )
