"""Merging a knowledge file into the database by stable keys, or replacing everything.

Every record is validated as it is applied inside one transaction; the first invalid value
raises a ValidationError naming the record and field, and the caller's rollback leaves the
database as it was. Values are assigned only when they differ, so loading the same file twice
changes nothing (not even the updated-at stamps).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import entities as e
from models.base import Base
from models.countries import iso_country
from models.errors import ValidationError
from models.interchange.assign import assign
from models.interchange.fileformat import LISTS
from models.messages import say
from models.services import validation as v
from models.vocabulary import EventKind, OrganisationKind

T = TypeVar("T", bound=Base)


@dataclass
class LoadReport:
    """What a load did, per list: records added and records changed."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    # The engagements by title, so that a preview can say which ones it would add or change.
    added_titles: list[str] = field(default_factory=list)
    changed_titles: list[str] = field(default_factory=list)

    def count(self, kind: str, *, new: bool, dirty: bool, title: str | None = None) -> None:
        if new:
            self.added[kind] = self.added.get(kind, 0) + 1
            if title is not None:
                self.added_titles.append(title)
        elif dirty:
            self.changed[kind] = self.changed.get(kind, 0) + 1
            if title is not None:
                self.changed_titles.append(title)

    @property
    def unchanged(self) -> bool:
        return not self.added and not self.changed


