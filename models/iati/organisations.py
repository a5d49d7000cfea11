"""IATI participating organisations as knowledge-base organisations with a role.

An organisation already in the knowledge base (same IATI reference or same key) is reused
and never rewritten: names and kinds curated by hand win over what a file says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.iati.codelists import ORGANISATION_KIND, ORGANISATION_ROLE
from models.iati.context import ActivityContext
from models.iati.xmlfile import Element
from models.messages import say
from models.services.keys import slugify
from models.vocabulary import OrganisationKind

NAME_LENGTH, REF_LENGTH = 200, 120
# A registered organisation identifier has an agency prefix ("XM-DAC-41114", "DK-CVR-…",
# "FI-3"); a bare number is a CRS channel code shared by many organisations, so the name
# is the better key for those.
_REGISTERED_REF = re.compile(r"[A-Za-z]")


@dataclass
class OrganisationDirectory:
    """Organisations known to this import: in the database, or defined by an earlier activity."""

    keys_by_ref: dict[str, str] = field(default_factory=dict)
    existing_keys: set[str] = field(default_factory=set)
    names_by_ref: dict[str, dict[str, str]] = field(default_factory=dict)
    new_records: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def read(cls, session: Session) -> OrganisationDirectory:
        directory = cls()
        for key, ref in session.execute(select(e.Organisation.key, e.Organisation.iati_ref)):
            directory.existing_keys.add(key)
            if ref and _REGISTERED_REF.search(ref):
                directory.keys_by_ref.setdefault(ref.strip().upper(), key)
        return directory

    def learn_name(self, ref: str | None, names: dict[str, str]) -> None:
        """Remember the names (by language) seen for a reference (reporting-org, …)."""
        if ref and names:
            self.names_by_ref.setdefault(ref.strip().upper(), names)

    def resolve(
        self, ref: str | None, names: dict[str, str], kind: OrganisationKind, language: str
    ) -> tuple[str, dict[str, Any] | None]:
        """The organisation's key, and its record when this import must create it."""
        upper = ref.strip().upper() if ref else None
        registered = bool(upper and _REGISTERED_REF.search(upper))
        if upper and registered and upper in self.keys_by_ref:
            return self.keys_by_ref[upper], None
        names = names or (self.names_by_ref.get(upper, {}) if upper else {})
        display = _first(names) or ref or "?"
        key = slugify(upper if registered and upper else display, max_length=80)
        if key in self.existing_keys:
            return key, None
        if key not in self.new_records:
            self.new_records[key] = {
                "key": key,
                "language": language if language in names or not names else next(iter(names)),
                "name": {code: name[:NAME_LENGTH] for code, name in names.items()}
                or {language: display[:NAME_LENGTH]},
                "acronym": None,
                "kind": kind.value,
                "iati_ref": ref.strip() if ref and len(ref.strip()) <= REF_LENGTH else None,
            }
            if upper and registered:
                self.keys_by_ref[upper] = key
        return key, self.new_records[key]

    def forget_created(self) -> None:
        """After a load, the new organisations exist: later batches reuse them by key."""
        self.existing_keys.update(self.new_records)
        self.new_records.clear()


def participating_organisations(
    activity: Element, context: ActivityContext, directory: OrganisationDirectory
) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """(partners for the engagement record, organisation records this activity introduces)."""
    reporting = activity.find("reporting-org")
    if reporting is not None:
        directory.learn_name(reporting.get("ref"), context.wording(reporting, one_line=True))
    partners: list[dict[str, str]] = []
    records: dict[str, dict[str, Any]] = {}
    for element in activity.iterchildren("participating-org"):
        line = element.sourceline
        role = ORGANISATION_ROLE.get((element.get("role") or "").strip())
        if role is None:
            context.problems.warning(say("iati.org_role", code=element.get("role")), line)
            continue
        ref = (element.get("ref") or "").strip() or None
        names = context.wording(element, one_line=True)
        name = _first(names)
        if not ref and not name:
            context.problems.warning(say("iati.org_nameless"), line)
            continue
        if name and len(name) > NAME_LENGTH:
            context.problems.warning(say("iati.org_name_cut", limit=NAME_LENGTH), line)
        if ref and len(ref) > REF_LENGTH:
            context.problems.warning(say("iati.org_ref_long", limit=REF_LENGTH), line)
        kind = ORGANISATION_KIND.get((element.get("type") or "").strip(), OrganisationKind.OTHER)
        key, record = directory.resolve(ref, names, kind, context.language)
        if record is not None:
            records[key] = record
        partner = {"organisation": key, "role": role.value}
        if partner not in partners:
            partners.append(partner)
    return partners, list(records.values())


def _first(names: dict[str, str]) -> str | None:
    """The name a message or a key uses: Danish, else English, else as written."""
    return names.get("da") or names.get("en") or next(iter(names.values()), None)
