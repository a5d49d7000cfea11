"""Undoable changes to what an engagement points at: its countries, regions, themes,
instruments, source and as-of date.

The engagement's record is read in the knowledge-file form, altered and loaded back, so an
unknown code is refused with the loader's own message and nothing half-done remains.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from models.collation import loose_fold
from models.errors import NotFoundError, ValidationError
from models.interchange.dump import engagement_record
from models.interchange.fileformat import FORMAT
from models.interchange.load import load_document
from models.messages import say
from models.partial_dates import PartialDate
from models.rows import Named
from models.services import validation as v
from models.services.changes import Change, engagement_by_key, refuse_if_newer, touch

LINK_FIELDS = ("countries", "regions", "themes", "instruments")
LINKED_FIELDS = (*LINK_FIELDS, "source", "as_of")
# When a country or region leaves the list, its percentage share leaves with it.
_SHARES = {"countries": "country_shares", "regions": "region_shares"}


@dataclass(frozen=True)
class SetEngagementLinks:
    """Replace some of an engagement's linked fields; the inverse puts the old ones back.

    ``values`` maps a field of ``LINKED_FIELDS`` (or a shares field, for the inverse) to its
    file form: a list of codes, a source key, or an ISO date.
    """

    engagement_key: str
    values: dict[str, Any] = field(default_factory=dict)
    expected_version: int | None = None
    # For an undo or redo: the fields as the edit left them; a colleague's later change of
    # any of them is not overwritten (see ``refuse_if_newer``).
    expected_values: dict[str, Any] | None = None

    def apply(self, session: Session) -> Change:
        engagement = engagement_by_key(session, self.engagement_key)
        record = engagement_record(engagement)
        if self.expected_values is not None:
            for name, expected in self.expected_values.items():
                refuse_if_newer(
                    engagement,
                    None,
                    "engagement",
                    name,
                    _shown(record.get(name)),
                    _shown(self.values.get(name)),
                    _shown(expected),
                )
        allowed = {*LINKED_FIELDS, *_SHARES.values()}
        unknown = set(self.values) - allowed
        if unknown:
            raise ValidationError(say("field.not_editable", name=", ".join(sorted(unknown))))
        new = dict(self.values)
        if "as_of" in new:
            new["as_of"] = parse_as_of(str(new["as_of"])).isoformat()
        for name, shares in _SHARES.items():
            if name in new and shares not in new and record.get(shares):
                # Country codes are stored upper-case whatever case the caller wrote.
                listed = {c.upper() if name == "countries" else c for c in new[name]}
                kept = {k: p for k, p in record[shares].items() if k in listed}
                new[shares] = kept or None
        previous = {name: record.get(name) for name in new}
        first = next(iter(self.values), "")
        refuse_if_newer(
            engagement,
            self.expected_version,
            "engagement",
            first,
            _shown(previous.get(first)),
            _shown(new.get(first)),
        )
        for name, value in new.items():
            if value is None:
                record.pop(name, None)
            else:
                record[name] = list(value) if isinstance(value, tuple) else value
        with v.as_stored():  # only links change: the record's texts are as they were stored
            load_document(session, {"format": FORMAT, "engagements": [record]})
        touch(engagement)
        stored = engagement_record(engagement_by_key(session, self.engagement_key))
        written = {name: stored.get(name) for name in new}  # as stored: codes in order
        return SetEngagementLinks(self.engagement_key, previous, expected_values=written)


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def match_names(text: str, what: str, choices: list[Named]) -> tuple[str, ...]:
    """The codes of the choices named in ``text``, separated by ``;`` or ``,``.

    A piece matches a code or the English or Danish name, ignoring case and accents, so
    "ml; NIGER; Burkina Faso" gives ("ML", "NE", "BF"). Names that hold a comma ("Korea,
    Republic of") are tried whole before the piece is split. Pure: the editor calls it on
    every keystroke with choices it loaded once.
    """
    index: dict[str, str] = {}
    for choice in choices:
        for name in (choice.code, choice.name_en, choice.name_da):
            if name:
                index.setdefault(loose_fold(name), choice.code)
    codes: list[str] = []
    for part in (p.strip() for p in text.replace("\n", ";").split(";")):
        if not part:
            continue
        whole = index.get(loose_fold(part))
        pieces = [part] if whole else [p.strip() for p in part.split(",") if p.strip()]
        for piece in pieces:
            code = index.get(loose_fold(piece))
            if code is None:
                raise NotFoundError(say("name.unknown", what=what, value=piece))
            if code not in codes:
                codes.append(code)
    return tuple(codes)


def parse_as_of(text: str) -> PartialDate:
    """The as-of date typed in the editor; required, since every fact has one."""
    return v.require_date(text, record="Engagement", field="as of")