class KnowledgeLoader:
    """Applies one parsed document to a session; use once per document."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.report = LoadReport()
        self.sources: dict[str, e.Source] = {}
        self.countries: dict[str, e.Country] = {}
        self.regions: dict[str, e.Region] = {}
        self.themes: dict[str, e.Theme] = {}
        self.instruments: dict[str, e.Instrument] = {}
        self.organisations: dict[str, e.Organisation] = {}
        self.engagements: dict[str, e.Engagement] = {}

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

    # -- lookups -------------------------------------------------------------------------
    def _existing(self, model: type[T], column: str) -> dict[str, T]:
        return {getattr(row, column): row for row in self.session.scalars(select(model))}

    def _existing_in(self, model: type[T], column: str, keys: set[str]) -> dict[str, T]:
        """Only the rows a document names: big tables are not read whole for every load."""
        found: dict[str, T] = {}
        attribute = getattr(model, column)
        ordered = sorted(key for key in keys if isinstance(key, str))
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            for row in self.session.scalars(select(model).where(attribute.in_(chunk))):
                found[getattr(row, column)] = row
        return found

    def _ref(self, table: dict[str, T], key: object, *, record: str, field: str) -> T:
        if not isinstance(key, str) or key not in table:
            raise ValidationError(say("file.undefined", key=key), record=record, field=field)
        return table[key]

    def _refs(self, table: dict[str, T], keys: object, *, record: str, field: str) -> list[T]:
        if keys is None:
            return []
        if not isinstance(keys, list):
            raise ValidationError(say("file.not_a_list"), record=record, field=field)
        found = [self._ref(table, key, record=record, field=field) for key in keys]
        return list(dict.fromkeys(found))

    def _country_refs(self, codes: object, *, record: str) -> list[e.Country]:
        if isinstance(codes, list):
            for code in codes:
                if isinstance(code, str) and code.upper() not in self.countries:
                    self._ensure_iso_country(code, record=record)
        upper = (
            [c.upper() if isinstance(c, str) else c for c in codes or []]
            if isinstance(codes, list)
            else codes
        )
        return self._refs(self.countries, upper, record=record, field="countries")

    def _ensure_iso_country(self, code: str, *, record: str) -> None:
        name = iso_country(code)
        if name is None:
            raise ValidationError(
                say("country.code", code=code),
                record=record,
                field="countries",
            )
        country = e.Country(
            iso2=name.iso2, iso3=name.iso3, name_en=name.name_en, name_da=name.name_da
        )
        self.session.add(country)
        self.countries[name.iso2] = country
        self.report.count("countries", new=True, dirty=False)

    def _keyed(
        self,
        model: type[T],
        table: dict[str, T],
        raw: dict[str, Any],
        kind: str,
        column: str = "key",
    ) -> tuple[T, str, bool]:
        label = f"{kind} “{raw.get(column, '?')}”"
        key = v.require_key(raw.get(column), record=label, field=column)
        obj = table.get(key)
        new = obj is None
        if obj is None:
            obj = model(**{column: key})
            self.session.add(obj)
            table[key] = obj
        return obj, label, new

    def _fact_basics(self, raw: dict[str, Any], label: str) -> dict[str, Any]:
        start = v.parse_date(raw.get("start"), record=label, field="start")
        end = v.parse_date(raw.get("end"), record=label, field="end")
        v.check_period(start, end, record=label)
        return {
            "start": start,
            "end": end,
            "source": self._ref(self.sources, raw.get("source"), record=label, field="source"),
            "as_of": v.require_date(raw.get("as_of"), record=label, field="as_of"),
            **(
                {
                    "internal_note": v.optional_text(
                        raw.get("internal_note"), record=label, field="internal_note"
                    )
                }
                if "internal_note" in raw  # absent (older files, IATI): left as it is
                else {}
            ),
        }

    # -- lists ---------------------------------------------------------------------------
    def _delete_everything(self) -> None:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "alembic_version":
                self.session.execute(delete(table))
        self.session.expunge_all()

    def _load_sources(self, records: list[dict[str, Any]]) -> None:
        self.sources = self._existing(e.Source, "key")
        for raw in records:
            obj, label, new = self._keyed(e.Source, self.sources, raw, "source")
            dirty = assign(
                obj,
                title=v.require_title(raw.get("title"), record=label),
                publisher=v.optional_text(
                    raw.get("publisher"), record=label, field="publisher", max_length=200
                ),
                url=v.optional_text(raw.get("url"), record=label, field="url"),
                published=v.parse_date(raw.get("published"), record=label, field="published"),
                language=v.optional_text(
                    raw.get("language"), record=label, field="language", max_length=8
                ),
                note=v.optional_text(raw.get("note"), record=label, field="note"),
            )
            self.report.count("sources", new=new, dirty=dirty)

    def _load_countries(self, records: list[dict[str, Any]]) -> None:
        self.countries = self._existing(e.Country, "iso2")
        for raw in records:
            label = f"country “{raw.get('iso2', '?')}”"
            code = v.require_text(raw.get("iso2"), record=label, field="iso2").upper()
            if code not in self.countries:
                self._ensure_iso_country(code, record=label)
            obj = self.countries[code]
            dirty = assign(
                obj,
                iso3=v.require_text(raw.get("iso3", obj.iso3), record=label, field="iso3").upper(),
                name_en=v.require_text(
                    raw.get("name_en", obj.name_en), record=label, field="name_en", max_length=200
                ),
                name_da=v.require_text(
                    raw.get("name_da", obj.name_da), record=label, field="name_da", max_length=200
                ),
            )
            self.report.count("countries", new=False, dirty=dirty)

    def _load_regions(self, records: list[dict[str, Any]]) -> None:
        self.regions = self._existing(e.Region, "key")
        for raw in records:
            obj, label, new = self._keyed(e.Region, self.regions, raw, "region")
            dirty = assign(
                obj,
                name_en=v.require_text(
                    raw.get("name_en"), record=label, field="name_en", max_length=200
                ),
                name_da=v.require_text(
                    raw.get("name_da"), record=label, field="name_da", max_length=200
                ),
                countries=self._country_refs(raw.get("countries"), record=label),
            )
            self.report.count("regions", new=new, dirty=dirty)

    def _load_coded(
        self, model: type[e.Theme] | type[e.Instrument], kind: str, records: list[dict[str, Any]]
    ) -> None:
        table: dict[str, Any] = self._existing(model, "code")
        setattr(self, kind, table)
        for raw in records:
            obj, label, new = self._keyed(model, table, raw, kind[:-1], column="code")
            dirty = assign(
                obj,
                name_en=v.require_text(
                    raw.get("name_en"), record=label, field="name_en", max_length=200
                ),
                name_da=v.require_text(
                    raw.get("name_da"), record=label, field="name_da", max_length=200
                ),
            )
            self.report.count(kind, new=new, dirty=dirty)

    def _load_organisations(self, records: list[dict[str, Any]]) -> None:
        self.organisations = self._existing(e.Organisation, "key")
        for raw in records:
            obj, label, new = self._keyed(e.Organisation, self.organisations, raw, "organisation")
            dirty = assign(
                obj,
                name=v.require_text(raw.get("name"), record=label, field="name", max_length=200),
                acronym=v.optional_text(
                    raw.get("acronym"), record=label, field="acronym", max_length=40
                ),
                kind=v.require_choice(
                    raw.get("kind", "other"), OrganisationKind, record=label, field="kind"
                ).value,
                iati_ref=v.optional_text(
                    raw.get("iati_ref"), record=label, field="iati_ref", max_length=120
                ),
            )
            self.report.count("organisations", new=new, dirty=dirty)

    def _load_engagements(self, document: dict[str, Any]) -> None:
        from models.interchange.load_engagements import EngagementLoader

        EngagementLoader(self, document).load(document.get("engagements", []))

    def _load_key_facts(self, records: list[dict[str, Any]]) -> None:
        facts = self._existing(e.KeyFact, "key")
        for raw in records:
            obj, label, new = self._keyed(e.KeyFact, facts, raw, "key fact")
            value = v.optional_quantity(raw.get("value"), record=label, field="value")
            unit = v.optional_text(raw.get("unit"), record=label, field="unit", max_length=40)
            v.check_percentage(value, unit, record=label, field="value")
            dirty = assign(
                obj,
                text=v.require_text(raw.get("text"), record=label, field="text"),
                value=value,
                **(
                    {
                        "value_qualifier": v.optional_qualifier(
                            raw.get("value_qualifier"), record=label, field="value_qualifier"
                        )
                    }
                    if "value_qualifier" in raw
                    else {}
                ),
                unit=unit,
                value_text=v.optional_text(raw.get("value_text"), record=label, field="value_text"),
                countries=self._country_refs(raw.get("countries"), record=label),
                regions=self._refs(self.regions, raw.get("regions"), record=label, field="regions"),
                themes=self._refs(self.themes, raw.get("themes"), record=label, field="themes"),
                **self._fact_basics(raw, label),
            )
            self.report.count("key_facts", new=new, dirty=dirty)

    def _load_sector_themes(self, records: list[dict[str, Any]]) -> None:
        table = self._existing(e.SectorTheme, "code")
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
                else self._ref(self.themes, theme_key, record=label, field="theme")
            )
            dirty = assign(obj, theme=theme)
            self.report.count("sector_themes", new=new, dirty=dirty)

    def _load_events(self, records: list[dict[str, Any]]) -> None:
        events = self._existing(e.Event, "key")
        for raw in records:
            obj, label, new = self._keyed(e.Event, events, raw, "event")
            dirty = assign(
                obj,
                occurred=v.require_date(raw.get("date"), record=label, field="date"),
                kind=v.require_choice(
                    raw.get("kind", "other"), EventKind, record=label, field="kind"
                ).value,
                title=v.require_title(raw.get("title"), record=label),
                description=v.optional_text(
                    raw.get("description"), record=label, field="description"
                ),
                reference=v.optional_text(
                    raw.get("reference"), record=label, field="reference", max_length=120
                ),
                countries=self._country_refs(raw.get("countries"), record=label),
                engagements=self._refs(
                    self.engagements, raw.get("engagements"), record=label, field="engagements"
                ),
                source=self._ref(self.sources, raw.get("source"), record=label, field="source"),
                as_of=v.require_date(raw.get("as_of"), record=label, field="as_of"),
                **(
                    {
                        "internal_note": v.optional_text(
                            raw.get("internal_note"), record=label, field="internal_note"
                        )
                    }
                    if "internal_note" in raw
                    else {}
                ),
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
        raise ValidationError(f"unknown lists in the file: {', '.join(sorted(unknown))}.")
    with session.begin_nested():
        return KnowledgeLoader(session).load(document, replace=replace)
