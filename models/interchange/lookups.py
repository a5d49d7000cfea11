"""The records a knowledge file may refer to, found by key, for one load.

A document names its sources, countries, themes, organisations and engagements by key; the
loaders of each list share this one object to find them (and to add what they create), so no
loader reaches into another's state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.base import Base
from models.countries import iso_country
from models.errors import ValidationError
from models.interchange.load_report import LoadReport
from models.messages import say
from models.services import validation as v
from models.services.field_rules import LANGUAGE_CODE

T = TypeVar("T", bound=Base)


@dataclass
class Lookups:
    """Keyed tables of what is in the database or was loaded earlier in the same document."""

    session: Session
    report: LoadReport
    sources: dict[str, e.Source] = field(default_factory=dict)
    countries: dict[str, e.Country] = field(default_factory=dict)
    regions: dict[str, e.Region] = field(default_factory=dict)
    themes: dict[str, e.Theme] = field(default_factory=dict)
    instruments: dict[str, e.Instrument] = field(default_factory=dict)
    organisations: dict[str, e.Organisation] = field(default_factory=dict)
    engagements: dict[str, e.Engagement] = field(default_factory=dict)

    def read_all(self, model: type[T], column: str) -> dict[str, T]:
        return {getattr(row, column): row for row in self.session.scalars(select(model))}

    def read_named(self, model: type[T], column: str, keys: set[Any]) -> dict[str, T]:
        """Only the rows a document names: big tables are not read whole for every load."""
        found: dict[str, T] = {}
        attribute = getattr(model, column)
        ordered = sorted(key for key in keys if isinstance(key, str))
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            for row in self.session.scalars(select(model).where(attribute.in_(chunk))):
                found[getattr(row, column)] = row
        return found

    def one(self, table: dict[str, T], key: object, *, record: str, field: str) -> T:
        """The record ``key`` names, or a message that the file does not define it."""
        if not isinstance(key, str) or key not in table:
            raise ValidationError(say("file.undefined", key=key), record=record, field=field)
        return table[key]

    def several(self, table: dict[str, T], keys: object, *, record: str, field: str) -> list[T]:
        """The records a list of keys names, each once, in the file's order."""
        if keys is None:
            return []
        if not isinstance(keys, list):
            raise ValidationError(say("file.not_a_list"), record=record, field=field)
        found = [self.one(table, key, record=record, field=field) for key in keys]
        return list(dict.fromkeys(found))

    def countries_named(self, codes: object, *, record: str) -> list[e.Country]:
        """Countries by ISO code in any case; a valid code not yet in the database is added
        with its standard names."""
        if isinstance(codes, list):
            for code in codes:
                if isinstance(code, str) and code.upper() not in self.countries:
                    self.add_iso_country(code, record=record)
        upper = (
            [c.upper() if isinstance(c, str) else c for c in codes or []]
            if isinstance(codes, list)
            else codes
        )
        return self.several(self.countries, upper, record=record, field="countries")

    def add_iso_country(self, code: str, *, record: str) -> None:
        name = iso_country(code)
        if name is None:
            raise ValidationError(say("country.code", code=code), record=record, field="countries")
        country = e.Country(
            iso2=name.iso2, iso3=name.iso3, name_en=name.name_en, name_da=name.name_da
        )
        self.session.add(country)
        self.countries[name.iso2] = country
        self.report.count("countries", new=True, dirty=False)

    def keyed(
        self,
        model: type[T],
        table: dict[str, T],
        raw: dict[str, Any],
        kind: str,
        column: str = "key",
    ) -> tuple[T, str, bool]:
        """The record ``raw`` describes (made and added when new), its label for messages,
        and whether it is new."""
        label = f"{kind} “{raw.get(column, '?')}”"
        key = v.require_key(raw.get(column), record=label, field=column)
        obj = table.get(key)
        new = obj is None
        if obj is None:
            obj = model(**{column: key})
            self.session.add(obj)
            table[key] = obj
        return obj, label, new

    def language_of(self, raw: dict[str, Any]) -> str:
        """The language of a record that does not say (files before format 3, IATI money
        notes): its source's, Danish where the source names none."""
        key = raw.get("source")
        source = self.sources.get(key) if isinstance(key, str) else None
        code = (source.language or "").lower() if source is not None else ""
        return code if LANGUAGE_CODE.fullmatch(code) else "da"

    def fact_fields(self, raw: dict[str, Any], label: str) -> dict[str, Any]:
        """What every fact carries: its period, its source and the date it was true."""
        start = v.parse_date(raw.get("start"), record=label, field="start")
        end = v.parse_date(raw.get("end"), record=label, field="end")
        v.check_period(start, end, record=label)
        return {
            "start": start,
            "end": end,
            "source": self.one(self.sources, raw.get("source"), record=label, field="source"),
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
