"""Merging a knowledge file into the database by stable keys, or replacing everything.

Every record is validated as it is applied inside one transaction; the first invalid value
raises a ValidationError naming the record and field, and the caller's rollback leaves the
database as it was. Values are assigned only when they differ, so loading the same file twice
changes nothing (not even the updated-at stamps). Each field is checked by its rule in
``models.services.field_rules``, the same rule the editors use.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from models import entities as e
from models.base import Base
from models.errors import ValidationError
from models.interchange.assign import assign
from models.interchange.fileformat import LISTS
from models.interchange.load_report import LoadReport
from models.interchange.lookups import Lookups
from models.interchange.texts import texts_from_file
from models.messages import say
from models.services import field_rules as rules
from models.services import validation as v

__all__ = ["KnowledgeLoader", "LoadReport", "load_document"]


class KnowledgeLoader:
    """Applies one parsed document to a session, list by list; use once per document."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.report = LoadReport()
        self.lookups = Lookups(session, self.report)

    def load(self, document: dict[str, Any], *, replace: bool = False) -> LoadReport:
        if replace:
            self._delete_everything()
        self._load_sources(document.get("sources", []))
        self._load_countries(document.get("countries", []))
        self._load_regions(document.get("regions", []))
        self._load_coded(e.Theme, "themes", document.get("themes", []))
        self._load_coded(e.Instrument, "instruments", document.get("instruments", []))
        self._load_organisations(document.get("organisations", []))
        self._load_engagements(document)
        self._load_key_facts(document.get("key_facts", []))
        self._load_events(document.get("events", []))
        self._load_sector_themes(document.get("sector_themes", []))
        self.session.flush()
        return self.report

    def _delete_everything(self) -> None:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "alembic_version":
                self.session.execute(delete(table))
        self.session.expunge_all()

    def _load_sources(self, records: list[dict[str, Any]]) -> None:
        found = self.lookups
        found.sources = found.read_all(e.Source, "key")
        for raw in records:
            obj, label, new = found.keyed(e.Source, found.sources, raw, "source")
            fields = (
                "title",
                "translated_title",
                "publisher",
                "url",
                "published",
                "language",
                "note",
            )
            dirty = assign(obj, **rules.from_file(rules.SOURCE, raw, fields, label))
            self.report.count("sources", new=new, dirty=dirty)

    def _load_countries(self, records: list[dict[str, Any]]) -> None:
        found = self.lookups
        found.countries = found.read_all(e.Country, "iso2")
        for raw in records:
            label = f"country “{raw.get('iso2', '?')}”"
            code = v.require_text(raw.get("iso2"), record=label, field="iso2").upper()
            if code not in found.countries:
                found.add_iso_country(code, record=label)
            obj = found.countries[code]
            given = {"name_en": obj.name_en, "name_da": obj.name_da, **raw}  # names may be left out
            dirty = assign(
                obj,
                iso3=v.require_text(raw.get("iso3", obj.iso3), record=label, field="iso3").upper(),
                **rules.from_file(rules.NAMES, given, ("name_en", "name_da"), label),
            )
            self.report.count("countries", new=False, dirty=dirty)

    def _load_regions(self, records: list[dict[str, Any]]) -> None:
        found = self.lookups
        found.regions = found.read_all(e.Region, "key")
        for raw in records:
            obj, label, new = found.keyed(e.Region, found.regions, raw, "region")
            dirty = assign(
                obj,
                **rules.from_file(rules.NAMES, raw, ("name_en", "name_da"), label),
                countries=found.countries_named(raw.get("countries"), record=label),
            )
            self.report.count("regions", new=new, dirty=dirty)

    def _load_coded(
        self, model: type[e.Theme] | type[e.Instrument], kind: str, records: list[dict[str, Any]]
    ) -> None:
        table: dict[str, Any] = self.lookups.read_all(model, "code")
        setattr(self.lookups, kind, table)
        for raw in records:
            obj, label, new = self.lookups.keyed(model, table, raw, kind[:-1], column="code")
            dirty = assign(obj, **rules.from_file(rules.NAMES, raw, ("name_en", "name_da"), label))
            self.report.count(kind, new=new, dirty=dirty)

    def _load_organisations(self, records: list[dict[str, Any]]) -> None:
        found = self.lookups
        found.organisations = found.read_all(e.Organisation, "key")
        for raw in records:
            obj, label, new = found.keyed(e.Organisation, found.organisations, raw, "organisation")
            language = "en" if raw.get("iati_ref") else "da"  # before format 3
            dirty = assign(
                obj,
                **texts_from_file(
                    rules.ORGANISATION, raw, "organisations", label, language=language
                ),
                **rules.from_file(rules.ORGANISATION, raw, ("kind", "iati_ref"), label),
            )
            self.report.count("organisations", new=new, dirty=dirty)

    def _load_engagements(self, document: dict[str, Any]) -> None:
        from models.interchange.load_engagements import EngagementLoader

        EngagementLoader(self.lookups, document).load(document.get("engagements", []))

    def _load_key_facts(self, records: list[dict[str, Any]]) -> None:
        found = self.lookups
        facts = found.read_all(e.KeyFact, "key")
        for raw in records:
            obj, label, new = found.keyed(e.KeyFact, facts, raw, "key fact")
            values = rules.from_file(rules.KEY_FACT, raw, ("value",), label)
            values.update(
                texts_from_file(
                    rules.KEY_FACT, raw, "key_facts", label, language=found.language_of(raw)
                )
            )
            for unit in (values.get("unit_da"), values.get("unit_en")):
                v.check_percentage(values["value"], unit, record=label, field="value")
            dirty = assign(
                obj,
                **values,
                **rules.present_in_file(rules.KEY_FACT, raw, ("value_qualifier",), label),
                countries=found.countries_named(raw.get("countries"), record=label),
                regions=found.several(
                    found.regions, raw.get("regions"), record=label, field="regions"
                ),
                themes=found.several(found.themes, raw.get("themes"), record=label, field="themes"),
                **found.fact_fields(raw, label),
            )
            self.report.count("key_facts", new=new, dirty=dirty)

    def _load_sector_themes(self, records: list[dict[str, Any]]) -> None:
        found = self.lookups
        table = found.read_all(e.SectorTheme, "code")
        for raw in records:
            label = f"sector “{raw.get('code', '?')}”"
            code = _sector_code(raw.get("code"), label)
            obj = table.get(code)
            new = obj is None
            if obj is None:
                obj = e.SectorTheme(code=code)
                self.session.add(obj)
                table[code] = obj
            theme_key = raw.get("theme")
            theme = (
                None
                if theme_key is None
                else found.one(found.themes, theme_key, record=label, field="theme")
            )
            dirty = assign(obj, theme=theme)
            self.report.count("sector_themes", new=new, dirty=dirty)

    def _load_events(self, records: list[dict[str, Any]]) -> None:
        found = self.lookups
        events = found.read_all(e.Event, "key")
        for raw in records:
            obj, label, new = found.keyed(e.Event, events, raw, "event")
            dirty = assign(
                obj,
                occurred=v.require_date(raw.get("date"), record=label, field="date"),
                **rules.from_file(rules.EVENT, raw, ("kind", "reference"), label),
                **texts_from_file(
                    rules.EVENT, raw, "events", label, language=found.language_of(raw)
                ),
                countries=found.countries_named(raw.get("countries"), record=label),
                engagements=found.several(
                    found.engagements, raw.get("engagements"), record=label, field="engagements"
                ),
                source=found.one(found.sources, raw.get("source"), record=label, field="source"),
                as_of=v.require_date(raw.get("as_of"), record=label, field="as_of"),
                **rules.present_in_file(rules.EVENT, raw, ("internal_note",), label),
            )
            self.report.count("events", new=new, dirty=dirty)


def _sector_code(value: object, record: str) -> str:
    if not isinstance(value, str) or len(value) not in (3, 5) or not value.isdigit():
        raise ValidationError(say("sector.code", value=value), record=record, field="code")
    return value


def load_document(
    session: Session, document: dict[str, Any], *, replace: bool = False
) -> LoadReport:
    """Apply a parsed document inside a savepoint: on any error nothing of it remains."""
    unknown = set(document) - set(LISTS) - {"format"}
    if unknown:
        raise ValidationError(say("knowledge.unknown_lists", lists=", ".join(sorted(unknown))))
    with session.begin_nested():
        return KnowledgeLoader(session).load(document, replace=replace)
