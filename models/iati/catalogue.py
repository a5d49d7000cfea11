"""Which engagement key an IATI activity gets, given what the knowledge base already holds.

The conflict policy lives here: ``update`` merges into the engagement that has the same IATI
identifier (or key), ``skip`` leaves it alone, ``add`` imports a copy under a new key. The
IATI identifier is unique in the knowledge base, so a copy cannot carry it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models.iati.keys import engagement_key, hashed_engagement_key
from models.iati.report import ProblemList
from models.messages import say


class OnConflict(StrEnum):
    UPDATE = "update"
    SKIP = "skip"
    ADD = "add"


@dataclass(frozen=True)
class KeyChoice:
    key: str
    keep_identifier: bool


@dataclass
class EngagementCatalogue:
    """Engagement keys and identifiers in the database and claimed by this import so far."""

    keys_by_identifier: dict[str, str] = field(default_factory=dict)
    identifiers_by_key: dict[str, str | None] = field(default_factory=dict)
    existing_keys: frozenset[str] = frozenset()
    imported: dict[str, str] = field(default_factory=dict)  # identifier -> key, this import

    @classmethod
    def read(cls, session: Session) -> EngagementCatalogue:
        catalogue = cls()
        for key, identifier in session.execute(
            select(e.Engagement.key, e.Engagement.iati_identifier)
        ):
            catalogue.identifiers_by_key[key] = identifier
            if identifier:
                catalogue.keys_by_identifier[identifier] = key
        catalogue.existing_keys = frozenset(catalogue.identifiers_by_key)
        return catalogue

    def choose(
        self, identifier: str, policy: OnConflict, problems: ProblemList, line: int
    ) -> KeyChoice | None:
        """The key to import under, or None when ``skip`` leaves an existing engagement alone."""
        key = self.keys_by_identifier.get(identifier)
        if key is None:
            key = engagement_key(identifier)
            owner = self.identifiers_by_key.get(key)
            if owner is not None and owner != identifier:
                key = hashed_engagement_key(identifier)
        if key not in self.existing_keys:
            return self._claim(identifier, key, keep_identifier=True)
        if policy is OnConflict.SKIP:
            return None
        if policy is OnConflict.UPDATE:
            return self._claim(identifier, key, keep_identifier=True)
        number = 2
        while f"{key}-{number}" in self.identifiers_by_key:
            number += 1
        copy = f"{key}-{number}"
        problems.warning(say("iati.copy", key=key, copy=copy), line)
        return self._claim(identifier, copy, keep_identifier=False)

    def _claim(self, identifier: str, key: str, *, keep_identifier: bool) -> KeyChoice:
        self.identifiers_by_key[key] = identifier
        self.imported[identifier] = key
        return KeyChoice(key, keep_identifier)

    def release(self, identifier: str) -> None:
        """An activity that failed to load no longer claims its key."""
        key = self.imported.pop(identifier, None)
        if key is not None and key not in self.existing_keys:
            self.identifiers_by_key.pop(key, None)

    def parent_key(self, identifier: str) -> str | None:
        """The engagement for a parent identifier: from this import first, else the database."""
        return self.imported.get(identifier) or self.keys_by_identifier.get(identifier)
