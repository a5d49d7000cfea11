"""Inserting many new engagements at once with Core statements, for large imports.

The ORM path (``load_engagements``) handles any mix of new and changed records; for a batch
that is entirely new (an IATI file of thousands of activities) building and flushing ORM
objects one by one is the bottleneck. This path validates with exactly the same functions,
then writes each table with one executemany. The knowledge-file tests load the same records
both ways and compare the dumps.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, insert, update

from models import entities as e
from models.base import current_user
from models.bilingual import LANGUAGES, TEXT_FIELDS
from models.errors import ValidationError
from models.messages import say

if TYPE_CHECKING:
    from models.interchange.load_engagements import EngagementLoader

# Columns a record may leave out (new rows get None), per table of this path.
OPTIONAL: dict[str, dict[str, Any]] = {
    table: {
        "internal_note": None,
        "original_texts": None,
        # a text in a language the file does not give is None on a new row
        **{f"{name}_{code}": None for name in TEXT_FIELDS[table] for code in LANGUAGES},
    }
    for table in ("engagements", "funding_lines", "results")
}
QUALIFIERS = {
    "funding": ("qualifier",),
    "results": ("baseline_qualifier", "target_qualifier", "actual_qualifier"),
}
BULK_MINIMUM = 200  # below this the ORM path is as fast and keeps objects in the session


def _dated(values: dict[str, Any], table: str) -> dict[str, Any]:
    """The column form of start, end, as_of and source, every column of ``table`` given."""
    start, end, as_of = values.pop("start"), values.pop("end"), values.pop("as_of")
    source = values.pop("source")
    return {
        **OPTIONAL[table],  # every row the same columns, for one executemany
        **values,
        "start_on": start.first_day() if start else None,
        "start_precision": start.stored_precision if start else None,
        "end_on": end.last_day() if end else None,
        "end_precision": end.stored_precision if end else None,
        "as_of_on": as_of.first_day(),
        "as_of_precision": as_of.stored_precision,
        "source_id": source,  # the object: new sources get their id at the flush below
    }


def all_new(loader: EngagementLoader, records: list[dict[str, Any]]) -> bool:
    """True when no record or child key exists yet and none repeats within the batch."""
    keys = [raw.get("key") for raw in records]
    children = [
        item.get("key")
        for raw in records
        for name in ("funding", "results")
        for item in (raw.get(name) or [])
        if isinstance(item, dict)
    ]
    if len(set(keys)) != len(keys) or len(set(children)) != len(children):
        return False
    if any(key in loader.engagements for key in keys):
        return False
    return not any(key in loader.funding or key in loader.results for key in children)


def bulk_insert(loader: EngagementLoader, records: list[dict[str, Any]]) -> None:
    """Validate every record first (nothing is written if one fails), then insert."""
    session = loader.session
    stamp = {
        "created_at": datetime.now().replace(microsecond=0),
        "created_by": current_user(),
        "version": 1,
    }
    stamp["updated_at"], stamp["updated_by"] = stamp["created_at"], stamp["created_by"]
    engagements, parents, links, partners, funding, results = [], {}, [], [], [], []
    for raw in records:
        label = f"engagement “{raw.get('key', '?')}”"
        values = loader.engagement_values(raw, label)
        key = raw["key"]
        shares = loader.share_values(raw, label)
        lists = {
            name: values.pop(name) for name in ("countries", "regions", "themes", "instruments")
        }
        values["primary_theme_id"] = values.pop("primary_theme", None)  # its id after the flush
        engagements.append({"key": key, **_dated(values, "engagements"), **stamp})
        if raw.get("parent") is not None:
            parents[key] = raw["parent"]
        for name, table in (
            ("countries", e.engagement_countries),
            ("regions", e.engagement_regions),
            ("themes", e.engagement_themes),
            ("instruments", e.engagement_instruments),
        ):
            share = shares.get(name, {})
            links += [
                (
                    table,
                    key,
                    item,
                    share.get(str(getattr(item, "iso2", None) or getattr(item, "key", ""))),
                )
                for item in lists[name]
            ]
        partners += [
            (key, organisation, role) for organisation, role in loader.partner_pairs(raw, label)
        ]
        for item in loader.children(raw, "funding", label):
            child = f"funding line “{item.get('key', '?')}”"
            values = {name: None for name in QUALIFIERS["funding"]}
            values.update(loader.funding_values(item, child))
            funding.append((key, {"key": item["key"], **_dated(values, "funding_lines"), **stamp}))
        for item in loader.children(raw, "results", label):
            child = f"result “{item.get('key', '?')}”"
            values = {name: None for name in QUALIFIERS["results"]}
            values.update(loader.result_values(item, child))
            results.append((key, {"key": item["key"], **_dated(values, "results"), **stamp}))
    _check_parents(loader, parents)
    session.flush()  # sources and countries created on the way get their ids
    for row in [*engagements, *(row for _, row in funding), *(row for _, row in results)]:
        row["source_id"] = row["source_id"].id
    for row in engagements:
        theme = row["primary_theme_id"]
        row["primary_theme_id"] = theme.id if theme is not None else None
    table = cast(Table, e.Engagement.__table__)
    ids = {
        row.key: row.id
        for row in session.execute(insert(table).returning(table.c.key, table.c.id), engagements)
    }
    if parents:
        session.execute(
            update(table)
            .where(table.c.key == bindparam("child"))
            .values(parent_id=bindparam("parent_id")),
            [
                {"child": child, "parent_id": ids.get(parent) or loader.engagements[parent].id}
                for child, parent in parents.items()
            ],
            execution_options={"synchronize_session": False},
        )
    for link in (
        e.engagement_countries,
        e.engagement_regions,
        e.engagement_themes,
        e.engagement_instruments,
    ):
        target = next(column.name for column in link.c if column.name != "engagement_id")
        pairs = {(ids[key], item.id): share for owner, key, item, share in links if owner is link}
        if pairs:
            session.execute(
                insert(link),
                [
                    {
                        "engagement_id": engagement,
                        target: other,
                        **({"percentage": share} if "percentage" in link.c else {}),
                    }
                    for (engagement, other), share in pairs.items()
                ],
            )
    if partners:
        session.execute(
            insert(cast(Table, e.EngagementOrganisation.__table__)),
            [
                {
                    "engagement_id": ids[key],
                    "organisation_id": organisation.id,
                    "role": role,
                    **stamp,
                }
                for key, organisation, role in partners
            ],
        )
    for model, children in ((e.FundingLine, funding), (e.Result, results)):
        if children:
            session.execute(
                insert(cast(Table, model.__table__)),
                [{**row, "engagement_id": ids[key]} for key, row in children],
            )
    report = loader.report
    for row in engagements:
        title = row.get(f"title_{row['language']}") or row.get("title_da") or row.get("title_en")
        report.count("engagements", new=True, dirty=True, title=str(title or ""))
    for _ in funding:
        report.count("funding", new=True, dirty=True)
    for _ in results:
        report.count("results", new=True, dirty=True)


def _check_parents(loader: EngagementLoader, parents: dict[str, str]) -> None:
    """Parents must exist (in the batch or the database) and never form a cycle."""
    for child, parent in parents.items():
        label = f"engagement “{child}”"
        if parent not in loader.batch_keys and parent not in loader.engagements:
            raise ValidationError(
                say("file.undefined", key=parent),
                record=label,
                field="parent",
            )
        seen = {child}
        step = parent
        while step in parents:
            if step in seen:
                raise ValidationError(say("parent.cycle"), record=label, field="parent")
            seen.add(step)
            step = parents[step]
